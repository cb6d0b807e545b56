// The room's windows, offscreen: an appointment booked outside the open hours after the warning,
// the agenda showing it, kept (the student's session editor opens and the session is linked); the
// duty roster checked and saved as a PDF for the door (read back with pdftotext); the calendar
// exported from the agenda. Synthetic data only.
#include "ui/UiTestSupport.h"

#include "cases/SessionEditor.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "core/room/Appointments.h"
#include "core/room/RoomSchedule.h"
#include "crisis/StudentPicker.h"
#include "lessons/Semesters.h"
#include "room/AgendaPage.h"
#include "room/AppointmentDialog.h"
#include "room/DutyRosterDialog.h"
#include "storage/Database.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {
/// This week's Wednesday: inside the semester set up below, whatever today is.
QDate wednesday() { return QDate::currentDate().addDays(3 - QDate::currentDate().dayOfWeek()); }

qint64 setUpRoom(vault::Vault &v)
{
    lessons::Semester s;
    s.name = u"测试学期"_s;
    s.startsOn = QDate::currentDate().addDays(-60);
    s.endsOn = QDate::currentDate().addDays(60);
    s.week1Monday = s.startsOn.addDays(1 - s.startsOn.dayOfWeek());
    s.periods = {{1, QTime(8, 0), QTime(8, 40)}, {2, QTime(8, 50), QTime(9, 30)}};
    auto id = lessons::Semesters(v).save(s);
    REQUIRE(id.ok());
    room::RoomSchedule week;
    for (int day = 1; day <= 5; ++day) week.hours.append({day, QTime(12, 0), QTime(14, 0)});
    week.shifts = {{0, 1, QTime(12, 0), QTime(14, 0), u"值班的老师甲"_s, kLeadLogin, QString()}};
    REQUIRE(room::RoomSchedules(v).save(*id, week).ok());
    return *id;
}

QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    REQUIRE_FALSE(tool.isEmpty());
    QProcess p;
    p.start(tool, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(p.waitForFinished(60000));
    const QString dir = qEnvironmentVariable("CD_DOCUMENT_PNG_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QProcess::execute(QStandardPaths::findExecutable(u"pdftoppm"_s),
                          {u"-png"_s, u"-r"_s, u"60"_s, pdf, QDir(dir).filePath(u"duty-roster"_s)});
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

int rowOf(QTableWidget *table, const QString &part)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 2)->text().contains(part)) return row;
    return -1;
}
}  // namespace

TEST_CASE("ui room: an appointment outside the open hours booked after the warning, shown, kept into a session",
          "[ui][room]")
{
    TempVault tv;
    auto v = tv.open();
    setUpRoom(*v);
    const qint64 student = addTestStudent(*v, u"S8001"_s, u"测试生乙"_s);
    addTestCase(*v, student);

    room::Appointment a;
    a.startsAt = QDateTime(wednesday(), QTime(14, 30));  // the room closes at 14:00
    ui::AppointmentDialog dialog(*v, a);
    dialog.show();
    auto *picker = child<ui::StudentPicker>(&dialog, u"studentPicker"_s);
    typeInto(picker->searchField(), u"测试生乙"_s);
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    REQUIRE(picker->studentId() == student);
    child<QPlainTextEdit>(&dialog, u"appointmentReason"_s)->setPlainText(u"同学关系"_s);
    child<QDateTimeEdit>(&dialog, u"appointmentWhen"_s)->setDateTime(QDateTime(wednesday(), QTime(14, 30)));
    CHECK(child<QLabel>(&dialog, u"appointmentConflicts"_s)->text().contains(u"outside the room's open hours"_s));

    ui::MessageBoxes::setNextAnswer(false);  // the warning: not booked
    dialog.accept();
    CHECK(ui::MessageBoxes::lastText().contains(u"Book it anyway"_s));
    CHECK(dialog.savedId() == 0);
    CHECK(v->database().scalar(u"SELECT count(*) FROM appointments"_s)->toInt() == 0);
    ui::MessageBoxes::setNextAnswer(true);  // booked anyway
    dialog.accept();
    REQUIRE(dialog.savedId() > 0);
    const qint64 id = dialog.savedId();

    ui::AgendaPage page(*v);
    page.showDate(wednesday());
    page.setWeekView(false);
    CHECK(page.rowTitles().filter(u"测试生乙"_s).size() == 1);
    CHECK(page.rowTitles().filter(u"值班的老师甲"_s).isEmpty());  // Monday's duty is not on Wednesday
    page.setWeekView(true);
    CHECK(page.rowTitles().filter(u"值班的老师甲"_s).size() == 1);
    page.step(1);
    CHECK(page.rowTitles().filter(u"测试生乙"_s).isEmpty());
    page.showDate(wednesday());

    auto *table = child<QTableWidget>(&page, u"agendaTable"_s);
    const int row = rowOf(table, u"测试生乙"_s);
    REQUIRE(row >= 0);
    table->selectRow(row);
    bool editorShown = false;
    whenShown<ui::SessionEditor>([&](ui::SessionEditor *editor) {
        editorShown = true;
        editor->field(u"presenting"_s)->insertPlainText(u"和同学闹矛盾"_s);
        editor->accept();
    });
    page.markSelected(room::AppointmentStatus::Kept);
    CHECK(editorShown);
    auto kept = room::Appointments(*v).get(id);
    REQUIRE(kept.ok());
    CHECK(kept->status == room::AppointmentStatus::Kept);
    CHECK(kept->sessionId > 0);
    CHECK(v->database().scalar(u"SELECT count(*) FROM sessions"_s)->toInt() == 1);
    const int keptRow = rowOf(table, u"测试生乙"_s);
    REQUIRE(keptRow >= 0);
    CHECK(table->item(keptRow, 4)->text() == u"Kept"_s);
}

TEST_CASE("ui room: the duty roster is checked as edited and saved as a PDF for the door", "[ui][room]")
{
    TempVault tv;
    auto v = tv.open();
    setUpRoom(*v);
    ui::DutyRosterDialog dialog(*v);
    REQUIRE(dialog.hasSemester());
    // 10 h open outside class, but Tuesday to Friday nobody on duty.
    CHECK(dialog.checkText().contains(u"Open 10 h 0 min a week outside class"_s));
    CHECK(dialog.checkText().contains(u"Nobody is on duty on Tuesday from 12:00 to 14:00"_s));
    dialog.addShift({0, 1, QTime(13, 0), QTime(14, 0), u"值班的老师甲"_s, QString(), QString()});
    CHECK(dialog.checkText().contains(u"two overlapping duty shifts"_s));
    ui::MessageBoxes::setNextAnswer(true);  // the refusal's message
    CHECK_FALSE(dialog.save());
    dialog.addShift({0, 2, QTime(12, 0), QTime(14, 0), u"值班的老师乙"_s, QString(), QString()});
    auto *shifts = child<QTableWidget>(&dialog, u"dutyShiftsTable"_s);
    shifts->selectRow(1);  // the overlapping one (rows in the order added)
    ui::MessageBoxes::setNextAnswer(true);
    child<QPushButton>(&dialog, u"removeShift"_s)->click();
    CHECK_FALSE(dialog.checkText().contains(u"overlapping"_s));
    REQUIRE(dialog.save());

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"roster.pdf"_s);
    ui::FileDialogs::setNextSaveFileName(pdf);
    ui::MessageBoxes::setNextChoice(1);  // "Saved to …": OK
    dialog.savePdf();
    REQUIRE(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"Counseling room: open hours and duty"_s));
    CHECK(text.contains(u"测试学期"_s));
    CHECK(text.contains(u"Tuesday"_s));
    CHECK(text.contains(u"12:00–14:00 值班的老师乙"_s));
    CHECK(text.contains(u"值班的老师甲"_s));
}

TEST_CASE("ui room: the calendar exported from the agenda names no student", "[ui][room]")
{
    TempVault tv;
    auto v = tv.open();
    setUpRoom(*v);
    room::Appointment a;
    a.startsAt = QDateTime(wednesday(), QTime(12, 0));
    a.studentId = addTestStudent(*v, u"S8002"_s, u"测试生丙"_s);
    a.counselor = kLeadLogin;
    REQUIRE(room::Appointments(*v).save(a, false).ok());
    ui::AgendaPage page(*v);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mine"_s);
    ui::FileDialogs::setNextSaveFileName(path);
    ui::MessageBoxes::setNextChoice(1);
    page.exportCalendar();
    QFile file(path + u".ics"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    CHECK(ics.contains("SUMMARY:Appointment\r\n"));
    CHECK_FALSE(ics.contains(u"测试生丙"_s.toUtf8()));
    CHECK_FALSE(ics.contains("S8002"));
}


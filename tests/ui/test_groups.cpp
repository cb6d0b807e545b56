// The Groups & events page offscreen: a group created, members added with the pinyin picker, a
// session's attendance recorded and seen in the member's growth record; a school event recorded and
// the semester's counts changing; a bad event refused with the dialog kept open. Synthetic data only.

#include "ui/UiTestSupport.h"

#include "common/MessageBoxes.h"
#include "core/common/Clock.h"
#include "core/groups/Groups.h"
#include "core/groups/SchoolEvents.h"
#include "crisis/StudentPicker.h"
#include "groups/EventDialog.h"
#include "groups/EventsPane.h"
#include "groups/GroupDialogs.h"
#include "groups/GroupReport.h"
#include "groups/GroupsPage.h"
#include "groups/GroupsPane.h"
#include "groups/SessionDialog.h"
#include "lessons/Semesters.h"
#include "storage/Database.h"
#include "students/StudentRecordDialog.h"
#include "unlock/ReauthDialog.h"
#include "common/FileDialogs.h"
#include "support/TempVault.h"
#include "support/TestDocuments.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {
void clickOk(QDialog *dialog) { child<QPushButton>(dialog, u"okButton"_s)->click(); }

qint64 addSemester(vault::Vault &v)
{
    lessons::Semester s;
    s.name = u"2026秋"_s;
    s.startsOn = QDate(2026, 9, 1);
    s.endsOn = QDate(2027, 1, 22);
    s.week1Monday = QDate(2026, 8, 31);
    auto id = lessons::Semesters(v).save(s);
    REQUIRE(id.ok());
    return *id;
}

void pickStudent(ui::AddMemberDialog *dialog, const QString &search)
{
    ui::StudentPicker *picker = dialog->picker();
    typeInto(picker->searchField(), search);
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    REQUIRE(picker->studentId() != 0);
}

struct ClockPin {
    explicit ClockPin(const QDateTime &at) { clock::setNowForTesting(at); }
    ~ClockPin() { clock::setNowForTesting({}); }
};
}  // namespace

TEST_CASE("ui groups: create a group, add members, record attendance, see it in the growth record", "[ui][groups]")
{
    ClockPin pin(QDateTime(QDate(2026, 10, 14), QTime(16, 30)));
    TempVault tv;
    auto v = tv.open();
    const qint64 semester = addSemester(*v);
    const qint64 wang = addTestStudent(*v, u"2026001"_s, u"王小明"_s);
    const qint64 li = addTestStudent(*v, u"2026002"_s, u"李小红"_s);

    ui::GroupsPage page(*v);
    page.show();
    ui::GroupsPane *pane = page.groupsPane();
    auto *list = child<QTableWidget>(pane, u"groupTable"_s);
    CHECK(list->rowCount() == 0);

    whenShown<ui::GroupDialog>([](ui::GroupDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"groupName"_s), u"初一新生适应小组"_s);
        clickOk(dialog);
    });
    pane->newGroup();
    REQUIRE(list->rowCount() == 1);
    CHECK(list->item(0, 0)->text() == u"初一新生适应小组"_s);
    REQUIRE(pane->currentGroupId() != 0);

    for (const QString &search : {u"wangxiaoming"_s, u"lixiaohong"_s}) {
        whenShown<ui::AddMemberDialog>([&search](ui::AddMemberDialog *dialog) {
            pickStudent(dialog, search);
            clickOk(dialog);
        });
        pane->addMember();
    }
    auto *members = child<QTableWidget>(pane, u"memberTable"_s);
    REQUIRE(members->rowCount() == 2);
    CHECK(list->item(0, 3)->data(Qt::DisplayRole).toInt() == 2);

    // The session: 王小明 came, 李小红 did not (unticked, with a note).
    whenShown<ui::SessionDialog>([](ui::SessionDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"sessionTopic"_s), u"破冰：认识你真好"_s);
        QTableWidget *attendance = dialog->attendanceTable();
        REQUIRE(attendance->rowCount() == 2);
        for (int row = 0; row < attendance->rowCount(); ++row) {
            if (attendance->item(row, 0)->text() != u"李小红"_s) continue;
            attendance->item(row, 0)->setCheckState(Qt::Unchecked);
            attendance->item(row, 2)->setText(u"病假"_s);
        }
        clickOk(dialog);
    });
    pane->newSession();
    auto *sessions = child<QTableWidget>(pane, u"sessionTable"_s);
    REQUIRE(sessions->rowCount() == 1);
    CHECK(sessions->item(0, 1)->text() == u"破冰：认识你真好"_s);
    CHECK(sessions->item(0, 3)->data(Qt::DisplayRole).toInt() == 1);
    CHECK(sessions->item(0, 4)->data(Qt::DisplayRole).toInt() == 1);

    // Each member's growth record shows it.
    {
        ui::StudentRecordDialog record(*v, li);
        REQUIRE(record.loaded());
        auto *rows = child<QTableWidget>(&record, u"groupAttendanceTable"_s);
        REQUIRE(rows->rowCount() == 1);
        CHECK(rows->item(0, 0)->text() == u"2026-10-14 15:40"_s);
        CHECK(rows->item(0, 1)->text() == u"初一新生适应小组"_s);
        CHECK(rows->item(0, 4)->text() == u"Absent"_s);
        CHECK(rows->item(0, 5)->text() == u"病假"_s);
        CHECK(child<QLabel>(&record, u"groupAttendanceSummary"_s)->text().contains(u"0 of 1"_s));
    }
    {
        ui::StudentRecordDialog record(*v, wang);
        REQUIRE(record.loaded());
        auto *rows = child<QTableWidget>(&record, u"groupAttendanceTable"_s);
        REQUIRE(rows->rowCount() == 1);
        CHECK(rows->item(0, 4)->text() == u"Present"_s);
    }

    // The report: counts only unless names are asked for.
    auto group = groups::Groups(*v).get(pane->currentGroupId());
    REQUIRE(group.ok());
    CHECK(group->semesterId == semester);  // a new group belongs to the semester holding today
    auto m = groups::Groups(*v).members(group->id);
    auto s = groups::Groups(*v).sessions(group->id);
    auto counts = ui::groupReportCountsHtml(*v, *group, *m, *s, 5);
    REQUIRE(counts.ok());
    const QString named = ui::groupReportWithNamesHtml(*v, *group, *m, *s);
    CHECK(counts->contains(u"破冰"_s));
    CHECK_FALSE(counts->contains(u"王小明"_s));
    CHECK(named.contains(u"王小明"_s));

    // Saved as a PDF (the seam answers "counts only" and the file name): the text that leaves.
    QTemporaryDir out;
    const QString pdf = out.filePath(u"report.pdf"_s);
    ui::MessageBoxes::setNextChoice(0);
    ui::FileDialogs::setNextSaveFileName(pdf);
    ui::MessageBoxes::setNextChoice(1);  // "saved to…": OK
    child<QPushButton>(pane, u"pdfGroupButton"_s)->click();
    REQUIRE(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"初一新生适应小组"_s));
    CHECK_FALSE(text.contains(u"王小明"_s));
    const auto reportRows = [&](const QString &detail) {
        auto n = v->database().scalar(u"SELECT count(*) FROM audit_log WHERE action = 'group.report_print' AND detail = '%1'"_s.arg(detail));
        REQUIRE(n.ok());
        return n->toLongLong();
    };
    CHECK(reportRows(u"group:%1 counts pdf"_s.arg(group->id)) == 1);

    // With names: the passphrase again first; the audit row says so, and names no one.
    const QString namedPdf = out.filePath(u"named.pdf"_s);
    ui::MessageBoxes::setNextChoice(2);
    whenShown<ui::ReauthDialog>([](ui::ReauthDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"reauthPassphrase"_s), kLeadPassphrase);
        dialog->accept();
    });
    ui::FileDialogs::setNextSaveFileName(namedPdf);
    ui::MessageBoxes::setNextChoice(1);  // "saved to…": OK
    child<QPushButton>(pane, u"pdfGroupButton"_s)->click();
    REQUIRE(QFile::exists(namedPdf));
    CHECK(pdfText(namedPdf).contains(u"王小明"_s));
    CHECK(reportRows(u"group:%1 names pdf"_s.arg(group->id)) == 1);
    // Refusing the passphrase prompt writes nothing and records nothing.
    const QString refusedPdf = out.filePath(u"refused.pdf"_s);
    ui::MessageBoxes::setNextChoice(2);
    whenShown<ui::ReauthDialog>([](ui::ReauthDialog *dialog) { dialog->reject(); });
    ui::FileDialogs::setNextSaveFileName(refusedPdf);
    child<QPushButton>(pane, u"pdfGroupButton"_s)->click();
    CHECK_FALSE(QFile::exists(refusedPdf));
    CHECK(reportRows(u"group:%1 names pdf"_s.arg(group->id)) == 1);
    if (const QByteArray keep = qgetenv("CD_SCREENSHOTS"); !keep.isEmpty()) QFile::copy(pdf, QString::fromLocal8Bit(keep) + u"/group-report.pdf"_s);

    // Closing asks for the outcome; the group is then greyed "Closed" and takes no sessions.
    whenShown<ui::CloseGroupDialog>([](ui::CloseGroupDialog *dialog) {
        auto *outcome = dialog->findChild<QPlainTextEdit *>(u"groupOutcome"_s);
        REQUIRE(outcome != nullptr);
        outcome->setPlainText(u"两名成员都适应了新学校"_s);
        clickOk(dialog);
    });
    pane->closeGroup();
    CHECK(list->item(0, 5)->text() == u"Closed"_s);
    CHECK_FALSE(child<QPushButton>(pane, u"newSessionButton"_s)->isEnabled());
}

TEST_CASE("ui groups: record a school event and see the semester's counts change, a bad one is refused", "[ui][groups][events]")
{
    ClockPin pin(QDateTime(QDate(2026, 10, 14), QTime(9, 0)));
    TempVault tv;
    auto v = tv.open();
    const qint64 semester = addSemester(*v);

    ui::GroupsPage page(*v);
    page.show();
    ui::EventsPane *pane = page.eventsPane();
    auto *table = child<QTableWidget>(pane, u"eventTable"_s);
    auto *missing = child<QLabel>(pane, u"eventsMissing"_s);
    CHECK(table->rowCount() == 0);
    CHECK(missing->text().contains(u"Family-education events: 2 needed this semester, 0 held."_s));

    whenShown<ui::EventDialog>([](ui::EventDialog *dialog) {
        auto *kind = child<QComboBox>(dialog, u"eventKind"_s);
        kind->setCurrentIndex(kind->findData(static_cast<int>(groups::EventKind::Family)));
        CHECK(child<QComboBox>(dialog, u"eventFormat"_s)->currentData().toString() == u"talk"_s);
        typeInto(child<QLineEdit>(dialog, u"eventTopic"_s), u"家长讲座：青春期沟通"_s);
        child<QSpinBox>(dialog, u"eventHeadCount"_s)->setValue(120);
        clickOk(dialog);
    });
    pane->newEvent();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == u"2026-10-14"_s);
    CHECK(missing->text().contains(u"Family-education events: 2 needed this semester, 1 held."_s));
    CHECK(child<QLabel>(pane, u"eventCounts"_s)->text().contains(u"Family education: 1 of 2 held"_s));

    // A date outside the semester: the message names it, the dialog stays open, nothing saved.
    bool stayedOpen = false;
    whenShown<ui::EventDialog>([&stayedOpen](ui::EventDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"eventTopic"_s), u"寒假家访"_s);
        child<QDateEdit>(dialog, u"eventDate"_s)->setDate(QDate(2027, 2, 10));
        ui::MessageBoxes::setNextAnswer(true);
        clickOk(dialog);
        stayedOpen = dialog->isVisible();
        CHECK(ui::MessageBoxes::lastText().contains(u"2027-02-10"_s));
        dialog->reject();
    });
    pane->newEvent();
    CHECK(stayedOpen);
    CHECK(groups::SchoolEvents(*v).list(semester)->size() == 1);

    // The kind filter hides the others.
    groups::SchoolEvent training;
    training.semesterId = semester;
    training.kind = groups::EventKind::Training;
    training.heldOn = QDate(2026, 9, 20);
    training.topic = u"班主任培训"_s;
    REQUIRE(groups::SchoolEvents(*v).save(training).ok());
    pane->reload();
    REQUIRE(table->rowCount() == 2);
    auto *filter = child<QComboBox>(pane, u"eventKindFilter"_s);
    filter->setCurrentIndex(filter->findData(static_cast<int>(groups::EventKind::Training)));
    int shown = 0;
    for (int row = 0; row < table->rowCount(); ++row) shown += table->isRowHidden(row) ? 0 : 1;
    CHECK(shown == 1);
    CHECK_FALSE(missing->text().contains(u"Teacher trainings"_s));
}

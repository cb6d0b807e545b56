// A counselor's semester as an .ics file, read back by a small RFC 5545 reader: every lesson, duty
// shift and appointment of theirs as an event at the right local time, nobody else's, and no
// student's name, number or reason anywhere in the file. An unwritable destination says so and
// leaves nothing.

#include "room/Appointments.h"
#include "room/IcsExport.h"
#include "room/RoomSchedule.h"

#include "common/OutputFile.h"
#include "lessons/Semesters.h"
#include "storage/Database.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cerrno>

using namespace cd;
using namespace cd::room;
using namespace Qt::StringLiterals;

namespace {
struct ParsedEvent {
    QMap<QString, QString> props;  ///< name (without parameters) → unescaped value
};

/// Unfolds (CRLF + space) and reads the VEVENTs; REQUIREs CRLF line ends and ≤ 75 octets a line.
QList<ParsedEvent> parseIcs(const QByteArray &bytes)
{
    REQUIRE(bytes.endsWith("\r\n"));
    for (const QByteArray &line : bytes.split('\n')) CHECK(line.size() <= 76);  // 75 + the '\r'
    QByteArray unfolded = bytes;
    unfolded.replace("\r\n ", "");
    QList<ParsedEvent> events;
    ParsedEvent *current = nullptr;
    for (const QByteArray &raw : unfolded.split('\n')) {
        if (raw.isEmpty()) continue;
        REQUIRE(raw.endsWith('\r'));
        const QString line = QString::fromUtf8(raw.chopped(1));
        const qsizetype colon = line.indexOf(u':');
        REQUIRE(colon > 0);
        const QString name = line.left(colon).section(u';', 0, 0);
        QString value = line.mid(colon + 1);
        value.replace(u"\\n"_s, u"\n"_s).replace(u"\\,"_s, u","_s).replace(u"\\;"_s, u";"_s).replace(u"\\\\"_s, u"\\"_s);
        if (name == u"BEGIN"_s && value == u"VEVENT"_s) {
            events.append(ParsedEvent());
            current = &events.last();
        } else if (name == u"END"_s && value == u"VEVENT"_s) {
            current = nullptr;
        } else if (current) {
            current->props.insert(name, value);
        }
    }
    return events;
}

qint64 setUp(vault::Vault &v, qint64 student)
{
    lessons::Semester s;
    s.name = u"2026秋"_s;
    s.startsOn = QDate(2026, 9, 1);
    s.endsOn = QDate(2026, 9, 30);
    s.week1Monday = QDate(2026, 8, 31);
    s.periods = {{1, QTime(8, 0), QTime(8, 40)}, {2, QTime(8, 50), QTime(9, 30)}};
    auto id = lessons::Semesters(v).save(s);
    REQUIRE(id.ok());
    RoomSchedule week;
    week.hours = {{1, QTime(12, 0), QTime(14, 0)}};
    week.shifts = {{0, 1, QTime(12, 0), QTime(13, 0), u"值班老师"_s, test::kLeadLogin, QString()},
                   {0, 1, QTime(13, 0), QTime(14, 0), u"别人"_s, u"other"_s, QString()}};
    REQUIRE(RoomSchedules(v).save(*id, week).ok());
    REQUIRE(v.database().exec(u"INSERT INTO lesson_teachers (id, semester_id, name, login) VALUES (1, %1, '王老师', 'lead'), "
                              "(2, %1, '李老师', 'other'); "
                              "INSERT INTO lessons (semester_id, grade, class_name, week, weekday, period, teacher_id, topic, updated_at, updated_by) "
                              "VALUES (%1, 8, '3', 2, 2, 2, 1, '认识情绪, 表达; 调节', '', 'lead'), "
                              "(%1, 7, '1', 2, 3, 1, 2, '', '', 'lead')"_s.arg(*id)).ok());
    Appointment a;
    a.startsAt = QDateTime(QDate(2026, 9, 7), QTime(12, 0));
    a.minutes = 45;
    a.studentId = student;
    a.reason = u"和同学闹矛盾"_s;
    a.counselor = test::kLeadLogin;
    REQUIRE(Appointments(v).save(a, false).ok());
    return *id;
}
}  // namespace

TEST_CASE("ics export: the counselor's lessons, duty and appointments, read back, no student in the file", "[room][ics]")
{
    test::TempVault tv;
    auto v = tv.open();
    const qint64 student = test::addTestStudent(*v, u"S20260042"_s, u"欧阳晓雯"_s);
    const qint64 semester = setUp(*v, student);
    const QString path = tv.root() + u"/lead.ics"_s;
    auto written = exportCalendar(*v, semester, test::kLeadLogin, path);
    REQUIRE(written.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();

    for (const QString &secret : {u"欧阳晓雯"_s, u"S20260042"_s, u"和同学闹矛盾"_s, u"欧阳"_s})
        CHECK_FALSE(bytes.contains(secret.toUtf8()));
    const QList<ParsedEvent> events = parseIcs(bytes);
    // Duty: the 4 Mondays of September (7, 14, 21, 28); the lesson; the appointment.
    CHECK(events.size() == 6);
    CHECK(*written == 6);
    QMap<QString, int> categories;
    QSet<QString> uids;
    for (const ParsedEvent &e : events) {
        categories[e.props.value(u"CATEGORIES"_s)]++;
        uids << e.props.value(u"UID"_s);
        CHECK(e.props.contains(u"DTSTAMP"_s));
    }
    CHECK(uids.size() == 6);
    CHECK(categories.value(u"DUTY"_s) == 4);
    CHECK(categories.value(u"LESSON"_s) == 1);
    CHECK(categories.value(u"APPOINTMENT"_s) == 1);
    for (const ParsedEvent &e : events) {
        if (e.props.value(u"CATEGORIES"_s) == u"LESSON"_s) {
            CHECK(e.props.value(u"DTSTART"_s) == u"20260908T085000"_s);
            CHECK(e.props.value(u"DTEND"_s) == u"20260908T093000"_s);
            CHECK(e.props.value(u"SUMMARY"_s).contains(u"认识情绪, 表达; 调节"_s));
        }
        if (e.props.value(u"CATEGORIES"_s) == u"APPOINTMENT"_s) {
            CHECK(e.props.value(u"DTSTART"_s) == u"20260907T120000"_s);
            CHECK(e.props.value(u"DTEND"_s) == u"20260907T124500"_s);
            CHECK(e.props.value(u"SUMMARY"_s) == u"Appointment"_s);
        }
    }
    auto audit = v->database().scalar(u"SELECT detail FROM audit_log WHERE action = 'calendar.export'"_s);
    REQUIRE(audit.ok());
    CHECK(audit->toString().contains(u"events=6"_s));
}

TEST_CASE("ics export: an unwritable or taken destination is refused with a message, nothing written or audited",
          "[room][ics]")
{
    test::TempVault tv;
    auto v = tv.open();
    const qint64 semester = setUp(*v, test::addTestStudent(*v, u"S1"_s, u"学生"_s));
    const QString missing = tv.root() + u"/no such folder/lead.ics"_s;
    auto refused = exportCalendar(*v, semester, test::kLeadLogin, missing);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().message.isEmpty());
    CHECK_FALSE(QFileInfo::exists(missing));

    const QString taken = tv.root() + u"/taken.ics"_s;
    {
        QFile f(taken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("mine");
    }
    REQUIRE_FALSE(exportCalendar(*v, semester, test::kLeadLogin, taken).ok());
    QFile f(taken);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "mine");

    OutputFile::injectFaultForTesting(100, ENOSPC);
    const QString full = tv.root() + u"/full.ics"_s;
    auto noSpace = exportCalendar(*v, semester, test::kLeadLogin, full);
    OutputFile::injectFaultForTesting(0, 0);
    REQUIRE_FALSE(noSpace.ok());
    CHECK_FALSE(QFileInfo::exists(full));
    auto rows = v->database().scalar(u"SELECT count(*) FROM audit_log WHERE action = 'calendar.export'"_s);
    REQUIRE(rows.ok());
    CHECK(rows->toLongLong() == 0);
}

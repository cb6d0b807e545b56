// The iCalendar text on its own: CRLF line ends, folding at 75 octets that never splits a UTF-8
// character, TEXT escaping, one VEVENT per event with its UID, DTSTAMP, DTSTART and DTEND.

#include "room/IcsExport.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::room;
using namespace Qt::StringLiterals;

namespace {
/// The physical lines (CRLF removed); REQUIREs every line to end in CRLF.
QList<QByteArray> physicalLines(const QByteArray &text)
{
    REQUIRE(text.endsWith("\r\n"));
    QList<QByteArray> lines = text.split('\n');
    lines.removeLast();
    for (QByteArray &l : lines) {
        REQUIRE(l.endsWith('\r'));
        l.chop(1);
        REQUIRE_FALSE(l.contains('\r'));
    }
    return lines;
}
}  // namespace

TEST_CASE("ics: long lines fold at 75 octets, never inside a character, and unfold to the original", "[room][ics]")
{
    const QString summary = u"第一课：认识情绪，学会表达；调节压力\\和方法 "_s.repeated(6);
    const QDateTime at(QDate(2026, 9, 7), QTime(8, 0));
    const QByteArray text = icsCalendar({{u"lesson-1@counseldesk"_s, at, at.addSecs(2400), summary, u"LESSON"_s}},
                                        QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC), u"学期"_s);
    const QList<QByteArray> lines = physicalLines(text);
    QString unfolded;
    bool folded = false;
    for (const QByteArray &l : lines) {
        CHECK(l.size() <= 75);
        CHECK(QString::fromUtf8(l).toUtf8() == l);  // each piece is whole UTF-8
        if (l.startsWith(' ')) {
            folded = true;
            unfolded += QString::fromUtf8(l.mid(1));
        } else {
            unfolded += u'\n' + QString::fromUtf8(l);
        }
    }
    CHECK(folded);
    QString escaped = summary;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u";"_s, u"\\;"_s).replace(u","_s, u"\\,"_s);
    CHECK(unfolded.contains(u"\nSUMMARY:"_s + escaped + u'\n'));
    CHECK(unfolded.contains(u"\nDTSTART:20260907T080000\n"_s));
    CHECK(unfolded.contains(u"\nDTEND:20260907T084000\n"_s));
    CHECK(unfolded.contains(u"\nDTSTAMP:20260901T000000Z\n"_s));
    CHECK(unfolded.contains(u"\nUID:lesson-1@counseldesk\n"_s));
    CHECK(lines.first() == "BEGIN:VCALENDAR");
    CHECK(lines.last() == "END:VCALENDAR");
    CHECK(text.count("BEGIN:VEVENT") == 1);
}

TEST_CASE("ics: a newline in a summary is escaped, not a line break", "[room][ics]")
{
    const QDateTime at(QDate(2026, 9, 7), QTime(8, 0));
    const QByteArray text = icsCalendar({{u"a@x"_s, at, at.addSecs(60), u"one\ntwo"_s, QString()}},
                                        QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC), u"x"_s);
    CHECK(text.contains("SUMMARY:one\\ntwo\r\n"));
    CHECK(text.count("BEGIN:VEVENT") == 1);
}

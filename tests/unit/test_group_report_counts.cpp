// The counts-only group report's counts (core/groups/GroupReportCounts): one CountTables with the
// members and every session's members, present and absent, protected for k. Each withheld count's
// range is checked by the tests' own integer program (support/IntegerRange), not the engine's.
// Synthetic groups only.

#include "disclosure/Withheld.h"
#include "district/PackageFiles.h"
#include "groups/GroupReportCounts.h"

#include "support/IntegerRange.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTranslator>

#include <cmath>

using namespace cd;
using namespace cd::groups;
using namespace Qt::StringLiterals;

namespace {

QList<GroupMember> membersOf(int active, int left = 0)
{
    QList<GroupMember> out;
    for (int i = 0; i < active + left; ++i) {
        GroupMember m;
        m.studentId = 100 + i;
        m.name = u"学生%1"_s.arg(i);
        m.grade = 7;
        m.joinedOn = QDate(2026, 9, 10);
        if (i >= active) m.leftOn = QDate(2026, 10, 20);
        out << m;
    }
    return out;
}

/// A session where the first `present` of `marked` members came.
GroupSession sessionOf(int marked, int present)
{
    GroupSession s;
    s.heldAt = QDateTime(QDate(2026, 10, 14), QTime(15, 40));
    s.topic = u"破冰"_s;
    for (int i = 0; i < marked; ++i) s.attendance.append({100 + i, i < present, QString()});
    return s;
}

/// The withheld cells whose range, by the tests' own integer program, is narrower than k.
QList<int> narrowCells(const GroupReportCounts &c)
{
    test::PublishedCounts m;
    for (const disclosure::Cell &cell : c.tables.cells()) m.value << cell.value;
    m.withheld = c.protection.suppressed;
    for (const disclosure::Relation &r : c.tables.relations()) m.sums << test::KnownSum{r.total, r.parts};
    QList<int> narrow;
    for (int i = 0; i < c.tables.size(); ++i) {
        if (!m.withheld[i] || c.tables.cells()[i].hidden) continue;
        const auto [low, high] = test::integerRange(m, i);
        if (high != HUGE_VAL && high - low < c.k) narrow << i;
    }
    return narrow;
}

/// No published count from 1 to k − 1, and every printed text says what the protection says.
void checkPublished(const GroupReportCounts &c)
{
    for (int i = 0; i < c.tables.size(); ++i) {
        const disclosure::Cell &cell = c.tables.cells()[i];
        if (cell.hidden) continue;
        if (!c.withheld(i)) CHECK((cell.value == 0 || cell.value >= c.k));
        CHECK(c.text(i) == (c.withheld(i) ? u"*"_s : QString::number(cell.value)));
    }
    for (int s = 0; s < c.sessions.size(); ++s)
        if (c.withheld(c.sessions[s].members) || c.withheld(c.sessions[s].present))
            CHECK(c.attendanceRate(s) == u"*"_s);
}

}  // namespace

TEST_CASE("group report counts: a group of three withholds every count but zero", "[groups][disclosure]")
{
    auto c = groupReportCounts(membersOf(3), {sessionOf(3, 3), sessionOf(3, 2)}, 5);
    REQUIRE(c.ok());
    CHECK(c->text(c->membersNow) == u"*"_s);
    CHECK(c->text(c->membersAll) == u"*"_s);
    CHECK(c->text(c->membersLeft) == u"0"_s);  // zero singles out nobody
    for (int s = 0; s < 2; ++s) {
        CHECK(c->text(c->sessions[s].members) == u"*"_s);
        CHECK(c->text(c->sessions[s].present) == u"*"_s);
        CHECK(c->attendanceRate(s) == u"*"_s);
    }
    CHECK(c->text(c->sessions[0].absent) == u"0"_s);
    CHECK(c->text(c->sessions[1].absent) == u"*"_s);
    CHECK(c->withheldCount() == 7);
    checkPublished(*c);
    CHECK(narrowCells(*c).isEmpty());
}

TEST_CASE("group report counts: eleven of twelve came, and the one away cannot be worked out", "[groups][disclosure]")
{
    // Attendance is not a sensitive category: "11 of 12" is guarded because absent is a cell of
    // its own (docs/disclosure.md, "The group report").
    const QList<GroupSession> sessions{sessionOf(12, 12), sessionOf(12, 11), sessionOf(12, 12), sessionOf(12, 6)};
    for (int k : {5, 10}) {
        auto c = groupReportCounts(membersOf(12), sessions, k);
        REQUIRE(c.ok());
        const GroupReportCounts::Session &s = c->sessions[1];
        CHECK(c->withheld(s.absent));
        // absent = members − present: one of them must go too, and the rate with it.
        CHECK((c->withheld(s.present) || c->withheld(s.members)));
        CHECK(c->attendanceRate(1) == u"*"_s);
        CHECK(c->text(c->sessions[0].absent) == u"0"_s);
        CHECK(c->text(c->sessions[0].present) == u"12"_s);
        CHECK(c->attendanceRate(0) == u"100%"_s);
        CHECK(c->text(c->membersNow) == u"12"_s);
        for (const disclosure::Cell &cell : c->tables.cells()) CHECK_FALSE(cell.sensitive);
        checkPublished(*c);
        CHECK(narrowCells(*c).isEmpty());
    }
    // At k = 5 the half-empty session is published whole; at k = 10, its 6 are small.
    auto five = groupReportCounts(membersOf(12), sessions, 5);
    REQUIRE(five.ok());
    CHECK(five->attendanceRate(3) == u"50%"_s);
}

TEST_CASE("group report counts: one member left, and no count gives it away", "[groups][disclosure]")
{
    // Members 8 now of 9: "left 1" is withheld, and with it what would let it be worked out.
    auto c = groupReportCounts(membersOf(8, 1), {sessionOf(9, 9), sessionOf(8, 7)}, 5);
    REQUIRE(c.ok());
    CHECK(c->withheld(c->membersLeft));
    CHECK((c->withheld(c->membersNow) || c->withheld(c->membersAll)));
    checkPublished(*c);
    CHECK(narrowCells(*c).isEmpty());
}

TEST_CASE("group report counts: random small groups, no withheld count recoverable", "[groups][disclosure]")
{
    QRandomGenerator random(20261207);
    for (int round = 0; round < 30; ++round) {
        const int active = random.bounded(1, 16);
        const int left = random.bounded(0, 3);
        QList<GroupSession> sessions;
        const int n = random.bounded(0, 6);
        for (int s = 0; s < n; ++s) {
            // Those who left were marked on some early sessions only.
            const int marked = s < 2 ? active + left : active;
            sessions << sessionOf(marked, random.bounded(0, marked + 1));
        }
        const int k = QList<int>{3, 5, 10}.at(static_cast<int>(random.bounded(3)));
        CAPTURE(round, active, left, n, k);
        auto c = groupReportCounts(membersOf(active, left), sessions, k);
        REQUIRE(c.ok());
        checkPublished(*c);
        CHECK(narrowCells(*c).isEmpty());
        // The engine's own ranges say the same.
        auto ranges = disclosure::derivableRanges(c->tables, c->protection.suppressed);
        REQUIRE(ranges.ok());
        for (int i = 0; i < c->tables.size(); ++i)
            if (c->withheld(i) && !c->tables.cells()[i].hidden) CHECK((*ranges)[i].width() >= k);
    }
}

TEST_CASE("group report counts: k out of range is refused, the footnote names the range", "[groups][disclosure]")
{
    CHECK(groupReportCounts(membersOf(5), {}, 1).error().code == ErrorCode::InvalidInput);
    CHECK(groupReportCounts(membersOf(5), {}, 1001).error().code == ErrorCode::InvalidInput);
    CHECK(disclosure::withheldMark() == u"*"_s);
    CHECK(disclosure::withheldFootnote(5).contains(u"1 to 4"_s));
    CHECK(disclosure::withheldFootnote(10).contains(u"1 to 9"_s));
}

TEST_CASE("group report counts: the footnote is the district package's, in English and Chinese", "[groups][disclosure]")
{
    district::SummaryHeader header;
    header.k = 5;
    header.language = u"en"_s;
    CHECK(disclosure::withheldFootnote(5) == district::withheldFootnote(header));
    header.language = u"zh_CN"_s;
    const QString zh = district::withheldFootnote(header);
    CHECK(zh.startsWith(u"* 为防止识别出学生"_s));
    CHECK(zh.contains(u"1 至 4"_s));
    QTranslator translator;
    REQUIRE(translator.load(u":/i18n/counseldesk_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&translator);
    CHECK(disclosure::withheldFootnote(5) == zh);
    QCoreApplication::removeTranslator(&translator);
}

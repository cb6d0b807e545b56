// The semester summary's review findings on a real vault (issue 15 review): a group session is
// counted on the day it was held where the school is (Beijing), not on its UTC day; a package is
// audited again for the k its header states before anything is written.

#include "district/LeakGuard.h"
#include "district/Package.h"
#include "district/SummaryFacts.h"

#include "disclosure/Suppression.h"

#include "groups/Groups.h"
#include "support/TempVault.h"
#include "support/TestLessons.h"
#include "support/TestSummary.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDir>
#include <QTemporaryDir>

#include <ctime>

using namespace cd;
using namespace cd::district;
using namespace Qt::StringLiterals;

namespace {

/// The process's time zone set for the length of a scope (the vault stores UTC; days are local).
class ScopedTimeZone {
public:
    explicit ScopedTimeZone(const char *zone) : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ScopedTimeZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone &) = delete;
    ScopedTimeZone &operator=(const ScopedTimeZone &) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

const RenderedPdf kPdf{QByteArray(1024, 'p'), u"Semester summary"_s, {}};

bool emptyFolder(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty();
}

} // namespace

TEST_CASE("district package: a summary protected for k = 3 is refused under a header of k = 5",
          "[district][package][review]")
{
    QTemporaryDir drive;
    Summary s = test::makeTestSummary(0, 3);
    s.header.k = 5;
    auto report = writePackage(s, test::pdfOf(s, kPdf), drive.path(), LeakGuard());
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::Internal);
    CHECK(emptyFolder(drive.path()));
}

TEST_CASE("district package: a complementary cell published by mistake is found by the audit and refused",
          "[district][package][review]")
{
    QTemporaryDir drive;
    Summary s = test::makeTestSummary();
    // A withheld count of k or more whose publishing lets a small one be worked out: no count it
    // publishes is below k, so only the audit can tell.
    int cell = -1;
    for (int c = 0; c < s.counts.size() && cell < 0; ++c) {
        if (!s.protection.suppressed.at(c) || s.counts.cells().at(c).value < s.header.k) continue;
        QVector<bool> suppressed = s.protection.suppressed;
        suppressed[c] = false;
        auto narrow = disclosure::audit(s.counts, suppressed, s.header.k);
        REQUIRE(narrow.ok());
        if (!narrow->isEmpty()) cell = c;
    }
    REQUIRE(cell >= 0);
    s.protection.suppressed[cell] = false; // a bug upstream
    auto report = writePackage(s, test::pdfOf(s, kPdf), drive.path(), LeakGuard());
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::Internal);
    CHECK(emptyFolder(drive.path()));
}

TEST_CASE("district package: a PDF rendered from another summary is refused", "[district][package][review]")
{
    QTemporaryDir drive;
    const Summary s = test::makeTestSummary();
    Summary other = s;
    other.header.semester = u"2027 spring"_s;
    auto report = writePackage(s, test::pdfOf(other, kPdf), drive.path(), LeakGuard());
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::Internal);
    CHECK(emptyFolder(drive.path()));
    CHECK(writePackage(s, test::pdfOf(s, kPdf), drive.path(), LeakGuard()).ok());
}

TEST_CASE("semester summary: a group session at 07:30 Beijing time on the first day counts in the semester",
          "[district][summary][review]")
{
    const ScopedTimeZone beijing("Asia/Shanghai");
    test::TempVault tv;
    auto vault = tv.open();
    const test::TestSemester semester = test::addTestSemester(*vault);
    groups::Groups repository(*vault);
    groups::CounselingGroup g;
    g.name = u"适应小组"_s;
    g.theme = groups::GroupTheme::NewSchool;
    g.leader = test::kLeadLogin;
    g.semesterId = semester.semester.id;
    auto id = repository.save(g);
    REQUIRE(id.ok());
    groups::GroupSession s;
    s.groupId = *id;
    // 07:30 on Monday 2026-08-31 in Beijing: 23:30 UTC on the Sunday before the semester.
    s.heldAt = QDateTime(semester.semester.startsOn, QTime(7, 30)).toUTC();
    REQUIRE(s.heldAt.date() < semester.semester.startsOn);
    s.topic = u"破冰"_s;
    REQUIRE(repository.saveSession(s).ok());

    const SummaryPeriod period{semester.semester, semester.semester.endsOn};
    SummaryFacts facts;
    REQUIRE(collectCounseling(*vault, period, facts).ok());
    CHECK(facts.leaf(u"group_sessions"_s, u"group_theme"_s, fixedKey("group_theme", u"new_school"_s)) == 1);
}

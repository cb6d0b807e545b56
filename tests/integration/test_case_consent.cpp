// Cases on a real vault: an emergency case for a child under 14 (consent pending, audited, then
// recorded), and how a case ended, from a fixed list, read back by old and new code alike.

#include "cases/CaseRepository.h"
#include "storage/Database.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {
int auditCount(vault::Vault &vault, const char *action)
{
    return vault.database()
        .scalar(u"SELECT count(*) FROM audit_log WHERE action = '%1'"_s.arg(QLatin1String(action)))
        ->toInt();
}
}  // namespace

TEST_CASE("cases: an emergency case opens without consent, stays consent pending until it is recorded",
          "[cases][consent]")
{
    TempVault tv;
    auto vault = tv.open();
    const QDate today = QDate::currentDate();
    const qint64 young = addTestStudent(*vault, u"E1"_s, u"小红"_s, today.addYears(-12));
    const qint64 older = addTestStudent(*vault, u"E2"_s, u"小刚"_s, today.addYears(-16));
    cases::CaseRepository repo(*vault);
    cases::Case c;
    c.category = u"study"_s;
    c.studentId = young;

    CHECK_FALSE(repo.openCase(c).ok());                 // the rule still holds without a reason
    CHECK_FALSE(repo.openCase(c, u"   "_s).ok());       // a blank reason is no reason
    auto opened = repo.openCase(c, u"Self-harm disclosed in class"_s);
    REQUIRE(opened.ok());
    auto stored = repo.getCase(*opened);
    REQUIRE(stored.ok());
    CHECK(stored->consentGuardian.isEmpty());
    CHECK(cases::consentPending(*stored, today.addYears(-12)));
    CHECK(*repo.emergencyReason(*stored) == u"Self-harm disclosed in class"_s);
    CHECK(auditCount(*vault, audit::action::CaseEmergency) == 1);
    CHECK(auditCount(*vault, audit::action::CaseOpened) == 1);
    auto pending = repo.pendingConsents();
    REQUIRE(pending.ok());
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().caseId == *opened);
    CHECK(pending->first().studentName == u"小红"_s);

    // An older student's case without consent is not pending (none was required), and a reason
    // given for one is no exception.
    c.studentId = older;
    auto olderCase = repo.openCase(c, u"not needed"_s);
    REQUIRE(olderCase.ok());
    CHECK(auditCount(*vault, audit::action::CaseEmergency) == 1);
    CHECK(repo.pendingConsents()->size() == 1);
    CHECK(repo.emergencyReason(*repo.getCase(*olderCase))->isEmpty());

    // Recording the consent clears it, audited.
    CHECK_FALSE(repo.recordConsent(*opened, QString(), today).ok());
    CHECK_FALSE(repo.recordConsent(*opened, u"Mother"_s, today.addDays(3)).ok());
    REQUIRE(repo.recordConsent(*opened, u"Mother, by phone"_s, today).ok());
    stored = repo.getCase(*opened);
    CHECK(stored->consentGuardian == u"Mother, by phone"_s);
    CHECK(stored->consentOn == today);
    CHECK_FALSE(cases::consentPending(*stored, today.addYears(-12)));
    CHECK(repo.pendingConsents()->isEmpty());
    CHECK(auditCount(*vault, audit::action::CaseConsent) == 1);
    CHECK(vault->audit().verify()->intact());
}

TEST_CASE("cases: a case closes with an outcome from the list and a note, free-text outcomes still read",
          "[cases][outcome]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 student = addTestStudent(*vault, u"O1"_s, u"小李"_s);
    cases::CaseRepository repo(*vault);
    const qint64 coded = addTestCase(*vault, student);
    const qint64 old = addTestCase(*vault, student, u"peers"_s);
    const QDate today = QDate::currentDate();

    REQUIRE(repo.closeCase(coded, today, cases::CaseOutcome::Referred, u"  To the district centre  "_s).ok());
    const cases::StoredOutcome read = cases::decodeOutcome(repo.getCase(coded)->outcome);
    REQUIRE(read.outcome.has_value());
    CHECK(*read.outcome == cases::CaseOutcome::Referred);
    CHECK(read.note == u"To the district centre"_s);
    CHECK(repo.getCase(coded)->outcome.startsWith(u"outcome:referred"_s));

    // Without a note, and every code both ways.
    for (cases::CaseOutcome o : cases::kCaseOutcomes) {
        const cases::StoredOutcome back = cases::decodeOutcome(cases::encodeOutcome(o, QString()));
        CHECK(back.outcome == o);
        CHECK(back.note.isEmpty());
        CHECK_FALSE(cases::outcomeName(o).isEmpty());
    }

    // A case closed before the list existed: its text is the note, with no code.
    REQUIRE(repo.closeCase(old, today, u"Goals reached, outcome: fine"_s).ok());
    const cases::StoredOutcome legacy = cases::decodeOutcome(repo.getCase(old)->outcome);
    CHECK_FALSE(legacy.outcome.has_value());
    CHECK(legacy.note == u"Goals reached, outcome: fine"_s);
    CHECK_FALSE(cases::decodeOutcome(u"outcome:unknown\nx"_s).outcome.has_value());
}

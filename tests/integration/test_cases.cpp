// Cases and sessions on a real vault: the consent rule, full-text search in Chinese, and
// private notes that only their author can read.

#include "cases/CaseRepository.h"
#include "storage/Database.h"
#include "crypto/Crypto.h"
#include "students/StudentRepository.h"
#include "support/FileSnapshot.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;


TEST_CASE("cases: a child under 14 needs a guardian's consent before a case opens", "[cases]")
{
    TempVault tv;
    auto vault = tv.open();
    const QDate today = QDate::currentDate();
    const qint64 young = addTestStudent(*vault, u"C1"_s, u"小明"_s, today.addYears(-12));
    const qint64 older = addTestStudent(*vault, u"C2"_s, u"大明"_s, today.addYears(-15));
    const qint64 unknown = addTestStudent(*vault, u"C3"_s, u"某同学"_s, QDate());
    cases::CaseRepository repo(*vault);
    cases::Case c;
    c.category = u"study"_s;
    c.openedBy = kLeadLogin;

    c.studentId = young;
    auto refused = repo.openCase(c);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"under 14"_s));
    c.studentId = unknown;
    CHECK_FALSE(repo.openCase(c).ok());
    c.studentId = older;
    CHECK(repo.openCase(c).ok());

    c.studentId = young;
    c.consentGuardian = u"小明的母亲"_s;
    c.consentOn = today;
    auto opened = repo.openCase(c);
    REQUIRE(opened.ok());
    CHECK(repo.getCase(*opened)->consentGuardian == u"小明的母亲"_s);
    c.category = u"not-a-category"_s;
    CHECK_FALSE(repo.openCase(c).ok());

    CHECK_FALSE(repo.closeCase(*opened, today, QString()).ok());
    REQUIRE(repo.closeCase(*opened, today, u"Goals reached"_s).ok());
    CHECK_FALSE(repo.getCase(*opened)->open);
    CHECK(cases::ageOn(QDate(2012, 5, 10), QDate(2026, 5, 9)) == 13);
    CHECK(cases::ageOn(QDate(2012, 5, 10), QDate(2026, 5, 10)) == 14);
}

TEST_CASE("cases: consent is needed up to the day before the 14th birthday, not on it", "[cases][consent]")
{
    TempVault tv;
    auto vault = tv.open();
    cases::CaseRepository repo(*vault);
    const QDate opened(2026, 5, 10);  // the day the case opens, fixed: no calendar or leap-day luck
    const QDate fourteenToday(2012, 5, 10);
    const QDate fourteenTomorrow(2012, 5, 11);  // 13 years and 364 days old
    const qint64 birthday = addTestStudent(*vault, u"C7"_s, u"生日同学"_s, fourteenToday);
    const qint64 eve = addTestStudent(*vault, u"C8"_s, u"前一天同学"_s, fourteenTomorrow);
    cases::Case c;
    c.category = u"study"_s;
    c.openedBy = kLeadLogin;
    c.openedOn = opened;

    // Exactly 14 on the day the case opens: no consent needed.
    c.studentId = birthday;
    auto onBirthday = repo.openCase(c);
    INFO((onBirthday ? QString() : onBirthday.error().message).toStdString());
    CHECK(onBirthday.ok());

    // One day short of 14: refused without consent, with the under-14 sentence.
    c.studentId = eve;
    auto refused = repo.openCase(c);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(u"under 14"_s));
    // Consent is who and when: a guardian without a date, a date without a guardian, or a
    // guardian that is only spaces is no consent.
    c.consentGuardian = u"前一天同学的父亲"_s;
    c.consentOn = QDate();
    CHECK(repo.openCase(c).error().code == ErrorCode::InvalidInput);
    c.consentGuardian = QString();
    c.consentOn = opened;
    CHECK(repo.openCase(c).error().code == ErrorCode::InvalidInput);
    c.consentGuardian = u"   "_s;
    CHECK(repo.openCase(c).error().code == ErrorCode::InvalidInput);
    CHECK(repo.casesOf(eve)->isEmpty());
    // Both: it opens, and keeps who and when.
    c.consentGuardian = u" 前一天同学的父亲 "_s;
    auto withConsent = repo.openCase(c);
    REQUIRE(withConsent.ok());
    CHECK(repo.getCase(*withConsent)->consentGuardian == u"前一天同学的父亲"_s);
    CHECK(repo.getCase(*withConsent)->consentOn == opened);

    // A birth date on the day the case opens (a typing slip, most likely) is age 0: under 14,
    // not "unknown".
    c.studentId = addTestStudent(*vault, u"C10"_s, u"零岁同学"_s, opened);
    c.consentGuardian = QString();
    auto newborn = repo.openCase(c);
    REQUIRE_FALSE(newborn.ok());
    CHECK(newborn.error().message.contains(u"under 14"_s));

    // Unknown age: the same two halves are each not enough.
    const qint64 unknown = addTestStudent(*vault, u"C9"_s, u"未知同学"_s);
    c.studentId = unknown;
    c.consentGuardian = u"监护人"_s;
    c.consentOn = QDate();
    auto unknownAge = repo.openCase(c);
    REQUIRE_FALSE(unknownAge.ok());
    CHECK(unknownAge.error().message.contains(u"not known"_s));
    c.consentGuardian = QString();
    c.consentOn = opened;
    CHECK_FALSE(repo.openCase(c).ok());
    CHECK(repo.casesOf(unknown)->isEmpty());
}

TEST_CASE("cases: session notes are found by any Chinese phrase, and edits re-index", "[cases][search]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 student = addTestStudent(*vault, u"C4"_s, u"李同学"_s, QDate::currentDate().addYears(-16));
    cases::CaseRepository repo(*vault);
    const qint64 caseId = addTestCase(*vault, student);
    cases::Session s;
    s.caseId = caseId;
    s.heldOn = QDate::currentDate();
    s.minutes = 40;
    s.presenting = u"期中考试前压力很大，晚上睡不着。"_s;
    s.intervention = u"Breathing exercise; planned revision schedule."_s;
    s.author = kLeadLogin;
    auto id = repo.saveSession(s);
    REQUIRE(id.ok());

    for (const QString &query : {u"压力"_s, u"睡不着"_s, u"期中考试"_s, u"breathing"_s, u"压力 revision"_s}) {
        auto hits = repo.searchNotes(query);
        REQUIRE(hits.ok());
        INFO(query.toStdString());
        REQUIRE(hits->size() == 1);
        CHECK(hits->at(0).studentName == u"李同学"_s);
    }
    CHECK(repo.searchNotes(u"压睡"_s)->isEmpty());  // not adjacent in the note
    CHECK(repo.searchNotes(u"\"\" OR *"_s)->isEmpty());  // FTS syntax in a query is harmless
    // The snippet reads as the note did (no marks, no index spaces); the match is a range of it.
    for (const QString &phrase : {u"压力"_s, u"睡不着"_s, u"期中考试"_s}) {
        auto snippet = repo.searchNotes(phrase);
        REQUIRE(snippet.ok());
        const cases::NoteHit &hit = snippet->at(0);
        INFO(hit.snippet.toStdString());
        CHECK(hit.snippet.contains(phrase));
        CHECK(hit.snippet.contains(u"很大，晚上"_s));  // the note's text around it, as written
        CHECK_FALSE(hit.snippet.contains(QRegularExpression(u"\\p{Han}\\s+\\p{Han}"_s)));  // no index spacing
        CHECK_FALSE(hit.snippet.contains(u'['));
        CHECK_FALSE(hit.snippet.contains(QChar(2)));
        REQUIRE(hit.matches.size() == 1);
        CHECK(hit.snippet.mid(hit.matches[0].first, hit.matches[0].second) == phrase);
    }
    auto english = repo.searchNotes(u"revision"_s);
    REQUIRE(english.ok());
    CHECK(english->at(0).snippet.contains(u"planned revision schedule"_s));

    s.id = *id;
    s.presenting = u"情绪平稳。"_s;
    REQUIRE(repo.saveSession(s).ok());
    CHECK(repo.searchNotes(u"压力"_s)->isEmpty());
    CHECK(repo.searchNotes(u"平稳"_s)->size() == 1);
}

TEST_CASE("cases: a private note is readable by its author only, never by another user", "[cases][private]")
{
    TempVault tv;
    const QString marker = u"PRIVATE-NOTE-MARKER-91c4"_s;
    qint64 sessionId = 0;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"wang"_s, {}, vault::Role::Counselor, u"wang passphrase 1"_s).ok());
        const qint64 student = addTestStudent(*vault, u"C5"_s, u"赵同学"_s, QDate::currentDate().addYears(-16));
        cases::CaseRepository repo(*vault);
        cases::Session s;
        s.caseId = addTestCase(*vault, student, u"emotions"_s);
        s.heldOn = QDate::currentDate();
        s.author = kLeadLogin;
        sessionId = *repo.saveSession(s);
        REQUIRE(repo.saveSession(*repo.getSession(sessionId), marker).ok());
        auto mine = repo.privateNote(sessionId);
        REQUIRE(mine.ok());
        REQUIRE(mine->has_value());
        CHECK(**mine == marker);
    }
    {
        auto other = tv.open(u"wang"_s, u"wang passphrase 1"_s);
        cases::CaseRepository repo(*other);
        // Asking as themself: there is no note of theirs.
        auto theirs = repo.privateNote(sessionId);
        REQUIRE(theirs.ok());
        CHECK_FALSE(theirs->has_value());
        // The repository reads only the signed-in user's own note: there is no way to name another
        // author. The sealed bytes themselves do not open with this user's key.
        auto stmt = other->database().prepare(u"SELECT sealed, author_id FROM private_notes"_s);
        REQUIRE(stmt.ok());
        REQUIRE(*stmt->step());
        const QByteArray associated = "cdnote1|" + QByteArray::number(sessionId) + '|' + QByteArray::number(stmt->int64(1));
        CHECK_FALSE(crypto::open(other->userKey(), stmt->blob(0), associated).has_value());
        // Nor is the text in the database in any readable form, nor in the search index.
        auto raw = other->database().scalar(u"SELECT count(*) FROM private_notes WHERE CAST(sealed AS TEXT) LIKE '%PRIVATE-NOTE%'"_s);
        CHECK(raw->toInt() == 0);
        CHECK(repo.searchNotes(u"PRIVATE"_s)->isEmpty());
    }
    CHECK(filesContaining(tv.root(), marker).isEmpty());
    // After a recovery-code unlock there is no private key: notes cannot be written or read.
    auto recovered = vault::Vault::open(tv.dir(), kLeadLogin, tv.recoveryCode(), vault::UnlockMethod::RecoveryCode);
    REQUIRE(recovered.ok());
    cases::CaseRepository repo(*(*recovered));
    CHECK(repo.saveSession(*repo.getSession(sessionId), u"x"_s).error().code
          == ErrorCode::PermissionDenied);
}

TEST_CASE("cases: sharing a private note turns it into part of the session record", "[cases][private]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 student = addTestStudent(*vault, u"C6"_s, u"冯同学"_s, QDate::currentDate().addYears(-16));
    cases::CaseRepository repo(*vault);
    cases::Session s;
    s.caseId = addTestCase(*vault, student, u"family"_s);
    s.heldOn = QDate::currentDate();
    s.observations = u"平静。"_s;
    s.author = kLeadLogin;
    const qint64 sessionId = *repo.saveSession(s);
    CHECK(repo.sharePrivateNote(sessionId).error().code == ErrorCode::NotFound);
    REQUIRE(repo.saveSession(*repo.getSession(sessionId), u"需要联系家长"_s).ok());
    REQUIRE(repo.sharePrivateNote(sessionId).ok());
    CHECK_FALSE(repo.privateNote(sessionId)->has_value());
    CHECK(repo.sessionsOf(s.caseId)->at(0).observations.contains(u"需要联系家长"_s));
    CHECK(repo.searchNotes(u"联系家长"_s)->size() == 1);
}

TEST_CASE("cases: the desk's appointments are each open case's newest next appointment in the window",
          "[cases][appointments]")
{
    TempVault tv;
    auto vault = tv.open();
    const QDate today = QDate::currentDate();
    const qint64 a = addTestStudent(*vault, u"AP1"_s, u"约谈甲"_s, today.addYears(-15));
    const qint64 b = addTestStudent(*vault, u"AP2"_s, u"约谈乙"_s, today.addYears(-15));
    cases::CaseRepository repo(*vault);
    const auto open = [&](qint64 student) {
        cases::Case c;
        c.studentId = student;
        c.category = u"study"_s;
        c.openedBy = kLeadLogin;
        auto id = repo.openCase(c);
        REQUIRE(id.ok());
        return *id;
    };
    const auto session = [&](qint64 caseId, const QDate &held, const QDateTime &next) {
        cases::Session s;
        s.caseId = caseId;
        s.heldOn = held;
        s.presenting = u"近况"_s;
        s.nextAppointment = next;
        REQUIRE(repo.saveSession(s).ok());
    };
    const QDateTime start(today, QTime(0, 0));
    const qint64 caseA = open(a);
    const qint64 caseB = open(b);
    // A: an older session's appointment replaced by the newest one's (in two days).
    session(caseA, today.addDays(-14), QDateTime(today.addDays(-7), QTime(10, 0)));
    session(caseA, today.addDays(-7), QDateTime(today.addDays(2), QTime(14, 30)));
    // B: tomorrow, then outside the week once a later session moves it.
    session(caseB, today.addDays(-3), QDateTime(today.addDays(1), QTime(9, 0)));

    auto week = repo.upcomingAppointments(start, start.addDays(7));
    REQUIRE(week.ok());
    REQUIRE(week->size() == 2);
    CHECK(week->at(0).studentId == b);
    CHECK(week->at(0).studentName == u"约谈乙"_s);
    CHECK(week->at(0).at == QDateTime(today.addDays(1), QTime(9, 0)));
    CHECK(week->at(1).studentId == a);
    CHECK(week->at(1).caseId == caseA);

    session(caseB, today, QDateTime(today.addDays(20), QTime(9, 0)));
    week = repo.upcomingAppointments(start, start.addDays(7));
    REQUIRE(week.ok());
    REQUIRE(week->size() == 1);
    CHECK(week->at(0).studentId == a);
    // A closed case has no appointments.
    REQUIRE(repo.closeCase(caseA, today, u"Goals reached"_s).ok());
    week = repo.upcomingAppointments(start, start.addDays(7));
    REQUIRE(week.ok());
    CHECK(week->isEmpty());
    // Its own window: B's appointment in 20 days.
    auto later = repo.upcomingAppointments(start, start.addDays(30));
    REQUIRE(later.ok());
    REQUIRE(later->size() == 1);
    CHECK(later->at(0).studentId == b);
}

// The school year: promotion and graduation, transfers, and the retention purge (gone from the file).

#include "cases/CaseRepository.h"
#include "storage/Database.h"
#include "cases/DraftStore.h"
#include "screening/FollowUpRepository.h"
#include "students/SchoolYear.h"
#include "students/StudentRepository.h"
#include "students/WatchList.h"
#include "support/DatabasePages.h"
#include "support/FileSnapshot.h"
#include "support/TempVault.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;


TEST_CASE("school year: every class moves up, the top grade graduates, history is kept", "[school-year]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 a = addTestStudent(*vault, u"Y1"_s, u"学生"_s + u"Y1"_s, QDate(), 7);
    const qint64 b = addTestStudent(*vault, u"Y2"_s, u"学生"_s + u"Y2"_s, QDate(), 9);
    addTestStudent(*vault, u"Y3"_s, u"学生"_s + u"Y3"_s, QDate(), 8);
    auto preview = students::previewPromotion(*vault, 9);
    REQUIRE(preview.ok());
    CHECK(preview->promoted == 2);
    CHECK(preview->graduated == 1);
    auto done = students::promote(*vault, 9, QDate(2027, 9, 1));
    REQUIRE(done.ok());
    CHECK(done->promoted == 2);
    students::StudentRepository repo(*vault);
    CHECK(repo.get(a)->grade == 8);
    CHECK(repo.get(b)->status == students::Enrolment::Graduated);
    CHECK(repo.get(b)->leftOn == QDate(2027, 9, 1));
    CHECK(repo.classHistory(a)->size() == 2);
    CHECK(repo.classHistory(a)->last().reason == u"promotion"_s);
    CHECK(vault->audit().recent(1)->at(0).action == QLatin1String(audit::action::SchoolYearPromoted));

    REQUIRE(students::transferOut(*vault, a, QDate(2027, 10, 1)).ok());
    CHECK(repo.get(a)->status == students::Enrolment::Transferred);
}

TEST_CASE("school year: only a room lead may promote or purge", "[school-year]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"wang"_s, {}, vault::Role::Counselor, u"counselor passphrase"_s).ok());
    }
    auto counselor = tv.open(u"wang"_s, u"counselor passphrase"_s);
    CHECK(students::promote(*counselor, 9, QDate::currentDate()).error().code == ErrorCode::PermissionDenied);
    CHECK(students::purgeStudents(*counselor, {1}).error().code == ErrorCode::PermissionDenied);
}

namespace {

/// A student who has everything the vault can hold about one: class history, a growth record
/// with a guardian, a watch-list entry and its history, a case with a session, its private note
/// and a draft, a screening sheet with its answers, score and a closed follow-up. `marker` is in
/// every free text. Returns the ids the rows hang on.
struct EverythingAbout {
    qint64 student = 0;
    qint64 caseId = 0;
    qint64 session = 0;
    qint64 sheet = 0;
};

EverythingAbout addEverythingAbout(vault::Vault &vault, const QString &studentNo, const QString &marker, qint64 runId)
{
    EverythingAbout ids;
    students::StudentRepository repo(vault);
    auto student = repo.findByNumber(studentNo);
    REQUIRE(student.ok());
    REQUIRE(student->has_value());
    ids.student = (*student)->id;
    students::GrowthRecord record;
    record.psychStatus = marker + u" 心理状况"_s;
    record.familyNotes = marker + u" 家庭"_s;
    record.guardians << students::Guardian{0, marker + u" 母亲"_s, u"母亲"_s, u"13800000000"_s, marker};
    REQUIRE(repo.saveGrowthRecord(ids.student, record).ok());
    students::Student moved = **student;
    moved.klass = u"3"_s;
    REQUIRE(repo.save(moved, marker).ok());  // a second class-history row, the marker its reason
    students::WatchList watch(vault);
    REQUIRE(watch.set(ids.student, students::RiskLevel::High, marker, QDate(2020, 3, 1)).ok());

    cases::CaseRepository cases(vault);
    cases::Case c;
    c.studentId = ids.student;
    c.category = u"family"_s;
    c.openedBy = kLeadLogin;
    c.openedOn = QDate(2020, 1, 1);
    c.consentGuardian = marker;
    c.consentOn = QDate(2020, 1, 1);
    auto opened = cases.openCase(c);
    REQUIRE(opened.ok());
    ids.caseId = *opened;
    cases::Session s;
    s.caseId = ids.caseId;
    s.heldOn = QDate(2020, 2, 1);
    s.observations = marker + u" 的笔记"_s;
    s.author = kLeadLogin;
    auto saved = cases.saveSession(s, marker);  // with the author's sealed private note
    REQUIRE(saved.ok());
    ids.session = *saved;
    s.id = 0;
    s.presenting = marker + u" 草稿"_s;
    REQUIRE(cases::DraftStore(vault).save(s, marker).ok());

    // PHQ-9 with item 9 answered: a follow-up opens; closed with a note.
    enterTestSheet(vault, runId, u"PHQ-9"_s, ids.student, screening::AnswerRow{1, 1, 1, 1, 1, 1, 1, 1, 1});
    auto sheet = vault.database().prepare(u"SELECT id FROM screening_sheets WHERE student_id = ?"_s);
    REQUIRE(sheet.ok());
    sheet->bind(1, ids.student);
    REQUIRE(*sheet->step());
    ids.sheet = sheet->int64(0);
    screening::FollowUpRepository followUps(vault);
    auto followUp = followUps.forStudent(runId, ids.student);
    REQUIRE(followUp.ok());
    REQUIRE(followUp->has_value());
    REQUIRE(followUps.close((*followUp)->id, screening::FollowUpStatus::Confirmed, marker).ok());
    return ids;
}

/// "table: count" for each table holding rows about `ids`.
QStringList rowsAbout(vault::Vault &vault, const EverythingAbout &ids)
{
    const QList<std::pair<QString, QString>> where = {
        {u"students"_s, u"id = %1"_s.arg(ids.student)},
        {u"class_history"_s, u"student_id = %1"_s.arg(ids.student)},
        {u"growth_records"_s, u"student_id = %1"_s.arg(ids.student)},
        {u"guardians"_s, u"student_id = %1"_s.arg(ids.student)},
        {u"watch_list"_s, u"student_id = %1"_s.arg(ids.student)},
        {u"watch_history"_s, u"student_id = %1"_s.arg(ids.student)},
        {u"cases"_s, u"student_id = %1"_s.arg(ids.student)},
        {u"sessions"_s, u"case_id = %1"_s.arg(ids.caseId)},
        {u"session_text"_s, u"docid = %1"_s.arg(ids.session)},
        {u"private_notes"_s, u"session_id = %1"_s.arg(ids.session)},
        {u"session_drafts"_s, u"case_id = %1"_s.arg(ids.caseId)},
        {u"run_students"_s, u"student_id = %1"_s.arg(ids.student)},
        {u"screening_sheets"_s, u"student_id = %1"_s.arg(ids.student)},
        {u"screening_answers"_s, u"sheet_id = %1"_s.arg(ids.sheet)},
        {u"screening_scores"_s, u"sheet_id = %1"_s.arg(ids.sheet)},
        {u"screening_follow_ups"_s, u"student_id = %1"_s.arg(ids.student)},
    };
    QStringList rows;
    for (const auto &[table, condition] : where) {
        auto n = vault.database().scalar(u"SELECT count(*) FROM %1 WHERE %2"_s.arg(table, condition));
        REQUIRE(n.ok());
        if (n->toLongLong() > 0) rows << u"%1: %2"_s.arg(table).arg(n->toLongLong());
    }
    return rows;
}

}  // namespace

TEST_CASE("retention: students who left long ago are purged with everything about them, gone from the file",
          "[school-year][purge]")
{
    const QString marker = u"PURGE-MARKER-5d1e"_s;
    const QString keptMarker = u"KEPT-MARKER-77b0"_s;
    TempVault tv;
    EverythingAbout old;
    EverythingAbout kept;
    {
        auto vault = tv.open();
        addTestStudent(*vault, u"P1"_s, u"学生"_s + u"P1"_s, QDate(2006, 3, 4), 9);
        const qint64 recent = addTestStudent(*vault, u"P2"_s, u"学生"_s + u"P2"_s, QDate(2006, 5, 6), 9);
        addTestStudent(*vault, u"P3"_s, u"学生"_s + u"P3"_s, QDate(2007, 7, 8), 8);
        const qint64 run = createTestRun(*vault, u"Autumn"_s, {8, 9}, {u"PHQ-9"_s});
        old = addEverythingAbout(*vault, u"P1"_s, marker, run);
        kept = addEverythingAbout(*vault, u"P3"_s, keptMarker, run);
        REQUIRE(students::transferOut(*vault, old.student, QDate::currentDate().addYears(-5)).ok());
        REQUIRE(students::transferOut(*vault, recent, QDate::currentDate().addYears(-1)).ok());

        // Before: every table holds its rows, and the file holds the marker in readable form.
        const QStringList before = rowsAbout(*vault, kept);
        INFO("rows: " << before.join(u", "_s).toStdString());
        CHECK(rowsAbout(*vault, old).size() == 16);
        CHECK(before.size() == 16);
        CHECK(pagesContain(decryptedPages(vault::VaultPaths::database(tv.dir()), vault->databaseKey()), marker));

        auto candidates = students::purgeCandidates(*vault, 3, QDate::currentDate());
        REQUIRE(candidates.ok());
        REQUIRE(candidates->size() == 1);
        CHECK(candidates->at(0).id == old.student);
        auto removed = students::purgeStudents(*vault, {old.student});
        REQUIRE(removed.ok());
        CHECK(*removed == 1);
        students::StudentRepository repo(*vault);
        CHECK_FALSE(repo.get(old.student).ok());
        CHECK(repo.listAll()->size() == 2);
        // Not a row about them is left, in any table; everyone else's are all there.
        const QStringList left = rowsAbout(*vault, old);
        INFO("rows left about the purged student: " << left.join(u", "_s).toStdString());
        CHECK(left.isEmpty());
        CHECK(rowsAbout(*vault, kept) == before);
        CHECK(cases::CaseRepository(*vault).searchNotes(marker)->isEmpty());
        CHECK(cases::CaseRepository(*vault).searchNotes(keptMarker)->size() == 1);
        auto audit = vault->audit().recent(1);
        CHECK(audit->at(0).action == QLatin1String(audit::action::StudentsPurged));
        CHECK(audit->at(0).detail == u"count=1"_s);
        auto report = vault->check(true);
        REQUIRE(report.ok());
        CHECK(report->ok());
    }
    // Reopened: no page of the file holds the text any more, not even in freed space; the kept
    // student's text is still there (so the pages were read).
    auto vault = tv.open();
    const QByteArray pages = decryptedPages(vault::VaultPaths::database(tv.dir()), vault->databaseKey());
    CHECK_FALSE(pagesContain(pages, marker));
    CHECK(pagesContain(pages, keptMarker));
    CHECK(filesContaining(tv.root(), marker).isEmpty());
    auto leftover = vault->database().scalar(u"SELECT count(*) FROM session_text WHERE body LIKE '%PURGE%'"_s);
    CHECK(leftover->toInt() == 0);
}

TEST_CASE("retention: offered for purging only when they left more than the retention time ago",
          "[school-year][purge]")
{
    TempVault tv;
    auto vault = tv.open();
    const QDate today(2026, 9, 1);
    const qint64 exactly = addTestStudent(*vault, u"R1"_s, u"学生"_s + u"R1"_s, QDate(2006, 1, 1), 9);
    const qint64 dayMore = addTestStudent(*vault, u"R2"_s, u"学生"_s + u"R2"_s, QDate(2006, 1, 2), 9);
    const qint64 active = addTestStudent(*vault, u"R3"_s, u"学生"_s + u"R3"_s, QDate(2006, 1, 3), 9);
    REQUIRE(students::transferOut(*vault, exactly, QDate(2023, 9, 1)).ok());  // 3 years to the day
    REQUIRE(students::transferOut(*vault, dayMore, QDate(2023, 8, 31)).ok());  // 3 years and a day
    auto candidates = students::purgeCandidates(*vault, 3, today);
    REQUIRE(candidates.ok());
    REQUIRE(candidates->size() == 1);
    CHECK(candidates->at(0).id == dayMore);
    CHECK(candidates->at(0).leftOn == QDate(2023, 8, 31));
    CHECK(candidates->at(0).status == students::Enrolment::Transferred);
    // A day later the other one is due too; an active student never is.
    candidates = students::purgeCandidates(*vault, 3, today.addDays(1));
    REQUIRE(candidates.ok());
    CHECK(candidates->size() == 2);
    for (const students::PurgeCandidate &c : *candidates) CHECK(c.id != active);
}

// FTS4 deletes only add delete markers: without the 'optimize' purgeStudents() runs, the purged
// notes' terms stayed in the older index segments, readable in the decrypted file.
TEST_CASE("retention: the words of a purged student's notes leave the search index's pages too",
          "[school-year][purge]")
{
    const QString word = u"zqvxwordofnote"_s;  // one FTS term, found nowhere else
    TempVault tv;
    {
        auto vault = tv.open();
        const qint64 old = addTestStudent(*vault, u"P1"_s, u"学生"_s + u"P1"_s, QDate(2006, 3, 4), 9);
        cases::CaseRepository cases(*vault);
        cases::Session s;
        s.caseId = addTestCase(*vault, old);
        s.heldOn = QDate(2020, 2, 1);
        s.observations = u"talked about "_s + word;
        s.author = kLeadLogin;
        REQUIRE(cases.saveSession(s).ok());
        REQUIRE(cases.searchNotes(word)->size() == 1);
        // Someone else's note stays (a purge that empties the index drops all of it at once).
        s.caseId = addTestCase(*vault, addTestStudent(*vault, u"P2"_s, u"学生"_s + u"P2"_s, QDate(2007, 3, 4), 8));
        s.observations = u"another note"_s;
        REQUIRE(cases.saveSession(s).ok());
        REQUIRE(students::transferOut(*vault, old, QDate::currentDate().addYears(-5)).ok());
        REQUIRE(students::purgeStudents(*vault, {old}).ok());
        CHECK(cases.searchNotes(word)->isEmpty());
    }
    auto vault = tv.open();
    CHECK_FALSE(pagesContain(decryptedPages(vault::VaultPaths::database(tv.dir()), vault->databaseKey()), word));
}

// Vaults outlive versions. Every fixture under tests/data/vaults/ (a vault and a backup made by an
// older CounselDesk with tests/tools/make_fixture_vault.cpp, committed once and never regenerated;
// see tests/data/vaults/README.md) is copied to a temporary folder, opened with this build's code,
// which migrates it, and must still hold every record its fixture.json lists; its old-version
// backup must verify and restore. The committed files are never opened in place. Schema 7's
// crisis records are checked by checkCrisis (test_old_vaults_crisis.cpp) from checkRecords.

#include "OldVaultFixtures.h"

#include "backup/Backup.h"
#include "registry/Schema.h"
#include "cases/CaseRepository.h"
#include "cases/Categories.h"
#include "cases/DraftStore.h"
#include "common/Clock.h"
#include "screening/FollowUpRepository.h"
#include "screening/InstrumentLibrary.h"
#include "screening/RunRepository.h"
#include "screening/SheetStore.h"
#include "storage/Migrations.h"
#include "students/StudentRepository.h"
#include "students/WatchList.h"
#include "support/FileSnapshot.h"
#include "support/TempVault.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

/// As fixture.json writes a sheet's flags (tests/tools/FixtureRecord.cpp).
QString flagCode(screening::FlagKind kind)
{
    switch (kind) {
    case screening::FlagKind::Critical: return u"critical"_s;
    case screening::FlagKind::CutOff: return u"cutoff"_s;
    case screening::FlagKind::Invalid: return u"invalid"_s;
    }
    return {};
}

/// Rows per table against fixture.json; the audit log only grows (every open adds a row), and so
/// do the lead's checkpoints (every lead unlock signs the chain's head, version 8).
void checkCounts(vault::Vault &v, const QJsonObject &counts)
{
    REQUIRE_FALSE(counts.isEmpty());
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        INFO("table " << str(it.key()));
        auto n = v.database().scalar(u"SELECT count(*) FROM \"%1\""_s.arg(it.key()));
        REQUIRE(n.ok());
        // The audit log only grows; vault_meta gains the signing and key-generation facts (version 8).
        if (it.key() == u"audit_log"_s || it.key() == u"vault_meta"_s || it.key() == u"audit_checkpoints"_s)
            CHECK(n->toLongLong() >= it.value().toInteger());
        else CHECK(n->toLongLong() == it.value().toInteger());
    }
}

/// check(true) passes, the schema is the newest, and the old chain's row `seq` is unchanged.
void checkIntact(vault::Vault &v, const QJsonObject &auditRow)
{
    auto report = v.check(true);
    REQUIRE(report.ok());
    INFO(str(report->chain.problem));
    CHECK(report->database.ok());
    CHECK(report->chain.intact());
    CHECK(report->marker.ok());
    CHECK(report->ok());
    CHECK(report->schemaVersion == registry::latestSchemaVersion());
    auto stmt = v.database().prepare(u"SELECT hash FROM audit_log WHERE seq = ?"_s);
    REQUIRE(stmt.ok());
    stmt->bind(1, auditRow.value(u"seq"_s).toInteger());
    REQUIRE(*stmt->step());
    CHECK(stmt->blob(0).toHex() == text(auditRow, "hash").toLatin1());
}

void checkStudents(vault::Vault &v, const QJsonArray &expected)
{
    students::StudentRepository repo(v);
    students::WatchList watch(v);
    for (const QJsonValue &value : expected) {
        const QJsonObject e = value.toObject();
        INFO("student " << str(text(e, "student_no")));
        const students::Student s = *repo.get(studentId(v, text(e, "student_no")));
        CHECK(s.name == text(e, "name"));
        CHECK(students::sexCode(s.sex) == text(e, "sex"));
        CHECK(clock::dateToStorage(s.birthDate) == text(e, "birth_date"));
        CHECK(s.grade == e.value(u"grade"_s).toInt());
        CHECK(s.klass == text(e, "class"));
        CHECK(students::statusCode(s.status) == text(e, "status"));
        CHECK(clock::dateToStorage(s.leftOn) == text(e, "left_on"));
        const auto periods = *repo.classHistory(s.id);
        const QJsonArray ePeriods = array(e, "class_history");
        REQUIRE(periods.size() == ePeriods.size());
        for (int i = 0; i < periods.size(); ++i) {
            const QJsonObject p = ePeriods.at(i).toObject();
            CHECK(periods[i].grade == p.value(u"grade"_s).toInt());
            CHECK(periods[i].klass == text(p, "class"));
            CHECK(clock::dateToStorage(periods[i].from) == text(p, "from"));
            CHECK(clock::dateToStorage(periods[i].to) == text(p, "to"));
            CHECK(periods[i].reason == text(p, "reason"));
        }
        const students::GrowthRecord g = *repo.growthRecord(s.id);
        const QJsonObject eg = object(e, "growth");
        CHECK(g.familyStructure == text(eg, "family_structure"));
        CHECK(g.leftBehind == eg.value(u"left_behind"_s).toBool());
        CHECK(g.familyNotes == text(eg, "family_notes"));
        CHECK(g.psychStatus == text(eg, "psych_status"));
        const QJsonArray guardians = array(eg, "guardians");
        REQUIRE(g.guardians.size() == guardians.size());
        for (int i = 0; i < guardians.size(); ++i) {
            const QJsonObject gd = guardians.at(i).toObject();
            CHECK(g.guardians[i].name == text(gd, "name"));
            CHECK(g.guardians[i].relation == text(gd, "relation"));
            CHECK(g.guardians[i].phone == text(gd, "phone"));
            CHECK(g.guardians[i].notes == text(gd, "notes"));
        }
        const auto entry = *watch.entry(s.id);
        const QJsonValue ew = e.value(u"watch"_s);
        REQUIRE(entry.has_value() == ew.isObject());
        if (entry) {
            CHECK(students::riskCode(entry->level) == text(ew.toObject(), "level"));
            CHECK(entry->reason == text(ew.toObject(), "reason"));
            CHECK(clock::dateToStorage(entry->nextReview) == text(ew.toObject(), "next_review"));
        }
        const auto history = *watch.history(s.id);
        const QJsonArray eh = array(e, "watch_history");
        REQUIRE(history.size() == eh.size());
        for (int i = 0; i < eh.size(); ++i) {
            CHECK((history[i].level ? students::riskCode(*history[i].level) : QString()) == text(eh.at(i).toObject(), "level"));
            CHECK(history[i].reason == text(eh.at(i).toObject(), "reason"));
            CHECK(history[i].changedBy == text(eh.at(i).toObject(), "changed_by"));
        }
    }
}

void checkCategoriesAndCases(vault::Vault &v, const QJsonObject &expect)
{
    const auto all = *cases::concernCategories(v, true);
    const auto offered = *cases::concernCategories(v, false);
    const QJsonArray expected = array(expect, "categories");
    REQUIRE(all.size() == expected.size());
    for (int i = 0; i < all.size(); ++i) {
        const QJsonObject e = expected.at(i).toObject();
        INFO("category " << str(text(e, "code")));
        CHECK(all[i].code == text(e, "code"));  // the lead's order too
        CHECK(all[i].builtIn == e.value(u"built_in"_s).toBool());
        CHECK(all[i].renamed == e.value(u"renamed"_s).toBool());
        CHECK(all[i].active == e.value(u"active"_s).toBool());
        if (e.contains(u"name"_s)) CHECK(all[i].name == text(e, "name"));
        const bool isOffered =
            std::any_of(offered.cbegin(), offered.cend(), [&](const auto &c) { return c.code == all[i].code; });
        CHECK(isOffered == all[i].active);
    }
    const QJsonObject custom = object(expect, "custom_category");
    CHECK((*cases::categoryNames(v)).value(text(custom, "code")) == text(custom, "name"));

    cases::CaseRepository repo(v);
    for (const QJsonValue &value : array(expect, "cases")) {
        const QJsonObject e = value.toObject();
        INFO("case of " << str(text(e, "student_no")) << " about " << str(text(e, "category")));
        const auto list = *repo.casesOf(studentId(v, text(e, "student_no")));
        const auto c = std::find_if(list.cbegin(), list.cend(), [&](const cases::Case &x) {
            return x.category == text(e, "category") && clock::dateToStorage(x.openedOn) == text(e, "opened_on");
        });
        REQUIRE(c != list.cend());
        CHECK(c->openedBy == text(e, "opened_by"));
        CHECK(c->consentGuardian == text(e, "consent_guardian"));
        CHECK(clock::dateToStorage(c->consentOn) == text(e, "consent_on"));
        CHECK(c->open == e.value(u"open"_s).toBool());
        CHECK(clock::dateToStorage(c->closedOn) == text(e, "closed_on"));
        CHECK(c->outcome == text(e, "outcome"));
        const auto sessions = *repo.sessionsOf(c->id);
        const QJsonArray es = array(e, "sessions");
        REQUIRE(sessions.size() == es.size());
        for (int i = 0; i < es.size(); ++i) {
            const QJsonObject s = es.at(i).toObject();
            CHECK(clock::dateToStorage(sessions[i].heldOn) == text(s, "held_on"));
            CHECK(sessions[i].minutes == s.value(u"minutes"_s).toInt());
            CHECK(cases::kindCode(sessions[i].kind) == text(s, "kind"));
            CHECK(sessions[i].risk == text(s, "risk"));
            CHECK(sessions[i].author == text(s, "author"));
            CHECK(sessions[i].presenting == text(s, "presenting"));
            CHECK(sessions[i].plan == text(s, "plan"));
            CHECK((sessions[i].nextAppointment.isValid() ? clock::toStorage(sessions[i].nextAppointment) : QString())
                  == text(s, "next_appointment"));
        }
    }
}

/// The one session a marker word finds (note search through the FTS index).
cases::NoteHit findByMarker(vault::Vault &v, const QString &marker)
{
    INFO("marker " << str(marker));
    auto hits = cases::CaseRepository(v).searchNotes(marker);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    return hits->first();
}

/// Private notes and drafts, as the signed-in user (the lead or the counselor) sees them.
void checkNotesAndDrafts(vault::Vault &v, const QJsonObject &expect)
{
    const QJsonObject notes = object(expect, "notes");
    cases::CaseRepository repo(v);
    const cases::NoteHit leadSession = findByMarker(v, text(notes, "marker_word"));
    CHECK(findByMarker(v, text(notes, "marker_phrase")).sessionId == leadSession.sessionId);
    const cases::NoteHit counselorSession = findByMarker(v, text(notes, "counselor_marker"));
    const auto leadNote = repo.privateNote(leadSession.sessionId);
    const auto counselorNote = repo.privateNote(counselorSession.sessionId);
    REQUIRE(leadNote.ok());
    REQUIRE(counselorNote.ok());
    if (v.isLead()) {
        CHECK(*leadNote == std::optional<QString>(text(notes, "lead_private_note")));
        CHECK_FALSE(counselorNote->has_value());  // another user's note does not even show
    } else {
        CHECK(*counselorNote == std::optional<QString>(text(notes, "counselor_private_note")));
        CHECK_FALSE(leadNote->has_value());
    }

    int checked = 0;
    for (const QJsonValue &value : array(expect, "drafts")) {
        const QJsonObject e = value.toObject();
        if (text(e, "author") != v.currentUser().login) continue;
        INFO("draft of " << str(text(e, "author")));
        const QString marker = text(e, "session_marker");
        const qint64 sessionId = marker.isEmpty() ? 0 : findByMarker(v, marker).sessionId;
        const auto list = *repo.casesOf(studentId(v, text(e, "case_student_no")));
        std::optional<cases::SessionDraft> draft;
        for (const cases::Case &c : list) {
            auto loaded = cases::DraftStore(v).load(c.id, sessionId);
            REQUIRE(loaded.ok());
            if (*loaded) draft = *loaded;
        }
        REQUIRE(draft.has_value());
        if (e.contains(u"presenting"_s)) CHECK(draft->session.presenting == text(e, "presenting"));
        if (e.contains(u"plan"_s)) CHECK(draft->session.plan == text(e, "plan"));
        CHECK(draft->privateNote == std::optional<QString>(text(e, "private_note")));
        ++checked;
    }
    CHECK(checked > 0);
}

void checkScreening(vault::Vault &v, const QJsonObject &expect)
{
    screening::InstrumentLibrary library(v);
    const auto available = *library.available();
    for (const QJsonValue &value : array(expect, "school_instruments")) {
        const QJsonObject e = value.toObject();
        INFO("school instrument " << str(text(e, "code")));
        const auto entry = std::find_if(available.cbegin(), available.cend(), [&](const screening::LibraryEntry &x) {
            return x.instrument.code == text(e, "code");
        });
        REQUIRE(entry != available.cend());
        CHECK_FALSE(entry->shipped);
        CHECK(entry->instrument.version == text(e, "version"));
        CHECK(entry->instrument.items.size() == e.value(u"items"_s).toInt());
        CHECK(entry->loadedBy == text(e, "loaded_by"));
        for (const QJsonValue &version : array(e, "kept_versions"))
            CHECK(library.definition(text(e, "code"), version.toString()).ok());
    }

    screening::RunRepository runs(v);
    screening::FollowUpRepository followUps(v);
    const QJsonArray expectedRuns = array(expect, "runs");
    REQUIRE(runs.list()->size() == expectedRuns.size());
    for (const QJsonValue &value : expectedRuns) {
        const QJsonObject e = value.toObject();
        INFO("run " << str(text(e, "name")));
        const auto run = runs.byName(text(e, "name"));
        REQUIRE(run.ok());
        CHECK(screening::runStatusCode(run->status) == text(e, "status"));
        CHECK(clock::dateToStorage(run->opensOn) == text(e, "opens_on"));
        CHECK(clock::dateToStorage(run->closesOn) == text(e, "closes_on"));
        const QJsonArray instruments = array(e, "instruments");
        REQUIRE(run->instruments.size() == instruments.size());
        for (int i = 0; i < instruments.size(); ++i) {
            CHECK(run->instruments[i].code == text(instruments.at(i).toObject(), "code"));
            CHECK(run->instruments[i].version == text(instruments.at(i).toObject(), "version"));
            CHECK(runs.instrument(run->id, run->instruments[i].code).ok());  // the pinned definition is kept
        }
        const QJsonArray targets = array(e, "targets");
        REQUIRE(run->targets.size() == targets.size());
        for (int i = 0; i < targets.size(); ++i)
            CHECK(run->targets[i] == screening::RunTarget{targets.at(i).toObject().value(u"grade"_s).toInt(),
                                                          text(targets.at(i).toObject(), "class")});
        CHECK(runs.participants(run->id)->size() == e.value(u"participants"_s).toInt());

        screening::SheetStore store(v, run->id);
        for (const QJsonValue &sv : array(e, "sheets")) {
            const QJsonObject s = sv.toObject();
            INFO("sheet of " << str(text(s, "student_no")) << " " << str(text(s, "instrument")));
            const qint64 sid = studentId(v, text(s, "student_no"));
            const QString code = text(s, "instrument");
            const auto answers = *store.answers(sid, code);
            REQUIRE(answers.has_value());
            const QJsonArray ea = array(s, "answers");
            REQUIRE(answers->size() == static_cast<size_t>(ea.size()));
            for (int i = 0; i < ea.size(); ++i) CHECK((*answers)[static_cast<size_t>(i)] == ea.at(i).toInt());
            const auto score = *store.score(sid, code);
            REQUIRE(score.has_value() == s.value(u"complete"_s).toBool());
            CHECK(store.scoreHistory(sid, code)->size() == s.value(u"history"_s).toInt());
            if (!score) continue;
            const QJsonObject es = object(s, "score");
            CHECK(score->version == text(es, "version"));
            CHECK(score->valid == es.value(u"valid"_s).toBool());
            CHECK(score->total == Approx(es.value(u"total"_s).toDouble()));
            CHECK(score->band == es.value(u"band"_s).toInt());
            CHECK(score->tScore.has_value() == !es.value(u"t_score"_s).isNull());
            if (score->tScore) CHECK(*score->tScore == Approx(es.value(u"t_score"_s).toDouble()));
            CHECK(score->followUp == es.value(u"follow_up"_s).toBool());
            QStringList flags;
            for (screening::FlagKind f : score->flags) flags << flagCode(f);
            CHECK(flags.join(u',') == strings(array(es, "flags")).join(u','));
            CHECK(score->criticalItems == strings(array(es, "critical")));
            CHECK(score->invalidCodes == strings(array(es, "invalid")));
            const QJsonArray subscales = array(es, "subscales");
            REQUIRE(score->subscales.size() == subscales.size());
            for (int i = 0; i < subscales.size(); ++i) {
                CHECK(score->subscales[i].code == text(subscales.at(i).toObject(), "code"));
                CHECK(score->subscales[i].value == Approx(subscales.at(i).toObject().value(u"value"_s).toDouble()));
                CHECK(score->subscales[i].flagged == subscales.at(i).toObject().value(u"flagged"_s).toBool());
            }
        }
        for (const QJsonValue &fv : array(e, "follow_ups")) {
            const QJsonObject f = fv.toObject();
            INFO("follow-up of " << str(text(f, "student_no")));
            const auto found = *followUps.forStudent(run->id, studentId(v, text(f, "student_no")));
            REQUIRE(found.has_value());
            CHECK(screening::followUpStatusCode(found->status) == text(f, "status"));
            CHECK((found->interviewAt.isValid() ? clock::toStorage(found->interviewAt) : QString()) == text(f, "interview_at"));
            CHECK(found->closedBy == text(f, "closed_by"));
            CHECK(found->note == text(f, "note"));
        }
    }
}

/// Everything a fixture lists, as its lead.
void checkRecords(vault::Vault &lead, const Fixture &fx)
{
    const QJsonObject expect = fx.expect();
    CHECK(lead.school().name == text(expect, "school"));
    checkStudents(lead, array(expect, "students"));
    checkCategoriesAndCases(lead, expect);
    checkNotesAndDrafts(lead, expect);
    checkScreening(lead, expect);
    checkCrisis(lead, fx);
}

}  // namespace

TEST_CASE("old vaults: every committed fixture opens with the newest code, migrates and keeps every record",
          "[old_vaults][migration]")
{
    for (const Fixture &fx : allFixtures()) {
        DYNAMIC_SECTION("fixture " << str(fx.name))
        {
            const auto committed = snapshotFolder(fx.vaultDir());
            REQUIRE_FALSE(committed.isEmpty());
            QTemporaryDir tmp;
            const QString dir = tmp.filePath(u"vault"_s);
            copyFolder(fx.vaultDir(), dir);
            {
                auto lead = openAs(dir, fx.user(u"lead"_s));
                CHECK(lead->database().userVersion() == registry::latestSchemaVersion());
                checkIntact(*lead, object(fx.json, "audit_checkpoint"));
                checkCounts(*lead, object(fx.json, "counts"));
                checkRecords(*lead, fx);
            }
            {
                // The counselor's own key still opens their private note and draft.
                auto counselor = openAs(dir, fx.user(u"counselor"_s));
                checkNotesAndDrafts(*counselor, fx.expect());
                CHECK(counselor->check(false)->ok());
            }
            {
                auto recovered = vault::Vault::open(dir, text(fx.user(u"lead"_s), "login"), text(fx.json, "recovery_code"),
                                                    vault::UnlockMethod::RecoveryCode);
                REQUIRE(recovered.ok());
                CHECK((*recovered)->mustSetPassphrase());
            }
            // Opened, migrated and closed again by the newest code: it still opens and checks out.
            auto again = openAs(dir, fx.user(u"lead"_s));
            CHECK(again->check(true)->ok());
            checkCounts(*again, object(fx.json, "counts"));
            again->close();
            CHECK(snapshotFolder(fx.vaultDir()) == committed);  // the committed files were never touched
        }
    }
}

TEST_CASE("old vaults: every fixture's old-version backup verifies and restores with the newest code",
          "[old_vaults][migration][backup][restore]")
{
    for (const Fixture &fx : allFixtures()) {
        DYNAMIC_SECTION("fixture " << str(fx.name))
        {
            const auto committed = snapshotFolder(fx.dir);  // the backup file, fixture.json, README.md
            const QJsonObject lead = fx.user(u"lead"_s);
            const QString login = text(lead, "login");
            const QString passphrase = text(lead, "passphrase");
            QTemporaryDir tmp;
            const QString stick = tmp.filePath(u"stick"_s);
            REQUIRE(QDir().mkpath(stick));
            const QString path = QDir(stick).filePath(QFileInfo(fx.backupPath()).fileName());
            REQUIRE(QFile::copy(fx.backupPath(), path));

            REQUIRE(backup::checkIntact(path).ok());
            auto opened = backup::openBackup(path, login, passphrase, vault::UnlockMethod::Passphrase);
            REQUIRE(opened.ok());
            CHECK(opened->manifest.schemaVersion == object(fx.json, "made_by").value(u"schema_version"_s).toInt());
            CHECK(opened->manifest.auditSeq == object(fx.json, "backup_audit_head").value(u"seq"_s).toInteger());
            CHECK(backup::verifyContents(*opened).ok());
            CHECK(backup::openBackup(path, login, text(fx.json, "recovery_code"), vault::UnlockMethod::RecoveryCode).ok());

            const auto checkRestored = [&](const QString &dir) {
                auto restored = openAs(dir, lead);
                checkIntact(*restored, object(fx.json, "backup_audit_head"));
                checkCounts(*restored, object(fx.json, "backup_counts"));
                checkRecords(*restored, fx);
                auto latest = restored->audit().latest(audit::action::Restored);
                REQUIRE(latest.ok());
                CHECK(latest->has_value());
            };

            SECTION("onto a new computer (no vault yet)")
            {
                const QString fresh = tmp.filePath(u"new computer/vault"_s);
                auto st = backup::restoreBackup(*opened, fresh, login, passphrase, vault::UnlockMethod::Passphrase);
                INFO(str(st ? QString() : st.error().message));
                REQUIRE(st.ok());
                checkRestored(fresh);
            }
            SECTION("over the same vault, already migrated by the newest code")
            {
                const QString dir = tmp.filePath(u"vault"_s);
                copyFolder(fx.vaultDir(), dir);
                openAs(dir, lead)->close();  // migrated
                const backup::Comparison cmp = backup::compareWithVault(*opened, dir);
                CHECK(cmp.sameVault);
                CHECK(cmp.readable);
                CHECK(cmp.backupIsOlder());
                auto st = backup::restoreBackup(*opened, dir, login, passphrase, vault::UnlockMethod::Passphrase);
                INFO(str(st ? QString() : st.error().message));
                REQUIRE(st.ok());
                checkRestored(dir);
            }
            CHECK(snapshotFolder(fx.dir) == committed);
        }
    }
}

namespace {
/// Schema steps of a "newer release" for the length of a scope.
struct ExtraSteps {
    explicit ExtraSteps(std::vector<storage::Migration> steps) { registry::setExtraSchemaStepsForTesting(std::move(steps)); }
    ~ExtraSteps() { registry::setExtraSchemaStepsForTesting({}); }
    ExtraSteps(const ExtraSteps &) = delete;
    ExtraSteps &operator=(const ExtraSteps &) = delete;
};
}  // namespace

TEST_CASE("old vaults: a schema step that fails leaves the old vault byte-identical and names the step",
          "[old_vaults][migration]")
{
    const int next = registry::latestSchemaVersion() + 1;
    for (const Fixture &fx : allFixtures()) {
        DYNAMIC_SECTION("fixture " << str(fx.name))
        {
            QTemporaryDir tmp;
            const QString dir = tmp.filePath(u"vault"_s);
            copyFolder(fx.vaultDir(), dir);
            // First a real table, then a statement that fails: the whole step (and every step of
            // this open) must roll back.
            const std::string failing = "CREATE TABLE lesson_plans (id INTEGER PRIMARY KEY); "
                                        "INSERT INTO no_such_table VALUES (1);";
            const auto before = snapshotFolder(dir);
            {
                ExtraSteps extra({{next, "lessons", failing.c_str()}});
                const QJsonObject lead = fx.user(u"lead"_s);
                auto opened = vault::Vault::open(dir, text(lead, "login"), text(lead, "passphrase"));
                REQUIRE_FALSE(opened.ok());
                CHECK(opened.error().message.contains(u"step %1"_s.arg(next)));
                CHECK(opened.error().message.contains(u"lessons"_s));
            }
            CHECK(snapshotFolder(dir) == before);
            // The version that made it still opens it, every record there.
            auto lead = openAs(dir, fx.user(u"lead"_s));
            CHECK(lead->check(true)->ok());
            checkCounts(*lead, object(fx.json, "counts"));
            CHECK(lead->database().scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'lesson_plans'"_s)->toInt() == 0);
        }
    }
}

TEST_CASE("old vaults: a newer schema step runs once on an old vault, whose records and chain stay whole",
          "[old_vaults][migration]")
{
    const int next = registry::latestSchemaVersion() + 1;
    const Fixture fx = allFixtures().first();
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(u"vault"_s);
    copyFolder(fx.vaultDir(), dir);
    const ExtraSteps extra({{next, "lessons", "CREATE TABLE lesson_plans (id INTEGER PRIMARY KEY);"}});
    {
        auto lead = openAs(dir, fx.user(u"lead"_s));
        CHECK(lead->database().userVersion() == next);
        CHECK(lead->check(true)->ok());
        checkCounts(*lead, object(fx.json, "counts"));
        checkRecords(*lead, fx);
    }
    auto again = openAs(dir, fx.user(u"lead"_s));  // already at `next`: nothing runs twice
    CHECK(again->database().userVersion() == next);
}

// Crash proof (SECURITY.md): a worker process repeats an operation on a real vault and is killed
// with SIGKILL at random moments; after each kill the vault must open, pass integrity_check, and
// show every operation whole or not at all, and every backup on the "stick" must verify.
// CD_CRASH_POINTS sets the kills per operation (CI default 12; `make crash-full` runs 70 each).
// Operations: roster import, session save, backup, restore, screening answer import.

#include "backup/Backup.h"
#include "storage/Database.h"
#include "support/TempVault.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <functional>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

int crashPoints()
{
    const int points = qEnvironmentVariableIntValue("CD_CRASH_POINTS");
    return points > 0 ? points : 12;
}

qint64 count(vault::Vault &vault, const QString &sql) { return vault.database().scalar(sql)->toLongLong(); }

/// How long the worker takes from start to its first finished operation (this machine, this
/// build: sanitizers make it several times slower), so kills can land anywhere in it.
int calibrate(const QStringList &args)
{
    QProcess worker;
    QElapsedTimer timer;
    timer.start();
    worker.start(QStringLiteral(CD_CRASH_WORKER_PATH), args);
    REQUIRE(worker.waitForStarted());
    while (!worker.readAllStandardOutput().contains("done") || timer.elapsed() == 0) {
        if (worker.state() != QProcess::Running) FAIL(worker.readAllStandardError().toStdString());
        if (timer.elapsed() > 120000) FAIL("the worker did not finish one operation in two minutes");
        worker.waitForReadyRead(50);
    }
    const int elapsed = static_cast<int>(timer.elapsed());
    worker.kill();
    worker.waitForFinished(10000);
    return elapsed;
}

/// Starts the worker, lets it run for a random while (up to twice the calibrated time of one
/// operation), kills it. Returns its stderr if it stopped by itself (a bug), empty after a kill.
QString runAndKill(const QStringList &args, int calibratedMs, QRandomGenerator &rng)
{
    QProcess worker;
    worker.start(QStringLiteral(CD_CRASH_WORKER_PATH), args);
    REQUIRE(worker.waitForStarted());
    const int delay = static_cast<int>(rng.bounded(1u, static_cast<quint32>(2 * calibratedMs + 2)));
    if (worker.waitForFinished(delay)) return QString::fromUtf8(worker.readAllStandardError()) + u" (exit)"_s;
    worker.kill();  // SIGKILL
    worker.waitForFinished(10000);
    return {};
}

/// Calibrates, then kills the worker crashPoints() times; after each kill the vault must open
/// and pass the full check, then `afterKill` checks what the operation promises.
void forEachKill(const TempVault &tv, const QStringList &args, quint32 seed,
                 const std::function<void(vault::Vault &)> &afterKill)
{
    QRandomGenerator rng(seed);
    const int calibrated = calibrate(args);
    for (int point = 0; point < crashPoints(); ++point) {
        INFO("kill point " << point);
        const QString stopped = runAndKill(args, calibrated, rng);
        INFO(stopped.toStdString());
        REQUIRE(stopped.isEmpty());
        auto vault = tv.open();
        auto report = vault->check(true);
        REQUIRE(report.ok());
        CHECK(report->ok());
        afterKill(*vault);
    }
}

}  // namespace

TEST_CASE("crash: killed during roster imports, each import is all or nothing", "[crash][promise]")
{
    TempVault tv;
    qint64 imported = 0;
    forEachKill(tv, {u"roster"_s, tv.dir(), kLeadPassphrase}, 20261129, [&](vault::Vault &vault) {
        const qint64 students = count(vault, u"SELECT count(*) FROM students"_s);
        CHECK(students % 200 == 0);
        CHECK(count(vault, u"SELECT count(*) FROM audit_log WHERE action = 'roster.import'"_s) == students / 200);
        CHECK(students >= imported);
        imported = students;
    });
    CHECK(imported > 0);
}

TEST_CASE("crash: killed while saving sessions, no half-saved note", "[crash][promise]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        addTestCase(*vault, addTestStudent(*vault, u"K1"_s, u"崩溃测试"_s));
    }
    qint64 saved = 0;
    forEachKill(tv, {u"session"_s, tv.dir(), kLeadPassphrase}, 1129, [&](vault::Vault &vault) {
        const qint64 sessions = count(vault, u"SELECT count(*) FROM sessions"_s);
        CHECK(sessions >= saved);  // committed work is never lost
        saved = sessions;
        CHECK(count(vault, u"SELECT count(*) FROM session_text"_s) == sessions);
        CHECK(count(vault, u"SELECT count(*) FROM private_notes"_s) == sessions);
        CHECK(count(vault, u"SELECT count(*) FROM session_drafts"_s) <= 1);
        // Every saved session has its audit row, written in the same transaction.
        CHECK(count(vault, u"SELECT count(*) FROM audit_log WHERE action = 'session.save'"_s) == sessions);
    });
    CHECK(saved > 0);
}

TEST_CASE("crash: killed between a session's write and its audit row, neither is there", "[crash][promise]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        addTestCase(*vault, addTestStudent(*vault, u"K3"_s, u"审计崩溃"_s));
    }
    QProcess worker;
    worker.start(QStringLiteral(CD_CRASH_WORKER_PATH), {u"session-audit-kill"_s, tv.dir(), kLeadPassphrase});
    REQUIRE(worker.waitForStarted());
    REQUIRE(worker.waitForFinished(120000));
    // It died at the kill point (SIGKILL), never reaching "done".
    CHECK(worker.exitStatus() == QProcess::CrashExit);
    CHECK_FALSE(worker.readAllStandardOutput().contains("done"));
    auto vault = tv.open();
    auto report = vault->check(true);
    REQUIRE(report.ok());
    CHECK(report->ok());
    CHECK(count(*vault, u"SELECT count(*) FROM sessions"_s) == 0);
    CHECK(count(*vault, u"SELECT count(*) FROM private_notes"_s) == 0);
    CHECK(count(*vault, u"SELECT count(*) FROM audit_log WHERE action = 'session.save'"_s) == 0);
    // The draft kept before the save is still there: nothing the counselor typed is lost.
    CHECK(count(*vault, u"SELECT count(*) FROM session_drafts"_s) == 1);
}

TEST_CASE("crash: killed while backing up, the vault and every backup on the stick are whole", "[crash][promise][backup]")
{
    TempVault tv;
    QTemporaryDir stick;
    {
        auto vault = tv.open();
        addTestCase(*vault, addTestStudent(*vault, u"K2"_s, u"备份崩溃"_s));
        REQUIRE(backup::createBackup(backup::sourceOf(*vault), stick.path()).ok());
    }
    forEachKill(tv, {u"backup"_s, tv.dir(), kLeadPassphrase, stick.path()}, 29, [&](vault::Vault &) {
        // A partly written file keeps its temporary name: whatever is called a backup verifies,
        // and there is always at least one.
        const QList<backup::BackupEntry> backups = backup::listBackups(stick.path());
        REQUIRE_FALSE(backups.isEmpty());
        for (const backup::BackupEntry &entry : backups) {
            INFO(entry.path.toStdString());
            auto opened = backup::openBackup(entry.path, kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase);
            REQUIRE(opened.ok());
            CHECK(backup::verifyContents(*opened).ok());
        }
        CHECK(QDir(stick.path()).entryList({u"*.cdbackup"_s}).size() == backups.size());
    });
}

TEST_CASE("crash: killed while restoring, the vault is always the old one or the restored one", "[crash][promise][backup]")
{
    TempVault tv;
    QTemporaryDir stick;
    QString file;
    {
        auto vault = tv.open();
        addTestStudent(*vault, u"K3"_s, u"恢复崩溃"_s);
        auto made = backup::createBackup(backup::sourceOf(*vault), stick.path());
        REQUIRE(made.ok());
        file = made->path;
        addTestStudent(*vault, u"K4"_s, u"备份之后"_s);  // in the vault, not in the backup
    }
    // After each kill the vault is put back to "not restored" (one student more than the backup),
    // so the next kill tells whether a restore completed in between. The first kill does not
    // count: calibrating already ran one restore to its end.
    int point = 0;
    int restoredBetweenKills = 0;
    forEachKill(tv, {u"restore"_s, tv.dir(), kLeadPassphrase, file}, 5, [&](vault::Vault &vault) {
        const qint64 students = count(vault, u"SELECT count(*) FROM students"_s);
        CHECK((students == 1 || students == 2));  // restored, or still the one it replaces
        if (students == 1) {
            CHECK(count(vault, u"SELECT count(*) FROM students WHERE student_no = 'K3'"_s) == 1);  // the backup's
            restoredBetweenKills += point > 0;
            addTestStudent(vault, u"K4-%1"_s.arg(point), u"备份之后"_s);
        }
        ++point;
    });
    CHECK(restoredBetweenKills > 0);  // restores do complete between kills: the kills hit a working restore
}

TEST_CASE("crash: killed during answer-file imports, each batch of sheets is all or nothing", "[crash][promise][screening]")
{
    constexpr int kBatch = 200;  // the worker's file size
    TempVault tv;
    {
        auto vault = tv.open();
        storage::Transaction tx(vault->database());
        for (int i = 0; i < 2 * kBatch; ++i)
            addTestStudent(*vault, u"C%1"_s.arg(i, 4, 10, QLatin1Char('0')), u"筛查%1"_s.arg(i), {}, 7,
                           QString::number(1 + i % 8));
        REQUIRE(tx.commit().ok());
        createTestRun(*vault, u"Crash run"_s, {7}, {u"PHQ-9"_s});
    }
    qint64 batches = 0;
    forEachKill(tv, {u"screening"_s, tv.dir(), kLeadPassphrase}, 4, [&](vault::Vault &vault) {
        const qint64 sheets = count(vault, u"SELECT count(*) FROM screening_sheets"_s);
        CHECK(sheets % kBatch == 0);
        // Every batch is there whole: the sheets of one import share its time, 200 of them.
        CHECK(count(vault, u"SELECT count(*) FROM (SELECT entered_at FROM screening_sheets GROUP BY entered_at "
                           "HAVING count(*) <> %1)"_s.arg(kBatch)) == 0);
        // The audit rows match the batches: each says 200 sheets, and new ones add up to the table.
        const qint64 audited = count(vault, u"SELECT count(*) FROM audit_log WHERE action = 'screening.sheets'"_s);
        CHECK(audited >= batches);  // committed work is never lost
        batches = audited;
        CHECK(count(vault, u"SELECT count(*) FROM audit_log WHERE action = 'screening.sheets' AND detail NOT LIKE "
                           "'%sheets=200 %'"_s) == 0);
        CHECK(sheets == std::min<qint64>(audited, 2) * kBatch);
        // Every complete sheet has exactly one current score, answers, and its follow-up when it needs one.
        CHECK(count(vault, u"SELECT count(*) FROM screening_sheets h WHERE (SELECT count(*) FROM screening_scores c "
                           "WHERE c.sheet_id = h.id AND c.current = 1) <> 1"_s) == 0);
        CHECK(count(vault, u"SELECT count(*) FROM screening_sheets h WHERE NOT EXISTS (SELECT 1 FROM "
                           "screening_answers a WHERE a.sheet_id = h.id)"_s) == 0);
        CHECK(count(vault, u"SELECT count(*) FROM screening_scores c JOIN screening_sheets h ON h.id = c.sheet_id "
                           "WHERE c.current = 1 AND c.follow_up = 1 AND NOT EXISTS (SELECT 1 FROM screening_follow_ups f "
                           "WHERE f.run_id = h.run_id AND f.student_id = h.student_id)"_s) == 0);
        CHECK(count(vault, u"SELECT count(*) FROM screening_scores"_s) == sheets);  // replaced sheets take theirs along
    });
    CHECK(batches > 0);
}

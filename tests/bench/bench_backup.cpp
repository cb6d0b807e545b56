// Backup budgets (issue: backups): back up a 300 MB vault at >= 70 % of the throughput of `cp`
// plus `sync` of the same file, and verify in <= 1.5x a plain read of the backup. One timed run
// each (seconds of I/O: Catch's sampling would only measure the page cache), printed as a table.

#include <catch2/catch.hpp>
#include "storage/Database.h"

#include "backup/Backup.h"
#include "support/TempVault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

double seconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e9;
}

void run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(600000));
    REQUIRE(p.exitCode() == 0);
}

}  // namespace

TEST_CASE("bench: backup and verify of a 300 MB vault", "[bench][backup]")
{
    const qint64 targetBytes = qEnvironmentVariableIntValue("CD_BENCH_VAULT_MB") > 0
                                   ? qEnvironmentVariableIntValue("CD_BENCH_VAULT_MB") * qint64(1 << 20)
                                   : qint64(300) << 20;
    TempVault tv;
    QTemporaryDir dest;
    auto vault = tv.open();
    {
        // Session notes of synthetic text until the file reaches the size.
        const qint64 student = 1;
        REQUIRE(vault->database().exec(u"INSERT INTO students (id, student_no, name, created_at, updated_at) "
                                       "VALUES (1, 'S1', '测试', '2026-01-01', '2026-01-01')"_s).ok());
        REQUIRE(vault->database().exec(u"INSERT INTO cases (id, student_id, category, opened_on, opened_by) "
                                       "VALUES (1, %1, 'study', '2026-01-01', 'lead')"_s.arg(student)).ok());
        storage::Transaction tx(vault->database());
        auto stmt = vault->database().prepare(
            u"INSERT INTO sessions (case_id, held_on, kind, observations, author, created_at, updated_at) "
            "VALUES (1, '2026-01-01', 'individual', ?, 'lead', '2026-01-01', '2026-01-01')"_s);
        REQUIRE(stmt.ok());
        const QString note = QString(1000, u'记');  // ~3 KB of UTF-8
        const qint64 rows = targetBytes / 4150;
        for (qint64 i = 0; i < rows; ++i) {
            stmt->reset();
            stmt->bind(1, note + QString::number(i));
            REQUIRE(stmt->exec().ok());
        }
        REQUIRE(tx.commit().ok());
    }
    const QString db = vault::VaultPaths::database(tv.dir());
    const double mb = QFile(db).size() / double(1 << 20);

    // Five rounds, alternating, medians reported: one drive, two cores, noisy neighbours.
    std::vector<double> cpRuns;
    std::vector<double> writeRuns;
    std::vector<double> totalRuns;
    backup::BackupResult made;
    for (int round = 0; round < 5; ++round) {
        cpRuns.push_back(seconds([&]() {
            run(u"cp"_s, {db, dest.filePath(u"copy.db"_s)});
            run(u"sync"_s, {});
        }));
        QFile::remove(dest.filePath(u"copy.db"_s));
        totalRuns.push_back(seconds([&]() {
            auto result = backup::createBackup(backup::sourceOf(*vault), dest.path());
            REQUIRE(result.ok());
            made = *result;
        }));
        writeRuns.push_back(made.writeMs / 1000.0);
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double cpSync = median(cpRuns);
    const double backupTotal = median(totalRuns);
    const double writeOnly = median(writeRuns);
    const double verifyCold = made.verifyMs / 1000.0;  // the file's pages were dropped from the cache first
    // A plain read of the same file from the drive: cold when the cache can be dropped (root).
    QFile drop(u"/proc/sys/vm/drop_caches"_s);
    const bool cold = drop.open(QIODevice::WriteOnly) && drop.write("3\n") == 2;
    drop.close();
    const double catRead = seconds([&]() {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(u"cat"_s, {made.path});
        REQUIRE(p.waitForFinished(600000));
    });
    auto opened = backup::openBackup(made.path, kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase);
    REQUIRE(opened.ok());
    const double verifyWarm = seconds([&]() { REQUIRE(backup::verifyContents(*opened).ok()); });

    std::printf("\nbackup benchmark, vault %.0f MB (medians of 5 rounds)\n", mb);
    std::printf("  cp + sync                        %7.3f s  %7.1f MB/s\n", cpSync, mb / cpSync);
    std::printf("  backup written and synced        %7.3f s  %7.1f MB/s  (%.0f %% of cp+sync throughput)\n",
                writeOnly, mb / writeOnly, 100.0 * cpSync / writeOnly);
    std::printf("  backup incl. read-back check     %7.3f s\n", backupTotal);
    std::printf("  plain read (cat > /dev/null)     %7.3f s  (%s)\n", catRead, cold ? "cold cache" : "warm cache");
    std::printf("  verify, read back from the drive %7.3f s  (%.2fx the plain read)\n", verifyCold,
                verifyCold / catRead);
    std::printf("  verify again, file in the cache  %7.3f s\n", verifyWarm);
}

// Backups on real vaults: what a backup holds, that it verifies, that any damage to it is found,
// that a failing drive or a cancel leaves nothing claiming to be a backup, and restore.

#include "backup/Backup.h"
#include "cases/CaseRepository.h"
#include "cases/Categories.h"
#include "cases/DraftStore.h"
#include "common/OutputFile.h"
#include "screening/FollowUpRepository.h"
#include "screening/InstrumentLibrary.h"
#include "students/StudentRepository.h"
#include "students/WatchList.h"
#include "support/FileSnapshot.h"
#include "support/TempVault.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

const QString kMarker = u"BACKUP-PLAINTEXT-MARKER-3d81"_s;

/// A vault with a student, a case, a session and a private note, all carrying the marker.
void fillVault(vault::Vault &vault)
{
    const qint64 student = addTestStudent(vault, u"B1"_s, kMarker + u"学生"_s, QDate::currentDate().addYears(-15));
    cases::CaseRepository repo(vault);
    cases::Session s;
    s.caseId = addTestCase(vault, student);
    s.heldOn = QDate::currentDate();
    s.observations = kMarker + u" 观察"_s;
    s.author = kLeadLogin;
    const qint64 session = *repo.saveSession(s);
    REQUIRE(repo.saveSession(*repo.getSession(session), kMarker).ok());
}

backup::BackupResult makeBackup(vault::Vault &vault, const QString &dest, int generations = 2)
{
    auto made = backup::createBackup(backup::sourceOf(vault), dest, {}, generations);
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
    return *made;
}

QStringList filesIn(const QString &dir) { return QDir(dir).entryList(QDir::Files | QDir::Hidden); }

}  // namespace

TEST_CASE("backup: one encrypted file that verifies and holds what the vault held", "[backup]")
{
    TempVault tv;
    QTemporaryDir stick;
    auto vault = tv.open();
    fillVault(*vault);
    std::vector<qint64> progress;
    auto made = backup::createBackup(backup::sourceOf(*vault), stick.path(), [&](qint64 done, qint64 total) {
        progress.push_back(done);
        CHECK(done <= total);
        return true;
    });
    REQUIRE(made.ok());
    CHECK(QFile::exists(made->path));
    CHECK(made->path.endsWith(u".cdbackup"_s));
    CHECK(filesIn(stick.path()) == QStringList{QFileInfo(made->path).fileName()});
    CHECK_FALSE(progress.empty());
    CHECK(made->manifest.counts.students == 1);
    CHECK(made->manifest.counts.sessions == 1);
    CHECK(made->manifest.school == vault->school().name);

    // The plain header says only when, which vault and how big; nothing else is readable.
    auto header = backup::checkIntact(made->path);
    REQUIRE(header.ok());
    CHECK(header->dbLength % 4096 == 0);
    CHECK(filesContaining(stick.path(), kMarker).isEmpty());
    CHECK(filesContaining(stick.path(), vault->school().name).isEmpty());
    QFile file(made->path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("SQLite format 3"));

    // Opened with the passphrase, or with the recovery code, it verifies in full.
    vault->close();
    auto opened = backup::openBackup(made->path, kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase);
    REQUIRE(opened.ok());
    CHECK(opened->manifest.counts == made->manifest.counts);
    CHECK(backup::verifyContents(*opened).ok());
    auto byRecovery = backup::openBackup(made->path, kLeadLogin, tv.recoveryCode(), vault::UnlockMethod::RecoveryCode);
    REQUIRE(byRecovery.ok());
    CHECK(backup::openBackup(made->path, kLeadLogin, u"wrong passphrase here"_s, vault::UnlockMethod::Passphrase)
              .error()
              .code
          == ErrorCode::WrongPassphrase);
}

TEST_CASE("backup: the newest generations are kept, other vaults' backups are left alone", "[backup]")
{
    TempVault tv;
    TempVault other;
    QTemporaryDir stick;
    {
        auto second = other.open();
        makeBackup(*second, stick.path());
    }
    auto vault = tv.open();
    const QString first = makeBackup(*vault, stick.path()).path;
    const QString middle = makeBackup(*vault, stick.path()).path;
    auto third = makeBackup(*vault, stick.path());
    CHECK(third.pruned == QStringList{first});
    CHECK_FALSE(QFile::exists(first));
    CHECK(QFile::exists(middle));
    CHECK(backup::listBackups(stick.path(), vault->databaseKey().size() ? backup::readHeader(third.path)->vaultId
                                                                         : QByteArray())
              .size()
          == 2);
    CHECK(backup::listBackups(stick.path()).size() == 3);  // the other vault's one is still there
}

TEST_CASE("backup: any damaged byte or a cut-short file is found before and after unlocking", "[backup][promise]")
{
    TempVault tv;
    QTemporaryDir stick;
    QString path;
    {
        auto vault = tv.open();
        fillVault(*vault);
        path = makeBackup(*vault, stick.path()).path;
    }
    const QByteArray good = [&]() {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    auto header = backup::readHeader(path);
    REQUIRE(header.ok());
    const qint64 size = good.size();
    // Edges of every part, and random bytes.
    QList<qint64> offsets = {0, 7, 8, 12, 16, header->slotsOffset, header->slotsOffset + header->slotsLength - 1,
                             header->dbOffset, header->dbOffset + 4095, header->dbOffset + header->dbLength - 1,
                             header->manifestOffset - 4, header->manifestOffset, size - 33, size - 1};
    QRandomGenerator rng(4242);
    for (int i = 0; i < 20; ++i) offsets << static_cast<qint64>(rng.bounded(static_cast<quint32>(size)));
    for (qint64 offset : offsets) {
        INFO("offset " << offset);
        flipByte(path, offset);
        auto intact = backup::checkIntact(path);
        REQUIRE_FALSE(intact.ok());
        CHECK((intact.error().code == ErrorCode::Damaged || intact.error().code == ErrorCode::InvalidInput));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(good);
    }
    // Cut short (a stick pulled mid-copy).
    for (qint64 length : {qint64(0), qint64(10), header->dbOffset + 100, size - 1}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(good.left(length));
        f.close();
        CHECK(backup::checkIntact(path).error().code == ErrorCode::Damaged);
    }
}

TEST_CASE("backup: a page changed under a correct checksum is still found by the sealed manifest", "[backup][promise]")
{
    // Someone who rewrites the trailer after editing the file: the manifest's SHA-256 (sealed with
    // the database key) and the page checks still refuse it.
    TempVault tv;
    QTemporaryDir stick;
    QString path;
    {
        auto vault = tv.open();
        fillVault(*vault);
        path = makeBackup(*vault, stick.path()).path;
    }
    auto header = backup::readHeader(path);
    // The last bytes of a page lie in SQLCipher 3's reserve outside its HMAC: integrity_check
    // cannot see this change, only the SHA-256 sealed in the manifest can.
    flipByte(path, header->dbOffset + 2 * 4096 - 1);
    {
        // Recompute both plain checksums as a forger would.
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const QByteArray all = f.readAll();
        crypto::Sha256 db;
        db.add(all.mid(header->dbOffset, header->dbLength));
        const QByteArray dbHash = db.final();
        crypto::Sha256 rest;
        rest.add(all.left(header->dbOffset));
        rest.add(all.mid(header->dbOffset + header->dbLength, header->trailerOffset - header->dbOffset - header->dbLength));
        rest.add(dbHash);
        f.seek(header->trailerOffset);
        f.write(dbHash + rest.final());
    }
    REQUIRE(backup::checkIntact(path).ok());
    auto opened = backup::openBackup(path, kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase);
    REQUIRE(opened.ok());
    CHECK(backup::verifyContents(*opened).error().code == ErrorCode::Damaged);
}

TEST_CASE("backup: a full or failing drive leaves no backup file and the previous one intact", "[backup][promise][faults]")
{
    TempVault tv;
    QTemporaryDir stick;
    auto vault = tv.open();
    fillVault(*vault);
    const QString previous = makeBackup(*vault, stick.path()).path;
    const QMap<QString, QByteArray> before = snapshotFolder(stick.path());
    const QMap<QString, QByteArray> vaultBefore = snapshotFolder(tv.dir());

    struct Fault {
        qint64 after;
        int error;
        const char *says;
    };
    const Fault faults[] = {{0, ENOSPC, "full"},       {100, ENOSPC, "full"},  {5000, EIO, "error"},
                            {20000, EIO, "error"},     {-1, EIO, "error"},     {9000, ENODEV, "removed"}};
    for (const Fault &fault : faults) {
        INFO("after " << fault.after << " bytes, errno " << fault.error);
        OutputFile::injectFaultForTesting(fault.after, fault.error);
        auto made = backup::createBackup(backup::sourceOf(*vault), stick.path());
        REQUIRE_FALSE(made.ok());
        CHECK(made.error().code == ErrorCode::Io);
        CHECK(made.error().message.contains(QString::fromLatin1(fault.says)));
        CHECK(snapshotFolder(stick.path()) == before);  // nothing new, nothing changed
    }
    OutputFile::injectFaultForTesting(0, 0);
    CHECK(snapshotFolder(tv.dir()).keys() == vaultBefore.keys());
    auto opened = backup::openBackup(previous, kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase);
    REQUIRE(opened.ok());
    CHECK(backup::verifyContents(*opened).ok());
}

TEST_CASE("backup: cancel leaves nothing, a missing folder or the vault's own folder is refused", "[backup]")
{
    TempVault tv;
    QTemporaryDir stick;
    auto vault = tv.open();
    auto cancelled = backup::createBackup(backup::sourceOf(*vault), stick.path(), [](qint64, qint64) { return false; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK(filesIn(stick.path()).isEmpty());
    CHECK(backup::createBackup(backup::sourceOf(*vault), stick.filePath(u"gone"_s)).error().code == ErrorCode::NotFound);
    CHECK(backup::createBackup(backup::sourceOf(*vault), tv.dir()).error().code == ErrorCode::InvalidInput);
}

TEST_CASE("restore: an older backup replaces the vault, says what is lost, and records itself", "[backup][restore]")
{
    TempVault tv;
    QTemporaryDir stick;
    QString path;
    {
        auto vault = tv.open();
        fillVault(*vault);
        path = makeBackup(*vault, stick.path()).path;
        addTestStudent(*vault, u"B2"_s, u"后来的学生"_s);  // made after the backup: lost by the restore
    }
    auto opened = backup::openBackup(path, kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase);
    REQUIRE(opened.ok());
    const backup::Comparison cmp = backup::compareWithVault(*opened, tv.dir());
    CHECK(cmp.vaultExists);
    CHECK(cmp.sameVault);
    CHECK(cmp.readable);
    CHECK(cmp.backupIsOlder());
    CHECK(cmp.current.students == 2);
    CHECK(opened->manifest.counts.students == 1);

    {
        auto held = tv.open();  // open elsewhere: refused, nothing touched
        const auto before = snapshotFolder(tv.dir());
        CHECK(backup::restoreBackup(*opened, tv.dir(), kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase)
                  .error()
                  .code
              == ErrorCode::InUse);
        CHECK(snapshotFolder(tv.dir()) == before);
    }
    REQUIRE(backup::restoreBackup(*opened, tv.dir(), kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase).ok());
    auto restored = tv.open();
    students::StudentRepository repo(*restored);
    CHECK(repo.listAll()->size() == 1);
    auto audit = restored->audit().recent(10);
    bool recorded = false;
    for (const auto &e : *audit) recorded |= e.action == QLatin1String(audit::action::Restored);
    CHECK(recorded);
    CHECK(restored->check(true)->ok());
    // Nothing left beside the vault: no staging folder, no set-aside copy.
    CHECK(QDir(tv.root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden) == QStringList{u"vault"_s});
}

TEST_CASE("restore: onto a damaged vault, or onto a new computer with no vault yet", "[backup][restore]")
{
    TempVault tv;
    QTemporaryDir stick;
    QString path;
    {
        auto vault = tv.open();
        fillVault(*vault);
        path = makeBackup(*vault, stick.path()).path;
    }
    for (qint64 offset : {qint64(5000), qint64(9000)}) flipByte(vault::VaultPaths::database(tv.dir()), offset);
    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).error == ErrorCode::Damaged);
    auto opened = backup::openBackup(path, kLeadLogin, tv.recoveryCode(), vault::UnlockMethod::RecoveryCode);
    REQUIRE(opened.ok());
    const backup::Comparison damaged = backup::compareWithVault(*opened, tv.dir());
    CHECK(damaged.sameVault);
    CHECK_FALSE(damaged.readable);
    CHECK_FALSE(damaged.problem.isEmpty());
    REQUIRE(backup::restoreBackup(*opened, tv.dir(), kLeadLogin, tv.recoveryCode(), vault::UnlockMethod::RecoveryCode)
                .ok());
    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).opened());  // opens

    QTemporaryDir newComputer;
    const QString fresh = newComputer.filePath(u"data/vault"_s);
    CHECK_FALSE(backup::compareWithVault(*opened, fresh).vaultExists);
    REQUIRE(backup::restoreBackup(*opened, fresh, kLeadLogin, tv.recoveryCode(), vault::UnlockMethod::RecoveryCode).ok());
    CHECK(tryOpen(fresh, kLeadLogin, kLeadPassphrase).opened());
}

TEST_CASE("restore: never into a folder that holds anything but a vault", "[backup][restore]")
{
    TempVault tv;
    QTemporaryDir stick;
    QTemporaryDir documents;
    QString path;
    {
        auto vault = tv.open();
        path = makeBackup(*vault, stick.path()).path;
    }
    auto opened = backup::openBackup(path, kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase);
    REQUIRE(opened.ok());
    QFile thesis(documents.filePath(u"thesis.txt"_s));
    REQUIRE(thesis.open(QIODevice::WriteOnly));
    thesis.write("a year of work");
    thesis.close();
    const auto before = snapshotFolder(documents.path());
    auto refused = backup::restoreBackup(*opened, documents.path(), kLeadLogin, kLeadPassphrase,
                                         vault::UnlockMethod::Passphrase);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(snapshotFolder(documents.path()) == before);
    // A file beside a real vault is no exception.
    QFile extra(QDir(tv.dir()).filePath(u"notes.txt"_s));
    REQUIRE(extra.open(QIODevice::WriteOnly));
    extra.close();
    CHECK(backup::restoreBackup(*opened, tv.dir(), kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase)
              .error()
              .code
          == ErrorCode::InvalidInput);
}

TEST_CASE("restore: a backup that fails its checks changes nothing", "[backup][restore]")
{
    TempVault tv;
    QTemporaryDir stick;
    QString path;
    {
        auto vault = tv.open();
        path = makeBackup(*vault, stick.path()).path;
    }
    auto opened = backup::openBackup(path, kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase);
    REQUIRE(opened.ok());
    flipByte(path, opened->header.dbOffset + 8192 + 7);
    const auto before = snapshotFolder(tv.dir());
    CHECK(backup::restoreBackup(*opened, tv.dir(), kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase)
              .error()
              .code
          == ErrorCode::Damaged);
    CHECK(snapshotFolder(tv.dir()) == before);
    CHECK(QDir(tv.root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden) == QStringList{u"vault"_s});
}

TEST_CASE("no plaintext: a marker in every kind of record is nowhere on disk, backups included", "[backup][promise][plaintext]")
{
    // SECURITY.md, "nothing readable on disk", extended to the records of the case files and to
    // backups: the vault folder, the temp folder, the settings and the backup folder.
    const QString ascii = u"EVERYRECORD-MARKER-5c0e"_s;
    const QString chinese = u"全记录明文标记"_s;
    const QString marker = ascii + chinese;
    TempVault tv;
    QTemporaryDir stick;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"m_user"_s, marker, vault::Role::Counselor, u"marker user passphrase"_s).ok());
        students::StudentRepository repo(*vault);
        students::Student s;
        s.studentNo = u"M1"_s;
        s.name = marker;
        s.grade = 8;
        s.klass = u"2"_s;
        const qint64 id = *repo.save(s);
        students::GrowthRecord record;
        record.familyNotes = marker;
        record.psychStatus = marker;
        record.guardians << students::Guardian{0, marker, marker, u"13800000000"_s, marker};
        REQUIRE(repo.saveGrowthRecord(id, record).ok());
        REQUIRE(students::WatchList(*vault)
                    .set(id, students::RiskLevel::High, marker, QDate::currentDate())
                    .ok());
        auto category = cases::CategoryEditor(*vault).add(ascii);
        REQUIRE(category.ok());
        cases::CaseRepository cases(*vault);
        cases::Case c;
        c.studentId = id;
        c.category = *category;
        c.openedBy = kLeadLogin;
        c.consentGuardian = marker;
        c.consentOn = QDate::currentDate();
        const qint64 caseId = *cases.openCase(c);
        cases::Session session;
        session.caseId = caseId;
        session.heldOn = QDate::currentDate();
        session.presenting = session.observations = session.intervention = session.plan = marker;
        session.author = kLeadLogin;
        const qint64 sessionId = *cases.saveSession(session);
        REQUIRE(cases.saveSession(*cases.getSession(sessionId), marker).ok());
        session.id = 0;
        REQUIRE(cases::DraftStore(*vault).save(session, marker).ok());
        REQUIRE(cases.closeCase(caseId, QDate::currentDate(), marker).ok());
        REQUIRE(vault->recordEvent(audit::action::StudentViewed, marker, marker).ok());
        {
            // Screening: a school's definition (its own file is the school's input, removed
            // before the search), a run, a sheet, a closed follow-up.
            QTemporaryDir input;
            QFile definition(input.filePath(u"marker.json"_s));
            REQUIRE(definition.open(QIODevice::WriteOnly));
            definition.write(uR"({"format": 1, "code": "MK", "version": "1", "name": "%1",
                "options": [{"value": 0, "label": "%1"}, {"value": 1, "label": "yes"}],
                "items": [{"id": "1", "text": "%1"}, {"id": "2"}], "total": {"items": "all", "method": "sum"},
                "bands": [{"min": 0, "max": 2, "label": "%1", "flag": true}]})"_s.arg(marker).toUtf8());
            definition.close();
            REQUIRE(screening::loadSchoolInstrument(*vault, definition.fileName()).ok());
        }
        const qint64 run = createTestRun(*vault, marker, {8}, {u"MK"_s});
        enterTestSheet(*vault, run, u"MK"_s, id, {1, 1});
        screening::FollowUpRepository followUps(*vault);
        const qint64 followUp = (*followUps.forStudent(run, id))->id;
        REQUIRE(followUps.close(followUp, screening::FollowUpStatus::Cleared, marker).ok());
        REQUIRE(backup::createBackup(backup::sourceOf(*vault), stick.path()).ok());
    }
    const QStringList places = {tv.root(), stick.path(), QDir::tempPath(),
                                QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)};
    for (const QString &place : places) {
        INFO(place.toStdString());
        CHECK(filesContaining(place, ascii).isEmpty());
        CHECK(filesContaining(place, chinese).isEmpty());
    }
}

TEST_CASE("restore: a healthy vault is replaced only by someone it lets in now", "[backup][restore][roles]")
{
    TempVault tv;
    QTemporaryDir stick;
    QString path;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"wang"_s, {}, vault::Role::Counselor, u"wang passphrase 1"_s).ok());
        REQUIRE(vault->addUser(u"zhao"_s, {}, vault::Role::Lead, u"zhao passphrase 1"_s).ok());
        path = makeBackup(*vault, stick.path()).path;
        REQUIRE(vault->disableUser(u"zhao"_s).ok());  // zhao leaves the school after the backup
    }
    const auto restoreAs = [&](const QString &login, const QString &secret, vault::UnlockMethod method) {
        auto opened = backup::openBackup(path, login, secret, method);
        REQUIRE(opened.ok());  // the backup itself still opens for them
        return backup::restoreBackup(*opened, tv.dir(), login, secret, method);
    };
    const auto before = snapshotFolder(tv.dir());
    // A counselor, and a lead disabled since the backup: refused, nothing changed.
    CHECK(restoreAs(u"wang"_s, u"wang passphrase 1"_s, vault::UnlockMethod::Passphrase).error().code
          == ErrorCode::PermissionDenied);
    CHECK(restoreAs(u"zhao"_s, u"zhao passphrase 1"_s, vault::UnlockMethod::Passphrase).error().code
          == ErrorCode::PermissionDenied);
    CHECK(snapshotFolder(tv.dir()) == before);
    // The current lead, and the recovery code: allowed.
    CHECK(restoreAs(kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase).ok());
    CHECK(restoreAs(kLeadLogin, tv.recoveryCode(), vault::UnlockMethod::RecoveryCode).ok());
}

TEST_CASE("restore: after the vault key was replaced, the comparison still reads the vault on this computer",
          "[backup][restore][rotation]")
{
    TempVault tv;
    QTemporaryDir stick;
    QString path;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"wang"_s, {}, vault::Role::Counselor, u"wang's passphrase"_s).ok());
        path = backup::createBackup(backup::sourceOf(*vault), stick.path())->path;
        REQUIRE(vault->disableUser(u"wang"_s).ok());  // a new key: the backup's no longer opens the vault
        CHECK(vault->keyGeneration() == 1);
    }
    auto opened = backup::openBackup(path, kLeadLogin, kLeadPassphrase, vault::UnlockMethod::Passphrase);
    REQUIRE(opened.ok());
    const backup::Comparison cmp = backup::compareWithVault(*opened, tv.dir());
    CHECK(cmp.sameVault);
    INFO(cmp.problem.toStdString());
    CHECK(cmp.readable);
    CHECK(cmp.backupIsOlder());
}

#include "vault/Vault.h"

#include "common/AtomicFile.h"
#include "common/Clock.h"
#include "common/SafePaths.h"
#include "storage/Migrations.h"
#include "storage/SchemaCheck.h"
#include "registry/Schema.h"
#include "security/SelfCheck.h"
#include "vault/RecoveryCode.h"
#include "vault/SchoolLabel.h"
#include "vault/VaultLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

using namespace Qt::StringLiterals;

namespace cd::vault {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Vault)
};

constexpr std::size_t kPayloadUser = 64;  // a slot from before rotation: database key || note key

/// Keyed BLAKE2b-256 over the whole file, streamed.
Result<QByteArray> fileSeal(const QString &path, const crypto::SecureBuffer &dbKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("Vault", "Cannot read %1: %2").arg(path, file.errorString()));
    const crypto::SecureBuffer key = crypto::subkey(dbKey, 3, "CDSEAL__");
    crypto::StreamingHash hash(&key);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0) return makeError(ErrorCode::Io, QCoreApplication::translate("Vault", "Cannot read %1: %2").arg(path, file.errorString()));
        if (n == 0) break;
        hash.add(chunk.constData(), static_cast<std::size_t>(n));
    }
    return hash.final();
}

/// A database without its key-slot file is what an interrupted creation leaves, but also what a
/// lost or deleted slot file leaves, when the database matters most (its key may still be in a
/// backup's slot file). It is never deleted: it is moved aside, with its journal, to
/// `vault.db.set-aside-YYYYMMDD-HHMMSS` in the same folder. The new name, or empty.
Result<QString> setAsideOrphanDatabase(const QString &dir)
{
    const QString database = VaultPaths::database(dir);
    if (entryKind(database) == EntryKind::Missing) return QString();
    const QString aside = freeSiblingName(database, u".set-aside"_s, clock::now());
    const auto moveAside = [](const QString &from, const QString &to) -> Status {
        if (const int error = renameNoReplace(from, to); error != 0)
            return makeError(ErrorCode::Io, Tr::tr("The folder %1 holds a vault database without its key-slot file. "
                                                   "It could not be moved aside to %2 (%3), so nothing was created. "
                                                   "Choose another folder.")
                                                .arg(QDir::toNativeSeparators(QFileInfo(from).absolutePath()),
                                                     QDir::toNativeSeparators(to),
                                                     QString::fromLocal8Bit(std::strerror(error))));
        return {};
    };
    CD_TRY(moveAside(database, aside));
    const QString journal = database + u"-journal"_s;
    if (entryKind(journal) != EntryKind::Missing) CD_TRY(moveAside(journal, aside + u"-journal"_s));
    return QFileInfo(aside).absoluteFilePath();
}

}  // namespace

QString VaultPaths::database(const QString &dir) { return QDir(dir).filePath(u"vault.db"_s); }
QString VaultPaths::keySlots(const QString &dir) { return QDir(dir).filePath(u"keyslots.cdk"_s); }
QString VaultPaths::lockFile(const QString &dir) { return QDir(dir).filePath(u"vault.lock"_s); }
QString VaultPaths::rotating(const QString &dir) { return QDir(dir).filePath(u"vault.db.rotating"_s); }

Vault::~Vault() { close(); }

bool Vault::exists(const QString &dir) { return QFile::exists(VaultPaths::keySlots(dir)); }

Result<std::unique_ptr<Vault>> Vault::acquire(const QString &dir)
{
    if (!crypto::initialize())
        return makeError(ErrorCode::Internal, Tr::tr("The encryption library could not start on this computer."));
    std::unique_ptr<Vault> vault(new Vault);
    vault->m_dir = QDir(dir).absolutePath();
    vault->m_lock = std::make_unique<VaultLock>(VaultPaths::lockFile(vault->m_dir));
    if (const VaultLock::Outcome outcome = vault->m_lock->tryLock(); outcome != VaultLock::Outcome::Acquired) {
        if (outcome == VaultLock::Outcome::InUse)
            return makeError(ErrorCode::InUse, Tr::tr("The vault %1 is open in another CounselDesk window or program. "
                                                  "Close it there first.")
                                                   .arg(vault->m_dir));
        return makeError(ErrorCode::Io, Tr::tr("Cannot reserve the vault folder %1 for this program. Check that it exists and is writable.")
                                            .arg(vault->m_dir));
    }
    return vault;
}

Result<CreatedVault> Vault::create(const QString &dir, const CreateOptions &options)
{
    if (const QString problem = loginProblem(options.leadLogin); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    if (const QString problem = passphraseProblem(options.passphrase); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    if (options.school.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Enter the school's name."));
    if (exists(dir))
        return makeError(ErrorCode::AlreadyExists,
                         Tr::tr("The folder %1 already holds a vault. Choose an empty folder.").arg(dir));
    auto setAside = setAsideOrphanDatabase(dir);
    if (!setAside) return setAside.error();
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, Tr::tr("Cannot create the folder %1. Check the drive and its permissions, or choose another folder.").arg(dir));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    auto acquired = acquire(dir);
    if (!acquired) return acquired.error();
    std::unique_ptr<Vault> vault = std::move(*acquired);

    const QDateTime now = clock::now();
    vault->m_dbKey = crypto::SecureBuffer::random(crypto::kKeyBytes);
    vault->m_userKey = crypto::SecureBuffer::random(crypto::kKeyBytes);
    vault->m_identity = Identity::create(vault->m_userKey);
    vault->m_kdf = crypto::kdfParams(options.kdf);
    vault->m_slots = KeySlotFile::createNew();
    vault->m_school = options.school;
    vault->m_school.name = options.school.name.trimmed();

    CreatedVault created;
    created.setAsideDatabase = *setAside;
    created.recoveryCode = generateRecoveryCode();
    const Identity recoveryIdentity =
        Identity::create(crypto::SecureBuffer::random(crypto::kKeyBytes), vault->m_identity.signingKey().publicKey());
    auto recovery = vault->recoverySlotFor(created.recoveryCode, recoveryIdentity);
    if (!recovery) return recovery.error();
    vault->m_slots.slots.append(*recovery);
    CD_TRY(vault->writeUserSlot(options.leadLogin, options.passphrase, vault->m_identity));
    const crypto::SecureBuffer chainKey = crypto::SecureBuffer::random(crypto::kKeyBytes);

    auto db = storage::Database::open(VaultPaths::database(vault->m_dir), vault->m_dbKey, true);
    if (!db) return db.error();
    vault->m_db = std::move(*db);
    const auto removeDatabase = [&vault]() {
        vault->m_db.reset();
        QFile::remove(VaultPaths::database(vault->m_dir));
    };
    // No free pages ever stay in the file: every page belongs to a b-tree, so quick_check at open
    // reads (and HMAC-verifies) every page.
    if (auto st = vault->m_db->exec(u"PRAGMA auto_vacuum = FULL"_s); !st) {
        removeDatabase();
        return st.error();
    }
    if (auto st = storage::migrate(*vault->m_db, registry::schemaSteps()); !st) {
        removeDatabase();
        return st.error();
    }
    vault->m_audit = std::make_unique<audit::AuditLog>(*vault->m_db, chainKey.mid(0, chainKey.size()));

    const auto fill = [&]() -> Status {
        storage::Transaction tx(*vault->m_db);
        if (!tx.began()) return tx.beginError();
        auto meta = vault->m_db->prepare(u"INSERT INTO vault_meta (key, value) VALUES (?, ?)"_s);
        if (!meta) return meta.error();
        const QList<std::pair<QString, QString>> facts = {
            {u"vault_id"_s, QString::fromLatin1(vault->m_slots.vaultId.toHex())},
            {u"school_name"_s, vault->m_school.name},
            {u"school_type"_s, schoolTypeCode(vault->m_school.type)},
            {u"created_at"_s, clock::toStorage(now)},
            {u"key_generation"_s, u"0"_s},
            {u"audit_signed_from"_s, u"1"_s},
            {u"audit_chain_key"_s, QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(chainKey.data()),
                                                                  static_cast<qsizetype>(chainKey.size()))
                                                           .toHex())},
        };
        for (const auto &[key, value] : facts) {
            meta->reset();
            meta->bind(1, key).bind(2, value);
            CD_TRY(meta->exec());
        }
        auto user = vault->m_db->prepare(u"INSERT INTO users (login, display_name, role, active, created_at, "
                                         "changed_at) VALUES (?, ?, 'lead', 1, ?, ?)"_s);
        if (!user) return user.error();
        const QString login = options.leadLogin.trimmed();
        const QString displayName =
            options.leadDisplayName.trimmed().isEmpty() ? login : options.leadDisplayName.trimmed();
        user->bind(1, login).bind(2, displayName).bind(3, clock::toStorage(now)).bind(4, clock::toStorage(now));
        CD_TRY(user->exec());
        // The lead's key signs everything from the first row; it certifies itself and the recovery key.
        audit::AuditKeys keys(*vault->m_db, vault->m_slots.vaultId);
        auto leadKey = keys.add(login, roleCode(Role::Lead), vault->m_identity.signingKey().publicKey(), nullptr);
        if (!leadKey) return leadKey.error();
        vault->m_signer = audit::Signer{*leadKey, vault->m_identity.signingKey()};
        if (auto n = keys.certifyFirstKeys(vault->m_signer); !n) return n.error();
        auto recoveryKey = keys.add(u"(recovery)"_s, u"recovery"_s, recoveryIdentity.signingKey().publicKey(),
                                    &vault->m_signer);
        if (!recoveryKey) return recoveryKey.error();
        vault->m_audit->setSigner(*leadKey, vault->m_identity.signingKey(), vault->m_slots.vaultId);
        if (auto e = vault->m_audit->append(login, audit::action::VaultCreated, vault->m_school.name); !e)
            return e.error();
        if (auto e = vault->m_audit->append(login, audit::action::UserAdded, login, roleCode(Role::Lead)); !e)
            return e.error();
        return tx.commit();
    };
    if (auto st = fill(); !st) {
        removeDatabase();
        return st.error();
    }
    if (auto st = vault->loadCurrentUser(options.leadLogin); !st) {
        removeDatabase();
        return st.error();
    }
    auto head = vault->m_audit->head();
    if (!head) {
        removeDatabase();
        return head.error();
    }
    vault->m_slots.marker = RollbackMarker{head->seq, head->hash, {}};
    if (auto st = vault->saveSlots(); !st) {
        removeDatabase();
        return st.error();
    }
    vault->m_opened = true;
    (void)writeSchoolLabel(vault->m_dir, vault->m_school.name);  // only a label: the vault works without it
    created.vault = std::move(vault);
    return created;
}

Result<UnlockedKeys> Vault::unlockKeys(const KeySlotFile &slots, const QString &login, const QString &secret,
                                      UnlockMethod method)
{
    const int userSlot = slots.findUserSlot(login);
    if (userSlot < 0)
        return makeError(ErrorCode::UnknownUser,
                         Tr::tr("There is no active user \"%1\" in this vault. Check the user name.").arg(login.trimmed()));
    const int slotIndex = method == UnlockMethod::Passphrase ? userSlot : slots.recoverySlot();
    if (slotIndex < 0)
        return makeError(ErrorCode::Damaged, Tr::tr("The vault has no recovery slot. Restore it from a backup."));
    const KeySlot &slot = slots.slots[slotIndex];
    const crypto::SecureBuffer secretBytes =
        method == UnlockMethod::Passphrase ? crypto::passphraseBytes(secret) : recoverySecret(secret);
    if (method == UnlockMethod::RecoveryCode && secretBytes.isEmpty())
        return makeError(ErrorCode::WrongPassphrase,
                         Tr::tr("That is not a recovery code: it has 24 letters and digits in six groups."));
    auto payload = slots.openSlot(slot, secretBytes);
    if (!payload) return payload.error();
    if (slot.holdsIdentity()) {
        UnlockedKeys keys;
        keys.identity = Identity::fromPayload(std::move(*payload));
        if (!keys.identity.isValid()) return makeError(ErrorCode::Damaged, Tr::tr("The key slot is damaged."));
        auto dbKey = slots.openBox(slot, keys.identity.boxSecret());
        if (!dbKey) return dbKey.error();
        keys.dbKey = std::move(*dbKey);
        if (method == UnlockMethod::Passphrase) keys.userKey = keys.identity.noteKey();
        keys.kdf = slot.kdf;
        return keys;
    }
    if (payload->size() < crypto::kKeyBytes) return makeError(ErrorCode::Damaged, Tr::tr("The key slot is damaged."));
    UnlockedKeys keys;
    keys.dbKey = payload->mid(0, crypto::kKeyBytes);
    if (method == UnlockMethod::Passphrase && payload->size() == kPayloadUser)
        keys.userKey = payload->mid(crypto::kKeyBytes, crypto::kKeyBytes);
    keys.kdf = slot.kdf;
    return keys;
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &dir, const QString &login, const QString &secret,
                                           UnlockMethod method)
{
    CD_TRY(security::verifySqlCipherLinked());
    if (!exists(dir))
        return makeError(ErrorCode::NotFound, Tr::tr("There is no vault in %1. Check the folder, or create a vault.")
                                                  .arg(QDir::toNativeSeparators(dir)));
    auto acquired = acquire(dir);
    if (!acquired) return acquired.error();
    std::unique_ptr<Vault> vault = std::move(*acquired);

    auto slots = KeySlotFile::load(VaultPaths::keySlots(vault->m_dir));
    if (!slots) return slots.error();
    vault->m_slots = std::move(*slots);

    auto keys = unlockKeys(vault->m_slots, login, secret, method);
    if (!keys) return keys.error();
    vault->m_dbKey = std::move(keys->dbKey);
    vault->m_userKey = std::move(keys->userKey);
    vault->m_kdf = keys->kdf;
    vault->m_mustSetPassphrase = method == UnlockMethod::RecoveryCode;
    CD_TRY(vault->m_slots.verifyMac(vault->m_dbKey));
    CD_TRY(vault->finishInterruptedRotation());

    if (!QFile::exists(VaultPaths::database(vault->m_dir)))
        return makeError(ErrorCode::Damaged, Tr::tr("The vault's database file is missing. Restore it from a backup."));
    auto db = storage::Database::open(VaultPaths::database(vault->m_dir), vault->m_dbKey, false);
    if (!db) return db.error();
    vault->m_db = std::move(*db);
    CD_TRY(vault->m_db->checkIntegrity(false));
    CD_TRY(vault->verifySchema());
    vault->m_audit = std::make_unique<audit::AuditLog>(*vault->m_db, vault->chainKey());
    CD_TRY(vault->loadProfile());
    CD_TRY(vault->checkGeneration());
    CD_TRY(vault->verifyRollbackMarker());
    if (!vault->m_slots.marker.fileSeal.isEmpty()) {
        auto seal = fileSeal(VaultPaths::database(vault->m_dir), vault->m_dbKey);
        if (!seal) return seal.error();
        if (!crypto::constantTimeEquals(*seal, vault->m_slots.marker.fileSeal))
            return makeError(ErrorCode::Damaged,
                             Tr::tr("The vault database was changed while the vault was locked: it is damaged or "
                                    "was tampered with. CounselDesk changed nothing. Restore it from a backup."));
    }
    CD_TRY(vault->loadCurrentUser(login));

    // Every check passed. The database is about to change: clear the seal first, so that an
    // interruption from here on looks like a crash (page checks apply), never like tampering.
    QByteArray sealedSlots;  // the slot file as found, put back if the schema update fails
    if (!vault->m_slots.marker.fileSeal.isEmpty()) {
        QFile slotFile(VaultPaths::keySlots(vault->m_dir));
        if (slotFile.open(QIODevice::ReadOnly)) sealedSlots = slotFile.readAll();
        vault->m_slots.marker.fileSeal.clear();
        CD_TRY(vault->saveSlots());
    }
    if (Status migrated = storage::migrate(*vault->m_db, registry::schemaSteps()); !migrated) {
        // The update rolled back: the database is as it was, and so the seal over it holds again.
        if (!sealedSlots.isEmpty()) (void)writeFileAtomically(VaultPaths::keySlots(vault->m_dir), sealedSlots);
        return migrated.error();
    }
    CD_TRY(vault->setUpSigning(method, secret, std::move(keys->identity)));
    CD_TRY(vault->audited(method == UnlockMethod::Passphrase ? audit::action::Unlocked
                                                             : audit::action::UnlockedWithRecovery,
                          vault->m_user.login));
    vault->m_opened = true;
    if (vault->isLead()) (void)vault->checkpoint();  // the lead's signed head: a later rewrite shows
    // A key rotation that a disable left unfinished (a crash, or a full disk) is finished now.
    if (vault->metaValue(u"rotation_due"_s) == u"1"_s && !vault->rotationNeedsRecoveryCode())
        (void)vault->rotateDatabaseKey();
    // The sign-in window's label, from the database: written by a vault made before labels, and
    // put right if someone changed it (nothing is read back from it).
    (void)writeSchoolLabel(vault->m_dir, vault->m_school.name);
    return vault;
}

Status Vault::loadProfile()
{
    auto stmt = m_db->prepare(u"SELECT key, value FROM vault_meta"_s);
    if (!stmt) return stmt.error();
    QString vaultId;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        const QString key = stmt->text(0);
        if (key == u"vault_id"_s) vaultId = stmt->text(1);
        else if (key == u"school_name"_s) m_school.name = stmt->text(1);
        else if (key == u"school_type"_s) m_school.type = schoolTypeFromCode(stmt->text(1)).value_or(SchoolType::JuniorHigh);
    }
    if (vaultId.toLatin1() != m_slots.vaultId.toHex())
        return makeError(ErrorCode::Damaged, Tr::tr("The database and the key-slot file belong to different vaults. "
                                                "Restore the vault folder from a backup."));
    return {};
}

Status Vault::loadCurrentUser(const QString &login)
{
    auto user = findUser(login);
    if (!user) return user.error();
    if (!user->active)
        return makeError(ErrorCode::UnknownUser, Tr::tr("The user \"%1\" is disabled. Ask the room lead.").arg(user->login));
    m_user = *user;
    return {};
}

Status Vault::verifyRollbackMarker() { return checkRollbackMarker(*m_db, m_slots.marker); }

Status Vault::checkRollbackMarker(storage::Database &db, const RollbackMarker &marker)
{
    if (marker.seq == 0) return {};
    auto stmt = db.prepare(u"SELECT hash FROM audit_log WHERE seq = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, marker.seq);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row)
        return makeError(ErrorCode::RolledBack,
                         Tr::tr("The vault database is older than its key-slot file: an old copy was put back "
                            "(audit row %1 is missing). CounselDesk changed nothing. Ask the room lead to restore the newest "
                            "backup.")
                             .arg(marker.seq));
    if (!crypto::constantTimeEquals(stmt->blob(0), marker.hash))
        return makeError(ErrorCode::RolledBack,
                         Tr::tr("The vault database does not match its key-slot file (audit row %1 differs): it was "
                            "replaced or edited. CounselDesk changed nothing. Ask the room lead to restore the newest backup.")
                             .arg(marker.seq));
    return {};
}

Status Vault::syncMarker()
{
    auto head = m_audit->head();
    if (!head) return head.error();
    if (head->seq == m_slots.marker.seq && head->hash == m_slots.marker.hash && m_slots.marker.fileSeal.isEmpty())
        return {};
    m_slots.marker = RollbackMarker{head->seq, head->hash, {}};  // open: the file will change
    return saveSlots();
}

Status Vault::saveSlots() { return m_slots.save(VaultPaths::keySlots(m_dir), m_dbKey); }

Status Vault::audited(const char *action, const QString &target, const QString &detail)
{
    auto entry = m_audit->append(m_user.login, action, target, detail);
    if (!entry) return entry.error();
    return syncMarker();
}

namespace {
std::function<void()> &beforeAuditRowHook()
{
    static std::function<void()> hook;
    return hook;
}
}  // namespace

void Vault::setBeforeAuditRowHookForTesting(std::function<void()> hook) { beforeAuditRowHook() = std::move(hook); }

Status Vault::recordChange(const char *action, const QString &target, const QString &detail,
                           const std::function<Status()> &change)
{
    return recordChange(action, [&](AuditRow &row) {
        row.target = target;
        row.detail = detail;
        return change();
    });
}

Status Vault::recordChange(const char *action, const std::function<Status(AuditRow &)> &change)
{
    const bool outermost = !m_db->inTransaction();
    storage::Transaction tx(*m_db);
    if (!tx.began()) return tx.beginError();
    AuditRow row;
    CD_TRY(change(row));
    if (beforeAuditRowHook()) beforeAuditRowHook()();
    auto entry = m_audit->append(m_user.login, action, row.target, row.detail);
    if (!entry) return entry.error();
    CD_TRY(tx.commit());
    if (outermost) settleMarker();
    return {};
}

Status Vault::changeTogether(const std::function<Status()> &changes)
{
    const bool outermost = !m_db->inTransaction();
    storage::Transaction tx(*m_db);
    if (!tx.began()) return tx.beginError();
    CD_TRY(changes());
    CD_TRY(tx.commit());
    if (outermost) settleMarker();
    return {};
}

void Vault::settleMarker()
{
    // The change is committed: whatever happens to the marker now, it was saved. A marker left
    // behind still names a row the database holds (so the vault opens); the next write or the
    // lock moves it on (syncMarker compares the chain's head with the marker each time).
    (void)syncMarker();
}

Result<CheckReport> Vault::check(bool full)
{
    CheckReport report;
    report.sqlCipherVersion = security::sqlCipherVersion();
    report.database = m_db->checkIntegrity(full);
    report.schema = verifySchema();
    report.keyGeneration = m_slots.generation;
    auto chain = m_audit->verify();
    if (!chain) return chain.error();
    report.chain = *chain;
    QList<QByteArray> anchors{m_identity.signingKey().publicKey(), m_identity.anchor()};
    auto signatures = audit::verifySignatures(*m_db, m_slots.vaultId, anchors,
                                              metaValue(u"audit_signed_from"_s).toLongLong(),
                                              /*trustSelfCertifiedLeads=*/!isLead());
    if (!signatures) return signatures.error();
    report.signatures = *signatures;
    report.marker = verifyRollbackMarker();
    if (report.marker.ok() && report.chain.intact() && report.chain.head.seq < m_slots.marker.seq)
        report.marker = makeError(ErrorCode::RolledBack, Tr::tr("The newest audit rows are missing."));
    report.schemaVersion = m_db->userVersion();
    auto users = m_db->scalar(u"SELECT count(*) FROM users WHERE active = 1"_s);
    if (!users) return users.error();
    report.users = users->toLongLong();
    if (report.ok()) CD_TRY(audited(audit::action::Checked, QString(), full ? u"full"_s : u"quick"_s));
    return report;
}

void Vault::close(const QString &reason)
{
    if (m_db) {
        // A vault that failed to open is left exactly as it was found.
        const bool seal = m_audit && m_opened && audited(audit::action::Locked, m_user.login, reason).ok();
        m_audit.reset();
        m_db.reset();
        // Closed cleanly: seal the whole file, so any byte changed while locked is caught at open.
        if (seal) {
            if (auto hash = fileSeal(VaultPaths::database(m_dir), m_dbKey)) {
                m_slots.marker.fileSeal = *hash;
                (void)saveSlots();
            }
        }
    }
    m_dbKey.clear();
    m_userKey.clear();
    m_identity = Identity();
    m_signer = audit::Signer();
    if (m_lock) m_lock->unlock();
    m_lock.reset();
}

}  // namespace cd::vault

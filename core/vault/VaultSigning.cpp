// Signed audit rows (docs/vault-format.md, "Who wrote a row"): the signed-in user's identity and
// key, the lead's certification and checkpoints, and the open-time checks that an insider holding
// the database key cannot talk their way past (the schema, the key generation).

#include "common/Clock.h"
#include "registry/Schema.h"
#include "storage/Database.h"
#include "storage/SchemaCheck.h"
#include "vault/RecoveryCode.h"
#include "vault/Vault.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::vault {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Vault)
};

QString hexOf(const crypto::SecureBuffer &bytes)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size())).toHex());
}

}  // namespace

QString Vault::metaValue(const QString &key)
{
    auto stmt = m_db->prepare(u"SELECT value FROM vault_meta WHERE key = ?"_s);
    if (!stmt) return {};
    stmt->bind(1, key);
    auto row = stmt->step();
    return row && *row ? stmt->text(0) : QString();
}

Status Vault::setMetaValue(const QString &key, const QString &value)
{
    auto stmt = m_db->prepare(u"INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, key).bind(2, value);
    return stmt->exec();
}

crypto::SecureBuffer Vault::chainKey()
{
    QByteArray stored = QByteArray::fromHex(metaValue(u"audit_chain_key"_s).toLatin1());
    if (stored.size() == static_cast<qsizetype>(crypto::kKeyBytes)) return crypto::SecureBuffer::takeFrom(stored);
    // A vault from before version 8 has never rotated its key: the chain key is still its subkey.
    return crypto::subkey(m_dbKey, 2, "CDAUDIT_");
}

Status Vault::verifySchema() { return storage::checkSchemaMatches(*m_db, registry::schemaSteps()); }

Status Vault::checkGeneration()
{
    const QString stored = metaValue(u"key_generation"_s);
    const qint64 generation = stored.isEmpty() ? 0 : stored.toLongLong();
    if (generation == m_slots.generation) return {};
    return makeError(ErrorCode::RolledBack,
                     Tr::tr("The key-slot file and the vault database are from different key changes (%1 and %2): "
                            "one of them was replaced by an older copy. CounselDesk changed nothing. Ask the room "
                            "lead to restore the newest backup.")
                         .arg(m_slots.generation)
                         .arg(generation));
}

Status Vault::setUpSigning(UnlockMethod method, const QString &secret, Identity identity)
{
    const bool recovery = method == UnlockMethod::RecoveryCode;
    // A vault from before signatures: its chain key, where signatures start, its key generation.
    if (metaValue(u"audit_chain_key"_s).isEmpty()) CD_TRY(setMetaValue(u"audit_chain_key"_s, hexOf(chainKey())));
    if (metaValue(u"audit_signed_from"_s).isEmpty()) {
        auto head = m_audit->head();
        if (!head) return head.error();
        CD_TRY(setMetaValue(u"audit_signed_from"_s, QString::number(head->seq + 1)));
    }
    if (metaValue(u"key_generation"_s).isEmpty())
        CD_TRY(setMetaValue(u"key_generation"_s, QString::number(m_slots.generation)));

    const QString keyLogin = recovery ? u"(recovery)"_s : m_user.login;
    const QString keyRole = recovery ? u"recovery"_s : roleCode(m_user.role);
    if (!identity.isValid()) {
        // A slot from before key rotation: the secret at hand makes it an identity slot now,
        // keeping the note key. The slot file is written first: if the database write below
        // fails, the next unlock finds the key unregistered and registers it.
        identity = Identity::create(recovery ? crypto::SecureBuffer::random(crypto::kKeyBytes) : m_userKey.mid(0, 32));
        if (recovery) {
            auto slot = recoverySlotFor(secret, identity);
            if (!slot) return slot.error();
            m_slots.slots[m_slots.recoverySlot()] = *slot;
        } else {
            CD_TRY(writeUserSlot(m_user.login, secret, identity));
        }
        CD_TRY(saveSlots());
    }
    m_identity = std::move(identity);
    audit::AuditKeys keys(*m_db, m_slots.vaultId);
    const crypto::SigningKey signingKey = m_identity.signingKey();
    auto keyId = keys.idOf(signingKey.publicKey());
    if (!keyId) return keyId.error();
    if (*keyId == 0) {
        auto added = keys.add(keyLogin, keyRole, signingKey.publicKey(), nullptr);
        if (!added) return added.error();
        keyId = *added;
    }
    m_signer = audit::Signer{*keyId, m_identity.signingKey()};
    m_audit->setSigner(*keyId, m_identity.signingKey(), m_slots.vaultId);
    // A lead vouches for the first key of every user of a vault from before signatures (their own
    // included): the one moment such keys can be introduced. Later keys come only from a lead.
    if (!recovery && isLead()) {
        auto certified = keys.certifyFirstKeys(m_signer);
        if (!certified) return certified.error();
    }
    return {};
}

Status Vault::checkpoint()
{
    auto head = m_audit->head();
    if (!head) return head.error();
    audit::AuditKeys keys(*m_db, m_slots.vaultId);
    return keys.addCheckpoint(*head, metaValue(u"audit_signed_from"_s).toLongLong(), m_signer);
}

}  // namespace cd::vault

#pragma once
// The .cdbackup container (docs/backup-format.md). One file, written once, never edited:
//
//   "CDBACKUP"  u32 format (1)  u32 H  header JSON (H bytes, plain: vault id, time, sizes)
//   key-slot file (as on disk: every slot still needs its passphrase or the recovery code)
//   zero padding to a 4096-byte boundary
//   the database file (SQLCipher pages, copied byte for byte: never decrypted on the way)
//   u32 M  manifest (M bytes, XChaCha20-Poly1305 under a subkey of the database key, the
//          header as associated data: school, audit head, counts, SHA-256 of slots and database)
//   SHA-256 of the database bytes (32, plain: a hash of ciphertext tells nothing)
//   SHA-256 of everything else before (32): with the plain database hash, damage shows before
//          any passphrase is asked for, and each byte of the file is hashed only once
//
// Readers check every length against the file size before reading anything else.

#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QIODevice;

namespace cd::storage {
class Database;
}

namespace cd::backup {

inline constexpr char kMagic[] = "CDBACKUP";  // 8 bytes on disk, no terminator
inline constexpr quint32 kFormatVersion = 1;
inline constexpr qint64 kDbAlignment = 4096;
inline constexpr qint64 kHashBytes = 32;
inline constexpr qint64 kTrailerBytes = 2 * kHashBytes;  ///< the database's SHA-256, then the rest's
inline constexpr char kFileSuffix[] = ".cdbackup";

/// What a backup holds, counted in the same transaction as the copy.
struct Counts {
    qint64 students = 0;
    qint64 cases = 0;
    qint64 sessions = 0;
    qint64 watchList = 0;
    qint64 users = 0;
    qint64 auditRows = 0;
    bool operator==(const Counts &o) const
    {
        return students == o.students && cases == o.cases && sessions == o.sessions && watchList == o.watchList
               && users == o.users && auditRows == o.auditRows;
    }
    bool operator!=(const Counts &o) const { return !(*this == o); }
};

/// The sealed part: only the database key opens it.
struct Manifest {
    QString school;
    QString createdBy;
    qint64 auditSeq = 0;    ///< the audit chain's head in the copy
    QByteArray auditHash;
    int schemaVersion = 0;
    Counts counts;
    QByteArray dbSha256;
    QByteArray slotsSha256;
};

/// The plain part and the layout it implies.
struct Header {
    QByteArray vaultId;  ///< 16 bytes
    QDateTime created;   ///< UTC
    QString appVersion;
    qint64 slotsOffset = 0;
    qint64 slotsLength = 0;
    qint64 dbOffset = 0;
    qint64 dbLength = 0;
    qint64 manifestOffset = 0;  ///< the sealed manifest's first byte (after its length)
    qint64 manifestLength = 0;
    qint64 trailerOffset = 0;  ///< the plain database hash, then the file's hash
    qint64 fileSize = 0;
    QByteArray bytes;  ///< magic to the end of the JSON: the manifest's associated data
};

/// The header for a new backup (layout fields computed from the lengths).
Header makeHeader(const QByteArray &vaultId, const QDateTime &created, qint64 slotsLength, qint64 dbLength);
/// Reads and checks the header and the layout against the device's size. Anything wrong is
/// ErrorCode::Damaged with a message naming `name`.
Result<Header> readHeader(QIODevice &device, const QString &name);
Result<Header> readHeader(const QString &path);

QByteArray sealManifest(const Manifest &manifest, const crypto::SecureBuffer &dbKey, const QByteArray &headerBytes);
Result<Manifest> openManifest(const QByteArray &sealed, const crypto::SecureBuffer &dbKey,
                              const QByteArray &headerBytes, const QString &name);

/// Counts the records a backup summary shows.
Result<Counts> countRecords(storage::Database &db);

/// "Damaged backup" error naming the file.
Error damagedBackup(const QString &name);

}  // namespace cd::backup

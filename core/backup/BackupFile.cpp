#include "backup/BackupFile.h"

#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace cd::backup {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

constexpr qint64 kMaxHeaderBytes = 4096;
constexpr qint64 kMaxSlotsBytes = 1 << 20;
constexpr qint64 kMaxManifestBytes = 64 * 1024;
constexpr qint64 kFixedPrefix = 8 + 4 + 4;

QByteArray u32(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToLittleEndian(value, out.data());
    return out;
}

qint64 alignUp(qint64 value, qint64 alignment) { return (value + alignment - 1) / alignment * alignment; }

void layout(Header &h)
{
    h.slotsOffset = h.bytes.size();
    h.dbOffset = alignUp(h.slotsOffset + h.slotsLength, kDbAlignment);
}

QString countsKey(int i)
{
    static const char *const keys[] = {"students", "cases", "sessions", "watch_list", "users", "audit_rows"};
    return QString::fromLatin1(keys[i]);
}

qint64 *countsField(Counts &c, int i)
{
    qint64 *fields[] = {&c.students, &c.cases, &c.sessions, &c.watchList, &c.users, &c.auditRows};
    return fields[i];
}

constexpr int kCountFields = 6;

}  // namespace

Error damagedBackup(const QString &name)
{
    return makeError(ErrorCode::Damaged,
                     Tr::tr("%1 is not a CounselDesk backup, or it is damaged (it may have been cut short when the "
                            "drive was removed). Use another backup.")
                         .arg(QDir::toNativeSeparators(name)));
}

Header makeHeader(const QByteArray &vaultId, const QDateTime &created, qint64 slotsLength, qint64 dbLength)
{
    Header h;
    h.vaultId = vaultId;
    h.created = created.toUTC();
    h.appVersion = QStringLiteral(CD_VERSION);
    h.slotsLength = slotsLength;
    h.dbLength = dbLength;
    const QJsonObject json{{u"vault"_s, QString::fromLatin1(vaultId.toHex())},
                           {u"created"_s, clock::toStorage(h.created)},
                           {u"app"_s, h.appVersion},
                           {u"slots"_s, slotsLength},
                           {u"db"_s, dbLength}};
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    h.bytes = QByteArray(kMagic, 8) + u32(kFormatVersion) + u32(static_cast<quint32>(body.size())) + body;
    layout(h);
    return h;
}

Result<Header> readHeader(QIODevice &device, const QString &name)
{
    const qint64 size = device.size();
    if (size < kFixedPrefix || !device.seek(0)) return damagedBackup(name);
    const QByteArray prefix = device.read(kFixedPrefix);
    if (prefix.size() != kFixedPrefix || prefix.left(8) != QByteArray(kMagic, 8)) return damagedBackup(name);
    const quint32 version = qFromLittleEndian<quint32>(prefix.constData() + 8);
    if (version != kFormatVersion)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 was made by a newer CounselDesk (backup format %2). Install the newer version to "
                                "use it.")
                             .arg(QDir::toNativeSeparators(name))
                             .arg(version));
    const qint64 headerLength = qFromLittleEndian<quint32>(prefix.constData() + 12);
    if (headerLength <= 0 || headerLength > kMaxHeaderBytes || kFixedPrefix + headerLength > size)
        return damagedBackup(name);
    const QByteArray body = device.read(headerLength);
    if (body.size() != headerLength) return damagedBackup(name);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) return damagedBackup(name);
    const QJsonObject json = doc.object();

    Header h;
    h.bytes = prefix + body;
    h.vaultId = QByteArray::fromHex(json.value(u"vault"_s).toString().toLatin1());
    h.created = clock::fromStorage(json.value(u"created"_s).toString());
    h.appVersion = json.value(u"app"_s).toString();
    h.slotsLength = json.value(u"slots"_s).toInteger(-1);
    h.dbLength = json.value(u"db"_s).toInteger(-1);
    h.fileSize = size;
    if (h.vaultId.size() != 16 || !h.created.isValid() || h.slotsLength <= 0 || h.slotsLength > kMaxSlotsBytes
        || h.dbLength < kDbAlignment || h.dbLength % kDbAlignment != 0)
        return damagedBackup(name);
    layout(h);
    // Everything after the database: u32 M, M bytes of manifest, the trailer.
    if (h.dbLength > size - h.dbOffset - 4 - kTrailerBytes) return damagedBackup(name);
    const qint64 lengthAt = h.dbOffset + h.dbLength;
    if (!device.seek(lengthAt)) return damagedBackup(name);
    const QByteArray manifestLength = device.read(4);
    if (manifestLength.size() != 4) return damagedBackup(name);
    h.manifestLength = qFromLittleEndian<quint32>(manifestLength.constData());
    h.manifestOffset = lengthAt + 4;
    if (h.manifestLength <= 0 || h.manifestLength > kMaxManifestBytes
        || h.manifestOffset + h.manifestLength + kTrailerBytes != size)
        return damagedBackup(name);
    h.trailerOffset = h.manifestOffset + h.manifestLength;
    return h;
}

Result<Header> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QFile::exists(path) ? ErrorCode::Io : ErrorCode::NotFound,
                         Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return readHeader(file, QFileInfo(path).fileName());
}

QByteArray sealManifest(const Manifest &m, const crypto::SecureBuffer &dbKey, const QByteArray &headerBytes)
{
    QJsonObject counts;
    Counts c = m.counts;
    for (int i = 0; i < kCountFields; ++i) counts.insert(countsKey(i), *countsField(c, i));
    const QJsonObject json{{u"school"_s, m.school},
                           {u"created_by"_s, m.createdBy},
                           {u"audit_seq"_s, m.auditSeq},
                           {u"audit_hash"_s, QString::fromLatin1(m.auditHash.toHex())},
                           {u"schema"_s, m.schemaVersion},
                           {u"counts"_s, counts},
                           {u"db_sha256"_s, QString::fromLatin1(m.dbSha256.toHex())},
                           {u"slots_sha256"_s, QString::fromLatin1(m.slotsSha256.toHex())}};
    const QByteArray plain = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const crypto::SecureBuffer manifestKey = crypto::subkey(dbKey, 3, "CDBACKUP");
    crypto::SecureBuffer plainBytes(static_cast<std::size_t>(plain.size()));
    std::copy(plain.cbegin(), plain.cend(), reinterpret_cast<char *>(plainBytes.data()));
    return crypto::seal(manifestKey, plainBytes, headerBytes);
}

Result<Manifest> openManifest(const QByteArray &sealed, const crypto::SecureBuffer &dbKey,
                              const QByteArray &headerBytes, const QString &name)
{
    const crypto::SecureBuffer manifestKey = crypto::subkey(dbKey, 3, "CDBACKUP");
    const auto plain = crypto::open(manifestKey, sealed, headerBytes);
    if (!plain) return damagedBackup(name);
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray(reinterpret_cast<const char *>(plain->data()), static_cast<qsizetype>(plain->size())));
    if (!doc.isObject()) return damagedBackup(name);
    const QJsonObject json = doc.object();
    Manifest m;
    m.school = json.value(u"school"_s).toString();
    m.createdBy = json.value(u"created_by"_s).toString();
    m.auditSeq = json.value(u"audit_seq"_s).toInteger();
    m.auditHash = QByteArray::fromHex(json.value(u"audit_hash"_s).toString().toLatin1());
    m.schemaVersion = json.value(u"schema"_s).toInt();
    const QJsonObject counts = json.value(u"counts"_s).toObject();
    for (int i = 0; i < kCountFields; ++i) *countsField(m.counts, i) = counts.value(countsKey(i)).toInteger();
    m.dbSha256 = QByteArray::fromHex(json.value(u"db_sha256"_s).toString().toLatin1());
    m.slotsSha256 = QByteArray::fromHex(json.value(u"slots_sha256"_s).toString().toLatin1());
    if (m.dbSha256.size() != 32 || m.slotsSha256.size() != 32) return damagedBackup(name);
    return m;
}

Result<Counts> countRecords(storage::Database &db)
{
    auto stmt = db.prepare(u"SELECT (SELECT count(*) FROM students), (SELECT count(*) FROM cases), "
                           "(SELECT count(*) FROM sessions), (SELECT count(*) FROM watch_list), "
                           "(SELECT count(*) FROM users), (SELECT count(*) FROM audit_log)"_s);
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    Counts c;
    for (int i = 0; i < kCountFields; ++i) *countsField(c, i) = stmt->int64(i);
    return c;
}

}  // namespace cd::backup

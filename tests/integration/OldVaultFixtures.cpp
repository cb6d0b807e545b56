#include "OldVaultFixtures.h"

#include "students/StudentRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cd::test {

namespace {
const QString kFixturesDir = QStringLiteral(CD_TEST_DATA_DIR "/vaults");
}

std::string str(const QString &s) { return s.toStdString(); }
QString text(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
QJsonObject object(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toObject(); }
QJsonArray array(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toArray(); }
QStringList strings(const QJsonArray &a)
{
    QStringList list;
    for (const QJsonValue &v : a) list << v.toString();
    return list;
}

QString Fixture::vaultDir() const { return QDir(dir).filePath(text(json, "vault_dir")); }
QString Fixture::backupPath() const { return QDir(dir).filePath(text(json, "backup_file")); }
QJsonObject Fixture::expect() const { return object(json, "expect"); }
int Fixture::schemaVersion() const
{
    const int version = object(json, "made_by").value(u"schema_version"_s).toInt();
    REQUIRE(version > 0);
    return version;
}
QJsonObject Fixture::user(const QString &role) const
{
    for (const QJsonValue &u : array(json, "users"))
        if (text(u.toObject(), "role") == role) return u.toObject();
    FAIL("fixture " << str(name) << " has no user with role " << str(role));
    return {};
}

QList<Fixture> allFixtures()
{
    QList<Fixture> list;
    for (const QFileInfo &info : QDir(kFixturesDir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile file(QDir(info.filePath()).filePath(u"fixture.json"_s));
        INFO("fixture folder " << str(info.filePath()));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        list << Fixture{info.fileName(), info.filePath(), doc.object()};
    }
    REQUIRE_FALSE(list.isEmpty());
    return list;
}

void copyFolder(const QString &from, const QString &to)
{
    REQUIRE(QDir().mkpath(to));
    for (const QFileInfo &info : QDir(from).entryInfoList(QDir::Files | QDir::Hidden)) {
        if (info.fileName() == QFileInfo(vault::VaultPaths::lockFile(from)).fileName()) continue;
        const QString target = QDir(to).filePath(info.fileName());
        REQUIRE(QFile::copy(info.filePath(), target));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
}

std::unique_ptr<vault::Vault> openAs(const QString &dir, const QJsonObject &user)
{
    auto opened = vault::Vault::open(dir, text(user, "login"), text(user, "passphrase"));
    if (!opened) FAIL("open as " << str(text(user, "login")) << ": " << str(opened.error().message));
    return std::move(*opened);
}

qint64 studentId(vault::Vault &v, const QString &studentNo)
{
    auto found = students::StudentRepository(v).findByNumber(studentNo);
    REQUIRE(found.ok());
    INFO("student " << str(studentNo));
    REQUIRE(found->has_value());
    return (*found)->id;
}

}  // namespace cd::test

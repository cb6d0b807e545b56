#include "settings/Settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace cd::settings {

QString defaultVaultDirectory()
{
    const QString configured = vaultDirectory.value();
    if (!configured.isEmpty()) return configured;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"vault"_s);
}

namespace {
QString windowKey(const QString &window, const QString &screen)
{
    return u"windows/%1/%2"_s.arg(window, screen);
}
}  // namespace

QByteArray windowGeometry(const QString &window, const QString &screen)
{
    return QSettings().value(windowKey(window, screen)).toByteArray();
}

void setWindowGeometry(const QString &window, const QString &screen, const QByteArray &geometry)
{
    QSettings().setValue(windowKey(window, screen), geometry);
}

namespace {
/// A key for one vault folder: the hash of its absolute path (a path's slashes would nest groups).
QString vaultKey(const QString &vaultDirectory, const QString &name)
{
    const QByteArray path = QDir::cleanPath(QDir(vaultDirectory).absolutePath()).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(24);
    return u"vaults/%1/%2"_s.arg(QString::fromLatin1(hash), name);
}
QString loginKey(const QString &login)
{
    return QString::fromLatin1(login.toUtf8().toHex());
}
}  // namespace

QString lastUserName(const QString &vaultDirectory)
{
    return QSettings().value(vaultKey(vaultDirectory, u"lastUser"_s)).toString();
}

void setLastUserName(const QString &vaultDirectory, const QString &login)
{
    QSettings().setValue(vaultKey(vaultDirectory, u"lastUser"_s), login);
}

QString lastPage(const QString &vaultDirectory, const QString &login)
{
    return QSettings().value(vaultKey(vaultDirectory, u"lastPage/"_s + loginKey(login))).toString();
}

void setLastPage(const QString &vaultDirectory, const QString &login, const QString &page)
{
    QSettings().setValue(vaultKey(vaultDirectory, u"lastPage/"_s + loginKey(login)), page);
}

}  // namespace cd::settings

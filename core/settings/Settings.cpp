#include "settings/Settings.h"

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

}  // namespace cd::settings

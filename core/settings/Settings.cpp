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

}  // namespace cd::settings

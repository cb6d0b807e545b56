#pragma once
// Typed application settings, each declared once with its key and default. They hold only
// preferences of this computer, never anything about students (the vault holds that).

#include <QSettings>
#include <QString>
#include <QVariant>

namespace cd::settings {

template <typename T>
class Setting {
public:
    constexpr Setting(const char *key, T defaultValue) : m_key(key), m_default(std::move(defaultValue)) {}

    T value() const
    {
        const QVariant v = QSettings().value(QLatin1String(m_key));
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void set(const T &value) const { QSettings().setValue(QLatin1String(m_key), QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(QLatin1String(m_key)); }
    T defaultValue() const { return m_default; }
    const char *key() const { return m_key; }

private:
    const char *m_key;
    T m_default;
};

/// "zh_CN", "en", or empty for the system locale.
inline const Setting<QString> language{"ui/language", QString()};
/// Minutes without input before the vault locks itself; 0 never (not offered in the UI).
inline const Setting<int> idleLockMinutes{"security/idleLockMinutes", 5};
inline constexpr int kMinIdleLockMinutes = 1;
inline constexpr int kMaxIdleLockMinutes = 120;
/// Records of students who left more than this many years ago are offered for purging.
inline const Setting<int> retentionYears{"records/retentionYears", 3};
/// The vault folder opened at start; empty for the default location.
inline const Setting<QString> vaultDirectory{"vault/directory", QString()};

/// Where backups go (a USB stick's folder, typically); empty until the first backup.
inline const Setting<QString> backupDirectory{"backup/directory", QString()};
/// How many of the vault's backups to keep in that folder.
inline const Setting<int> backupGenerations{"backup/generations", 2};
/// Days after the last verified backup before the status bar asks for a new one.
inline const Setting<int> backupReminderDays{"backup/reminderDays", 7};
/// Back up to the backup folder when the app quits (skipped, with a note, if it is not there).
inline const Setting<bool> backupOnExit{"backup/onExit", false};
/// Days between the automatic full integrity checks run after an unlock.
inline const Setting<int> fullCheckDays{"security/fullCheckDays", 7};

/// The vault folder to use: the setting, or the per-user data location.
QString defaultVaultDirectory();

/// Where a window was and how big, on one screen (the bytes of QWidget::saveGeometry), under
/// "windows/<window>/<screen>": the window's object name and a key naming the screen and its size
/// (ui/common/WindowFit.h). Empty when the window was never closed on that screen.
QByteArray windowGeometry(const QString &window, const QString &screen);
void setWindowGeometry(const QString &window, const QString &screen, const QByteArray &geometry);

/// What this computer remembers about one vault folder, under "vaults/<hash of its path>/…": the
/// login name last used to unlock it (never the passphrase; the name is not secret inside the room)
/// and the page each user was on when the vault last locked or closed. Empty when never stored.
QString lastUserName(const QString &vaultDirectory);
void setLastUserName(const QString &vaultDirectory, const QString &login);
QString lastPage(const QString &vaultDirectory, const QString &login);
void setLastPage(const QString &vaultDirectory, const QString &login, const QString &page);

}  // namespace cd::settings

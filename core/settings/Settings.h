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

/// The vault folder to use: the setting, or the per-user data location.
QString defaultVaultDirectory();

}  // namespace cd::settings

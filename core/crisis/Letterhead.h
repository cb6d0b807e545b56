#pragma once
// The school's letterhead for printed documents: the school's name (from the vault), the room's
// name, address and phone, and an optional logo kept in the vault (PNG or JPEG, at most 1 MB).

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace cd::vault {
class Vault;
}

namespace cd::crisis {

struct Letterhead {
    QString schoolName;  ///< read from the vault; not saved here
    QString room;        ///< e.g. 心理辅导室
    QString address;
    QString phone;
    QByteArray logo;     ///< PNG or JPEG bytes, or empty
};

class LetterheadStore {
public:
    explicit LetterheadStore(vault::Vault &vault) : m_vault(vault) {}
    Result<Letterhead> load();
    /// Lead only. A logo that is not a PNG or JPEG file, or larger than 1 MB, is refused with a
    /// message saying so (the rest is not saved either). Audited (`letterhead.change`).
    Status save(const Letterhead &letterhead);
    static constexpr qint64 kMaxLogoBytes = 1024 * 1024;
    /// True for PNG or JPEG bytes (by their signature).
    static bool looksLikeImage(const QByteArray &bytes);

private:
    vault::Vault &m_vault;
};

}  // namespace cd::crisis

#pragma once
// The room lead's letterhead for printed documents: the room's name, address and phone and an
// optional logo (PNG or JPEG, at most 1 MB), kept in the vault. The school's name comes from the
// vault itself.

#include "core/crisis/Letterhead.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class LetterheadDialog : public QDialog {
    Q_OBJECT
public:
    explicit LetterheadDialog(vault::Vault &vault, QWidget *parent = nullptr);
    /// Asks for an image file and takes it as the logo; false (with the reason shown) when the file
    /// cannot be read or is not a PNG or JPEG of at most 1 MB.
    bool chooseLogo();
    /// Saves; false with the reason shown (nothing saved).
    bool save();

private:
    void showLogo();

    vault::Vault &m_vault;
    crisis::Letterhead m_letterhead;
    QLineEdit *m_room;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLabel *m_logo;
    QPushButton *m_removeLogo;
};

}  // namespace cd::ui

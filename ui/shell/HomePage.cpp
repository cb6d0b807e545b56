#include "ui/shell/HomePage.h"

#include "core/vault/Vault.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

HomePage::HomePage(vault::Vault &vault, QWidget *parent) : QWidget(parent)
{
    setObjectName(u"homePage"_s);
    auto *title = new QLabel(vault.school().name, this);
    title->setObjectName(u"homeTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);
    auto *subtitle = new QLabel(tr("Welcome, %1.").arg(vault.currentUser().displayName), this);
    subtitle->setObjectName(u"homeWelcome"_s);

    auto *facts = new QGroupBox(tr("This vault"), this);
    auto *form = new QFormLayout(facts);
    form->addRow(tr("School type:"), new QLabel(vault::schoolTypeName(vault.school().type), facts));
    form->addRow(tr("Signed in as:"), new QLabel(tr("%1 (%2, %3)").arg(vault.currentUser().displayName,
                                                                        vault.currentUser().login,
                                                                        vault::roleName(vault.currentUser().role)),
                                                 facts));
    auto *folder = new QLabel(QDir::toNativeSeparators(vault.directory()), facts);
    folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Vault folder:"), folder);
    auto *protection = new QLabel(
        tr("Encrypted with a 256-bit key (SQLCipher); passphrases hardened against guessing (Argon2id)"), facts);
    protection->setWordWrap(true);
    form->addRow(tr("Protection:"), protection);

    auto *note = new QLabel(tr("Step away from the computer? Press Ctrl+L to lock: the key is wiped and nothing "
                               "stays on screen. The vault also locks itself after a few idle minutes."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(u"color: palette(mid);"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(16);
    layout->addWidget(facts);
    layout->addSpacing(8);
    layout->addWidget(note);
    layout->addStretch();
}

}  // namespace ui
}  // namespace cd

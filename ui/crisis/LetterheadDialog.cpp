#include "ui/crisis/LetterheadDialog.h"

#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBoxes.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

LetterheadDialog::LetterheadDialog(vault::Vault &vault, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_room(new QLineEdit(this)), m_address(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_logo(new QLabel(this)), m_removeLogo(new QPushButton(tr("&Remove logo"), this))
{
    setObjectName(u"letterheadDialog"_s);
    setWindowTitle(tr("Letterhead"));
    auto loaded = crisis::LetterheadStore(vault).load();
    if (loaded) m_letterhead = *loaded;
    else MessageBoxes::error(this, windowTitle(), loaded.error().message);
    m_room->setObjectName(u"letterheadRoom"_s);
    m_room->setText(m_letterhead.room);
    m_room->setPlaceholderText(tr("e.g. Mental-health counseling room"));
    m_address->setObjectName(u"letterheadAddress"_s);
    m_address->setText(m_letterhead.address);
    m_phone->setObjectName(u"letterheadPhone"_s);
    m_phone->setText(m_letterhead.phone);
    m_logo->setObjectName(u"letterheadLogo"_s);
    m_logo->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_removeLogo->setObjectName(u"letterheadRemoveLogo"_s);
    auto *chooseLogoButton = new QPushButton(tr("&Choose logo…"), this);
    chooseLogoButton->setObjectName(u"letterheadChooseLogo"_s);
    chooseLogoButton->setToolTip(tr("A PNG or JPEG file of at most 1 MB, printed at the top left of every document"));
    connect(chooseLogoButton, &QPushButton::clicked, this, &LetterheadDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_letterhead.logo.clear();
        showLogo();
    });

    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(chooseLogoButton);
    logoRow->addWidget(m_removeLogo);
    auto *form = new QFormLayout;
    form->addRow(tr("School:"), new QLabel(m_letterhead.schoolName.toHtmlEscaped(), this));
    form->addRow(tr("Room:"), m_room);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Logo:"), logoRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"letterheadSave"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Printed at the top of every referral letter, advice to the guardian and safety plan."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    showLogo();
}

void LetterheadDialog::showLogo()
{
    QPixmap pixmap;
    if (!m_letterhead.logo.isEmpty() && pixmap.loadFromData(m_letterhead.logo))
        m_logo->setPixmap(pixmap.scaledToHeight(fontMetrics().lineSpacing() * 3, Qt::SmoothTransformation));
    else
        m_logo->setText(m_letterhead.logo.isEmpty() ? tr("No logo") : tr("The logo cannot be shown."));
    m_removeLogo->setEnabled(!m_letterhead.logo.isEmpty());
}

bool LetterheadDialog::chooseLogo()
{
    const QString path = FileDialogs::openFileName(this, tr("Choose the logo"), tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty()) return false;
    QFile file(path);
    if (file.size() > crisis::LetterheadStore::kMaxLogoBytes) {
        MessageBoxes::error(this, windowTitle(), tr("%1 is larger than 1 MB. Choose a smaller image.").arg(path));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBoxes::error(this, windowTitle(), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    QPixmap check;
    if (!crisis::LetterheadStore::looksLikeImage(bytes) || !check.loadFromData(bytes)) {
        MessageBoxes::error(this, windowTitle(), tr("%1 is not a PNG or JPEG image that can be read. Choose another file.").arg(path));
        return false;
    }
    m_letterhead.logo = bytes;
    showLogo();
    return true;
}

bool LetterheadDialog::save()
{
    crisis::Letterhead changed = m_letterhead;
    changed.room = m_room->text().trimmed();
    changed.address = m_address->text().trimmed();
    changed.phone = m_phone->text().trimmed();
    const Status st = crisis::LetterheadStore(m_vault).save(changed);
    if (!st) MessageBoxes::error(this, windowTitle(), st.error().message);
    return st.ok();
}

}  // namespace cd::ui

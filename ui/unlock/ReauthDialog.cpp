#include "ui/unlock/ReauthDialog.h"

#include "ui/common/Async.h"
#include "ui/common/StatusWidgets.h"
#include "core/vault/Vault.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
/// The dialog as tall as its wrapped text needs at its width: shown, an error line would
/// otherwise squeeze the lines above it, clipping their first and last rows.
void growToText(QDialog *dialog)
{
    QLayout *layout = dialog->layout();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalSizeHint().height();
    if (needed > dialog->height()) dialog->resize(dialog->width(), needed);
}
}  // namespace

ReauthDialog::ReauthDialog(vault::Vault &vault, const QString &purpose, QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_passphrase(new QLineEdit(this)),
      m_error(makeErrorLabel(this, u"reauthError"_s)),
      m_busy(makeBusyBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"reauthDialog"_s);
    setWindowTitle(tr("Confirm it is you"));
    setMinimumWidth(420);
    auto *intro = new QLabel(tr("%1 Enter your passphrase to continue.").arg(purpose), this);
    intro->setWordWrap(true);
    m_passphrase->setObjectName(u"reauthPassphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReauthDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReauthDialog::reject);
}

void ReauthDialog::accept()
{
    if (m_working || m_passphrase->text().isEmpty()) return;
    m_working = true;
    m_busy->show();
    m_error->hide();
    m_passphrase->setEnabled(false);
    m_buttons->setEnabled(false);
    vault::Vault *vault = &m_vault;
    const QString passphrase = m_passphrase->text();
    runAsync<Status>(
        this, [vault, passphrase]() { return vault->verifyPassphrase(passphrase); },
        [this](Status status) {
            m_working = false;
            m_busy->hide();
            m_passphrase->setEnabled(true);
            m_buttons->setEnabled(true);
            if (!status) {
                m_error->setText(status.error().message);
                m_error->show();
                growToText(this);
                m_passphrase->selectAll();
                m_passphrase->setFocus();
                Q_EMIT attemptFinished(false);
                return;
            }
            m_passphrase->clear();
            Q_EMIT attemptFinished(true);
            QDialog::accept();
        });
}

bool ReauthGate::confirm(QWidget *parent, const QString &purpose)
{
    if (m_confirmedAt.isValid() && m_confirmedAt.secsTo(QDateTime::currentDateTimeUtc()) < kGraceSeconds) return true;
    ReauthDialog dialog(m_vault, purpose, parent);
    if (dialog.exec() != QDialog::Accepted) return false;
    m_confirmedAt = QDateTime::currentDateTimeUtc();
    return true;
}

}  // namespace ui
}  // namespace cd

#include "ui/unlock/PassphraseDialog.h"

#include "ui/common/Async.h"
#include "ui/common/PassphraseField.h"
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

PassphraseDialog::PassphraseDialog(vault::Vault &vault, Mode mode, const QString &targetLogin, QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_mode(mode),
      m_target(targetLogin.isEmpty() ? vault.currentUser().login : targetLogin),
      m_field(new PassphraseField(this)),
      m_error(makeErrorLabel(this, u"passphraseError"_s)),
      m_busy(makeBusyBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"passphraseDialog"_s);
    setMinimumWidth(480);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    switch (mode) {
    case Mode::ChangeOwn:
        setWindowTitle(tr("Change passphrase"));
        intro->setText(tr("Enter your current passphrase, then the new one."));
        m_proof = new QLineEdit(this);
        m_proof->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Current passphrase:"), m_proof);
        break;
    case Mode::AfterRecovery:
        setWindowTitle(tr("Choose a new passphrase"));
        intro->setText(tr("You unlocked with the recovery code. Choose a new passphrase for %1 now. Private notes "
                          "written with the old passphrase can no longer be read.")
                           .arg(m_target));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Lock instead"));
        break;
    case Mode::ResetOther:
        setWindowTitle(tr("Reset passphrase"));
        intro->setText(tr("%1 forgot their passphrase. Enter the vault's recovery code from the school safe, then a "
                          "new passphrase to give them. Their private notes can no longer be read.")
                           .arg(m_target));
        m_proof = new QLineEdit(this);
        m_proof->setPlaceholderText(u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"_s);
        form->addRow(tr("&Recovery code:"), m_proof);
        break;
    case Mode::Reactivate:
        setWindowTitle(tr("Reactivate user"));
        intro->setText(tr("Give %1 a new passphrase to sign in with.").arg(m_target));
        break;
    }
    if (m_proof) {
        m_proof->setObjectName(u"proof"_s);
        connect(m_proof, &QLineEdit::textChanged, this, &PassphraseDialog::updateButtons);
    }
    m_field->setContextWords({m_target});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_field);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
    connect(m_field, &PassphraseField::changed, this, &PassphraseDialog::updateButtons);
    updateButtons();
}

void PassphraseDialog::updateButtons()
{
    const bool proofGiven = !m_proof || !m_proof->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_working && proofGiven && m_field->acceptable());
}

void PassphraseDialog::setBusy(bool busy)
{
    m_working = busy;
    m_busy->setVisible(busy);
    m_field->setEnabled(!busy);
    if (m_proof) m_proof->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    updateButtons();
}

void PassphraseDialog::accept()
{
    if (m_working || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) return;
    m_error->hide();
    setBusy(true);
    vault::Vault *vault = &m_vault;
    const Mode mode = m_mode;
    const QString target = m_target;
    const QString proof = m_proof ? m_proof->text() : QString();
    const QString fresh = m_field->passphrase();
    runAsync<Status>(
        this,
        [vault, mode, target, proof, fresh]() -> Status {
            switch (mode) {
            case Mode::ChangeOwn: return vault->changePassphrase(proof, fresh);
            case Mode::AfterRecovery: return vault->setPassphraseAfterRecovery(fresh);
            case Mode::ResetOther: return vault->resetPassphrase(target, proof, fresh);
            case Mode::Reactivate: return vault->reactivateUser(target, fresh);
            }
            return {};
        },
        [this](Status status) {
            setBusy(false);
            if (!status) {
                m_error->setText(status.error().message);
                m_error->show();
                Q_EMIT attemptFinished(false);
                return;
            }
            m_field->clear();
            Q_EMIT attemptFinished(true);
            QDialog::accept();
        });
}

}  // namespace ui
}  // namespace cd

#include "ui/users/AddUserDialog.h"

#include "ui/common/Async.h"
#include "ui/common/PassphraseField.h"
#include "ui/common/StatusWidgets.h"
#include "core/vault/Vault.h"

#include <QComboBox>
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

AddUserDialog::AddUserDialog(vault::Vault &vault, QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_login(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)),
      m_role(new QComboBox(this)),
      m_passphrase(new PassphraseField(this)),
      m_error(makeErrorLabel(this, u"addUserError"_s)),
      m_busy(makeBusyBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"addUserDialog"_s);
    setWindowTitle(tr("Add user"));
    setMinimumWidth(480);
    m_login->setObjectName(u"newLogin"_s);
    m_login->setMaxLength(32);
    m_displayName->setObjectName(u"newDisplayName"_s);
    m_displayName->setMaxLength(60);
    m_role->setObjectName(u"newRole"_s);
    m_role->addItem(vault::roleName(vault::Role::Counselor), static_cast<int>(vault::Role::Counselor));
    m_role->addItem(vault::roleName(vault::Role::Lead), static_cast<int>(vault::Role::Lead));
    m_role->setToolTip(tr("A room lead can also add and disable users and reset passphrases."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));

    auto *intro = new QLabel(tr("Tell your colleague the first passphrase in person; they can change it under "
                                "Vault → Change my passphrase."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Full name:"), m_displayName);
    form->addRow(tr("R&ole:"), m_role);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddUserDialog::reject);
    connect(m_login, &QLineEdit::textChanged, this, [this]() {
        m_passphrase->setContextWords({m_login->text()});
        const QString problem = m_login->text().isEmpty() ? QString() : vault::loginProblem(m_login->text());
        m_error->setText(problem);
        m_error->setVisible(!problem.isEmpty());
        updateButtons();
    });
    connect(m_passphrase, &PassphraseField::changed, this, &AddUserDialog::updateButtons);
    updateButtons();
}

void AddUserDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_working && vault::loginProblem(m_login->text()).isEmpty() && m_passphrase->acceptable());
}

void AddUserDialog::setBusy(bool busy)
{
    m_working = busy;
    m_busy->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *>{m_login, m_displayName, m_role, m_passphrase})
        w->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    updateButtons();
}

void AddUserDialog::accept()
{
    if (m_working || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) return;
    setBusy(true);
    m_error->hide();
    vault::Vault *vault = &m_vault;
    const QString login = m_login->text().trimmed();
    const QString name = m_displayName->text().trimmed();
    const auto role = static_cast<vault::Role>(m_role->currentData().toInt());
    const QString passphrase = m_passphrase->passphrase();
    runAsync<Status>(
        this, [=]() { return vault->addUser(login, name, role, passphrase); },
        [this, login](Status status) {
            setBusy(false);
            if (!status) {
                m_error->setText(status.error().message);
                m_error->show();
                Q_EMIT attemptFinished(false);
                return;
            }
            m_added = login;
            m_passphrase->clear();
            Q_EMIT attemptFinished(true);
            QDialog::accept();
        });
}

}  // namespace ui
}  // namespace cd

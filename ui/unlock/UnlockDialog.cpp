#include "ui/unlock/UnlockDialog.h"

#include "ui/backup/RestoreDialog.h"
#include "ui/common/Async.h"
#include "ui/common/StatusWidgets.h"
#include "ui/help/ManualWindow.h"
#include "core/crypto/SecureBuffer.h"
#include "core/settings/Settings.h"
#include "core/vault/SchoolLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

UnlockDialog::UnlockDialog(const QString &vaultDirectory, QWidget *parent)
    : QDialog(parent),
      m_directory(vaultDirectory),
      m_notice(new QLabel(this)),
      m_school(new QLabel(this)),
      m_heading(new QLabel(this)),
      m_user(new QLineEdit(this)),
      m_secret(new QLineEdit(this)),
      m_secretLabel(new QLabel(this)),
      m_error(makeErrorLabel(this, u"unlockError"_s)),
      m_busy(makeBusyBar(this, u"unlockBusy"_s)),
      m_toggleRecovery(new QPushButton(this)),
      m_restore(new QPushButton(tr("Restore from a &backup…"), this)),
      m_district(new QPushButton(tr("&District packages…"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"unlockDialog"_s);
    setWindowTitle(tr("Unlock CounselDesk"));
    setMinimumWidth(460);
    m_notice->setObjectName(u"unlockNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_school->setObjectName(u"unlockSchool"_s);
    m_school->setWordWrap(true);
    m_school->setTextFormat(Qt::PlainText);  // read from a file anyone could edit
    QFont schoolFont = m_school->font();
    schoolFont.setPointSizeF(schoolFont.pointSizeF() * 1.3);
    schoolFont.setBold(true);
    m_school->setFont(schoolFont);
    m_heading->setObjectName(u"unlockHeading"_s);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);
    m_user->setObjectName(u"userName"_s);
    m_user->setMaxLength(32);
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText);
    m_secretLabel->setBuddy(m_secret);
    m_toggleRecovery->setObjectName(u"toggleRecovery"_s);
    m_toggleRecovery->setFlat(true);
    m_toggleRecovery->setCursor(Qt::PointingHandCursor);
    m_restore->setObjectName(u"restoreFromBackup"_s);
    m_restore->setFlat(true);
    m_restore->setCursor(Qt::PointingHandCursor);
    m_restore->setToolTip(tr("Put a backup in place of this vault: after damage, a mistake, or on a new computer"));
    m_district->setObjectName(u"districtPackages"_s);
    m_district->setToolTip(tr("For the education bureau: merge the schools' semester summaries into district "
                              "tables. Needs no vault."));
    m_buttons->addButton(m_district, QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));

    auto *form = new QFormLayout;
    form->addRow(tr("User &name:"), m_user);
    form->addRow(m_secretLabel, m_secret);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_school);
    layout->addWidget(m_heading);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    auto *links = new QHBoxLayout;
    links->addWidget(m_toggleRecovery);
    links->addStretch(1);
    links->addWidget(m_restore);
    layout->addLayout(links);
    layout->addWidget(m_buttons);

    // F1: the manual's chapter on signing in (a forgotten passphrase is the next one).
    auto *help = new QShortcut(QKeySequence(Qt::Key_F1), this);
    connect(help, &QShortcut::activated, this, []() { ManualWindow::showManual(u"signin"_s); });

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_toggleRecovery, &QPushButton::clicked, this, [this]() { setRecoveryMode(!m_recovery); });
    connect(m_restore, &QPushButton::clicked, this, &UnlockDialog::openRestore);
    connect(m_district, &QPushButton::clicked, this, &UnlockDialog::districtRequested);
    connect(m_user, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);
    connect(m_secret, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);
    showSchool();
    setRecoveryMode(false);
    // The name last used on this computer for this vault (never the passphrase): only the
    // passphrase is left to type.
    const QString lastUser = settings::lastUserName(m_directory);
    m_user->setText(lastUser);
    if (lastUser.isEmpty()) m_user->setFocus();
    else m_secret->setFocus();
}

void UnlockDialog::showSchool()
{
    const QString school = vault::readSchoolLabel(m_directory);
    m_school->setText(school);
    m_school->setVisible(!school.isEmpty());
    m_school->setToolTip(school.isEmpty() ? QString() : tr("The school whose counseling records this vault holds"));
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void UnlockDialog::setRecoveryMode(bool recovery)
{
    m_recovery = recovery;
    m_secret->clear();
    m_error->hide();
    if (recovery) {
        m_heading->setText(tr("Forgot your passphrase? Enter your user name and the recovery code from the school "
                              "safe. You will then choose a new passphrase."));
        m_secretLabel->setText(tr("&Recovery code:"));
        m_secret->setEchoMode(QLineEdit::Normal);
        m_secret->setPlaceholderText(u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"_s);
        m_toggleRecovery->setText(tr("Back to the passphrase"));
    } else {
        m_heading->setText(tr("The counseling room's vault is locked."));
        m_secretLabel->setText(tr("&Passphrase:"));
        m_secret->setEchoMode(QLineEdit::Password);
        m_secret->setPlaceholderText(QString());
        m_toggleRecovery->setText(tr("Forgot passphrase?"));
    }
    updateButtons();
}

void UnlockDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_working && !m_user->text().trimmed().isEmpty() && !m_secret->text().isEmpty());
}

void UnlockDialog::setBusy(bool busy)
{
    m_working = busy;
    m_busy->setVisible(busy);
    m_user->setEnabled(!busy);
    m_secret->setEnabled(!busy);
    m_toggleRecovery->setEnabled(!busy);
    m_restore->setEnabled(!busy);
    m_district->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    updateButtons();
}

void UnlockDialog::accept()
{
    if (m_working || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) return;
    m_error->hide();
    setBusy(true);
    const QString dir = m_directory;
    const QString login = m_user->text().trimmed();
    const QString secret = m_secret->text();
    const auto method = m_recovery ? vault::UnlockMethod::RecoveryCode : vault::UnlockMethod::Passphrase;
    runAsync<Result<std::unique_ptr<vault::Vault>>>(
        this, [dir, login, secret, method]() { return vault::Vault::open(dir, login, secret, method); },
        [this](Result<std::unique_ptr<vault::Vault>> opened) {
            setBusy(false);
            if (!opened) {
                const ErrorCode code = opened.error().code;
                const bool damaged =
                    code == ErrorCode::Damaged || code == ErrorCode::Tampered || code == ErrorCode::RolledBack;
                // A damaged vault leads to the newest good backup, not to the same error again.
                m_error->setText(damaged ? tr("%1\nChoose “Restore from a backup…” below to put the newest good "
                                              "backup in its place.")
                                               .arg(opened.error().message)
                                         : opened.error().message);
                if (damaged) m_restore->setFocus();
                m_error->show();
                m_secret->selectAll();
                m_secret->setFocus();
                Q_EMIT attemptFinished(false);
                return;
            }
            QString typed = m_secret->text();
            crypto::wipe(typed);  // the line edit's own buffer, shared with it
            m_secret->clear();
            settings::setLastUserName(m_directory, (*opened)->currentUser().login);
            m_vault = std::move(*opened);
            Q_EMIT attemptFinished(true);
            QDialog::accept();
        });
}

void UnlockDialog::reject()
{
    if (m_working) return;  // the unlock finishes first: it may be writing the vault
    QDialog::reject();
}

void UnlockDialog::openRestore()
{
    if (m_working) return;
    RestoreDialog dialog(m_directory, this);
    dialog.setWindowModality(Qt::ApplicationModal);  // a quit or lock finds and closes it
    dialog.setUserName(m_user->text().trimmed());
    if (dialog.exec() != QDialog::Accepted) return;
    m_error->hide();
    m_user->setText(dialog.userName());
    showSchool();  // the backup may be another school's
    setRecoveryMode(false);
    setNotice(tr("The vault was restored from the backup. Sign in to continue."));
    m_secret->clear();
    m_secret->setFocus();
}

std::unique_ptr<vault::Vault> UnlockDialog::takeVault() { return std::move(m_vault); }

}  // namespace ui
}  // namespace cd

#include "ui/backup/RestoreDialog.h"
#include "ui/common/Dates.h"

#include "core/backup/Backup.h"
#include "ui/common/Async.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/JobProgress.h"
#include "ui/common/LockState.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/StatusWidgets.h"
#include "core/settings/Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {

struct Opened {
    Result<backup::OpenedBackup> backup;
    backup::Comparison comparison;
};

}  // namespace

RestoreDialog::RestoreDialog(const QString &vaultDirectory, QWidget *parent)
    : QDialog(parent),
      m_vaultDirectory(vaultDirectory),
      m_list(new QListWidget(this)),
      m_file(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)),
      m_user(new QLineEdit(this)),
      m_secret(new QLineEdit(this)),
      m_recovery(new QCheckBox(tr("&This is the recovery code"), this)),
      m_open(new QPushButton(tr("&Open backup"), this)),
      m_summary(new QLabel(this)),
      m_error(makeErrorLabel(this, u"restoreError"_s)),
      m_progress(new QProgressBar(this)),
      m_restore(new QPushButton(tr("&Restore…"), this)),
      m_close(new QPushButton(tr("&Close"), this)),
      m_poll(new QTimer(this))
{
    setObjectName(u"restoreDialog"_s);
    setWindowTitle(tr("Restore from a backup"));
    resize(640, 560);
    m_list->setObjectName(u"backupList"_s);
    m_list->setToolTip(tr("Backups of this computer's vault found in the backup folder, newest first"));
    m_file->setObjectName(u"backupFile"_s);
    m_file->setPlaceholderText(tr("A .cdbackup file"));
    m_user->setObjectName(u"restoreUser"_s);
    m_secret->setObjectName(u"restoreSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_recovery->setObjectName(u"restoreWithRecovery"_s);
    m_open->setObjectName(u"openBackupButton"_s);
    m_open->setDefault(true);  // Return in the passphrase field opens the backup
    for (QPushButton *b : {m_browse, m_restore, m_close}) b->setAutoDefault(false);
    m_summary->setObjectName(u"restoreSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_progress->setObjectName(u"restoreProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_restore->setObjectName(u"restoreButton"_s);
    m_restore->setEnabled(false);

    auto *intro = new QLabel(tr("Unlock the backup with a passphrase or the recovery code that was valid when it was "
                                "made. Nothing changes until you confirm the restore."),
                             this);
    intro->setWordWrap(true);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Backup file:"), fileRow);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Passphrase:"), m_secret);
    form->addRow(QString(), m_recovery);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::DestructiveRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    m_list->setMaximumHeight(160);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addWidget(m_open, 0, Qt::AlignRight);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_browse, &QPushButton::clicked, this, &RestoreDialog::browse);
    connect(m_open, &QPushButton::clicked, this, &RestoreDialog::openBackup);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restore);
    connect(m_close, &QPushButton::clicked, this, &RestoreDialog::reject);
    connect(m_recovery, &QCheckBox::toggled, this, [this, form](bool recovery) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_secret)))
            label->setText(recovery ? tr("Recovery code:") : tr("Passphrase:"));
    });
    for (QLineEdit *edit : {m_file, m_user, m_secret})
        connect(edit, &QLineEdit::textChanged, this, [this]() {
            m_opened.reset();  // changed what to open: open again before restoring
            m_summary->clear();
            updateButtons();
        });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) m_file->setText(m_list->item(row)->data(Qt::UserRole).toString());
    });
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this]() {
        if (m_job) m_progress->setValue(m_job->permille());
    });
    fillList();
    updateButtons();
}

RestoreDialog::~RestoreDialog()
{
    if (m_job) m_job->cancel = true;
}

void RestoreDialog::fillList()
{
    m_list->clear();
    const QString folder = settings::backupDirectory.value();
    if (folder.isEmpty()) {
        m_list->hide();
        return;
    }
    // Backups of this computer's vault only, when it can be told (a damaged key-slot file: all).
    auto slots = vault::KeySlotFile::load(vault::VaultPaths::keySlots(m_vaultDirectory));
    const QByteArray vaultId = slots ? slots->vaultId : QByteArray();
    for (const backup::BackupEntry &entry : backup::listBackups(folder, vaultId)) {
        //: one backup in the list: when it was made, and its size
        auto *item = new QListWidgetItem(tr("%1 · %2").arg(dates::dateTime(entry.header.created),
                                                           QLocale().formattedDataSize(entry.header.fileSize)),
                                         m_list);
        item->setData(Qt::UserRole, QDir::toNativeSeparators(entry.path));
        item->setToolTip(QDir::toNativeSeparators(entry.path));
    }
    m_list->setVisible(m_list->count() > 0);
}

void RestoreDialog::setBackupFile(const QString &path) { m_file->setText(QDir::toNativeSeparators(path)); }
void RestoreDialog::setUserName(const QString &login) { m_user->setText(login); }
QString RestoreDialog::userName() const { return m_user->text().trimmed(); }
QString RestoreDialog::summary() const { return m_summary->text(); }

void RestoreDialog::browse()
{
    const QString chosen = FileDialogs::openFileName(this, tr("Choose a backup"),
                                                     tr("CounselDesk backups (*.cdbackup)"),
                                                     settings::backupDirectory.value());
    if (!chosen.isEmpty()) setBackupFile(chosen);
}

void RestoreDialog::updateButtons()
{
    m_open->setEnabled(!m_busy && !m_file->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty()
                       && !m_secret->text().isEmpty());
    m_restore->setEnabled(!m_busy && m_opened != nullptr);
    for (QWidget *w : std::initializer_list<QWidget *>{m_list, m_file, m_browse, m_user, m_secret, m_recovery})
        w->setEnabled(!m_busy);
}

void RestoreDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progress->setRange(0, busy && !m_job ? 0 : 1000);  // key derivation: no steps to show
    if (busy) m_poll->start();
    else m_poll->stop();
    m_close->setText(busy && m_job ? tr("&Cancel") : tr("&Close"));
    updateButtons();
}

void RestoreDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RestoreDialog::openBackup()
{
    if (m_busy || !m_open->isEnabled()) return;
    showError(QString());
    m_summary->clear();
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    const QString login = m_user->text().trimmed();
    const QString secret = m_secret->text();
    const auto method = m_recovery->isChecked() ? vault::UnlockMethod::RecoveryCode : vault::UnlockMethod::Passphrase;
    const QString vaultDir = m_vaultDirectory;
    setBusy(true);
    runAsync<std::shared_ptr<Opened>>(
        this,
        [path, login, secret, method, vaultDir]() {
            auto result = std::make_shared<Opened>(Opened{makeError(ErrorCode::Internal, QString()), {}});
            auto intact = backup::checkIntact(path);  // damage is named before any key derivation
            result->backup = intact ? backup::openBackup(path, login, secret, method)
                                    : Result<backup::OpenedBackup>(intact.error());
            if (result->backup) result->comparison = backup::compareWithVault(*result->backup, vaultDir);
            return result;
        },
        [this](std::shared_ptr<Opened> opened) {
            setBusy(false);
            if (!opened->backup) {
                showError(opened->backup.error().message);
                Q_EMIT backupOpened(false);
                return;
            }
            m_opened = std::make_shared<backup::OpenedBackup>(std::move(*opened->backup));
            const backup::Manifest &m = m_opened->manifest;
            const backup::Comparison &cmp = opened->comparison;
            QStringList lines;
            lines << tr("<b>Backup of %1</b>, made %2 by %3.")
                         .arg(m.school.toHtmlEscaped(),
                              dates::dateTime(m_opened->header.created),
                              m.createdBy.toHtmlEscaped());
            lines << tr("It holds %1 students, %2 cases, %3 session notes and %4 students on the watch list.")
                         .arg(m.counts.students)
                         .arg(m.counts.cases)
                         .arg(m.counts.sessions)
                         .arg(m.counts.watchList);
            if (!cmp.vaultExists) {
                lines << tr("There is no vault on this computer yet: the backup becomes the vault.");
            } else if (!cmp.sameVault) {
                lines << tr("<b>The vault on this computer is a different vault.</b> Restoring replaces all of it.");
            } else if (!cmp.readable) {
                lines << tr("The vault on this computer cannot be read (%1). Restoring replaces it.")
                             .arg(cmp.problem.toHtmlEscaped());
            } else {
                lines << tr("The vault on this computer holds %1 students, %2 cases and %3 session notes.")
                             .arg(cmp.current.students)
                             .arg(cmp.current.cases)
                             .arg(cmp.current.sessions);
                if (cmp.backupIsOlder())
                    lines << tr("<b>This backup is older than the vault.</b> Everything recorded since it was made "
                                "(%n actions in the audit log) will be lost.",
                                nullptr, static_cast<int>(cmp.currentAuditSeq - cmp.backupAuditSeq));
                else
                    lines << tr("The backup is as new as the vault: nothing recorded would be lost.");
            }
            m_summary->setText(lines.join(u"<br>"_s));
            updateButtons();
            Q_EMIT backupOpened(true);
        });
}

void RestoreDialog::restore()
{
    if (!m_opened || m_busy) return;
    if (!MessageBoxes::confirm(this, windowTitle(),
                               tr("Replace the vault on this computer with this backup? The current vault is kept "
                                  "aside until the restored one has opened, then removed."),
                               tr("&Restore"), true))
        return;
    showError(QString());
    m_job = std::make_shared<JobProgress>();
    const auto progress = JobProgress::callback(m_job);
    const auto opened = m_opened;
    const QString vaultDir = m_vaultDirectory;
    const QString login = m_user->text().trimmed();
    const QString secret = m_secret->text();
    const auto method = m_recovery->isChecked() ? vault::UnlockMethod::RecoveryCode : vault::UnlockMethod::Passphrase;
    setBusy(true);
    runAsync<Result<backup::Restored>>(
        this,
        [opened, vaultDir, login, secret, method, progress]() {
            return backup::restoreBackup(*opened, vaultDir, login, secret, method, progress);
        },
        [this](Result<backup::Restored> restored) {
            m_job.reset();
            setBusy(false);
            if (!restored) {
                showError(restored.error().message);
                Q_EMIT restoreFinished(false);
                return;
            }
            MessageBoxes::information(
                this, windowTitle(),
                restored->keptAside.isEmpty()
                    ? tr("The vault was restored from the backup and opened once to check it. Sign in to continue.")
                    : tr("The vault was restored from the backup and opened once to check it. Sign in to "
                         "continue.\n\nThe vault it replaced could not be read, so it was kept as it was in %1. "
                         "CounselDesk never deletes that folder; remove it yourself once you are sure it is not "
                         "needed.")
                          .arg(QDir::toNativeSeparators(restored->keptAside)));
            Q_EMIT restoreFinished(true);
            accept();
        });
}

void RestoreDialog::reject()
{
    if (m_job) {
        m_job->cancel = true;  // stops before the swap; the vault stays as it was
        if (!lockInProgress()) return;
    }
    if (m_busy && !lockInProgress()) return;  // key derivation: a moment
    QDialog::reject();
}

}  // namespace ui
}  // namespace cd

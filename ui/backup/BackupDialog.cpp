#include "ui/backup/BackupDialog.h"
#include "core/audit/AuditTarget.h"

#include "core/backup/Backup.h"
#include "ui/common/Async.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/JobProgress.h"
#include "ui/common/LockState.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/StatusWidgets.h"
#include "core/settings/Settings.h"
#include "core/vault/Vault.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStorageInfo>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

BackupDialog::BackupDialog(vault::Vault &vault, Mode mode, QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_mode(mode),
      m_folder(new QLineEdit(settings::backupDirectory.value(), this)),
      m_browse(new QPushButton(tr("Br&owse…"), this)),
      m_keep(new QSpinBox(this)),
      m_onExit(new QCheckBox(tr("Back up to this folder whenever CounselDesk &quits"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_error(makeErrorLabel(this, u"backupError"_s)),
      m_start(new QPushButton(tr("&Back up"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_poll(new QTimer(this))
{
    setObjectName(u"backupDialog"_s);
    setWindowTitle(tr("Back up the vault"));
    resize(600, 0);
    m_folder->setObjectName(u"backupFolder"_s);
    m_folder->setPlaceholderText(tr("A folder on a USB stick or another drive"));
    m_browse->setObjectName(u"browseBackupFolder"_s);
    m_browse->setAutoDefault(false);
    m_keep->setObjectName(u"backupGenerations"_s);
    m_keep->setRange(1, 20);
    m_keep->setValue(settings::backupGenerations.value());
    m_keep->setToolTip(tr("Older backups of this vault in the folder are removed once the new one is verified"));
    m_onExit->setObjectName(u"backupOnExit"_s);
    m_onExit->setChecked(settings::backupOnExit.value());
    m_progress->setObjectName(u"backupProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(u"backupStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start->setObjectName(u"startBackupButton"_s);
    m_start->setDefault(true);

    auto *intro = new QLabel(tr("The backup is one encrypted file: it opens only with a passphrase or the recovery "
                                "code of this vault. Keep it on a drive that is not this computer, and keep it "
                                "safe like the records themselves."),
                             this);
    intro->setWordWrap(true);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Keep the newest:"), m_keep);
    form->addRow(QString(), m_onExit);
    m_keep->setSuffix(tr(" backups"));
    m_buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &BackupDialog::browse);
    connect(m_start, &QPushButton::clicked, this, &BackupDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BackupDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, [this]() { m_start->setEnabled(!m_folder->text().trimmed().isEmpty()); });
    m_start->setEnabled(!m_folder->text().trimmed().isEmpty());
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &BackupDialog::updateProgress);
    if (m_mode == Mode::OnExit) {
        setWindowTitle(tr("Backing up before quitting"));
        QTimer::singleShot(0, this, &BackupDialog::start);
    }
}

BackupDialog::~BackupDialog()
{
    if (m_job) m_job->cancel = true;  // a lock closed us: the worker stops at its next piece
}

void BackupDialog::setFolder(const QString &folder) { m_folder->setText(folder); }

void BackupDialog::browse()
{
    const QString chosen = FileDialogs::existingDirectory(this, tr("Back up into"), m_folder->text());
    if (!chosen.isEmpty()) m_folder->setText(QDir::toNativeSeparators(chosen));
}

void BackupDialog::setRunning(bool running)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_folder, m_browse, m_keep, m_onExit, m_start})
        w->setEnabled(!running);
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("&Cancel") : tr("&Close"));
    m_progress->setVisible(running);
    if (running) m_poll->start();
    else m_poll->stop();
}

void BackupDialog::updateProgress()
{
    if (!m_job) return;
    m_progress->setValue(m_job->permille());
    const bool verifying = m_job->done.load() * 2 >= m_job->total.load() && m_job->total.load() > 0;
    if (!m_job->cancel) m_status->setText(verifying ? tr("Reading the backup back from the drive and checking it…")
                                                    : tr("Writing the backup…"));
}

void BackupDialog::start()
{
    if (m_job) return;
    m_error->hide();
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        m_error->setText(tr("The folder %1 is not there. Plug in the drive or choose another folder.")
                             .arg(QDir::toNativeSeparators(folder)));
        m_error->show();
        Q_EMIT finished(false);
        return;
    }
    const qint64 needed = QFileInfo(vault::VaultPaths::database(m_vault.directory())).size();
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed + (1 << 20)) {
        m_error->setText(tr("The drive has %1 free; the backup needs about %2. Free some space or use another drive.")
                             .arg(locale().formattedDataSize(storage.bytesAvailable()), locale().formattedDataSize(needed)));
        m_error->show();
        Q_EMIT finished(false);
        return;
    }
    settings::backupDirectory.set(folder);
    settings::backupGenerations.set(m_keep->value());
    settings::backupOnExit.set(m_onExit->isChecked());

    m_job = std::make_shared<JobProgress>();
    auto source = std::make_shared<backup::Source>(backup::sourceOf(m_vault));
    const int keep = m_keep->value();
    const auto progress = JobProgress::callback(m_job);
    setRunning(true);
    m_status->setText(tr("Writing the backup…"));
    runAsync<Result<backup::BackupResult>>(
        this, [source, folder, keep, progress]() { return backup::createBackup(*source, folder, progress, keep); },
        [this](Result<backup::BackupResult> result) {
            m_job.reset();
            setRunning(false);
            Status st = result ? m_vault.recordEvent(audit::action::BackupMade,
                                                     audit::backupTarget(result->path))
                               : Status(result.error());
            if (!st) {
                if (st.error().code == ErrorCode::Cancelled) {
                    m_status->setText(st.error().message);
                } else {
                    m_status->clear();
                    m_error->setText(st.error().message);
                    m_error->show();
                }
                Q_EMIT finished(false);
                return;
            }
            m_backupPath = result->path;
            const backup::Counts &c = result->manifest.counts;
            QString text = tr("Backup written and verified: %1").arg(QDir::toNativeSeparators(result->path)) + u"\n"_s
                           + tr("Students: %1 · cases: %2 · session notes: %3")
                                 .arg(c.students)
                                 .arg(c.cases)
                                 .arg(c.sessions);
            if (!result->pruned.isEmpty())
                text += u"\n"_s + tr("%n older backups removed from the folder.", nullptr,
                                     static_cast<int>(result->pruned.size()));
            m_status->setText(text);
            Q_EMIT finished(true);
            if (m_mode == Mode::OnExit) QTimer::singleShot(800, this, &QDialog::accept);
        });
}

void BackupDialog::reject()
{
    if (m_job) {
        if (!lockInProgress()
            && !MessageBoxes::confirm(this, windowTitle(), tr("Stop the backup? Nothing of it will be kept."),
                                      tr("&Stop"), true))
            return;
        m_job->cancel = true;
        m_status->setText(tr("Stopping…"));
        if (!lockInProgress()) return;  // the result (cancelled) arrives in a moment
    }
    QDialog::reject();
}

}  // namespace ui
}  // namespace cd

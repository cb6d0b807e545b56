#pragma once
// Restore the vault from a backup. Step 1: pick the backup (those found in the backup folder are
// listed, newest first) and unlock it with a passphrase or the recovery code valid in it; the
// file is checked first, so a damaged one is named before anything is typed. Step 2: see what it
// holds and what would be lost compared with the current vault (an older backup is said so
// plainly), then restore after a confirmation. The vault must be locked (this dialog is offered
// from the sign-in window).

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace cd::backup {
struct OpenedBackup;
}

namespace cd {
namespace ui {

struct JobProgress;

class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    explicit RestoreDialog(const QString &vaultDirectory, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    void setBackupFile(const QString &path);
    void setUserName(const QString &login);
    /// Step 1: check and unlock the chosen backup (runs on a worker thread).
    void openBackup();
    /// Step 2: restore, after confirmation.
    void restore();
    /// The user who unlocked the backup (to prefill the sign-in window).
    QString userName() const;
    /// The summary shown after step 1 (tests read it).
    QString summary() const;

    void reject() override;

Q_SIGNALS:
    void backupOpened(bool ok);
    void restoreFinished(bool ok);

private:
    void browse();
    void fillList();
    void setBusy(bool busy);
    void showError(const QString &message);
    void updateButtons();

    QString m_vaultDirectory;
    QListWidget *m_list;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QCheckBox *m_recovery;
    QPushButton *m_open;
    QLabel *m_summary;
    QLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_restore;
    QPushButton *m_close;
    QTimer *m_poll;
    std::shared_ptr<backup::OpenedBackup> m_opened;
    std::shared_ptr<JobProgress> m_job;
    bool m_busy = false;
};

}  // namespace ui
}  // namespace cd

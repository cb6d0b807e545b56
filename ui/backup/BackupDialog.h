#pragma once
// Back up the open vault: choose the folder (a USB stick), how many generations to keep there,
// then a progress bar with Cancel while the backup is written, read back and verified. The
// folder and choices are remembered on this computer. With the OnExit mode it starts at once
// (backup on exit) and closes itself when the backup is verified.

#include <QDialog>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

struct JobProgress;

class BackupDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Interactive, OnExit };
    explicit BackupDialog(vault::Vault &vault, Mode mode = Mode::Interactive, QWidget *parent = nullptr);
    ~BackupDialog() override;

    /// Starts the backup into the chosen folder (the Back up button).
    void start();
    bool isRunning() const { return m_job != nullptr; }
    /// The verified backup's path once one was made.
    const QString &backupPath() const { return m_backupPath; }
    void setFolder(const QString &folder);

    void reject() override;

Q_SIGNALS:
    /// A backup attempt ended (verified, failed or cancelled).
    void finished(bool verified);

private:
    void browse();
    void setRunning(bool running);
    void updateProgress();

    vault::Vault &m_vault;
    Mode m_mode;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QSpinBox *m_keep;
    QCheckBox *m_onExit;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_start;
    QDialogButtonBox *m_buttons;
    QTimer *m_poll;
    std::shared_ptr<JobProgress> m_job;
    QString m_backupPath;
};

}  // namespace ui
}  // namespace cd

#pragma once
// The settings of this computer: interface language and the idle time before the vault locks.

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace cd {
namespace ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

Q_SIGNALS:
    void idleLockChanged(int minutes);

private:
    QComboBox *m_language;
    QSpinBox *m_idle;
    QSpinBox *m_retention;
    QSpinBox *m_backupReminder;
    QSpinBox *m_fullCheck;
};

}  // namespace ui
}  // namespace cd

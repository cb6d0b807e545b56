#pragma once
// Creating or changing a screening run: its name, instruments, target grades or classes and
// dates, with the number of students it will expect. Once answers are in, only the name and the
// dates can change (the dialog says why).

#include "core/screening/RunRepository.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class RunDialog : public QDialog {
    Q_OBJECT
public:
    /// `run.id == 0`: a new run.
    RunDialog(vault::Vault &vault, const screening::Run &run, bool scopeLocked, QWidget *parent = nullptr);
    screening::Run enteredRun() const;
    void accept() override;

private:
    void fillInstruments(const screening::Run &run);
    void fillTargets(const screening::Run &run);
    void updateExpected();

    vault::Vault &m_vault;
    screening::Run m_run;
    QLineEdit *m_name;
    QListWidget *m_instruments;
    QTreeWidget *m_targets;
    QDateEdit *m_opens;
    QDateEdit *m_closes;
    QLabel *m_expected;
    QLabel *m_error;
};

}  // namespace ui
}  // namespace cd

#pragma once
// The room lead's time limits for the steps of the crisis procedure (Vault ▸ Crisis step time
// limits…): hours and minutes after the event for each step (0: no limit). An open event's step
// past its limit is overdue: red in the event and on the home page.

#include "core/crisis/CrisisEvents.h"

#include <QDialog>

class QLabel;
class QSpinBox;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class StepLimitsDialog : public QDialog {
    Q_OBJECT
public:
    explicit StepLimitsDialog(vault::Vault &vault, QWidget *parent = nullptr);
    QList<crisis::StepLimit> limits() const;
    void setMinutes(crisis::CrisisStep step, int minutes);
    void accept() override;

private:
    struct Row {
        crisis::CrisisStep step;
        QSpinBox *hours;
        QSpinBox *minutes;
    };
    void showLimits(const QList<crisis::StepLimit> &limits);

    vault::Vault &m_vault;
    QList<Row> m_rows;
    QLabel *m_error;
};

}  // namespace cd::ui

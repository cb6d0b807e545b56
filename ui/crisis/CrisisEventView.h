#pragma once
// One crisis event: what happened and the assessment, the procedure's steps in order (done when
// and by whom, or due by when, red once overdue), who was told, and the actions: record a step,
// record who was told, open the student's growth record, refer, close the event.

#include "core/crisis/CrisisEvents.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class CrisisEventView : public QDialog {
    Q_OBJECT
public:
    CrisisEventView(vault::Vault &vault, qint64 eventId, QWidget *parent = nullptr);
    /// Whether the event could be read (else an error was shown).
    bool loaded() const { return m_loaded; }
    void reload();

    void recordStep();
    void recordNotification();
    void closeCrisisEvent();

private:
    void showDetails();
    void showSteps();
    void showNotifications();

    vault::Vault &m_vault;
    qint64 m_eventId;
    bool m_loaded = false;
    crisis::CrisisEvent m_event;
    crisis::RiskLabels m_labels;
    QList<crisis::StepLimit> m_limits;
    QTabWidget *m_tabs;
    QLabel *m_header;
    QLabel *m_details;
    QTableWidget *m_steps;
    QTableWidget *m_notifications;
    QPushButton *m_stepButton;
    QPushButton *m_notifyButton;
    QPushButton *m_referButton;
    QPushButton *m_closeButton;
};

}  // namespace cd::ui

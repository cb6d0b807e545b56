#pragma once
// The growth record's "Crisis and referrals" tab: the student's crisis events, referrals, safety
// plan, time off and support plan in one place, each one click from its window, and the
// documents that left the room for this student.

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class CrisisRecordPanel : public QWidget {
    Q_OBJECT
public:
    CrisisRecordPanel(vault::Vault &vault, qint64 studentId, QWidget *parent = nullptr);
    void reload();

private:
    void openSelectedEvent();
    void openSelectedReferral();

    vault::Vault &m_vault;
    qint64 m_studentId;
    QLabel *m_banner;
    QTableWidget *m_events;
    QTableWidget *m_referrals;
    QLabel *m_safety;
    QLabel *m_timeOff;
    QLabel *m_support;
    QTableWidget *m_printed;
    QPushButton *m_printSafety;
};

}  // namespace cd::ui

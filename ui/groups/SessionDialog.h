#pragma once
// A group session: when, how long, topic, notes, and each member's attendance (present or absent,
// with a note), saved in one audited change. Members who left before the session are not listed
// unless they were marked.

#include "core/groups/Groups.h"

#include <QDialog>

class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class SessionDialog : public QDialog {
    Q_OBJECT
public:
    SessionDialog(vault::Vault &vault, const groups::GroupSession &session, const QList<groups::GroupMember> &members,
                  QWidget *parent = nullptr);
    QTableWidget *attendanceTable() const { return m_attendance; }
    void accept() override;

private:
    void fillAttendance(const QList<groups::GroupMember> &members);

    vault::Vault &m_vault;
    groups::GroupSession m_session;
    QDateTimeEdit *m_heldAt;
    QSpinBox *m_minutes;
    QLineEdit *m_topic;
    QPlainTextEdit *m_notes;
    QTableWidget *m_attendance;
};

}  // namespace cd::ui

#pragma once
// The Groups tab of the Groups & events page: the groups (filter, sort, closed ones greyed), and
// for the one chosen its members and sessions, with the actions: new group, edit, add a member, a
// member leaves, new/edit/remove a session, close with an outcome, the group report.

#include <QList>
#include <QWidget>

#include "core/groups/Groups.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class GroupsPane : public QWidget {
    Q_OBJECT
public:
    explicit GroupsPane(vault::Vault &vault, QWidget *parent = nullptr);
    void reload();
    /// Chooses the group shown (its row in the list).
    void selectGroup(qint64 groupId);
    qint64 currentGroupId() const;

    void newGroup();
    void editGroup();
    void addMember();
    void memberLeaves();
    void newSession();
    void editSession();
    void removeSession();
    void closeGroup();

private:
    void showGroup();
    void applyFilter();
    void updateActions();
    QPushButton *button(const QString &name, const QString &text, const QString &tip, const QKeySequence &key,
                        void (GroupsPane::*slot)());

    vault::Vault &m_vault;
    QList<groups::CounselingGroup> m_groups;
    QList<groups::GroupMember> m_members;
    QList<groups::GroupSession> m_sessions;
    QLineEdit *m_filter;
    QTableWidget *m_list;
    QLabel *m_title;
    QLabel *m_info;
    QTableWidget *m_memberTable;
    QTableWidget *m_sessionTable;
    QList<QPushButton *> m_groupActions;  ///< need a chosen open group
    QPushButton *m_edit = nullptr;
    QPushButton *m_leave = nullptr;
    QPushButton *m_editSession = nullptr;
    QPushButton *m_removeSession = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
};

}  // namespace cd::ui

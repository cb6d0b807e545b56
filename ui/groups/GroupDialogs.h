#pragma once
// The small dialogs of group counseling: a group's name, theme, leader and description; a member
// joining (the pinyin student picker and the date); closing a group with its outcome note. Each
// saves through core::groups::Groups and shows its refusal without closing.

#include "core/groups/Groups.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class StudentPicker;

class GroupDialog : public QDialog {
    Q_OBJECT
public:
    /// `group` with id 0: a new group (in `semesterId`).
    GroupDialog(vault::Vault &vault, const groups::CounselingGroup &group, QWidget *parent = nullptr);
    qint64 savedId() const { return m_savedId; }
    void accept() override;

private:
    vault::Vault &m_vault;
    groups::CounselingGroup m_group;
    QLineEdit *m_name;
    QComboBox *m_theme;
    QComboBox *m_leader;
    QPlainTextEdit *m_description;
    qint64 m_savedId = 0;
};

class AddMemberDialog : public QDialog {
    Q_OBJECT
public:
    AddMemberDialog(vault::Vault &vault, qint64 groupId, QWidget *parent = nullptr);
    StudentPicker *picker() const { return m_picker; }
    void accept() override;

private:
    vault::Vault &m_vault;
    qint64 m_groupId;
    StudentPicker *m_picker;
    QDateEdit *m_joined;
};

class CloseGroupDialog : public QDialog {
    Q_OBJECT
public:
    CloseGroupDialog(vault::Vault &vault, const groups::CounselingGroup &group, QWidget *parent = nullptr);
    void accept() override;

private:
    vault::Vault &m_vault;
    qint64 m_groupId;
    QPlainTextEdit *m_outcome;
};

}  // namespace cd::ui

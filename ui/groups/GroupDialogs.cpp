#include "ui/groups/GroupDialogs.h"

#include "core/common/Clock.h"
#include "core/vault/Vault.h"
#include "ui/common/Dates.h"
#include "ui/common/MessageBoxes.h"
#include "ui/crisis/StudentPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
QDialogButtonBox *buttons(QDialog *dialog, const QString &okText)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setText(okText);
    box->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}
}  // namespace

GroupDialog::GroupDialog(vault::Vault &vault, const groups::CounselingGroup &group, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_group(group), m_name(new QLineEdit(group.name, this)),
      m_theme(new QComboBox(this)), m_leader(new QComboBox(this)), m_description(new QPlainTextEdit(group.description, this))
{
    setObjectName(u"groupDialog"_s);
    setWindowTitle(group.id == 0 ? tr("New counseling group") : tr("Edit the group"));
    m_name->setObjectName(u"groupName"_s);
    m_name->setPlaceholderText(tr("e.g. 初一新生适应小组"));
    m_theme->setObjectName(u"groupTheme"_s);
    for (groups::GroupTheme theme : groups::groupThemes())
        m_theme->addItem(groups::groupThemeName(theme), static_cast<int>(theme));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(group.theme)));
    m_leader->setObjectName(u"groupLeader"_s);
    m_leader->setToolTip(tr("The counselor who leads the group's sessions"));
    if (auto users = vault.users()) {
        for (const auto &u : *users)
            if (u.active) m_leader->addItem(u.displayName.isEmpty() ? u.login : u.displayName, u.login);
    }
    const QString leader = group.leader.isEmpty() ? vault.currentUser().login : group.leader;
    m_leader->setCurrentIndex(std::max(0, m_leader->findData(leader)));
    m_description->setObjectName(u"groupDescription"_s);
    m_description->setPlaceholderText(tr("Who it is for, what it aims at, how often it meets"));
    m_description->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Leader:"), m_leader);
    form->addRow(tr("&Description:"), m_description);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons(this, tr("&Save")));
}

void GroupDialog::accept()
{
    groups::CounselingGroup g = m_group;
    g.name = m_name->text();
    g.theme = static_cast<groups::GroupTheme>(m_theme->currentData().toInt());
    g.leader = m_leader->currentData().toString();
    g.description = m_description->toPlainText();
    auto id = groups::Groups(m_vault).save(g);
    if (!id) {
        MessageBoxes::error(this, tr("Group not saved"), id.error().message);
        return;
    }
    m_savedId = *id;
    QDialog::accept();
}

AddMemberDialog::AddMemberDialog(vault::Vault &vault, qint64 groupId, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_groupId(groupId), m_picker(new StudentPicker(vault, 0, this)),
      m_joined(new QDateEdit(clock::today(), this))
{
    setObjectName(u"addMemberDialog"_s);
    setWindowTitle(tr("Add a member"));
    // Room for the search's hint and the matches' names and classes.
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    m_joined->setObjectName(u"joinedOn"_s);
    m_joined->setDisplayFormat(dates::dateFormat());
    m_joined->setCalendarPopup(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Student:"), m_picker);
    form->addRow(tr("&Joined on:"), m_joined);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *box = buttons(this, tr("&Add"));
    box->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_picker, &StudentPicker::studentChanged, this,
            [box](qint64 id) { box->button(QDialogButtonBox::Ok)->setEnabled(id != 0); });
    layout->addWidget(box);
}

void AddMemberDialog::accept()
{
    const Status added = groups::Groups(m_vault).addMember(m_groupId, m_picker->studentId(), m_joined->date());
    if (!added) {
        MessageBoxes::error(this, tr("Member not added"), added.error().message);
        return;
    }
    QDialog::accept();
}

CloseGroupDialog::CloseGroupDialog(vault::Vault &vault, const groups::CounselingGroup &group, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_groupId(group.id), m_outcome(new QPlainTextEdit(this))
{
    setObjectName(u"closeGroupDialog"_s);
    setWindowTitle(tr("Close the group"));
    m_outcome->setObjectName(u"groupOutcome"_s);
    m_outcome->setTabChangesFocus(true);
    m_outcome->setPlaceholderText(tr("What changed for the members; what to follow up"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Closing \"%1\": write its &outcome. A closed group takes no new members or sessions.")
                                 .arg(group.name), this);
    label->setWordWrap(true);
    label->setBuddy(m_outcome);
    layout->addWidget(label);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons(this, tr("C&lose the group")));
}

void CloseGroupDialog::accept()
{
    const Status closed = groups::Groups(m_vault).close(m_groupId, m_outcome->toPlainText());
    if (!closed) {
        MessageBoxes::error(this, tr("Group not closed"), closed.error().message);
        return;
    }
    QDialog::accept();
}

}  // namespace cd::ui

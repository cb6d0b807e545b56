#include "ui/groups/GroupsPane.h"

#include "core/common/Clock.h"
#include "core/lessons/Semesters.h"
#include "core/students/Student.h"
#include "ui/common/Dates.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/TableRows.h"
#include "ui/common/UserNames.h"
#include "ui/groups/GroupDialogs.h"
#include "ui/groups/GroupReport.h"
#include "ui/groups/SessionDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
QTableWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *item(const QString &text, const QVariant &key = {})
{
    auto *i = new QTableWidgetItem(text);
    if (key.isValid()) i->setData(Qt::UserRole, key);
    return i;
}

/// A number that sorts as a number.
QTableWidgetItem *number(qint64 n)
{
    auto *i = new QTableWidgetItem;
    i->setData(Qt::DisplayRole, n);
    return i;
}

qint64 selectedKey(const QTableWidget *t)
{
    const int row = t->currentRow();
    if (row < 0 || !t->item(row, 0) || t->selectionModel()->selectedRows().isEmpty()) return 0;
    return t->item(row, 0)->data(Qt::UserRole).toLongLong();
}
}  // namespace

GroupsPane::GroupsPane(vault::Vault &vault, QWidget *parent)
    : QWidget(parent), m_vault(vault), m_filter(new QLineEdit(this)),
      m_list(table(u"groupTable"_s, {tr("Group"), tr("Theme"), tr("Leader"), tr("Members"), tr("Sessions"), tr("Status")}, this)),
      m_title(new QLabel(this)), m_info(new QLabel(this)),
      m_memberTable(table(u"memberTable"_s, {tr("Member"), tr("Class"), tr("Joined"), tr("Left"), tr("Attended")}, this)),
      m_sessionTable(table(u"sessionTable"_s, {tr("When"), tr("Topic"), tr("Minutes"), tr("Present"), tr("Absent")}, this))
{
    setObjectName(u"groupsPane"_s);
    m_filter->setObjectName(u"groupFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by name, theme or leader"));
    m_filter->setClearButtonEnabled(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_memberTable->setSortingEnabled(true);
    m_memberTable->sortByColumn(0, Qt::AscendingOrder);
    m_title->setObjectName(u"groupTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_info->setObjectName(u"groupInfo"_s);
    m_info->setWordWrap(true);

    auto *actions = new QHBoxLayout;
    actions->addWidget(button(u"newGroupButton"_s, tr("&New group…"), tr("Start a counseling group"),
                              QKeySequence(Qt::CTRL | Qt::Key_N), &GroupsPane::newGroup));
    m_edit = button(u"editGroupButton"_s, tr("&Edit…"), tr("Name, theme, leader and description"), QKeySequence(Qt::Key_F2),
                    &GroupsPane::editGroup);
    actions->addWidget(m_edit);
    auto *close = button(u"closeGroupButton"_s, tr("Clo&se group…"), tr("Close the group with its outcome note"),
                         QKeySequence(), &GroupsPane::closeGroup);
    m_groupActions << close;
    actions->addWidget(close);
    m_print = new QPushButton(tr("&Print report…"), this);
    m_print->setObjectName(u"printGroupButton"_s);
    m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_print->setToolTip(tr("The group, its sessions and attendance, in the print preview (Ctrl+P)"));
    connect(m_print, &QPushButton::clicked, this, [this]() { printGroupReport(m_vault, currentGroupId(), false, this); });
    m_pdf = new QPushButton(tr("P&DF…"), this);
    m_pdf->setObjectName(u"pdfGroupButton"_s);
    m_pdf->setToolTip(tr("Save the group report as a PDF"));
    connect(m_pdf, &QPushButton::clicked, this, [this]() { printGroupReport(m_vault, currentGroupId(), true, this); });
    actions->addWidget(m_print);
    actions->addWidget(m_pdf);
    actions->addStretch();
    auto *filterBar = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(m_filter);
    filterBar->addWidget(filterLabel);
    filterBar->addWidget(m_filter, 1);

    auto *memberBar = new QHBoxLayout;
    auto *membersLabel = new QLabel(tr("&Members"), this);
    membersLabel->setBuddy(m_memberTable);
    memberBar->addWidget(membersLabel);
    memberBar->addStretch();
    auto *add = button(u"addMemberButton"_s, tr("&Add member…"), tr("A student from the roster joins the group"),
                       QKeySequence(Qt::CTRL | Qt::Key_M), &GroupsPane::addMember);
    m_groupActions << add;
    memberBar->addWidget(add);
    m_leave = button(u"memberLeftButton"_s, tr("Member &left"), tr("The chosen member left the group today (their attendance stays)"),
                     QKeySequence(), &GroupsPane::memberLeaves);
    memberBar->addWidget(m_leave);

    auto *sessionBar = new QHBoxLayout;
    auto *sessionsLabel = new QLabel(tr("Sess&ions"), this);
    sessionsLabel->setBuddy(m_sessionTable);
    sessionBar->addWidget(sessionsLabel);
    sessionBar->addStretch();
    auto *newSession = button(u"newSessionButton"_s, tr("Re&cord…"), tr("Record a session held: when, topic, who came"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &GroupsPane::newSession);
    m_groupActions << newSession;
    sessionBar->addWidget(newSession);
    m_editSession = button(u"editSessionButton"_s, tr("Edi&t…"), tr("Change the chosen session or its attendance"),
                           QKeySequence(), &GroupsPane::editSession);
    sessionBar->addWidget(m_editSession);
    m_removeSession = button(u"removeSessionButton"_s, tr("&Remove"), tr("Remove the chosen session and its attendance"),
                             QKeySequence(), &GroupsPane::removeSession);
    sessionBar->addWidget(m_removeSession);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_info);
    auto *lists = new QSplitter(Qt::Vertical, detail);
    auto *members = new QWidget(lists);
    auto *membersLayout = new QVBoxLayout(members);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    membersLayout->addLayout(memberBar);
    membersLayout->addWidget(m_memberTable);
    auto *sessions = new QWidget(lists);
    auto *sessionsLayout = new QVBoxLayout(sessions);
    sessionsLayout->setContentsMargins(0, 0, 0, 0);
    sessionsLayout->addLayout(sessionBar);
    sessionsLayout->addWidget(m_sessionTable);
    lists->addWidget(members);
    lists->addWidget(sessions);
    detailLayout->addWidget(lists, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filterBar);
    leftLayout->addWidget(m_list, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &GroupsPane::applyFilter);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, &GroupsPane::showGroup);
    connect(m_list, &QTableWidget::itemDoubleClicked, this, &GroupsPane::editGroup);
    connect(m_memberTable, &QTableWidget::itemSelectionChanged, this, &GroupsPane::updateActions);
    connect(m_sessionTable, &QTableWidget::itemSelectionChanged, this, &GroupsPane::updateActions);
    connect(m_sessionTable, &QTableWidget::itemDoubleClicked, this, &GroupsPane::editSession);
    reload();
}

QPushButton *GroupsPane::button(const QString &name, const QString &text, const QString &tip, const QKeySequence &key,
                                void (GroupsPane::*slot)())
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(name);
    b->setToolTip(key.isEmpty() ? tip : tip + u" ("_s + key.toString(QKeySequence::NativeText) + u')');
    if (!key.isEmpty()) b->setShortcut(key);
    connect(b, &QPushButton::clicked, this, slot);
    return b;
}

void GroupsPane::reload()
{
    const qint64 keep = currentGroupId();
    auto all = groups::Groups(m_vault).list();
    if (!all) {
        MessageBoxes::error(this, tr("Groups"), all.error().message);
        return;
    }
    m_groups = *all;
    const QSignalBlocker block(m_list);
    m_list->setSortingEnabled(false);
    m_list->setRowCount(0);
    UserNames names(m_vault);
    for (const groups::CounselingGroup &g : m_groups) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        m_list->setItem(row, 0, item(g.name, g.id));
        m_list->setItem(row, 1, item(groups::groupThemeName(g.theme)));
        m_list->setItem(row, 2, item(names.name(g.leader)));
        m_list->setItem(row, 3, number(g.memberCount));
        m_list->setItem(row, 4, number(g.sessionCount));
        m_list->setItem(row, 5, item(g.closed ? tr("Closed") : tr("Open")));
        if (g.closed)
            for (int c = 0; c < m_list->columnCount(); ++c) m_list->item(row, c)->setForeground(palette().placeholderText());
    }
    m_list->setSortingEnabled(true);
    m_list->sortItems(m_list->horizontalHeader()->sortIndicatorSection(), m_list->horizontalHeader()->sortIndicatorOrder());
    m_list->resizeColumnsToContents();
    fitRowsToText(m_list);
    applyFilter();
    if (keep != 0) selectGroup(keep);
    else if (m_list->rowCount() > 0) m_list->selectRow(0);
    showGroup();
}

void GroupsPane::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_list->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int c = 0; c < 3 && !match; ++c) match = m_list->item(row, c)->text().contains(text, Qt::CaseInsensitive);
        m_list->setRowHidden(row, !match);
    }
}

void GroupsPane::selectGroup(qint64 groupId)
{
    for (int row = 0; row < m_list->rowCount(); ++row)
        if (m_list->item(row, 0)->data(Qt::UserRole).toLongLong() == groupId) m_list->selectRow(row);
}

qint64 GroupsPane::currentGroupId() const { return selectedKey(m_list); }

void GroupsPane::showGroup()
{
    const qint64 id = currentGroupId();
    const groups::CounselingGroup *group = nullptr;
    for (const groups::CounselingGroup &g : m_groups)
        if (g.id == id) group = &g;
    m_members.clear();
    m_sessions.clear();
    groups::Groups repo(m_vault);
    if (group) {
        if (auto m = repo.members(id)) m_members = *m;
        if (auto s = repo.sessions(id)) m_sessions = *s;
    }
    m_title->setText(group ? group->name : tr("No group chosen: start one with New group."));
    QString info;
    if (group) {
        info = group->description;
        if (group->closed) info = tr("Closed. Outcome: %1").arg(group->outcome);
    }
    m_info->setText(info);
    m_info->setVisible(!info.isEmpty());

    m_memberTable->setSortingEnabled(false);
    m_memberTable->setRowCount(0);
    for (const groups::GroupMember &m : m_members) {
        int came = 0, of = 0;
        for (const groups::GroupSession &s : m_sessions)
            for (const groups::AttendanceMark &a : s.attendance)
                if (a.studentId == m.studentId) {
                    ++of;
                    came += a.present ? 1 : 0;
                }
        const int row = m_memberTable->rowCount();
        m_memberTable->insertRow(row);
        m_memberTable->setItem(row, 0, item(m.name, m.studentId));
        m_memberTable->setItem(row, 1, item(students::className(m.grade, m.klass)));
        m_memberTable->setItem(row, 2, item(dates::date(m.joinedOn)));
        m_memberTable->setItem(row, 3, item(m.active() ? QString() : dates::date(m.leftOn)));
        m_memberTable->setItem(row, 4, item(tr("%1 of %2").arg(came).arg(of)));
    }
    m_memberTable->setSortingEnabled(true);
    m_memberTable->sortItems(m_memberTable->horizontalHeader()->sortIndicatorSection(),
                             m_memberTable->horizontalHeader()->sortIndicatorOrder());
    m_memberTable->resizeColumnsToContents();
    fitRowsToText(m_memberTable);

    m_sessionTable->setRowCount(0);
    for (const groups::GroupSession &s : m_sessions) {
        const int row = m_sessionTable->rowCount();
        m_sessionTable->insertRow(row);
        m_sessionTable->setItem(row, 0, item(dates::dateTime(s.heldAt), s.id));
        m_sessionTable->setItem(row, 1, item(s.topic));
        m_sessionTable->setItem(row, 2, number(s.minutes));
        m_sessionTable->setItem(row, 3, number(s.presentCount()));
        m_sessionTable->setItem(row, 4, number(s.attendance.size() - s.presentCount()));
    }
    m_sessionTable->resizeColumnsToContents();
    fitRowsToText(m_sessionTable);
    updateActions();
}

void GroupsPane::updateActions()
{
    const qint64 id = currentGroupId();
    bool open = false;
    for (const groups::CounselingGroup &g : m_groups)
        if (g.id == id) open = !g.closed;
    for (QPushButton *b : std::as_const(m_groupActions)) b->setEnabled(open);
    m_edit->setEnabled(id != 0);
    m_print->setEnabled(id != 0);
    m_pdf->setEnabled(id != 0);
    const qint64 member = selectedKey(m_memberTable);
    bool active = false;
    for (const groups::GroupMember &m : m_members)
        if (m.studentId == member) active = m.active();
    m_leave->setEnabled(open && active);
    const bool session = selectedKey(m_sessionTable) != 0;
    m_editSession->setEnabled(session);
    m_removeSession->setEnabled(session);
}

void GroupsPane::newGroup()
{
    groups::CounselingGroup group;
    if (auto semester = lessons::Semesters(m_vault).current(clock::today()); semester && *semester)
        group.semesterId = (*semester)->id;
    GroupDialog dialog(m_vault, group, this);
    if (dialog.exec() != QDialog::Accepted) return;
    reload();
    selectGroup(dialog.savedId());
}

void GroupsPane::editGroup()
{
    for (const groups::CounselingGroup &g : m_groups) {
        if (g.id != currentGroupId()) continue;
        GroupDialog dialog(m_vault, g, this);
        if (dialog.exec() == QDialog::Accepted) reload();
        return;
    }
}

void GroupsPane::addMember()
{
    if (currentGroupId() == 0) return;
    AddMemberDialog dialog(m_vault, currentGroupId(), this);
    if (dialog.exec() == QDialog::Accepted) reload();
}

void GroupsPane::memberLeaves()
{
    const qint64 student = selectedKey(m_memberTable);
    for (const groups::GroupMember &m : m_members) {
        if (m.studentId != student) continue;
        if (!MessageBoxes::confirm(this, tr("Member left"),
                                   tr("Record that %1 left the group today? Their attendance so far stays.").arg(m.name),
                                   tr("Record")))
            return;
        const Status left = groups::Groups(m_vault).leave(currentGroupId(), student, clock::today());
        if (!left) MessageBoxes::error(this, tr("Member left"), left.error().message);
        reload();
        return;
    }
}

void GroupsPane::newSession()
{
    if (currentGroupId() == 0) return;
    groups::GroupSession s;
    s.groupId = currentGroupId();
    s.heldAt = QDateTime(clock::today(), QTime(15, 40));
    SessionDialog dialog(m_vault, s, m_members, this);
    if (dialog.exec() == QDialog::Accepted) reload();
}

void GroupsPane::editSession()
{
    const qint64 id = selectedKey(m_sessionTable);
    for (const groups::GroupSession &s : m_sessions) {
        if (s.id != id) continue;
        SessionDialog dialog(m_vault, s, m_members, this);
        if (dialog.exec() == QDialog::Accepted) reload();
        return;
    }
}

void GroupsPane::removeSession()
{
    const qint64 id = selectedKey(m_sessionTable);
    for (const groups::GroupSession &s : m_sessions) {
        if (s.id != id) continue;
        if (!MessageBoxes::confirm(this, tr("Remove session"),
                                   tr("Remove the session of %1 and its attendance from the members' records?")
                                       .arg(dates::dateTime(s.heldAt)),
                                   tr("Remove"), true))
            return;
        const Status removed = groups::Groups(m_vault).removeSession(id);
        if (!removed) MessageBoxes::error(this, tr("Remove session"), removed.error().message);
        reload();
        return;
    }
}

void GroupsPane::closeGroup()
{
    for (const groups::CounselingGroup &g : m_groups) {
        if (g.id != currentGroupId()) continue;
        CloseGroupDialog dialog(m_vault, g, this);
        if (dialog.exec() == QDialog::Accepted) reload();
        return;
    }
}

}  // namespace cd::ui

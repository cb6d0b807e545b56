#include "ui/groups/GroupsPage.h"

#include "ui/groups/EventsPane.h"
#include "ui/groups/GroupsPane.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

GroupsPage::GroupsPage(vault::Vault &vault, QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_groups(new GroupsPane(vault, m_tabs)), m_events(new EventsPane(vault, m_tabs))
{
    setObjectName(u"groupsPage"_s);
    m_tabs->setObjectName(u"groupsTabs"_s);
    m_tabs->addTab(m_groups, tr("&Groups"));
    m_tabs->setTabToolTip(0, tr("Group counseling: members, sessions, attendance, outcomes"));
    m_tabs->addTab(m_events, tr("Sc&hool events"));
    m_tabs->setTabToolTip(1, tr("Whole-school activities, family education and teacher trainings against the semester's targets"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

}  // namespace cd::ui

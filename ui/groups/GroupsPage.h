#pragma once
// The Groups & events page: a tab for group counseling (GroupsPane) and one for school events
// with the semester's counts against its targets (EventsPane).

#include <QWidget>

class QTabWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class EventsPane;
class GroupsPane;

class GroupsPage : public QWidget {
    Q_OBJECT
public:
    explicit GroupsPage(vault::Vault &vault, QWidget *parent = nullptr);
    GroupsPane *groupsPane() const { return m_groups; }
    EventsPane *eventsPane() const { return m_events; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    GroupsPane *m_groups;
    EventsPane *m_events;
};

}  // namespace cd::ui

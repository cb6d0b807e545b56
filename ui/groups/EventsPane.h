#pragma once
// The School events tab of the Groups & events page: a semester's whole-school activities,
// family-education events and teacher trainings (filter by kind, sort by any column), and the
// semester's counts against its targets with what is still missing.

#include "core/groups/SchoolEvents.h"
#include "core/lessons/Semester.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class EventsPane : public QWidget {
    Q_OBJECT
public:
    explicit EventsPane(vault::Vault &vault, QWidget *parent = nullptr);
    void reload();
    void newEvent();
    void editEvent();
    void removeEvent();
    /// The counts and what is missing, as shown.
    QString tallyText() const;

private:
    void loadSemesters();
    void showEvents();
    void applyFilter();
    const lessons::Semester *semester() const;

    vault::Vault &m_vault;
    QList<lessons::Semester> m_semesters;
    QList<groups::SchoolEvent> m_events;
    QComboBox *m_semester;
    QComboBox *m_kind;
    QLabel *m_counts;
    QLabel *m_missing;
    QTableWidget *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

}  // namespace cd::ui

#pragma once
// The "Lessons" page: the mental-health lessons of a semester. A semester chooser at the top (the
// current one by default) with New, Edit and Remove (the lead, after asking); below it, tabs for
// the semester's weeks and, per slice of issue 14, its timetable inputs, plan, timetable and
// compliance (each a widget of its own that shows the chosen semester).

#include "core/lessons/Semester.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class ComplianceView;
class TimetableGrid;
class TimetableInputs;

class LessonsPage : public QWidget {
    Q_OBJECT
public:
    explicit LessonsPage(vault::Vault &vault, QWidget *parent = nullptr);

    /// Reads the semesters again, keeping the one chosen (or `chooseId` when not 0).
    void reload(qint64 chooseId = 0);
    /// The semester chosen, if the school has any.
    std::optional<lessons::Semester> semester() const;
    void newSemester();
    void editSemester();
    void removeSemester();
    /// Opens the planner for the semester (Build plan…).
    void buildPlan();
    QComboBox *semesterChooser() const { return m_chooser; }
    QTabWidget *tabs() const { return m_tabs; }
    TimetableInputs *timetableInputs() const { return m_inputs; }
    TimetableGrid *timetableGrid() const { return m_grid; }
    ComplianceView *complianceView() const { return m_compliance; }

Q_SIGNALS:
    /// Another semester was chosen, or the chosen one changed (empty: the school has none).
    void semesterChanged(const std::optional<lessons::Semester> &semester);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSemester();

    vault::Vault &m_vault;
    QList<lessons::Semester> m_semesters;
    QComboBox *m_chooser;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_plan;
    QLabel *m_summary;
    QLabel *m_error;
    QTabWidget *m_tabs;
    QTableWidget *m_weeks;
    TimetableInputs *m_inputs;
    TimetableGrid *m_grid;
    ComplianceView *m_compliance;
    qint64 m_shownId = 0;
};

}  // namespace cd::ui

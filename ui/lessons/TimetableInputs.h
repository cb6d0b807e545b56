#pragma once
// The Timetable inputs tab of the Lessons page: where the semester's lessons can go. Teachers,
// each roster class's teacher, when teachers are unavailable, and each class's open slots, edited
// together and saved whole (Ctrl+S); every problem timetableProblems finds is listed as it is
// typed and a refused save keeps everything. "Copy from the previous semester" starts a new
// semester from the last one's inputs (not saved until Save).

#include "core/lessons/Timetable.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class AssignmentsTable;
class SlotGrid;
class TeachersTable;
class UnavailableTable;

class TimetableInputs : public QWidget {
    Q_OBJECT
public:
    explicit TimetableInputs(vault::Vault &vault, QWidget *parent = nullptr);

    /// Shows `semester`'s inputs (asks first when unsaved edits would be lost; returns false when
    /// the counselor chose to stay).
    bool setSemester(const std::optional<lessons::Semester> &semester);
    /// The inputs as the tables show them now.
    lessons::Timetable timetable() const;
    QStringList problems() const;
    bool isDirty() const { return m_dirty; }
    /// Saves; false (with the problems shown) when refused.
    bool save();
    /// Reads the saved inputs again.
    void revert();
    /// Fills the tables from the previous semester's inputs (not saved).
    void copyFromPrevious();

    TeachersTable *teachersTable() const { return m_teachers; }
    AssignmentsTable *assignmentsTable() const { return m_assignments; }
    UnavailableTable *unavailableTable() const { return m_unavailable; }
    SlotGrid *slotGrid() const { return m_slots; }

Q_SIGNALS:
    /// The inputs were saved.
    void saved();

private:
    void showTimetable(const lessons::Timetable &timetable);
    void edited();
    void showProblems();

    vault::Vault &m_vault;
    std::optional<lessons::Semester> m_semester;
    QList<lessons::ClassKey> m_roster;
    bool m_dirty = false;
    bool m_loading = false;
    QTabWidget *m_tabs;
    TeachersTable *m_teachers;
    AssignmentsTable *m_assignments;
    UnavailableTable *m_unavailable;
    SlotGrid *m_slots;
    QLabel *m_problems;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_copy;
};

}  // namespace cd::ui

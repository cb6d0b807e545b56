#pragma once
// The Timetable tab of the Lessons page: one school week (weekday × period) with a week spinner and
// arrows, each lesson in its cell (class, topic, teacher) coloured by status, holidays and exam days
// shaded; filtered by teacher or class. Double-click (or Enter) a lesson to edit or move it; Ctrl+Z
// moves the last lesson moved here back.

#include "core/lessons/Lessons.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class TimetableGrid : public QWidget {
    Q_OBJECT
public:
    explicit TimetableGrid(vault::Vault &vault, QWidget *parent = nullptr);
    void setSemester(const std::optional<lessons::Semester> &semester);
    void setWeek(int week);
    int week() const;
    void reload();
    /// The lessons shown in the cell of weekday/period (after the filter).
    QList<lessons::Lesson> lessonsAt(int weekday, int period) const;
    /// Opens the lesson dialog for a lesson of that cell (asks which when there are several).
    void openCell(int weekday, int period);
    /// Moves the last lesson moved here back (Ctrl+Z); false when there is nothing to undo.
    bool undoMove();
    QTableWidget *grid() const { return m_grid; }
    QComboBox *filter() const { return m_filter; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool passes(const lessons::Lesson &lesson) const;

    vault::Vault &m_vault;
    std::optional<lessons::Semester> m_semester;
    lessons::Timetable m_timetable;
    QList<lessons::Lesson> m_lessons;
    struct Move {
        qint64 id;
        lessons::LessonTime from;
    };
    std::optional<Move> m_lastMove;
    QSpinBox *m_week;
    QComboBox *m_filter;
    QLabel *m_dates;
    QLabel *m_error;
    QTableWidget *m_grid;
};

/// The colour of a lesson's status in the grid and on prints.
QColor statusColour(lessons::LessonStatus status);

}  // namespace cd::ui

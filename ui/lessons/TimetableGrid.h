#pragma once
// The Timetable tab of the Lessons page: one school week (weekday × period) with a week spinner and
// arrows, each lesson in its cell (class, topic, teacher) coloured by status, holidays and exam days
// shaded; filtered by teacher or class. Double-click (or Enter) a lesson to edit, move or make it up;
// drag a planned lesson onto another cell of the week to move it (the dialog's move: the same checks
// and questions; the cell under the drag framed green, orange or red by what stands in the way
// there; Esc cancels). Ctrl+Z undoes the last move or make-up made here.

#include "core/lessons/Lessons.h"
#include "ui/lessons/GridDrag.h"

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
    /// Undoes the last change made here (Ctrl+Z): a lesson moved goes back, a make-up lesson is
    /// removed; false when there is nothing to undo.
    bool undoLast();
    /// What a drag starting in the cell of weekday/period carries (its planned lessons, as
    /// filtered), or nothing when none can be moved.
    std::optional<LessonDrag> dragFrom(int weekday, int period) const;
    /// A drop of `drag` on the cell of weekday/period of the week shown: the lesson dialog's move
    /// (which of several lessons is asked by name; a blocking conflict refuses with its reason in a
    /// message, warnings ask). True when a lesson moved. Drop events and tests call it.
    bool dropLessons(const LessonDrag &drag, int weekday, int period);
    /// The cell framed as the drop target while a drag is over the grid.
    std::optional<DropTarget> dropTarget() const { return m_dropTarget; }
    QTableWidget *grid() const { return m_grid; }
    QComboBox *filter() const { return m_filter; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool passes(const lessons::Lesson &lesson) const;
    /// The viewport's mouse and drag events: starting a drag, framing the target, the drop.
    bool viewportEvent(QEvent *event);
    /// Frames the cell at `pos` for `drag` (nothing when it is the cell the drag started in);
    /// true when a drop there would be taken.
    bool trackDrop(const LessonDrag &drag, const QPoint &pos);
    void clearDropTarget();

    vault::Vault &m_vault;
    std::optional<lessons::Semester> m_semester;
    lessons::Timetable m_timetable;
    QList<lessons::Lesson> m_lessons;
    /// The last change made here, for Ctrl+Z: a move (the lesson and where it was) or a make-up
    /// (the new lesson).
    struct Change {
        enum Kind { Move, MakeUp } kind;
        qint64 id;
        lessons::LessonTime from;
    };
    std::optional<Change> m_lastChange;
    std::optional<QPoint> m_pressCell;  ///< column (weekday − 1), row (period − 1) of a mouse press
    QPoint m_pressAt;
    std::optional<DropTarget> m_dropTarget;
    bool m_dragCancelled = false;  ///< Esc pressed while a drag is over the grid: its drop is ignored
    QSpinBox *m_week;
    QComboBox *m_filter;
    QLabel *m_dates;
    QLabel *m_error;
    QTableWidget *m_grid;
};

/// The colour of a lesson's status in the grid and on prints.
QColor statusColour(lessons::LessonStatus status);

}  // namespace cd::ui

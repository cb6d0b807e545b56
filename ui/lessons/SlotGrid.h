#pragma once
// Each class's open slots for a mental-health lesson (Lessons page ▸ Timetable inputs ▸ Open
// slots): the classes on the left, the chosen class's week on the right (periods × school days).
// A click (or Space/Enter) on a cell steps it through every week → odd weeks → even weeks →
// closed; "Copy to the grade" gives the other classes of its grade the same slots.

#include "core/lessons/Timetable.h"

#include <QWidget>

class QListWidget;
class QTableWidget;

namespace cd::ui {

class SlotGrid : public QWidget {
    Q_OBJECT
public:
    explicit SlotGrid(QWidget *parent = nullptr);
    void setSemester(const lessons::Semester &semester);
    void setClasses(const QList<lessons::ClassKey> &classes, const QList<lessons::ClassSlot> &slots);
    QList<lessons::ClassSlot> slots() const { return m_slots; }
    /// The class shown (index into the classes).
    void showClass(int index);
    /// Steps the chosen class's slot at weekday/period to the next state.
    void toggle(int weekday, int period);
    /// Gives every other class of the chosen class's grade the chosen class's slots; returns how
    /// many classes changed.
    int copyToGrade();
    QTableWidget *grid() const { return m_grid; }
    QListWidget *classList() const { return m_list; }

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    std::optional<lessons::SlotWeeks> slotAt(const lessons::ClassKey &cls, int weekday, int period) const;

    lessons::Semester m_semester;
    QList<lessons::ClassKey> m_classes;
    QList<lessons::ClassSlot> m_slots;
    QListWidget *m_list;
    QTableWidget *m_grid;
};

}  // namespace cd::ui

#pragma once
// The room's week for a semester: open hours per weekday and the duty roster, checked as they are
// edited (open hours outside class against the semester's target, open time nobody covers, a
// person on two shifts at once, shifts off the school days), saved whole, and printed for the
// room's door (print preview or PDF).

#include "core/lessons/Semester.h"
#include "core/room/RoomSchedule.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class DutyRosterDialog : public QDialog {
    Q_OBJECT
public:
    /// The semester holding today (or the next one) first; says so and offers nothing without one.
    explicit DutyRosterDialog(vault::Vault &vault, QWidget *parent = nullptr);
    /// The week as edited.
    room::RoomSchedule schedule() const;
    bool hasSemester() const { return !m_semesters.isEmpty(); }
    bool save();
    void print();
    void savePdf();
    void addHours(const room::OpenHours &hours);
    void addShift(const room::DutyShift &shift);
    /// The translated check shown under the tables.
    QString checkText() const;

private:
    void load();
    void updateCheck();
    void removeRow(QTableWidget *table);
    /// A row with the weekday and the two times, each change checked; returns the row.
    int addStretchRow(QTableWidget *table, int weekday, const QTime &starts, const QTime &ends);

    vault::Vault &m_vault;
    QList<lessons::Semester> m_semesters;
    QComboBox *m_semester;
    QTableWidget *m_hours;
    QTableWidget *m_shifts;
    QLabel *m_check;
    bool m_loading = false;
};

}  // namespace cd::ui

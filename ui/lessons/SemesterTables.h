#pragma once
// The two tables of the semester dialog: the holidays and exam periods (kind, first and last day,
// label) and the periods of the school day (number, start, end). Rows are added and removed with
// buttons under each table; the values are read back whole (SemesterDialog checks them).

#include "core/lessons/Semester.h"

#include <QWidget>

class QTableWidget;

namespace cd::ui {

/// Holidays and exam periods, one row each.
class BreaksTable : public QWidget {
    Q_OBJECT
public:
    explicit BreaksTable(QWidget *parent = nullptr);
    void setBreaks(const QList<lessons::SemesterBreak> &breaks);
    QList<lessons::SemesterBreak> breaks() const;
    /// Adds a row (a holiday of one day on `day`, no label).
    void addBreak(const lessons::SemesterBreak &b);
    void removeSelected();
    QTableWidget *table() const { return m_table; }
    /// The day a new row starts on (the semester's first day when set).
    void setDefaultDay(const QDate &day) { m_defaultDay = day; }

Q_SIGNALS:
    void changed();

private:
    QTableWidget *m_table;
    QDate m_defaultDay;
};

/// The periods of the school day, numbered 1, 2, 3 … in row order.
class PeriodsTable : public QWidget {
    Q_OBJECT
public:
    explicit PeriodsTable(QWidget *parent = nullptr);
    void setPeriods(const QList<lessons::DayPeriod> &periods);
    QList<lessons::DayPeriod> periods() const;
    /// Adds a period after the last one (45 minutes, starting 10 minutes after it ends).
    void addPeriod();
    void removeLast();
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void appendRow(const QTime &starts, const QTime &ends);
    QTableWidget *m_table;
};

}  // namespace cd::ui

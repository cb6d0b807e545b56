#pragma once
// The tables of the timetable inputs (Lessons page ▸ Timetable inputs): the teachers (name, the
// vault user they are, the most lessons a day), each roster class with its teacher (a combo per
// class), and when a teacher is unavailable (weekday, period or the whole day, weeks, note).
// Each reads back its part of a lessons::Timetable; TimetableInputs checks and saves the whole.

#include "core/lessons/Timetable.h"
#include "core/vault/Types.h"

#include <QWidget>

class QTableWidget;

namespace cd::ui {

class TeachersTable : public QWidget {
    Q_OBJECT
public:
    explicit TeachersTable(QWidget *parent = nullptr);
    void setUsers(const QList<vault::UserInfo> &users);
    void setTeachers(const QList<lessons::TimetableTeacher> &teachers);
    QList<lessons::TimetableTeacher> teachers() const;
    QStringList names() const;
    void addTeacher(const lessons::TimetableTeacher &teacher);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    QTableWidget *m_table;
    QList<vault::UserInfo> m_users;
};

/// Every roster class with its teacher.
class AssignmentsTable : public QWidget {
    Q_OBJECT
public:
    explicit AssignmentsTable(QWidget *parent = nullptr);
    void setClasses(const QList<lessons::ClassKey> &classes, const QList<lessons::ClassAssignment> &assignments);
    /// The teachers to choose from (keeps each class's choice when its teacher is still there).
    void setTeacherNames(const QStringList &names);
    QList<lessons::ClassAssignment> assignments() const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    QTableWidget *m_table;
    QList<lessons::ClassKey> m_classes;
    QStringList m_names;
};

class UnavailableTable : public QWidget {
    Q_OBJECT
public:
    explicit UnavailableTable(QWidget *parent = nullptr);
    /// The semester's school days, periods and weeks (the choices of each row).
    void setSemester(const lessons::Semester &semester);
    void setTeacherNames(const QStringList &names);
    void setUnavailable(const QList<lessons::Unavailability> &rows);
    QList<lessons::Unavailability> unavailable() const;
    void addRow(const lessons::Unavailability &row);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    QTableWidget *m_table;
    lessons::Semester m_semester;
    QStringList m_names;
};

/// "Monday" … "Sunday" (translated), weekday 1–7.
QString weekdayName(int weekday);

}  // namespace cd::ui

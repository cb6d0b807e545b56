#pragma once
// A semester, new or edited (Lessons page ▸ New semester… / Edit semester…): its name and dates,
// the Monday of week 1, the school days of a week, holidays and exam periods, the periods of the
// school day, and the room's targets. Every problem semesterProblems finds is listed as the
// counselor types, and Save is refused (the dialog stays open, nothing lost) until there is none.

#include "core/lessons/Semester.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class BreaksTable;
class PeriodsTable;

class SemesterDialog : public QDialog {
    Q_OBJECT
public:
    /// Edits `semester` (id 0: a new one).
    SemesterDialog(vault::Vault &vault, const lessons::Semester &semester, QWidget *parent = nullptr);

    /// A new semester to start from: the twenty weeks after the last one the school has (or from
    /// the Monday of `today`'s week), Monday to Friday, eight periods, the default targets.
    static lessons::Semester proposal(const QList<lessons::Semester> &existing, const QDate &today);

    /// The semester as the fields show it now.
    lessons::Semester semester() const;
    /// What would stop it being saved now (one sentence each).
    QStringList problems() const;
    /// The id saved under (0 until saved).
    qint64 savedId() const { return m_savedId; }
    BreaksTable *breaksTable() const { return m_breaks; }
    PeriodsTable *periodsTable() const { return m_periods; }

    void accept() override;

private:
    QWidget *datesTab();
    QWidget *targetsTab();
    QSpinBox *spin(const QString &name, int min, int max, int value, const QString &toolTip);
    void showProblems();

    vault::Vault &m_vault;
    lessons::Semester m_original;
    QList<lessons::Semester> m_others;
    qint64 m_savedId = 0;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QDateEdit *m_starts;
    QDateEdit *m_ends;
    QDateEdit *m_week1;
    QComboBox *m_schoolDays;
    QLabel *m_weeks;
    BreaksTable *m_breaks;
    PeriodsTable *m_periods;
    QSpinBox *m_lessonsPerWindow;
    QSpinBox *m_windowWeeks;
    QSpinBox *m_meetings;
    QSpinBox *m_activities;
    QSpinBox *m_family;
    QSpinBox *m_trainings;
    QSpinBox *m_openHours;
    QLabel *m_problems;
};

}  // namespace cd::ui

#pragma once
// Makes up a cancelled lesson (issue 14), from its lesson dialog: the date and period of the new
// lesson (same class, teacher and topic; kept when the plan is rebuilt). It opens on the class's next
// open slot in the timetable that nothing stands in the way of, else on the next teaching day. What
// stands in the way shows as the time is chosen; a blocking conflict refuses with its reason in a
// message, warnings ask "Make up anyway".

#include "core/lessons/Lessons.h"
#include "core/lessons/Semester.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

/// Where a make-up of `cancelled` goes by default: the first open slot of its class (in the
/// semester's timetable, in that slot's weeks) after both `today` and the cancelled lesson's day
/// with nothing in the way; else the next teaching day after them at the lesson's period (or the
/// first period); nothing when the semester has no teaching day left.
std::optional<lessons::LessonTime> suggestMakeUpTime(vault::Vault &vault, const lessons::Semester &semester,
                                                     const lessons::Lesson &cancelled, const QDate &today);

class MakeUpDialog : public QDialog {
    Q_OBJECT
public:
    MakeUpDialog(vault::Vault &vault, const lessons::Semester &semester, const lessons::Lesson &cancelled,
                 QWidget *parent = nullptr);

    /// The time the fields show.
    lessons::LessonTime time() const;
    /// What stands in the way of that time, as shown.
    QList<lessons::LessonConflict> conflicts() const { return m_conflicts; }
    /// The new lesson, once made up (0 before).
    qint64 madeUpId() const { return m_madeUp; }
    /// Makes the lesson up at the time shown; refused (the reason in a message) or declined leaves
    /// the dialog open.
    void accept() override;

private:
    void checkTime();

    vault::Vault &m_vault;
    lessons::Semester m_semester;
    lessons::Lesson m_cancelled;
    QList<lessons::LessonConflict> m_conflicts;
    qint64 m_madeUp = 0;
    QDateEdit *m_date;
    QComboBox *m_period;
    QLabel *m_week;
    QLabel *m_conflictText;
};

}  // namespace cd::ui

#pragma once
// Where a semester's mental-health lessons can go (docs/lessons.md): the teachers (counselors) with
// their daily maximum, which teacher teaches which class (one teacher per class), when each teacher
// is unavailable, and each class's open timetable slots (weekday, period, every/odd/even weeks).
// A value type checked whole by `timetableProblems`, and the repository saving it whole (audited).

#include "common/Result.h"
#include "lessons/Planner.h"
#include "lessons/Semester.h"

#include <QList>
#include <QString>

#include <optional>

namespace cd::vault {
class Vault;
}

namespace cd::lessons {

/// A class as the roster names it: grade 1–12 and the class within the grade ("3").
struct ClassKey {
    int grade = 0;
    QString className;
    bool operator==(const ClassKey &o) const { return grade == o.grade && className == o.className; }
    bool operator!=(const ClassKey &o) const { return !(*this == o); }
    /// Grade first, then class names in natural order ("2" before "10").
    bool operator<(const ClassKey &o) const;
    /// "初二(3)班" (translated, through students::className).
    QString displayName() const;
};

/// The active roster's classes in order (SELECT DISTINCT grade, class_name FROM students WHERE
/// status = 'active').
Result<QList<ClassKey>> rosterClasses(vault::Vault &vault);

/// "Every week" / "Odd weeks" / "Even weeks" (translated); the codes are the planner's
/// (slotWeeksCode).
QString slotWeeksName(SlotWeeks weeks);
/// Whether a slot open in `weeks` is open in the school's week `week`.
bool slotWeeksHold(SlotWeeks weeks, int week);

struct TimetableTeacher {
    qint64 id = 0;    ///< 0 for a teacher not saved yet; kept across saves (lessons refer to it)
    QString name;     ///< unique in the semester; other parts of the timetable refer to it by name
    QString login;    ///< a vault user's login, or empty
    int maxPerDay = 4;  ///< 1–16
};

/// The teacher of a class (a class has one).
struct ClassAssignment {
    ClassKey cls;
    QString teacher;  ///< a TimetableTeacher's name
};

/// A teacher unavailable on `weekday` at `period` (0: the whole day) in weeks first…last.
struct Unavailability {
    QString teacher;  ///< a TimetableTeacher's name
    int weekday = 1;
    int period = 0;
    int firstWeek = 1;
    int lastWeek = 1;
    QString note;
    bool covers(int week, int wd, int p) const
    {
        return week >= firstWeek && week <= lastWeek && wd == weekday && (period == 0 || period == p);
    }
};

/// A class's open slot for a mental-health lesson.
struct ClassSlot {
    ClassKey cls;
    int weekday = 1;  ///< 1 = Monday
    int period = 1;
    SlotWeeks weeks = SlotWeeks::Every;
    bool openIn(int week) const { return slotWeeksHold(weeks, week); }
};

struct Timetable {
    qint64 semesterId = 0;
    QList<TimetableTeacher> teachers;
    QList<ClassAssignment> assignments;
    QList<Unavailability> unavailable;
    QList<ClassSlot> slots;

    const TimetableTeacher *teacher(const QString &name) const;
    const TimetableTeacher *teacherById(qint64 id) const;
    /// The name of the class's teacher, or empty.
    QString teacherOf(const ClassKey &cls) const;
    QList<ClassSlot> slotsOf(const ClassKey &cls) const;
    /// The classes `teacher` teaches, in order.
    QList<ClassKey> classesOf(const QString &teacher) const;
    /// Whether `teacher` is unavailable at week/weekday/period.
    bool isUnavailable(const QString &teacher, int week, int weekday, int period) const;
    bool isEmpty() const { return teachers.isEmpty() && assignments.isEmpty() && slots.isEmpty(); }
};

/// Every problem with `timetable` for `semester` against the roster's classes, one translated
/// sentence each naming what is wrong and what to do; empty when it can be saved. Refused: empty or
/// duplicate teacher names, a max per day out of 1–16, a class assigned twice or to an unknown
/// teacher, a class not on the roster, a slot on a weekday past the semester's school days or in a
/// period its day does not have, duplicate slots, unavailability naming an unknown teacher, a
/// weekday out of the school days, a period the day does not have, or weeks outside the semester.
QStringList timetableProblems(const Timetable &timetable, const Semester &semester, const QList<ClassKey> &roster);

class Timetables {
public:
    explicit Timetables(vault::Vault &vault) : m_vault(vault) {}

    /// The semester's timetable (empty lists when nothing is set yet).
    Result<Timetable> load(qint64 semesterId);
    /// Replaces the semester's timetable with `timetable` in one audited transaction
    /// (`timetable.save`); InvalidInput with every problem (one per line) and nothing saved when
    /// `timetableProblems` finds any. Teachers keep their ids (lessons refer to them); a teacher
    /// left out is removed (their lessons keep their record, without a teacher).
    Status save(const Timetable &timetable);
    /// The inputs of semester `fromId` for semester `toId`: teachers, assignments and slots of
    /// classes still on the roster and inside `to`'s day; unavailability is not copied (it is
    /// dated). Not saved: the caller reviews and saves.
    Result<Timetable> copiedFrom(qint64 fromId, qint64 toId);

private:
    vault::Vault &m_vault;
};

}  // namespace cd::lessons

#pragma once
// Compliance with the lesson rule (docs/lessons.md): per class and per grade, the lessons required
// so far (every planning window ended by the given date that has a teaching day needs
// `lessonsPerWindow`), delivered (delivered and made-up lessons, counted in the window they were
// held), behind (ended windows short of their lessons), planned ahead; theme class meetings held
// against `meetingsPerClass`. `computeCompliance` is pure (unit-tested at window edges and around
// holidays); `Compliance` loads a semester's lessons and computes it.

#include "common/Result.h"
#include "lessons/Lessons.h"
#include "lessons/Semester.h"
#include "lessons/Timetable.h"

#include <QDate>
#include <QList>

namespace cd::vault {
class Vault;
}

namespace cd::lessons {

struct WindowCompliance {
    int firstWeek = 1;
    int lastWeek = 1;
    QDate lastDay;          ///< the window's last day (its last week's Sunday, or the semester's end)
    bool ended = false;     ///< lastDay <= asOf
    bool teachable = true;  ///< has at least one teaching day (a window all holiday/exam needs nothing)
    int required = 0;       ///< lessonsPerWindow when ended and teachable, else 0
    int held = 0;           ///< delivered + made up in the window
    int planned = 0;        ///< still planned in the window (not held, not cancelled)
    bool isShort() const { return held < required; }
};

struct ClassCompliance {
    ClassKey cls;
    QString teacher;        ///< the timetable's teacher, or empty
    int requiredSoFar = 0;  ///< sum of ended windows' required
    int delivered = 0;      ///< held lessons up to asOf (any window)
    int behindWindows = 0;  ///< ended windows short of their lessons
    int missing = 0;        ///< lessons those windows lack (sum of required − held, ≥ 0 each)
    int plannedAhead = 0;   ///< planned lessons after asOf
    int unrecorded = 0;     ///< planned lessons on or before asOf not yet marked delivered or cancelled
    int cancelled = 0;
    int meetingsHeld = 0;   ///< theme class meetings held up to asOf
    int meetingsTarget = 0; ///< the semester's meetingsPerClass
    QList<WindowCompliance> windows;
    bool isBehind() const { return behindWindows > 0; }
    bool meetingsShort() const { return meetingsHeld < meetingsTarget; }
};

/// A grade's (or the school's, grade 0) sums.
struct GradeCompliance {
    int grade = 0;
    int classes = 0;
    int classesBehind = 0;
    int requiredSoFar = 0;
    int delivered = 0;
    int behindWindows = 0;
    int missing = 0;
    int plannedAhead = 0;
    int unrecorded = 0;
    int meetingsHeld = 0;
    int meetingsTarget = 0;  ///< per class × classes
    int classesWithoutMeeting = 0;  ///< classes short of their meetings target
};

struct ComplianceReport {
    qint64 semesterId = 0;
    QDate asOf;
    int windowsEnded = 0;
    QList<ClassCompliance> classes;  ///< classes behind first (most missing first), then by class
    QList<GradeCompliance> grades;   ///< by grade
    GradeCompliance school;          ///< all classes (grade 0)
};

/// The compliance of `classes` from `lessons` (the semester's; other classes' lessons are ignored)
/// as of `asOf`. Pure.
ComplianceReport computeCompliance(const Semester &semester, const QList<ClassKey> &classes,
                                   const QList<Lesson> &lessons, const Timetable &timetable, const QDate &asOf);

class Compliance {
public:
    explicit Compliance(vault::Vault &vault) : m_vault(vault) {}
    /// The report for the semester's classes (the roster's, plus any the timetable or lessons
    /// name) as of `asOf`.
    Result<ComplianceReport> report(qint64 semesterId, const QDate &asOf);

private:
    vault::Vault &m_vault;
};

}  // namespace cd::lessons

#pragma once
// School events of a semester: the monthly whole-school activity, family-education events and
// teacher trainings, each with its date, topic, audience and head count; and the semester's counts
// against its targets (`Semester::targets`), with a sentence for each target not yet met.

#include "common/Result.h"
#include "groups/GroupCodes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd::vault {
class Vault;
}
namespace cd::lessons {
struct Semester;
}

namespace cd::groups {

struct SchoolEvent {
    qint64 id = 0;
    qint64 semesterId = 0;
    EventKind kind = EventKind::Activity;
    QString format;    ///< a code of eventFormats(kind), or free text
    QDate heldOn;
    QString topic;
    QString audience;  ///< "初一全体学生", "初三家长", "班主任"
    int headCount = 0;
    int minutes = 0;   ///< a training's length (0: not given)
    QString note;
};

/// Every problem with `event` in `semester`, one translated sentence each; empty when it can be saved.
QStringList schoolEventProblems(const SchoolEvent &event, const lessons::Semester &semester);

/// One month of the semester and its whole-school activities.
struct MonthActivities {
    QDate month;  ///< the first day of the month
    int held = 0;
    bool started = false;  ///< the month has begun by the day counted
};

/// The semester's events counted against its targets.
struct EventTally {
    int familyHeld = 0;
    int familyTarget = 0;
    int trainingsHeld = 0;
    int trainingsTarget = 0;
    int trainingMinutes = 0;
    int activitiesPerMonth = 0;
    QList<MonthActivities> months;  ///< each month the semester touches, in order
    /// The months begun that have fewer activities than the target.
    int monthsShort() const;
    /// One translated sentence per target not met yet ("2 family-education events needed, 1 held");
    /// empty when every target is met.
    QStringList missing() const;
};

/// Counts `events` (of `semester`) as of `today`: only events held by then count.
EventTally tallyEvents(const lessons::Semester &semester, const QList<SchoolEvent> &events, const QDate &today);

class SchoolEvents {
public:
    explicit SchoolEvents(vault::Vault &vault) : m_vault(vault) {}

    /// The semester's events, earliest first.
    Result<QList<SchoolEvent>> list(qint64 semesterId);
    /// Inserts (id 0) or updates an event; InvalidInput naming every problem, nothing written.
    /// Audited (`event.save`). Returns the id.
    Result<qint64> save(const SchoolEvent &event);
    /// Removes an event; audited (`event.remove`).
    Status remove(qint64 eventId);

private:
    vault::Vault &m_vault;
};

}  // namespace cd::groups

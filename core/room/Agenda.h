#pragma once
// A counselor's (or the whole room's) calendar over a span of days: appointments, lessons (from
// the semester's plan, by the lesson teacher's login), duty shifts on school days, and group
// sessions (by the group's leader). The one reader the agenda page, the appointment conflicts and
// the .ics export share. Follow-ups and reviews due come from the areas' desk sections (ui).

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd::vault {
class Vault;
}

namespace cd::room {

struct AgendaItem {
    enum class Kind { Appointment, Lesson, Duty, GroupSession };
    Kind kind = Kind::Appointment;
    QDateTime starts;  ///< local time
    QDateTime ends;
    QString who;    ///< the counselor's login (or the duty person's name when they have none)
    qint64 id = 0;  ///< the appointment, lesson, shift or group session
    // Appointments
    qint64 studentId = 0;
    QString studentName;  ///< for the agenda inside the vault only; never exported
    QString status;       ///< the appointment's or lesson's status code
    int requester = 0;    ///< room::Requester of an appointment
    // Lessons: class and topic; duty: the person; group sessions: the group's name and topic
    int grade = 0;
    QString className;
    QString topic;
    bool classMeeting = false;  ///< a theme class meeting rather than a lesson
    QString person;
    qint64 groupId = 0;
    QString groupName;
};

struct AgendaQuery {
    QDate from;
    QDate to;           ///< both included
    QString counselor;  ///< a login; empty: the whole room
    bool cancelled = false;  ///< include cancelled appointments and lessons
};

/// Every item of `query`, in time order (ties: appointments, lessons, duty, groups).
Result<QList<AgendaItem>> agenda(vault::Vault &vault, const AgendaQuery &query);

/// One translated line for an item ("Lesson 初二(3)班: Emotions", "Duty: 王老师").
/// Without `withStudent` an appointment says only "Appointment", naming nobody (the .ics).
QString agendaTitle(const AgendaItem &item, bool withStudent);

}  // namespace cd::room

// The summary's profile (staffing and funding) and education parts: lessons and compliance per
// grade, theme class meetings, whole-school activities, family education and teacher training.

#include "district/SummaryFacts.h"

#include "groups/SchoolEvents.h"
#include "lessons/Compliance.h"

namespace cd::district {

Status collectProfile(const SchoolProfile &profile, SummaryFacts &facts)
{
    facts.setSchool("students_enrolled", profile.studentsEnrolled);
    facts.setSchool("counselors_full_time", profile.counselorsFullTime);
    facts.setSchool("counselors_part_time", profile.counselorsPartTime);
    facts.setSchool("counselors_certified", profile.counselorsCertified);
    facts.setSchool("room_open_hours", profile.roomOpenHoursPerWeek);
    facts.setSchool("funding_yuan", static_cast<double>(profile.fundingYuan));
    facts.setSchool("funding_per_student", profile.studentsEnrolled > 0
                                               ? static_cast<double>(profile.fundingYuan) / profile.studentsEnrolled
                                               : 0.0);
    return {};
}

Status collectEducation(vault::Vault &vault, const SummaryPeriod &period, SummaryFacts &facts)
{
    auto report = lessons::Compliance(vault).report(period.semester.id, period.asOf);
    if (!report) return report.error();
    for (const lessons::GradeCompliance &g : report->grades) {
        if (g.grade < 1 || g.grade > 12) continue;
        const QString grade = QString::number(g.grade);
        facts.add("classes", "grade", grade, g.classes);
        facts.add("lessons_required", "grade", grade, g.requiredSoFar);
        facts.add("lessons_delivered", "grade", grade, g.delivered);
        facts.add("classes_behind", "grade", grade, g.classesBehind);
        facts.add("meetings_held", "grade", grade, g.meetingsHeld);
    }
    auto events = groups::SchoolEvents(vault).list(period.semester.id);
    if (!events) return events.error();
    int activities = 0, family = 0, familyPeople = 0, trainings = 0, trainingMinutes = 0, trainingPeople = 0;
    for (const groups::SchoolEvent &e : *events) {
        if (!period.contains(e.heldOn)) continue;
        switch (e.kind) {
        case groups::EventKind::Activity: ++activities; break;
        case groups::EventKind::Family:
            ++family;
            familyPeople += e.headCount;
            break;
        case groups::EventKind::Training:
            ++trainings;
            trainingMinutes += e.minutes;
            trainingPeople += e.headCount;
            break;
        }
    }
    facts.setSchool("activities", activities);
    facts.setSchool("family_events", family);
    facts.setSchool("family_participants", familyPeople);
    facts.setSchool("trainings", trainings);
    facts.setSchool("training_hours", trainingMinutes / 60.0);
    facts.setSchool("training_participants", trainingPeople);
    return {};
}

}  // namespace cd::district

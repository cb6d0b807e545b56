// The summary's profile (staffing and funding) and education parts: lessons and compliance per
// grade, theme class meetings, whole-school activities, family education and teacher training.

#include "district/FundingPerStudent.h"
#include "district/SummaryFacts.h"

#include "groups/SchoolEvents.h"
#include "lessons/Compliance.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace cd::district {

Status collectProfile(const SchoolProfile &profile, SummaryFacts &facts)
{
    facts.setSchool("students_enrolled", profile.studentsEnrolled);
    facts.setSchool("counselors_full_time", profile.counselorsFullTime);
    facts.setSchool("counselors_part_time", profile.counselorsPartTime);
    facts.setSchool("counselors_certified", profile.counselorsCertified);
    facts.setSchool("room_open_hours", profile.roomOpenHoursPerWeek);
    facts.setSchool("funding_yuan", static_cast<double>(profile.fundingYuan));
    // Floored to 0.1 yuan as the profile's standards check says it: never rounded up past what was funded.
    facts.setSchool("funding_per_student", static_cast<double>(fundingPerStudentTenths(profile)) / 10.0);
    return {};
}

Status collectGrades(vault::Vault &vault, const SummaryPeriod &period, SummaryFacts &facts)
{
    // A student who left before the semester began is not the school's in it.
    return forEachRow(vault,
                      u"SELECT DISTINCT %1 FROM students st WHERE st.status = 'active' OR st.left_on = '' "
                      "OR st.left_on >= ?1"_s.arg(gradeOnSql(u"st.id"_s, u"?2"_s, u"st.grade"_s)),
                      [&](storage::Statement &s) {
                          const qint64 grade = s.int64(0);
                          if (grade >= 1 && grade <= 12) facts.grades.insert(QString::number(grade));
                      },
                      &period);
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

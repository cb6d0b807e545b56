// The summary's counseling part: sessions by kind, the students seen by grade and sex, the cases
// open in the semester by concern category, group counseling by theme.

#include "district/SummaryCatalogue.h"
#include "district/SummaryFacts.h"

#include "groups/Groups.h"
#include "storage/Database.h"
#include "vault/Vault.h"

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

Status collectGroups(vault::Vault &vault, const SummaryPeriod &period, SummaryFacts &facts)
{
    groups::Groups repository(vault);
    auto list = repository.list();
    if (!list) return list.error();
    for (const groups::CounselingGroup &g : *list) {
        if (g.semesterId != period.semester.id) continue;
        const QString theme = fixedKey("group_theme", groups::groupThemeCode(g.theme));
        auto sessions = repository.sessions(g.id);
        if (!sessions) return sessions.error();
        int held = 0;
        // On its local day: heldAt is UTC (07:30 in Beijing is the day before in UTC).
        for (const groups::GroupSession &s : *sessions) held += period.contains(s.heldAt.toLocalTime().date()) ? 1 : 0;
        auto members = repository.members(g.id);
        if (!members) return members.error();
        facts.add("groups", "group_theme", theme);
        facts.add("group_sessions", "group_theme", theme, held);
        // A place in a group: a student in two groups of a theme is two places, one child.
        for (const groups::GroupMember &m : *members) facts.addEvent("group_members", "group_theme", theme, m.studentId);
    }
    return {};
}

}  // namespace

Status collectCounseling(vault::Vault &vault, const SummaryPeriod &period, SummaryFacts &facts)
{
    // Sessions and cases are events: each with the student it is about (disclosure::Cell::people).
    CD_TRY(forEachRow(vault,
                   u"SELECT s.kind, c.student_id FROM sessions s JOIN cases c ON c.id = s.case_id "
                   "WHERE s.held_on BETWEEN ?1 AND ?2"_s,
                   [&](storage::Statement &s) {
                       facts.addEvent("sessions", "session_kind", fixedKey("session_kind", s.text(0)), s.int64(1));
                   },
                   &period));
    // Each student once, in the grade they were in at their first session of the semester.
    CD_TRY(forEachRow(vault,
                   u"SELECT x.sex, %1, count(*) FROM (SELECT c.student_id AS student_id, st.sex AS sex, "
                   "st.grade AS grade, min(s.held_on) AS first FROM sessions s JOIN cases c ON c.id = s.case_id "
                   "JOIN students st ON st.id = c.student_id WHERE s.held_on BETWEEN ?1 AND ?2 "
                   "AND s.kind IN ('individual', 'group') GROUP BY c.student_id) x GROUP BY 1, 2"_s
                       .arg(gradeOnSql(u"x.student_id"_s, u"x.first"_s, u"x.grade"_s)),
                   [&](storage::Statement &s) {
                       const qint64 grade = s.int64(1);
                       if (grade < 1 || grade > 12) return;
                       const QString key = QString::number(grade);
                       const double n = static_cast<double>(s.int64(2));
                       const QString sex = s.text(0);
                       facts.add("students_seen", "grade", key, n);
                       facts.add(sex == u"F"_s ? "seen_female" : sex == u"M"_s ? "seen_male" : "seen_sex_unstated",
                                 "grade", key, n);
                   },
                   &period));
    CD_TRY(forEachRow(vault,
                   u"SELECT category, opened_on >= ?1, student_id FROM cases WHERE opened_on <= ?2 "
                   "AND (status = 'open' OR closed_on >= ?1)"_s,
                   [&](storage::Statement &s) {
                       const QString category = fixedKey("concern", s.text(0));
                       const qint64 student = s.int64(2);
                       facts.addEvent("cases", "concern", category, student);
                       facts.addEvent(s.int64(1) ? "cases_new" : "cases_continuing", "concern", category, student);
                   },
                   &period));
    return collectGroups(vault, period, facts);
}

}  // namespace cd::district

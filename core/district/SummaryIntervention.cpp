// The summary's intervention part: crisis events by risk level, referrals by destination with
// their return slips, students away from school in the semester and those back.

#include "district/SummaryCatalogue.h"
#include "district/SummaryFacts.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace cd::district {

Status collectIntervention(vault::Vault &vault, const SummaryPeriod &period, SummaryFacts &facts)
{
    // Events, each with its student: one child's six events are withheld as one child.
    CD_TRY(forEachRow(vault, u"SELECT occurred_at, level, student_id FROM crisis_events"_s, [&](storage::Statement &s) {
        if (period.contains(dayOf(s.text(0))))
            facts.addEvent("crisis_events", "risk_level", fixedKey("risk_level", s.text(1)), s.int64(2));
    }));
    // A referral counts in the semester it was given to the family; its slip once it is back.
    CD_TRY(forEachRow(vault,
                   u"SELECT r.given_at, COALESCE(i.kind, ''), r.slip_at, r.student_id FROM referrals r "
                   "LEFT JOIN institutions i ON i.id = r.institution_id WHERE r.given_at <> ''"_s,
                   [&](storage::Statement &s) {
                       if (!period.contains(dayOf(s.text(0)))) return;
                       const QString destination = fixedKey("destination", s.text(1));
                       const QDate slip = dayOf(s.text(2));
                       const qint64 student = s.int64(3);
                       facts.addEvent("referrals", "destination", destination, student);
                       facts.addEvent(slip.isValid() && slip <= period.asOf ? "slips_returned" : "slips_outstanding",
                                      "destination", destination, student);
                   }));
    // Each student away at any time in the semester once: back if their last absence ended in it.
    QHash<qint64, bool> back;
    CD_TRY(forEachRow(vault,
                   u"SELECT student_id, leave_from, returned_on FROM school_absences ORDER BY leave_from, id"_s,
                   [&](storage::Statement &s) {
                       const QDate from = clock::dateFromStorage(s.text(1));
                       const QDate returned = clock::dateFromStorage(s.text(2));
                       if (!from.isValid() || from > period.asOf) return;
                       if (returned.isValid() && returned < period.semester.startsOn) return;
                       back[s.int64(0)] = returned.isValid() && returned <= period.asOf;
                   }));
    int returned = 0;
    for (bool b : std::as_const(back)) returned += b ? 1 : 0;
    facts.setSchool("time_off", static_cast<double>(back.size()));
    facts.setSchool("back_at_school", returned);
    facts.setSchool("still_away", static_cast<double>(back.size() - returned));
    return {};
}

}  // namespace cd::district

#pragma once
// The counts the counts-only group report publishes (the copy that may leave the counseling room:
// for the head teacher, the district, a parent meeting), under the disclosure engine
// (docs/disclosure.md, "The group report"): the group's members now, who left and in all, and for
// each session the members that day, present and absent; one disclosure::CountTables with every
// additive relation, protected for k and audited again before it is used.
//
// Every cell counts distinct children. Totals over sessions ("40 of 48 marks") count attendance
// marks, not children (one child away six times is "6 absent"), so the counts-only report does
// not print them. Attendance is not a sensitive category (the sensitive fact is being in the
// group, which the small-count rule guards on the members); "11 of 12 came" is guarded all the
// same, since absent is a cell of its own: 1 absent is withheld, and complementary suppression
// withholds whatever would let it be worked out (the present, or the members that day).

#include "common/Result.h"
#include "disclosure/Suppression.h"
#include "groups/Groups.h"

namespace cd::groups {

struct GroupReportCounts {
    /// One session's cells (indexes into `tables`); members = present + absent.
    struct Session {
        int members = -1;  ///< the members marked that day (who were members then)
        int present = -1;
        int absent = -1;
    };

    int k = 5;
    disclosure::CountTables tables;
    disclosure::Protection protection;
    int membersNow = -1;   ///< cell: members who have not left
    int membersLeft = -1;  ///< cell: members who left
    int membersAll = -1;   ///< cell: everyone who was a member
    QList<Session> sessions;  ///< in the order of the sessions given

    bool withheld(int cell) const { return protection.suppressed.at(cell); }
    /// What the report prints for `cell`: the mark when withheld, else the count.
    QString text(int cell) const;
    /// Present of members that day as a whole percent ("92%"); the mark when either count is
    /// withheld (a rate says what its counts say); empty when nobody was marked.
    QString attendanceRate(int session) const;
    /// Cells withheld (small, or complementary); hidden cells not counted.
    int withheldCount() const { return protection.primary + protection.secondary; }
};

/// The counts of a group with `members` (those who left included) and `sessions` (each with its
/// attendance), protected for `k` (2 to 1000; 5 as the district summary, 10 stricter) and audited:
/// InvalidInput for a bad k, Internal if the audit finds a withheld count narrower than k.
Result<GroupReportCounts> groupReportCounts(const QList<GroupMember> &members, const QList<GroupSession> &sessions,
                                           int k);

}  // namespace cd::groups

#pragma once
// The group report, in two copies. With names (kept in the counseling room): the group (theme,
// leader, description, outcome), its sessions with attendance counts, and each member's
// attendance. Counts only (may leave the room): the counts under the disclosure engine
// (core/groups/GroupReportCounts.h: small counts and whatever would reveal them printed as `*`,
// with the footnote), no description, outcome or note, and its text searched by the last guard
// (district::LeakGuard) first. Printed through the print preview or saved as a PDF.

#include "core/common/Result.h"
#include "core/groups/Groups.h"

#include <QString>

class QWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

/// The copy kept in the room: the members by name, exact counts, the description and outcome.
QString groupReportWithNamesHtml(vault::Vault &vault, const groups::CounselingGroup &group,
                                 const QList<groups::GroupMember> &members, const QList<groups::GroupSession> &sessions);

/// The copy that may leave the room: counts protected for `k`, no free text typed about the
/// children (description, outcome, notes). Refused (InvalidInput, saying what kind of thing was
/// found, never what) when its text holds a student's name, number, birth date, a guardian's
/// phone or a note's text from the vault: the group's name and the sessions' topics are typed too.
Result<QString> groupReportCountsHtml(vault::Vault &vault, const groups::CounselingGroup &group,
                                      const QList<groups::GroupMember> &members,
                                      const QList<groups::GroupSession> &sessions, int k);

/// Asks counts only (k = 5, or 10 when stricter) or with names, then shows the print preview
/// (`pdf` false) or saves a PDF.
void printGroupReport(vault::Vault &vault, qint64 groupId, bool pdf, QWidget *parent);

}  // namespace cd::ui

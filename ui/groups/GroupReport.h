#pragma once
// The group report: the group (theme, leader, description, outcome), its sessions with attendance
// counts, and each member's attendance. Members' names appear only when the counselor asks for
// them (a copy kept in the room); otherwise the report is counts only. Printed through the print
// preview or saved as a PDF.

#include "core/groups/Groups.h"

#include <QString>

class QWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

/// The report's HTML: `withNames` lists the members by name, otherwise only counts.
QString groupReportHtml(vault::Vault &vault, const groups::CounselingGroup &group, const QList<groups::GroupMember> &members,
                        const QList<groups::GroupSession> &sessions, bool withNames);

/// Asks counts only or with names, then shows the print preview (`pdf` false) or saves a PDF.
void printGroupReport(vault::Vault &vault, qint64 groupId, bool pdf, QWidget *parent);

}  // namespace cd::ui

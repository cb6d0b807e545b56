#pragma once
// Every audit action of every area, in one list: what the audit page shows, what an export names.

#include "audit/ActionInfo.h"

#include <QString>

namespace cd::registry {

/// Every action, area by area (vault, backup, students, cases, screening, …).
const audit::ActionTable &auditActions();
/// The action with this code; nullptr for a code no area declares (a row written by a newer version).
const audit::ActionInfo *findAuditAction(const QString &code);
/// The translated label of a code; the code itself when it is unknown.
QString auditActionLabel(const QString &code);

}  // namespace cd::registry

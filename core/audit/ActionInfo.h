#pragma once
// What the audit log knows of one action: its code (stored in every row: never change one), its
// label (translated when shown, context "AuditAction") and what kind of target its rows name.
// Each area declares its own actions beside its code (core/<area>/<Area>Audit.h); the registry
// (core/registry/AuditActions.h) lists them all for the audit page, exports and the tests.

#include "audit/AuditTarget.h"

#include <vector>

namespace cd::audit {

struct ActionInfo {
    const char *code;   ///< e.g. "case.open"
    const char *label;  ///< QT_TRANSLATE_NOOP("AuditAction", "…")
    TargetKind target;
};

using ActionTable = std::vector<ActionInfo>;

}  // namespace cd::audit

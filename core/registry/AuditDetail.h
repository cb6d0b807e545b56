#pragma once
// An audit row's detail in words. Rows store their detail in a compact, never-translated form
// ("instruments=PHQ-9,GAD-7 targets=7;8/1", "crisis:4 high", "added"); the audit page shows it
// translated: known keys with their labels, known codes (risk levels, run statuses, steps, …) with
// their names. Anything not known (a row written by a newer version) is shown as stored.

#include <QString>

namespace cd::registry {

/// The translated, readable form of a stored audit detail; "" for an empty one.
QString auditDetailText(const QString &detail);

}  // namespace cd::registry

#pragma once
// A semester found by a name as people type it (a command line's --semester): another dash,
// spaces, full-width digits. Semesters::byName uses it when no name matches exactly.

#include <QString>
#include <QStringList>

namespace cd::lessons {

/// A semester's name as typed on a command line is matched by: dashes (- ‐ ‑ ‒ – — ― − －) one
/// dash, no spaces, full-width digits and letters half-width (NFKC), letters case-folded; so
/// "2026-2027学年第一学期" finds "2026–2027学年第一学期".
QString semesterNameKey(const QString &name);
/// The index in `names` of the semester `typed` names: the exact name (trimmed) first, else the
/// one name with the same semesterNameKey; -1 when none, or when several match the key alike.
int matchSemesterName(const QStringList &names, const QString &typed);

}  // namespace cd::lessons

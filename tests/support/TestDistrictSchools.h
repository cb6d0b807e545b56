#pragma once
// Synthetic schools for the district summary's tests: random small schools' facts (one to three
// grades, classes of 12 to 45, a handful of cases, sometimes a single referral), laid out with the
// built-in layout, protected, and written as packages (for the district merge's tests and bench).

#include "district/LeakGuard.h"
#include "district/Package.h"
#include "district/SummaryFacts.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <functional>

namespace cd::test {

/// A small random school's facts.
district::SummaryFacts randomSchoolFacts(QRandomGenerator &rng);

/// `facts` laid out with the built-in layout and protected for `k` (REQUIREd to succeed); school
/// `code`, semester "2026 autumn".
district::Summary schoolSummary(const district::SummaryFacts &facts, const QString &code, int k = 5,
                                const QString &language = QStringLiteral("en"));

/// `summary` written as a package into `parentDir` (a synthetic PDF, no roster to guard);
/// REQUIREd to succeed. Returns the package's folder.
QString writeSchoolPackage(const district::Summary &summary, const QString &parentDir);

/// `count` random small schools' packages written into `drive` (codes `codePrefix` + first,
/// first + 1, …), the first with a grade 12 of one pupil screened (band 3, flagged) and exported
/// with `firstK`; their folders.
QStringList writeSmallSchools(const QString &drive, quint32 seed, int count, const QString &codePrefix, int first,
                              int firstK = 5);

/// The package in `dir` changed as a hand could (the tester's attacks): `edit` rewrites summary.json
/// and manifest.json, then the manifest's size and SHA-256 of summary.json are recomputed, so the
/// package still passes the integrity check.
void editPackage(const QString &dir, const std::function<void(QJsonObject &summary, QJsonObject &manifest)> &edit);

}  // namespace cd::test

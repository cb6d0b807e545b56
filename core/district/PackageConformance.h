#pragma once
// A school's package checked against what a CounselDesk exporter could have written for its layout
// (docs/district-package.md, "What a school's package holds"; docs/district-merge.md, "What the
// merge does not trust"): exactly the layout's tables, parts and columns, in its order, with its
// titles and labels in the package's language; exactly the rows the layout's dimensions allow
// (every fixed key, grades 1 to 12, every grade the school has in every table by grade); counts
// flagged sensitive as the catalogue says; no lower bound (a merged package's field); percents and
// the funding per student as the exporter works them out from the package's own figures; a school
// code and type the profile allows. Anything else could carry a name or a number into every
// district file, so it is refused, naming the package's folder, where, and what to do.

#include "common/Result.h"
#include "district/PackageReader.h"
#include "district/SummaryLayout.h"

namespace cd::district {

/// Ok, or InvalidInput naming the package's folder, the table, row and column (or the field) and
/// asking for the package to be exported again.
Status checkSchoolPackage(const ReadPackage &package, const SummaryLayout &layout);

}  // namespace cd::district

#pragma once
// A school's package checked the way the district reads it (docs/district-merge.md, "What the
// merge does not trust"): its summary.json is a file anyone can write, so before its counts are
// added to the district's, the package's own disclosure control is audited again here, with the
// relations a reader knows from the layout (docs/district-summary.md) as well as those
// summary.json states: a package that leaves a relation out must not make a withheld count look
// safe. A published count from 1 to k − 1, counts that do not add up, or a withheld count that
// can be worked out to within fewer than k: the package is refused, naming its folder and where.

#include "common/Result.h"
#include "district/PackageReader.h"

namespace cd::district {

/// Ok, or InvalidInput naming the package's folder, the table, row and column, and what to do.
Status checkPackageDisclosure(const ReadPackage &package);

}  // namespace cd::district

#pragma once
// Synthetic district summaries for the package's tests (the real ones come from
// core/district/SemesterSummary): a screening table by grade with bands (small counts withheld,
// protected by the real disclosure engine), a table of numbers and percents of numbers, and
// `extraTables` more count tables by class, so that a package of about twenty tables can be made.

#include "district/Summary.h"

namespace cd::test {

/// REQUIREs that protection succeeds. Language "en", school "G4401", semester "2026 autumn".
district::Summary makeTestSummary(int extraTables = 0, int k = 5);

/// `pdf` as if rendered from `summary` (its summarySha256 set), for a test's hand-made PDF.
district::RenderedPdf pdfOf(const district::Summary &summary, district::RenderedPdf pdf);

/// The first SummaryValue of `summary` that is a withheld count, as (table, row, column).
struct ValueAt {
    int table = -1;
    int row = -1;
    int column = -1;
};
ValueAt firstWithheldCount(const district::Summary &summary);
ValueAt firstPublishedCount(const district::Summary &summary);

}  // namespace cd::test

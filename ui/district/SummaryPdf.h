#pragma once
// The district summary as a PDF report (docs/district-summary.md): A4 portrait in the summary's
// language; the title (school, code, semester), then the parts in order (staffing and funding,
// education, monitoring, counseling, intervention), each table with its column headings, every
// value as Summary::text prints it (the withheld mark the same as in every other output), its
// note, the footnote explaining the mark, and a bar chart of its main column where one says
// more; the school and semester at the top of every page, "page N of M", generator and layout
// version at the foot. A table never splits inside a row; one that continues on the next page
// repeats its title and headings there.
//
// QtGui only (QTextDocument, QPdfWriter, QPainter): the CLI renders it under a QGuiApplication.

#include "core/district/Summary.h"

namespace cd::ui {

/// The PDF's bytes, and every string drawn into it (for the package's last guard).
district::RenderedPdf renderSummaryPdf(const district::Summary &summary);

}  // namespace cd::ui

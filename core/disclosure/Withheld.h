#pragma once
// How a withheld count looks in every output that leaves the vault (docs/disclosure.md, "One
// mark"): the one mark, and the one footnote explaining it, shared by the district package and
// the group report.

#include <QString>

namespace cd::disclosure {

/// The mark printed for a withheld count, the same everywhere: it says only that the count was
/// withheld (a mark like "<5" would say it is 1 to 4).
QString withheldMark();

/// The footnote's wording (%1: k − 1), untranslated, and its translation context: for an output
/// in a language of its own (the district package), translate these in that language.
extern const char *const kFootnoteContext;
extern const char *const kWithheldFootnote;

/// The footnote under a table with a withheld count, for `k`, in the interface's language.
QString withheldFootnote(int k);

}  // namespace cd::disclosure

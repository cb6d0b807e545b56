#pragma once
// A district summary's layout (docs/district-summary.md): which tables, in which part, with which
// rows (a dimension) and columns (measures), and every title and label in zh_CN and en. A layout is
// data, a JSON file: the built-in one ships at :/district/layout-1.json, and a newer one can be
// loaded from its bytes without a new release. It composes the catalogue (SummaryCatalogue.h);
// a layout naming a measure or dimension the code does not know is refused, naming it.

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace cd::district {

/// A text in the two languages a summary is written in.
struct LayoutText {
    QString zh;
    QString en;
    /// The text in `language` ("zh_CN" or "en"); English for any other.
    QString in(const QString &language) const;
};

struct LayoutColumn {
    QString measure;
    LayoutText label;
};

struct LayoutTable {
    QString id;         ///< "monitoring.bands"
    QString part;       ///< "education", …
    QString dimension;  ///< the rows: "grade", "instrument_grade", "school", …
    bool total = false; ///< a total row after the rows
    LayoutText title;
    LayoutText note;    ///< may be empty
    QList<LayoutColumn> columns;
};

struct SummaryLayout {
    QString id;           ///< "cd-district-summary"
    int version = 0;
    QList<LayoutTable> tables;
    /// Row labels: "total", "grade=7", "kind=individual", …; "instrument_grade" and "instrument"
    /// are patterns with {instrument} and {grade}.
    QHash<QString, LayoutText> labels;

    /// The label `key` in `language`, or the key itself when the layout has none.
    QString label(const QString &key, const QString &language) const;
};

/// Parses and validates a layout; InvalidInput naming the first problem (the table, the column,
/// the unknown measure or dimension).
Result<SummaryLayout> parseSummaryLayout(const QByteArray &json);

/// The newest layout that ships (read once).
Result<SummaryLayout> builtInSummaryLayout();

}  // namespace cd::district

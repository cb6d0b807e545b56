#pragma once
// A semester summary for the district (docs/district-summary.md): the tables of one layout
// version, filled from the vault for one semester, under disclosure control. Built by
// SemesterSummary, written to a package by Package, previewed in ui/district. Everything a
// Summary holds may leave the vault: no names, numbers, dates or free text, only the semester's
// label, the school's code and counts.
//
// A value in a table is one of three kinds:
//  - a Count of students (people in a category): a cell of `counts`, withheld by `protection`
//    when publishing it could single out a child;
//  - a Number not about students (classes, lessons, events, hours, staff, yuan): published as is;
//  - a Percent: of two counts (withheld when either is withheld, or when the denominator is
//    under k), or of two numbers.

#include "disclosure/CountTables.h"
#include "disclosure/Suppression.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace cd::district {

enum class ValueKind { Count, Number, Percent };

struct SummaryValue {
    ValueKind kind = ValueKind::Number;
    int count = -1;        ///< Count: the cell's index in Summary::counts
    double number = 0;     ///< Number: the figure; Percent: the rate in per cent (0–100+)
    int numerator = -1;    ///< Percent of counts: the cells' indexes; -1 for a percent of numbers
    int denominator = -1;

    static SummaryValue ofCount(int cell);
    static SummaryValue ofNumber(double number);
    static SummaryValue ofPercent(double percent, int numeratorCell = -1, int denominatorCell = -1);
};

struct SummaryColumn {
    QString key;    ///< stable, from the layout ("screened", "band=2")
    QString label;  ///< in the summary's language
    ValueKind kind = ValueKind::Count;
};

struct SummaryRow {
    QString key;    ///< "grade=7", "kind=individual", "total"
    QString label;
    QVector<SummaryValue> values;  ///< one per column
};

struct SummaryTable {
    QString id;     ///< stable, from the layout ("monitoring.bands")
    QString part;   ///< "profile", "education", "monitoring", "counseling", "intervention"
    QString title;  ///< in the summary's language
    QString note;   ///< a footnote in the summary's language; may be empty
    QVector<SummaryColumn> columns;
    QVector<SummaryRow> rows;
};

struct SummaryHeader {
    QString generator;      ///< "CounselDesk 0.3.0"
    QString layoutId;       ///< "cd-district-summary"
    int layoutVersion = 0;
    QString language;       ///< "zh_CN" or "en"
    QString schoolCode;     ///< SchoolProfile::districtCode
    QString schoolName;
    QString schoolType;     ///< stable key: "primary", "junior_high", …
    QString semester;       ///< the semester's name, the only time a summary names
    int k = 5;              ///< the suppression threshold applied
};

struct Summary {
    SummaryHeader header;
    QVector<SummaryTable> tables;
    disclosure::CountTables counts;
    disclosure::Protection protection;

    /// True for a withheld count, and for a percent of a withheld count or of a denominator
    /// under k.
    bool withheld(const SummaryValue &value) const;
    /// The text every output prints for a value: "*" when withheld ("≥n" for a withheld count
    /// known to be at least n > 0, in a district's merged summary), else the count, the number
    /// (up to one decimal) or the percent with one decimal ("12.5"). No per-cent sign: the
    /// column's label says so.
    QString text(const SummaryValue &value) const;
    /// A withheld count's published lower bound (disclosure::Cell::atLeast); 0 for anything else.
    qint64 lowerBound(const SummaryValue &value) const;
    /// True when any value of `table` is withheld (its footnote on the mark is printed).
    bool hasWithheld(const SummaryTable &table) const;
    /// The mark of a withheld value, the same in every output.
    static QString withheldMark() { return QStringLiteral("*"); }
};

/// A summary rendered as PDF (ui/district renders it: QtGui), handed to the package writer:
/// the file's bytes, and every string drawn into it, for the last guard (a PDF's own text is
/// compressed glyph runs that a byte search cannot read).
struct RenderedPdf {
    QByteArray bytes;
    QString text;
    /// summaryDigest() of the summary it was rendered from: the package writer refuses a PDF of
    /// another summary.
    QByteArray summarySha256;
};

/// The SHA-256 (hex) of the summary's summary.json bytes (PackageFiles.cpp), which hold every
/// value, label and the header a PDF shows.
QByteArray summaryDigest(const Summary &summary);

}  // namespace cd::district

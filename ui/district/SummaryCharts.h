#pragma once
// The bar chart of a district summary's table, as data: which column a picture is drawn of (the
// table's main column) and one bar per row but the total. A withheld value has no bar and no
// figure, only the withheld mark: it is never drawn as zero. Drawn with QPainter in the PDF
// (SummaryChartPainter: the CLI renders with only a QGuiApplication, where QtCharts' graphics
// widgets cannot live) and with QtCharts in the preview.

#include "core/district/Summary.h"

#include <QString>
#include <QVector>

#include <optional>

namespace cd::ui {

struct SummaryBar {
    QString label;          ///< the row's label
    QString text;           ///< Summary::text of the value: the figure, or the withheld mark
    double value = 0;       ///< the bar's length; 0 and unused when withheld
    bool withheld = false;
};

struct SummaryChart {
    QString title;          ///< the column's label
    bool percent = false;   ///< a rate: the axis runs to 100 (or the largest bar, if more)
    QVector<SummaryBar> bars;
    /// The axis' end: 100 for a rate, else the largest bar (at least 1).
    double axisMaximum() const;
    /// Nothing to draw: some bar is withheld and none of the others is above 0. Such a chart is
    /// not drawn (an empty axis "0 0 0 0 1"); a line says its counts are withheld instead.
    bool nothingShown() const;
    /// Every bar withheld.
    bool allWithheld() const;
};

/// The column a table's chart shows: its first percent column, else the column keyed "total",
/// else its first count column; -1 when it has none (a table of plain numbers, such as staffing).
int chartColumn(const district::SummaryTable &table);
/// The chart of `table`'s main column over its rows (the "total" row left out), or nothing when
/// a picture says no more than the table (no count or percent column, fewer than two bars).
std::optional<SummaryChart> summaryChart(const district::Summary &summary, const district::SummaryTable &table);

}  // namespace cd::ui

#include "ui/district/SummaryCharts.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

double SummaryChart::axisMaximum() const
{
    double top = percent ? 100.0 : 1.0;
    for (const SummaryBar &b : bars)
        if (!b.withheld) top = std::max(top, b.value);
    return top;
}

bool SummaryChart::nothingShown() const
{
    const bool anyWithheld = std::any_of(bars.cbegin(), bars.cend(), [](const SummaryBar &b) { return b.withheld; });
    const bool anyShown = std::any_of(bars.cbegin(), bars.cend(), [](const SummaryBar &b) { return !b.withheld && b.value > 0; });
    return anyWithheld && !anyShown;
}

bool SummaryChart::allWithheld() const
{
    return !bars.isEmpty() && std::all_of(bars.cbegin(), bars.cend(), [](const SummaryBar &b) { return b.withheld; });
}

int chartColumn(const district::SummaryTable &table)
{
    const auto column = [&table](auto matches) {
        for (int c = 0; c < table.columns.size(); ++c)
            if (matches(table.columns.at(c))) return c;
        return -1;
    };
    if (const int c = column([](const district::SummaryColumn &col) { return col.kind == district::ValueKind::Percent; });
        c >= 0)
        return c;
    if (const int c = column([](const district::SummaryColumn &col) {
            return col.key == u"total"_s && col.kind == district::ValueKind::Count;
        });
        c >= 0)
        return c;
    return column([](const district::SummaryColumn &col) { return col.kind == district::ValueKind::Count; });
}

std::optional<SummaryChart> summaryChart(const district::Summary &summary, const district::SummaryTable &table)
{
    const int c = chartColumn(table);
    if (c < 0) return std::nullopt;
    SummaryChart chart;
    chart.title = table.columns.at(c).label;
    chart.percent = table.columns.at(c).kind == district::ValueKind::Percent;
    for (const district::SummaryRow &row : table.rows) {
        if (row.key == u"total"_s || c >= row.values.size()) continue;
        const district::SummaryValue &v = row.values.at(c);
        SummaryBar bar;
        bar.label = row.label;
        bar.text = summary.text(v);
        bar.withheld = summary.withheld(v);
        if (!bar.withheld)
            bar.value = v.kind == district::ValueKind::Count ? double(summary.counts.cells().at(v.count).value) : v.number;
        chart.bars << bar;
    }
    if (chart.bars.size() < 2) return std::nullopt;
    return chart;
}

}  // namespace cd::ui

#pragma once
// The band distribution of one instrument in a run: a horizontal stacked bar per grade or per
// class, one segment per band (green for the lowest band to red for the highest), then the invalid
// sheets in grey and, when asked for, those not taken yet in light grey. Counts or percentages of
// the group; hovering a segment says "初二(3)班: Moderate 12 (26%)".

#include "core/screening/Results.h"

#include <QChartView>
#include <QColor>
#include <QImage>

class QBarSet;

namespace cd {
namespace ui {

class BandChart : public QChartView {
    Q_OBJECT
public:
    enum class Grouping { ByGrade, ByClass };

    explicit BandChart(QWidget *parent = nullptr);

    void setSummary(const screening::RunSummary &summary);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    /// Percentages of each group instead of counts.
    void setPercentages(bool on);
    bool percentages() const { return m_percentages; }
    /// Adds a light-grey "not taken" segment (expected students without a complete sheet).
    void setShowNotTaken(bool on);

    /// The tooltip of one segment: set index (bands, then invalid, then not taken) and group index.
    QString segmentText(int setIndex, int groupIndex) const;
    int setCount() const;
    int groupCount() const { return int(groups().size()); }
    /// The chart laid out at `size` and drawn on white into an image `scale` times as large (for
    /// print). Resizes the widget: meant for a chart of its own, not one on screen.
    QImage renderImage(const QSize &size, qreal scale = 1.0);

    /// Band i of n: hue from green (first) to red (last).
    static QColor bandColor(int index, int count);

private:
    const QList<screening::GroupCounts> &groups() const;
    /// The segment values of a group, in set order (counts).
    QList<int> segmentCounts(const screening::GroupCounts &group) const;
    QStringList setLabels() const;
    void rebuild();
    void showSegmentTip(bool status, int groupIndex, QBarSet *set);

    screening::RunSummary m_summary;
    bool m_hasSummary = false;
    Grouping m_grouping = Grouping::ByGrade;
    bool m_percentages = false;
    bool m_showNotTaken = false;
};

}  // namespace ui
}  // namespace cd

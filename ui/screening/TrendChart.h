#pragma once
// A student's screening totals over runs: one line per instrument (x: the run's opening date,
// y: the total), invalid sheets left out. With a single instrument its band thresholds are drawn
// as faint horizontal lines.

#include "core/screening/Results.h"

#include <QChartView>
#include <QHash>

namespace cd {
namespace ui {

class TrendChart : public QChartView {
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);

    /// `definitions`: instrument code -> its definition (for the y range and the thresholds).
    void setTrend(const QList<screening::TrendPoint> &points, const QHash<QString, screening::Instrument> &definitions);
    /// The instruments drawn (one line series each).
    int instrumentCount() const { return m_instruments; }

private:
    int m_instruments = 0;
};

}  // namespace ui
}  // namespace cd

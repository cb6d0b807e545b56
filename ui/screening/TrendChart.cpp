#include "ui/screening/TrendChart.h"
#include "ui/common/Dates.h"

#include "ui/screening/BandChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
constexpr int kPadDays = 20;  ///< room left and right of the first and last run
const QColor kLineColours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x9c, 0x27, 0xb0), QColor(0x00, 0x89, 0x7b),
                               QColor(0xe6, 0x51, 0x00), QColor(0x5d, 0x40, 0x37), QColor(0x3f, 0x51, 0xb5)};
qint64 msecs(const QDate &date) { return QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch(); }
}  // namespace

TrendChart::TrendChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(u"trendChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

void TrendChart::setTrend(const QList<screening::TrendPoint> &points,
                          const QHash<QString, screening::Instrument> &definitions)
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    QStringList codes;
    QDate first, last;
    double top = 1;
    for (const screening::TrendPoint &p : points) {
        if (!codes.contains(p.instrument)) codes << p.instrument;
        if (!first.isValid() || p.on < first) first = p.on;
        if (!last.isValid() || p.on > last) last = p.on;
        if (p.score.valid) top = qMax(top, p.score.total);
    }
    m_instruments = int(codes.size());
    for (const QString &code : codes)
        if (definitions.contains(code)) top = qMax(top, definitions.value(code).highestTotal());
    if (codes.isEmpty()) return;

    auto *dates = new QDateTimeAxis;
    dates->setFormat(dates::dateFormat());
    dates->setRange(QDateTime(first.addDays(-kPadDays), QTime(0, 0)), QDateTime(last.addDays(kPadDays), QTime(0, 0)));
    dates->setTickCount(qBound(2, int(points.size()) + 1, 6));
    auto *totals = new QValueAxis;
    totals->setRange(0, top);
    totals->setLabelFormat(u"%.0f"_s);
    totals->applyNiceNumbers();
    c->addAxis(dates, Qt::AlignBottom);
    c->addAxis(totals, Qt::AlignLeft);

    // The band thresholds first, so the lines are drawn over them.
    if (codes.size() == 1 && definitions.contains(codes.first())) {
        const screening::Instrument &definition = definitions[codes.first()];
        for (int b = 1; b < definition.bands.size(); ++b) {
            auto *threshold = new QLineSeries;
            threshold->setName(screening::localized(definition.bands[b].label));
            QColor colour = BandChart::bandColor(b, int(definition.bands.size()));
            colour.setAlpha(150);
            threshold->setPen(QPen(colour, 1, Qt::DashLine));
            threshold->append(double(msecs(first.addDays(-kPadDays))), definition.bands[b].min);
            threshold->append(double(msecs(last.addDays(kPadDays))), definition.bands[b].min);
            c->addSeries(threshold);
            threshold->attachAxis(dates);
            threshold->attachAxis(totals);
            for (QLegendMarker *marker : c->legend()->markers(threshold)) marker->setVisible(false);
        }
    }
    for (int i = 0; i < codes.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(codes[i]);
        line->setPen(QPen(kLineColours[i % std::size(kLineColours)], 2.5));
        line->setPointsVisible(true);
        for (const screening::TrendPoint &p : points)
            if (p.instrument == codes[i] && p.score.valid) line->append(double(msecs(p.on)), p.score.total);
        c->addSeries(line);
        line->attachAxis(dates);
        line->attachAxis(totals);
    }
}

}  // namespace ui
}  // namespace cd

#include "ui/screening/BandChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetrics>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
const QColor kInvalid(0x9e, 0x9e, 0x9e);
const QColor kNotTaken(0xe4, 0xe4, 0xe4);

int percentOf(int part, int whole) { return whole > 0 ? int(double(part) * 100.0 / whole + 0.5) : 0; }
}  // namespace

BandChart::BandChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(u"bandChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setBackgroundRoundness(0);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setAlignment(Qt::AlignBottom);
}

QColor BandChart::bandColor(int index, int count)
{
    // Hue 120 (green) through yellow and orange to 0 (red); kept a little dark to read on white.
    const double t = count > 1 ? double(index) / (count - 1) : 0.0;
    return QColor::fromHsv(int(120 * (1.0 - t) + 0.5), 170, 215);
}

const QList<screening::GroupCounts> &BandChart::groups() const
{
    return m_grouping == Grouping::ByGrade ? m_summary.byGrade : m_summary.byClass;
}

void BandChart::setSummary(const screening::RunSummary &summary)
{
    m_summary = summary;
    m_hasSummary = true;
    rebuild();
}

void BandChart::setGrouping(Grouping grouping)
{
    if (m_grouping == grouping) return;
    m_grouping = grouping;
    rebuild();
}

void BandChart::setPercentages(bool on)
{
    if (m_percentages == on) return;
    m_percentages = on;
    rebuild();
}

void BandChart::setShowNotTaken(bool on)
{
    if (m_showNotTaken == on) return;
    m_showNotTaken = on;
    rebuild();
}

QStringList BandChart::setLabels() const
{
    QStringList labels;
    for (const screening::Band &band : m_summary.instrument.bands) labels << screening::localized(band.label);
    labels << tr("Invalid");
    if (m_showNotTaken) labels << tr("Not taken");
    return labels;
}

int BandChart::setCount() const { return int(setLabels().size()); }

QList<int> BandChart::segmentCounts(const screening::GroupCounts &group) const
{
    QList<int> counts;
    const int bands = int(m_summary.instrument.bands.size());
    for (int b = 0; b < bands; ++b) counts << (b < group.perBand.size() ? group.perBand[b] : 0);
    counts << group.invalid;
    if (m_showNotTaken) counts << qMax(0, group.expected - group.taken);
    return counts;
}

QString BandChart::segmentText(int setIndex, int groupIndex) const
{
    const QStringList labels = setLabels();
    if (groupIndex < 0 || groupIndex >= groups().size() || setIndex < 0 || setIndex >= labels.size()) return {};
    const screening::GroupCounts &group = groups().at(groupIndex);
    const QList<int> counts = segmentCounts(group);
    int whole = 0;
    for (int c : counts) whole += c;
    //: A segment of the band chart: group, band, count and its share of the group.
    return tr("%1: %2 %3 (%4%)")
        .arg(group.name(), labels.at(setIndex), QString::number(counts.at(setIndex)),
             QString::number(percentOf(counts.at(setIndex), whole)));
}

void BandChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    if (!m_hasSummary) return;

    const QStringList labels = setLabels();
    const int bands = int(m_summary.instrument.bands.size());
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.7);
    QList<QBarSet *> sets;
    for (int s = 0; s < labels.size(); ++s) {
        auto *set = new QBarSet(labels.at(s));
        const QColor colour = s < bands ? bandColor(s, bands) : (s == bands ? kInvalid : kNotTaken);
        set->setColor(colour);
        set->setBorderColor(colour.darker(115));
        sets << set;
    }
    // Horizontal bars stack upwards: the groups go in last first, so the first grade or class is on top.
    QStringList categories;
    int widest = 0;
    for (auto it = groups().crbegin(); it != groups().crend(); ++it) {
        const screening::GroupCounts &group = *it;
        categories << group.name();
        const QList<int> counts = segmentCounts(group);
        int whole = 0;
        for (int v : counts) whole += v;
        widest = qMax(widest, whole);
        for (int s = 0; s < counts.size(); ++s)
            sets[s]->append(m_percentages ? (whole > 0 ? counts[s] * 100.0 / whole : 0.0) : double(counts[s]));
    }
    series->append(sets);
    c->addSeries(series);
    auto *groupsAxis = new QBarCategoryAxis;
    groupsAxis->append(categories);
    groupsAxis->setGridLineVisible(false);
    groupsAxis->setTruncateLabels(false);  // Qt Charts 6.4 measures CJK labels too wide and shows "..."
    // Room for every group's label: Qt hides labels that would overlap, so each bar gets a line of
    // text and a little more; the legend and the value axis a few lines. A school's 40 classes make
    // a chart taller than the page: it scrolls (ResultsView puts it in a scroll area).
    const int line = QFontMetrics(groupsAxis->labelsFont()).height();
    setMinimumHeight(qMax(180, 5 * line + 40 + int(categories.size()) * (line + line / 2 + 4)));

    auto *valueAxis = new QValueAxis;
    if (m_percentages) {
        valueAxis->setRange(0, 100);
        valueAxis->setTickCount(6);
        valueAxis->setLabelFormat(u"%.0f%%"_s);
    } else {
        valueAxis->setLabelFormat(u"%.0f"_s);
        if (widest <= 10) {  // whole numbers only: 0, 1, 2 … rather than 0, 0, 1, 1
            valueAxis->setRange(0, qMax(1, widest));
            valueAxis->setTickCount(qMax(1, widest) + 1);
        } else {
            valueAxis->setRange(0, widest);
            valueAxis->applyNiceNumbers();
        }
    }
    c->addAxis(groupsAxis, Qt::AlignLeft);
    c->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(groupsAxis);
    series->attachAxis(valueAxis);
    c->legend()->setVisible(true);

    connect(series, &QAbstractBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *set) { showSegmentTip(status, index, set); });
}

void BandChart::showSegmentTip(bool status, int groupIndex, QBarSet *set)
{
    if (!status) {
        QToolTip::hideText();
        return;
    }
    const auto *series = qobject_cast<QAbstractBarSeries *>(chart()->series().value(0));
    if (!series) return;
    const int group = groupCount() - 1 - groupIndex;  // the bars are in reverse order
    QToolTip::showText(QCursor::pos(), segmentText(int(series->barSets().indexOf(set)), group), this);
}

QImage BandChart::renderImage(const QSize &size, qreal scale)
{
    resize(size);
    (void)grab();  // delivers the pending resize of a hidden widget, so the chart lays out at `size`
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // The scene, not the widget: drawn as vectors into the larger image, so text stays sharp.
    scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

}  // namespace ui
}  // namespace cd

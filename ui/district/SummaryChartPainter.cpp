#include "ui/district/SummaryChartPainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
const QColor kBar(0x4a, 0x78, 0xb8);
const QColor kInk(0x22, 0x22, 0x22);
const QColor kAxis(0x88, 0x88, 0x88);
}  // namespace

SummaryChartPainter::SummaryChartPainter(const SummaryChart &chart, const QFont &font, QPaintDevice *device, qreal width)
    : m_chart(chart), m_font(font), m_titleFont(font), m_device(device), m_width(width)
{
    m_titleFont.setBold(true);
    const QFontMetricsF fm(m_font, m_device);
    m_line = fm.height() * 1.5;
    qreal widest = 0, widestFigure = 0;
    for (const SummaryBar &b : m_chart.bars) {
        widest = std::max(widest, fm.horizontalAdvance(b.label));
        widestFigure = std::max(widestFigure, fm.horizontalAdvance(b.text));
    }
    const qreal gap = fm.averageCharWidth();
    m_labelWidth = std::min(widest + gap, width * 0.35);
    m_figureWidth = widestFigure + 2 * gap;
    for (const SummaryBar &b : m_chart.bars) m_labels << fm.elidedText(b.label, Qt::ElideRight, m_labelWidth - gap);
    m_height = QFontMetricsF(m_titleFont, m_device).height() * 1.6 + m_line * m_chart.bars.size();
}

void SummaryChartPainter::paint(QPainter &painter, const QPointF &topLeft) const
{
    painter.save();
    painter.translate(topLeft);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(kInk);
    painter.setFont(m_titleFont);
    const QFontMetricsF titleMetrics(m_titleFont, m_device);
    painter.drawText(QPointF(0, titleMetrics.ascent()), m_chart.title);

    painter.setFont(m_font);
    const QFontMetricsF fm(m_font, m_device);
    const qreal top = titleMetrics.height() * 1.6;
    const qreal barArea = std::max<qreal>(1, m_width - m_labelWidth - m_figureWidth);
    const qreal gap = fm.averageCharWidth() * 0.6;
    const double maximum = m_chart.axisMaximum();
    for (int i = 0; i < m_chart.bars.size(); ++i) {
        const SummaryBar &b = m_chart.bars.at(i);
        const qreal y = top + i * m_line;
        const qreal baseline = y + (m_line + fm.ascent() - fm.descent()) / 2;
        painter.setPen(kInk);
        painter.drawText(QPointF(0, baseline), m_labels.at(i));
        qreal figureAt = m_labelWidth + gap;
        if (!b.withheld && b.value > 0) {
            const qreal length = barArea * b.value / maximum;
            painter.fillRect(QRectF(m_labelWidth, y + m_line * 0.18, length, m_line * 0.64), kBar);
            figureAt = m_labelWidth + length + gap;
        }
        painter.drawText(QPointF(figureAt, baseline), b.text);
    }
    painter.setPen(QPen(kAxis, 0));
    painter.drawLine(QPointF(m_labelWidth, top), QPointF(m_labelWidth, top + m_line * m_chart.bars.size()));
    painter.restore();
}

QStringList SummaryChartPainter::strings() const
{
    QStringList drawn{m_chart.title};
    for (int i = 0; i < m_chart.bars.size(); ++i) drawn << m_labels.at(i) << m_chart.bars.at(i).text;
    return drawn;
}

QTextCharFormat SummaryChartObject::add(const SummaryChartPainter &chart)
{
    QTextCharFormat format;
    format.setObjectType(objectType());
    format.setProperty(kChartIndex, int(m_charts.size()));
    m_charts << chart;
    return format;
}

QSizeF SummaryChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const int i = format.property(kChartIndex).toInt();
    return i >= 0 && i < m_charts.size() ? m_charts.at(i).size() : QSizeF();
}

void SummaryChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int i = format.property(kChartIndex).toInt();
    if (i >= 0 && i < m_charts.size()) m_charts.at(i).paint(*painter, rect.topLeft());
}

}  // namespace cd::ui

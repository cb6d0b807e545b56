#pragma once
// A summary chart drawn with QPainter, for the PDF: horizontal bars, one line per row (label,
// bar, figure), a withheld row's mark where its bar would start and no bar. Placed in the PDF's
// text flow as an inline object (SummaryChartObject), so it moves to the next page whole.

#include "ui/district/SummaryCharts.h"

#include <QFont>
#include <QObject>
#include <QSizeF>
#include <QStringList>
#include <QTextObjectInterface>
#include <QVector>

class QPaintDevice;
class QPainter;

namespace cd::ui {

class SummaryChartPainter {
public:
    /// `device`: the one the chart is measured for (the PDF writer).
    SummaryChartPainter(const SummaryChart &chart, const QFont &font, QPaintDevice *device, qreal width);

    QSizeF size() const { return {m_width, m_height}; }
    void paint(QPainter &painter, const QPointF &topLeft) const;
    /// Every string paint() draws (the title, each label as drawn, each figure or mark).
    QStringList strings() const;

private:
    SummaryChart m_chart;
    QFont m_font;
    QFont m_titleFont;
    QPaintDevice *m_device;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_line = 0;
    qreal m_labelWidth = 0;
    qreal m_figureWidth = 0;
    QStringList m_labels;  ///< as drawn (elided to the label column)
};

/// The text object handler that places the charts in a QTextDocument: a character with
/// objectType() and property kChartIndex = an index into its charts.
class SummaryChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int objectType() { return QTextFormat::UserObject + 1; }
    static constexpr int kChartIndex = QTextFormat::UserProperty + 1;

    explicit SummaryChartObject(QObject *parent = nullptr) : QObject(parent) {}
    /// Adds a chart; returns the format of the character that shows it.
    QTextCharFormat add(const SummaryChartPainter &chart);
    const QVector<SummaryChartPainter> &charts() const { return m_charts; }

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    QVector<SummaryChartPainter> m_charts;
};

}  // namespace cd::ui

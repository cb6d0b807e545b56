#include "ui/district/SummaryHeaderView.h"

#include <QPainter>
#include <QStyleOptionHeader>
#include <QTextLayout>
#include <QTimer>

namespace cd::ui {

SummaryHeaderView::SummaryHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("summaryHeader"));
    setTextElideMode(Qt::ElideRight);
    // Widths change with the window (the columns stretch): the height follows, once they settle.
    connect(this, &QHeaderView::sectionResized, this, [this]() {
        QTimer::singleShot(0, this, &SummaryHeaderView::followWidths);
    });
}

int SummaryHeaderView::textWidth(int sectionWidth) const
{
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    return qMax(1, sectionWidth - 2 * margin);
}

QStringList SummaryHeaderView::headingLines(int logicalIndex, int width) const
{
    const QString text = model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
    if (text.isEmpty()) return {};
    QTextLayout layout(text, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetrics metrics(font());
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == kMaxLines - 1) {  // the last line allowed: the rest, elided
            lines << metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QSize SummaryHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    const int width = sectionSize(logicalIndex) > 0 ? sectionSize(logicalIndex) : size.width();
    const int lines = qMax(1, int(headingLines(logicalIndex, textWidth(width)).size()));
    const int extra = (lines - 1) * QFontMetrics(font()).lineSpacing();
    size.setHeight(size.height() + extra);
    return size;
}

void SummaryHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid()) return;
    // The section as the style draws it, without its text; then the heading's lines.
    QStyleOptionHeader option;
    initStyleOption(&option);
    initStyleOptionForIndex(&option, logicalIndex);
    option.rect = rect;
    option.text.clear();
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    const QStringList lines = headingLines(logicalIndex, textWidth(rect.width()));
    const QFontMetrics metrics(font());
    const int height = int(lines.size()) * metrics.lineSpacing();
    const QVariant align = model()->headerData(logicalIndex, orientation(), Qt::TextAlignmentRole);
    const Qt::Alignment horizontal =
        Qt::Alignment(align.isValid() ? align.toInt() : int(defaultAlignment())) & Qt::AlignHorizontal_Mask;
    QRect line(rect.left() + margin, rect.top() + (rect.height() - height) / 2, rect.width() - 2 * margin,
               metrics.lineSpacing());
    painter->setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::ButtonText));
    painter->setClipRect(rect);
    for (const QString &text : lines) {
        painter->drawText(line, int(horizontal | Qt::AlignVCenter), text);
        line.translate(0, metrics.lineSpacing());
    }
    painter->restore();
}

void SummaryHeaderView::followWidths()
{
    if (!model() || count() == 0) return;
    // The cached size hint holds the old widths' height.
    headerDataChanged(orientation(), 0, count() - 1);
    const int height = sizeHint().height();
    if (height == m_height) return;
    m_height = height;
    Q_EMIT geometriesChanged();  // the table places its viewport under the taller header
    Q_EMIT heightChanged(height);
}

}  // namespace cd::ui

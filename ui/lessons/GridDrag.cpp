#include "ui/lessons/GridDrag.h"

#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace cd::ui {

QString lessonDragMimeType() { return u"application/x-counseldesk-lessons"_s; }

QMimeData *lessonDragData(const LessonDrag &drag)
{
    QStringList ids;
    for (qint64 id : drag.lessonIds) ids << QString::number(id);
    auto *data = new QMimeData;
    data->setData(lessonDragMimeType(), u"%1 %2 %3 %4 %5"_s.arg(drag.semesterId)
                                            .arg(drag.week)
                                            .arg(drag.weekday)
                                            .arg(drag.period)
                                            .arg(ids.join(u','))
                                            .toUtf8());
    return data;
}

std::optional<LessonDrag> readLessonDrag(const QMimeData *data)
{
    if (!data || !data->hasFormat(lessonDragMimeType())) return std::nullopt;
    const QStringList parts = QString::fromUtf8(data->data(lessonDragMimeType())).split(u' ');
    if (parts.size() != 5) return std::nullopt;
    LessonDrag drag{parts[0].toLongLong(), parts[1].toInt(), parts[2].toInt(), parts[3].toInt(), {}};
    for (const QString &id : parts[4].split(u',', Qt::SkipEmptyParts))
        if (const qint64 value = id.toLongLong(); value > 0) drag.lessonIds << value;
    if (drag.lessonIds.isEmpty()) return std::nullopt;
    return drag;
}

QColor DropTarget::colour(const QPalette &palette) const
{
    if (!known) return palette.color(QPalette::Highlight);
    if (state.blocking) return QColor(0xc6, 0x28, 0x28);
    if (state.warnings) return QColor(0xef, 0x6c, 0x00);
    return QColor(0x2e, 0x7d, 0x32);
}

DropFrameDelegate::DropFrameDelegate(std::function<std::optional<DropTarget>()> target, QObject *parent)
    : QStyledItemDelegate(parent), m_target(std::move(target))
{
}

void DropFrameDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const std::optional<DropTarget> target = m_target();
    if (!target || target->row != index.row() || target->column != index.column()) return;
    const QColor colour = target->colour(option.palette);
    painter->save();
    QColor wash = colour;
    wash.setAlpha(48);
    painter->fillRect(option.rect, wash);
    painter->setPen(QPen(colour, 3));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
    painter->restore();
}

}  // namespace cd::ui

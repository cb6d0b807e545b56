#pragma once
// Dragging lessons in the week grid (TimetableGrid): what a drag carries (the semester, the week,
// the cell it started in, the planned lessons there) and the frame that marks the cell a drop would
// land in, coloured by what stands in the way there (green free, orange warnings, red blocked).

#include "ui/lessons/LessonTexts.h"

#include <QColor>
#include <QList>
#include <QStyledItemDelegate>

#include <functional>
#include <optional>

class QMimeData;

namespace cd::ui {

/// What a drag of lessons out of a cell of the week grid carries.
struct LessonDrag {
    qint64 semesterId = 0;
    int week = 0;
    int weekday = 0;  ///< the cell it started in
    int period = 0;
    QList<qint64> lessonIds;  ///< the planned lessons of that cell (as filtered)
};

/// The drag's MIME type: "application/x-counseldesk-lessons".
QString lessonDragMimeType();
/// A new QMimeData holding `drag` (the caller owns it; a QDrag takes it).
QMimeData *lessonDragData(const LessonDrag &drag);
/// The drag `data` holds, or nothing when it is not a drag of lessons.
std::optional<LessonDrag> readLessonDrag(const QMimeData *data);

/// The cell a drop would land in, and what stands in the way there.
struct DropTarget {
    int row = 0;
    int column = 0;
    ConflictState state;
    bool known = false;  ///< false when the state was not looked up (several lessons dragged)
    /// The frame's colour: green when free, orange with warnings, red when blocked, the palette's
    /// highlight when not known.
    QColor colour(const QPalette &palette) const;
};

/// Paints the grid's cells as usual, then a frame and a light wash over the drop target.
class DropFrameDelegate : public QStyledItemDelegate {
public:
    DropFrameDelegate(std::function<std::optional<DropTarget>()> target, QObject *parent);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    std::function<std::optional<DropTarget>()> m_target;
};

}  // namespace cd::ui

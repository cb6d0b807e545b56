#include "ui/common/AppIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {

const QColor kInk(0x37, 0x47, 0x4f);     // blue-grey: reads on light and mid-grey sidebars
const QColor kAccent(0x1e, 0x88, 0xe5);  // blue
const QColor kAlert(0xc6, 0x28, 0x28);   // red, for the crisis area only

/// Draws on a 24 × 24 grid.
using Drawing = std::function<void(QPainter &)>;

QPen pen(const QColor &colour, qreal width = 2.0)
{
    return QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

void person(QPainter &p, const QPointF &head, qreal scale, const QColor &colour)
{
    p.setPen(pen(colour));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(head, 3.5 * scale, 3.5 * scale);
    QPainterPath body;
    body.moveTo(head.x() - 6.5 * scale, head.y() + 12 * scale);
    body.cubicTo(head.x() - 6.5 * scale, head.y() + 5 * scale, head.x() + 6.5 * scale, head.y() + 5 * scale,
                 head.x() + 6.5 * scale, head.y() + 12 * scale);
    p.drawPath(body);
}

Drawing drawingFor(const QString &name)
{
    if (name == u"home"_s)
        return [](QPainter &p) {
            p.setPen(pen(kInk));
            p.drawPolyline(QPolygonF({{3, 11.5}, {12, 4}, {21, 11.5}}));
            p.drawPolyline(QPolygonF({{5.5, 10}, {5.5, 20}, {18.5, 20}, {18.5, 10}}));
            p.setPen(pen(kAccent));
            p.drawPolyline(QPolygonF({{10, 20}, {10, 14}, {14, 14}, {14, 20}}));
        };
    if (name == u"students"_s)
        return [](QPainter &p) {
            person(p, {16, 7}, 0.85, kAccent);
            person(p, {9, 8}, 1.0, kInk);
        };
    if (name == u"watch"_s)
        return [](QPainter &p) {
            p.setPen(pen(kInk));
            QPainterPath eye;
            eye.moveTo(2.5, 12);
            eye.quadTo(12, 2, 21.5, 12);
            eye.quadTo(12, 22, 2.5, 12);
            p.drawPath(eye);
            p.setPen(Qt::NoPen);
            p.setBrush(kAccent);
            p.drawEllipse(QPointF(12, 12), 3.5, 3.5);
        };
    if (name == u"crisis"_s)
        return [](QPainter &p) {
            p.setPen(pen(kAlert));
            p.drawPolygon(QPolygonF({{12, 3}, {21.5, 20}, {2.5, 20}}));
            p.drawLine(QPointF(12, 9), QPointF(12, 14));
            p.setPen(Qt::NoPen);
            p.setBrush(kAlert);
            p.drawEllipse(QPointF(12, 17), 1.3, 1.3);
        };
    if (name == u"screening"_s)
        return [](QPainter &p) {
            p.setPen(pen(kInk));
            p.drawPolyline(QPolygonF({{3, 3}, {3, 21}, {21, 21}}));
            p.setPen(Qt::NoPen);
            p.setBrush(kAccent);
            p.drawRect(QRectF(6.5, 13, 3.5, 6));
            p.drawRect(QRectF(12, 9, 3.5, 10));
            p.setBrush(kInk);
            p.drawRect(QRectF(17.5, 5, 3.5, 14));
        };
    if (name == u"lessons"_s)  // a calendar page with the lesson days marked
        return [](QPainter &p) {
            p.setPen(pen(kInk));
            p.drawRoundedRect(QRectF(3, 5, 18, 16), 2, 2);
            p.drawLine(QPointF(3, 9.5), QPointF(21, 9.5));
            p.drawLine(QPointF(8, 3), QPointF(8, 6.5));
            p.drawLine(QPointF(16, 3), QPointF(16, 6.5));
            p.setPen(Qt::NoPen);
            p.setBrush(kAccent);
            p.drawRect(QRectF(6, 12.5, 3.5, 3));
            p.drawRect(QRectF(14.5, 16, 3.5, 3));
        };
    if (name == u"users"_s)
        return [](QPainter &p) {
            person(p, {10, 7}, 1.0, kInk);
            p.setPen(pen(kAccent));
            p.drawEllipse(QPointF(18, 16), 2.5, 2.5);
            p.drawLine(QPointF(18, 18.5), QPointF(18, 22));
            p.drawLine(QPointF(18, 20.5), QPointF(20, 20.5));
        };
    if (name == u"audit"_s)
        return [](QPainter &p) {
            p.setPen(pen(kInk));
            p.drawPolygon(QPolygonF({{5, 3}, {15, 3}, {19, 7}, {19, 21}, {5, 21}}));
            p.drawLine(QPointF(8.5, 10), QPointF(15.5, 10));
            p.drawLine(QPointF(8.5, 14), QPointF(15.5, 14));
            p.setPen(pen(kAccent));
            p.drawPolyline(QPolygonF({{8.5, 18}, {10.5, 19.5}, {15.5, 16}}));
        };
    if (name == u"groups"_s)
        return [](QPainter &p) {
            person(p, {12, 5.5}, 0.8, kAccent);
            person(p, {6, 10}, 0.8, kInk);
            person(p, {18, 10}, 0.8, kInk);
        };
    if (name == u"agenda"_s)
        return [](QPainter &p) {
            p.setPen(pen(kInk));
            p.drawRect(QRectF(3.5, 5, 17, 16));
            p.drawLine(QPointF(3.5, 9.5), QPointF(20.5, 9.5));
            p.drawLine(QPointF(8, 3), QPointF(8, 6.5));
            p.drawLine(QPointF(16, 3), QPointF(16, 6.5));
            p.setPen(Qt::NoPen);
            p.setBrush(kAccent);
            p.drawRect(QRectF(13.5, 13.5, 4, 4));
        };
    return {};
}

}  // namespace

QStringList appIconNames()
{
    return {u"home"_s,  u"students"_s, u"watch"_s,  u"crisis"_s, u"lessons"_s,
            u"screening"_s, u"users"_s, u"audit"_s, u"groups"_s, u"agenda"_s};
}

QIcon appIcon(const QString &name)
{
    const Drawing draw = drawingFor(name);
    if (!draw) return QIcon::fromTheme(name);
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 24.0, size / 24.0);
        draw(painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

}  // namespace ui
}  // namespace cd

#include "ui/common/StatusWidgets.h"

#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

QLabel *makeErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c62828;"_s);
    label->hide();
    return label;
}

QProgressBar *makeBusyBar(QWidget *parent, const QString &objectName)
{
    auto *bar = new QProgressBar(parent);
    if (!objectName.isEmpty()) bar->setObjectName(objectName);
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setMaximumHeight(6);
    bar->hide();
    return bar;
}

QLabel *makeTitle(QWidget *parent, const QString &text)
{
    auto *title = new QLabel(text, parent);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    return title;
}

}  // namespace ui
}  // namespace cd

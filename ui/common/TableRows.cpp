#include "ui/common/TableRows.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

namespace cd {
namespace ui {

void fitRowsToText(QTableView *view)
{
    // A line of text and the item's margins (3 px above and below in Fusion and the Windows style).
    const int height = view->fontMetrics().height() + 6;
    view->verticalHeader()->setMinimumSectionSize(height);
    view->verticalHeader()->setDefaultSectionSize(height);
}

}  // namespace ui
}  // namespace cd

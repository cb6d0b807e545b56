#pragma once
// Rows as tall as a line of their text needs. Qt 6 makes every table row 30 px whatever the font;
// with the 9 or 10 pt fonts of school desktops that is a third more than the text needs, and on a
// 1366×768 screen at 125 % a list shows a row or two fewer for it.

class QTableView;

namespace cd {
namespace ui {

/// For tables of one-line cells (no word wrap, no editors taller than a line edit).
void fitRowsToText(QTableView *view);

}  // namespace ui
}  // namespace cd

#pragma once
// The small status widgets every dialog of the app uses the same way: a red, word-wrapped error
// line (hidden until there is something to say) and a thin busy bar for work on a worker thread.

#include <QString>

class QLabel;
class QProgressBar;
class QWidget;

namespace cd {
namespace ui {

/// A hidden, red, word-wrapped label named `objectName`.
QLabel *makeErrorLabel(QWidget *parent, const QString &objectName);
/// A hidden, indeterminate, 6-pixel progress bar.
QProgressBar *makeBusyBar(QWidget *parent, const QString &objectName = {});
/// A page title: bold, 1.4 times the normal size.
QLabel *makeTitle(QWidget *parent, const QString &text);

}  // namespace ui
}  // namespace cd

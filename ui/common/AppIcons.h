#pragma once
// The app's own icons for the sidebar (and anything else that names one): drawn here, so they show
// on every desktop (theme icons are missing on many school PCs). Any other name falls back to the
// desktop theme.

#include <QIcon>
#include <QString>
#include <QStringList>

namespace cd {
namespace ui {

/// "home", "students", "watch", "crisis", "lessons", "screening", "users", "audit": drawn by the app; any
/// other name: QIcon::fromTheme(name).
QIcon appIcon(const QString &name);
/// The names appIcon() draws itself.
QStringList appIconNames();

}  // namespace ui
}  // namespace cd

#include "ui/common/FileDialogs.h"

#include "ui/common/StartFolder.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
QString &nextSaveName()
{
    static QString name;
    return name;
}
QString &nextOpenName()
{
    static QString name;
    return name;
}
QString &nextDirectoryName()
{
    static QString name;
    return name;
}

/// Runs `dialog`; once it shows (Qt's own, where the desktop offers none), its detail view's
/// columns fit their contents: a narrow size column showed "29….KiB" in Chinese.
QString run(QFileDialog &dialog)
{
    QTimer::singleShot(0, &dialog, [&dialog]() {
        if (auto *tree = dialog.findChild<QTreeView *>(u"treeView"_s)) {
            for (int column = 1; column < tree->header()->count(); ++column)
                tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        }
    });
    if (dialog.exec() != QDialog::Accepted) return {};
    return dialog.selectedFiles().value(0);
}
}  // namespace

void FileDialogs::setNextDirectory(const QString &path) { nextDirectoryName() = path; }

QString FileDialogs::existingDirectory(QWidget *parent, const QString &title, const QString &start)
{
    lastDirectoryStart() = start;
    if (!nextDirectoryName().isEmpty()) return std::exchange(nextDirectoryName(), QString());
    QFileDialog dialog(parent, title, start);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return run(dialog);
}

void FileDialogs::setNextOpenFileName(const QString &path) { nextOpenName() = path; }

QString FileDialogs::openFileName(QWidget *parent, const QString &title, const QString &filter, const QString &start)
{
    if (!nextOpenName().isEmpty()) return std::exchange(nextOpenName(), QString());
    QFileDialog dialog(parent, title, start, filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog);
}

void FileDialogs::setNextSaveFileName(const QString &path) { nextSaveName() = path; }

QString FileDialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                  const QString &filter)
{
    if (!nextSaveName().isEmpty()) return std::exchange(nextSaveName(), QString());
    QFileDialog dialog(parent, title, suggestedPath, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return run(dialog);
}

}  // namespace ui
}  // namespace cd

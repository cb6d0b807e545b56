#include "ui/common/FileDialogs.h"

#include <QFileDialog>

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
}  // namespace

void FileDialogs::setNextDirectory(const QString &path) { nextDirectoryName() = path; }

QString FileDialogs::existingDirectory(QWidget *parent, const QString &title, const QString &start)
{
    if (!nextDirectoryName().isEmpty()) return std::exchange(nextDirectoryName(), QString());
    return QFileDialog::getExistingDirectory(parent, title, start);
}

void FileDialogs::setNextOpenFileName(const QString &path) { nextOpenName() = path; }

QString FileDialogs::openFileName(QWidget *parent, const QString &title, const QString &filter, const QString &start)
{
    if (!nextOpenName().isEmpty()) return std::exchange(nextOpenName(), QString());
    return QFileDialog::getOpenFileName(parent, title, start, filter);
}

void FileDialogs::setNextSaveFileName(const QString &path) { nextSaveName() = path; }

QString FileDialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                  const QString &filter)
{
    if (!nextSaveName().isEmpty()) return std::exchange(nextSaveName(), QString());
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

}  // namespace ui
}  // namespace cd

#include "common/FileDialogs.h"

#include <QFileDialog>

namespace cd {
namespace ui {

namespace {
QString &nextSaveName()
{
    static QString name;
    return name;
}
}  // namespace

static QString &nextOpenName()
{
    static QString name;
    return name;
}

void FileDialogs::setNextOpenFileName(const QString &path) { nextOpenName() = path; }

QString FileDialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (!nextOpenName().isEmpty()) return std::exchange(nextOpenName(), QString());
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
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

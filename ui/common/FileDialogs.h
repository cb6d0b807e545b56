#pragma once
// File dialogs with a seam for tests: setNextSaveFileName() answers the next save dialog.

#include <QString>

class QWidget;

namespace cd {
namespace ui {

class FileDialogs {
public:
    /// A save-file dialog; empty when cancelled.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                const QString &filter);
    /// An open-file dialog; empty when cancelled.
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter,
                                const QString &start = {});
    /// A folder chooser; empty when cancelled.
    static QString existingDirectory(QWidget *parent, const QString &title, const QString &start);
    /// Tests only: the next saveFileName() returns `path` without showing anything.
    static void setNextSaveFileName(const QString &path);
    /// Tests only: the next openFileName() returns `path` without showing anything.
    static void setNextOpenFileName(const QString &path);
    /// Tests only: the next existingDirectory() returns `path` without showing anything.
    static void setNextDirectory(const QString &path);
};

}  // namespace ui
}  // namespace cd

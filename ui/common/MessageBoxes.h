#pragma once
// The app's message boxes, with a seam for tests: setNextAnswer() answers the next question
// without showing anything (KeePassXC's MessageBox::setNextAnswer idea).

#include <QMessageBox>
#include <QString>

namespace cd {
namespace ui {

class MessageBoxes {
public:
    enum class SaveChoice { Save, Discard, Cancel };

    /// Asks a yes/no question; `destructive` makes No the default button.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
                        bool destructive = false);
    static void error(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    /// Asks whether to save unsaved changes before going on: Save (the default), Discard, Cancel.
    static SaveChoice askSave(QWidget *parent, const QString &title, const QString &text);

    /// Tests only: the next confirm() returns `yes`, the next error()/information() is skipped.
    /// Calls queue up: each message takes the oldest answer.
    static void setNextAnswer(bool yes);
    /// Tests only: the next askSave() returns `choice` without showing anything (its own queue).
    static void setNextSaveChoice(SaveChoice choice);
    /// Tests only: the text of the last message shown or skipped.
    static QString lastText();

private:
    static bool takeNextAnswer(bool *answer);
};

}  // namespace ui
}  // namespace cd

#pragma once
// The app's message boxes, with a seam for tests: setNextAnswer() answers the next question
// without showing anything (KeePassXC's MessageBox::setNextAnswer idea).

#include <QMessageBox>
#include <QString>
#include <QStringList>

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
    /// Offers a choice of next steps, one button each (`buttons` in order, translated); returns
    /// the index of the button chosen. Escape and closing choose `defaultIndex`.
    static int choose(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                      const QStringList &buttons, int defaultIndex);
    /// Asks for one of `items` (e.g. a student of a list); returns its index, or -1 when cancelled.
    static int pick(QWidget *parent, const QString &title, const QString &label, const QStringList &items);

    /// Tests only: the next confirm() returns `yes`, the next error()/information() is skipped.
    /// Calls queue up: each message takes the oldest answer.
    static void setNextAnswer(bool yes);
    /// Tests only: the next askSave() returns `choice` without showing anything (its own queue).
    static void setNextSaveChoice(SaveChoice choice);
    /// Tests only: the next choose() returns `index` without showing anything (its own queue).
    static void setNextChoice(int index);
    /// Tests only: the next pick() returns `index` without showing anything (its own queue).
    static void setNextPick(int index);
    /// Tests only: the text of the last message shown or skipped.
    static QString lastText();

private:
    static bool takeNextAnswer(bool *answer);
};

}  // namespace ui
}  // namespace cd

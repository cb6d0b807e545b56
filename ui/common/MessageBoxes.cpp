#include "common/MessageBoxes.h"

#include <QPushButton>

#include <QList>

namespace cd {
namespace ui {

namespace {
QList<bool> &nextAnswers()
{
    static QList<bool> answers;
    return answers;
}
QString &lastMessage()
{
    static QString text;
    return text;
}
}  // namespace

void MessageBoxes::setNextAnswer(bool yes) { nextAnswers().append(yes); }
QString MessageBoxes::lastText() { return lastMessage(); }

bool MessageBoxes::takeNextAnswer(bool *answer)
{
    if (nextAnswers().isEmpty()) return false;
    *answer = nextAnswers().takeFirst();
    return true;
}

bool MessageBoxes::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
                           bool destructive)
{
    lastMessage() = text;
    bool answer = false;
    if (takeNextAnswer(&answer)) return answer;
    QMessageBox box(destructive ? QMessageBox::Warning : QMessageBox::Question, title, text, QMessageBox::NoButton,
                    parent);
    QPushButton *yes = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(destructive ? no : yes);
    box.exec();
    return box.clickedButton() == yes;
}

void MessageBoxes::error(QWidget *parent, const QString &title, const QString &text)
{
    lastMessage() = text;
    bool ignored = false;
    if (takeNextAnswer(&ignored)) return;
    QMessageBox::critical(parent, title, text);
}

void MessageBoxes::information(QWidget *parent, const QString &title, const QString &text)
{
    lastMessage() = text;
    bool ignored = false;
    if (takeNextAnswer(&ignored)) return;
    QMessageBox::information(parent, title, text);
}

}  // namespace ui
}  // namespace cd

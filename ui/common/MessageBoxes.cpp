#include "ui/common/MessageBoxes.h"

#include <QInputDialog>
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
QList<MessageBoxes::SaveChoice> &nextSaveChoices()
{
    static QList<MessageBoxes::SaveChoice> choices;
    return choices;
}
QList<int> &nextChoices()
{
    static QList<int> choices;
    return choices;
}
QList<int> &nextPicks()
{
    static QList<int> picks;
    return picks;
}
QString &lastMessage()
{
    static QString text;
    return text;
}
}  // namespace

void MessageBoxes::setNextAnswer(bool yes) { nextAnswers().append(yes); }
void MessageBoxes::setNextSaveChoice(SaveChoice choice) { nextSaveChoices().append(choice); }
void MessageBoxes::setNextChoice(int index) { nextChoices().append(index); }
void MessageBoxes::setNextPick(int index) { nextPicks().append(index); }
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

MessageBoxes::SaveChoice MessageBoxes::askSave(QWidget *parent, const QString &title, const QString &text)
{
    lastMessage() = text;
    if (!nextSaveChoices().isEmpty()) return nextSaveChoices().takeFirst();
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    parent);
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save: return SaveChoice::Save;
    case QMessageBox::Discard: return SaveChoice::Discard;
    default: return SaveChoice::Cancel;
    }
}

int MessageBoxes::choose(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                         const QStringList &buttons, int defaultIndex)
{
    lastMessage() = text;
    if (!nextChoices().isEmpty()) return nextChoices().takeFirst();
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    QList<QPushButton *> added;
    for (const QString &label : buttons) added << box.addButton(label, QMessageBox::ActionRole);
    if (defaultIndex >= 0 && defaultIndex < added.size()) {
        box.setDefaultButton(added[defaultIndex]);
        box.setEscapeButton(added[defaultIndex]);
    }
    box.exec();
    const int chosen = static_cast<int>(added.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
    return chosen >= 0 ? chosen : defaultIndex;
}

int MessageBoxes::pick(QWidget *parent, const QString &title, const QString &label, const QStringList &items)
{
    lastMessage() = label;
    if (!nextPicks().isEmpty()) return nextPicks().takeFirst();
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? static_cast<int>(items.indexOf(chosen)) : -1;
}

}  // namespace ui
}  // namespace cd

#include "ui/screening/CriticalAlert.h"

#include "ui/common/AreaRegistry.h"
#include "ui/common/MessageBoxes.h"
#include "ui/crisis/CrisisEntryPoints.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(CriticalAlert)
};

constexpr int kNamesShown = 10;

QString studentLabel(const CriticalAnswer &a)
{
    //: a student in the critical-answer messages: %1 name, %2 student number
    return Tr::tr("%1 (%2)").arg(a.studentName, a.studentNo);
}

/// The students of `answers`, each with their answers, in order of first appearance.
QList<QList<CriticalAnswer>> byStudent(const QList<CriticalAnswer> &answers)
{
    QList<QList<CriticalAnswer>> groups;
    for (const CriticalAnswer &a : answers) {
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&a](const QList<CriticalAnswer> &g) { return g.first().studentId == a.studentId; });
        if (it == groups.end())
            groups.append({a});
        else
            it->append(a);
    }
    return groups;
}

void carryOut(vault::Vault &vault, CriticalStep step, qint64 studentId, QWidget *parent)
{
    if (step == CriticalStep::RecordCrisisEvent)
        openCrisisEventDialog(vault, studentId, parent);
    else if (step == CriticalStep::OpenGrowthRecord)
        AreaRegistry::instance().openStudentRecord(vault, studentId, parent);
}
}  // namespace

QList<CriticalAnswer> criticalAnswers(const screening::Instrument &instrument, const screening::Participant &student,
                                      const screening::StoredScore &score, const screening::AnswerRow &answers)
{
    QList<CriticalAnswer> found;
    for (const QString &id : score.criticalItems) {
        CriticalAnswer a;
        a.studentId = student.studentId;
        a.studentName = student.name;
        a.studentNo = student.studentNo;
        a.instrument = instrument.code;
        for (const screening::CriticalItem &c : instrument.critical)
            if (c.item == id) a.item = screening::localized(c.reason);
        if (a.item.isEmpty()) a.item = Tr::tr("Item %1").arg(id);
        const int index = instrument.itemIndex(id);
        a.value = index >= 0 && static_cast<std::size_t>(index) < answers.size() ? answers[static_cast<std::size_t>(index)]
                                                                                : screening::kUnanswered;
        for (const screening::AnswerOption &o : instrument.options)
            if (o.value == a.value) a.answer = screening::localized(o.label);
        found << a;
    }
    return found;
}

QString describeCriticalAnswer(const CriticalAnswer &a)
{
    if (a.answer.isEmpty())
        //: a critical answer: %1 the instrument ("PHQ-9"), %2 what the item is about, %3 the answer's value
        return Tr::tr("%1 · %2 — answered %3").arg(a.instrument, a.item, QLocale().toString(a.value));
    //: a critical answer: %1 the instrument ("PHQ-9"), %2 what the item is about, %3 the answer's value, %4 its label
    return Tr::tr("%1 · %2 — answered %3 (%4)").arg(a.instrument, a.item, QLocale().toString(a.value), a.answer);
}

CriticalStep stopForCriticalAnswers(vault::Vault &vault, const QList<CriticalAnswer> &answers,
                                    const QString &continueText, QWidget *parent)
{
    if (answers.isEmpty()) return CriticalStep::Continue;
    QStringList lines;
    for (const CriticalAnswer &a : answers) lines << describeCriticalAnswer(a);
    //: %1 the student ("李小明 (2026001)"), %2 the critical answers, one a line
    const QString text = Tr::tr("%1 gave a critical answer:\n\n%2\n\nThe answers are saved. See the student today: "
                                "record a crisis event now, or open the growth record.")
                             .arg(studentLabel(answers.first()), lines.join(u'\n'));
    const int chosen = MessageBoxes::choose(parent, QMessageBox::Warning, Tr::tr("Critical answer"), text,
                                            {Tr::tr("Record a crisis event…"), Tr::tr("Open the growth record"),
                                             continueText},
                                            2);
    const auto step = chosen == 0   ? CriticalStep::RecordCrisisEvent
                      : chosen == 1 ? CriticalStep::OpenGrowthRecord
                                    : CriticalStep::Continue;
    carryOut(vault, step, answers.first().studentId, parent);
    return step;
}

void stopForEachStudent(vault::Vault &vault, const QList<CriticalAnswer> &answers, const QString &continueText,
                        QWidget *parent)
{
    for (const QList<CriticalAnswer> &group : byStudent(answers))
        stopForCriticalAnswers(vault, group, continueText, parent);
}

void summarizeCriticalAnswers(vault::Vault &vault, const QList<CriticalAnswer> &answers, QWidget *parent,
                              const std::function<void()> &showFlagged)
{
    const auto groups = byStudent(answers);
    if (groups.isEmpty()) return;
    const int count = static_cast<int>(groups.size());
    QStringList names;
    for (int i = 0; i < count && i < kNamesShown; ++i) names << studentLabel(groups[i].first());
    QString list = names.join(u'\n');
    if (count > kNamesShown)
        //: after the first ten names of a list: %1 the names, one a line
        list = Tr::tr("%1\nand %n more", nullptr, count - kNamesShown).arg(list);
    const QString text = Tr::tr("%n student(s) gave a critical answer on the imported sheets:\n\n%1\n\nThe answers "
                                "are saved. See each student today: record a crisis event now, or open the growth "
                                "record.",
                                nullptr, count)
                             .arg(list);
    QStringList buttons{Tr::tr("Record a crisis event…"), Tr::tr("Open the growth record")};
    if (showFlagged) buttons << Tr::tr("Show the flagged list");
    buttons << Tr::tr("Close");
    const int closeIndex = static_cast<int>(buttons.size()) - 1;
    const int chosen = MessageBoxes::choose(parent, QMessageBox::Warning, Tr::tr("Critical answers"), text, buttons,
                                            closeIndex);
    if (chosen == 0 || chosen == 1) {
        int student = 0;
        if (count > 1) {
            QStringList items;
            for (const auto &group : groups) {
                QStringList lines;
                for (const CriticalAnswer &a : group) lines << describeCriticalAnswer(a);
                //: a student to choose, with their critical answers: %1 the student, %2 the answers
                items << Tr::tr("%1: %2").arg(studentLabel(group.first()), lines.join(u"; "_s));
            }
            student = MessageBoxes::pick(parent, Tr::tr("Critical answers"), Tr::tr("Which student?"), items);
            if (student < 0) return;
        }
        carryOut(vault, chosen == 0 ? CriticalStep::RecordCrisisEvent : CriticalStep::OpenGrowthRecord,
                 groups[student].first().studentId, parent);
    } else if (showFlagged && chosen == 2) {
        showFlagged();
    }
}

}  // namespace cd::ui

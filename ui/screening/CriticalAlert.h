#pragma once
// A critical answer (e.g. PHQ-9 item 9 above 0) stops the counselor at once, wherever it was
// entered: a modal message naming the student, the instrument, the item and the answer, with the
// next steps as buttons (record a crisis event, open the growth record, go on). The sheet is
// already saved when the message shows; nothing here writes. The kiosk never shows it to the
// student: the screening page shows it once the kiosk is left with the PIN.

#include "core/screening/Instrument.h"
#include "core/screening/RunRepository.h"
#include "core/screening/SheetStore.h"

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

/// One critical item answered above its rule on a saved sheet.
struct CriticalAnswer {
    qint64 studentId = 0;
    QString studentName;
    QString studentNo;
    QString instrument;  ///< the instrument's code ("PHQ-9")
    QString item;        ///< what the item is about, translated ("Item 9: thoughts of … self-harm")
    int value = 0;       ///< the answer's value
    QString answer;      ///< the answer's label, translated (may be empty)
};

/// The critical answers of a saved sheet (empty when none), from its stored score.
QList<CriticalAnswer> criticalAnswers(const screening::Instrument &instrument, const screening::Participant &student,
                                      const screening::StoredScore &score, const screening::AnswerRow &answers);

/// "PHQ-9 · Item 9: … — answer 2 (More than half the days)"
QString describeCriticalAnswer(const CriticalAnswer &answer);

/// What the counselor chose in the message.
enum class CriticalStep { RecordCrisisEvent, OpenGrowthRecord, Continue };

/// Stops with the critical answers of one student (all of `answers` are that student's) and
/// carries out the step chosen: the crisis event dialog preset to the student, or the growth
/// record. `continueText` labels the default button ("Continue entering").
CriticalStep stopForCriticalAnswers(vault::Vault &vault, const QList<CriticalAnswer> &answers,
                                    const QString &continueText, QWidget *parent);

/// The same, once per student of `answers` (in order of first appearance).
void stopForEachStudent(vault::Vault &vault, const QList<CriticalAnswer> &answers, const QString &continueText,
                        QWidget *parent);

/// One summary for many sheets (an answer file): how many students, their names (up to ten, then
/// "and N more"), and the next steps for a student chosen from the list, or `showFlagged` (when
/// set) to see the run's flagged list.
void summarizeCriticalAnswers(vault::Vault &vault, const QList<CriticalAnswer> &answers, QWidget *parent,
                              const std::function<void()> &showFlagged);

}  // namespace cd::ui

#pragma once
// A lesson placed at a time by hand, the same way from the add-lesson dialog, the lesson's dialog,
// the make-up dialog and a drag in the week grid: what stands in the way is looked up again at that moment; a blocking
// conflict refuses with its sentences, warnings ask first; then core writes the change (pinned,
// audited).

#include "core/lessons/Lessons.h"

#include <QString>

class QWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

/// How a change at a new time went.
struct Placement {
    enum Result { Done, Declined, Refused };
    Result result = Refused;
    QString reason;  ///< why it was refused (Refused): the blocking conflicts, one a line, or core's sentence
    qint64 id = 0;   ///< the lesson written (the new one for a make-up)
    bool done() const { return result == Done; }
};

/// Adds `lesson` to semester `semesterId` by hand (Lessons::add); warnings ask "Add the lesson all
/// the same?".
Placement addLesson(QWidget *parent, vault::Vault &vault, qint64 semesterId, const lessons::NewLesson &lesson);
/// Moves planned `lesson` to `to` (Lessons::move); warnings ask "Move the lesson all the same?".
Placement moveLesson(QWidget *parent, vault::Vault &vault, const lessons::Lesson &lesson, const lessons::LessonTime &to);
/// Makes up cancelled lesson `cancelled` at `to` (Lessons::makeUp); warnings ask, "Make up anyway".
Placement makeUpLesson(QWidget *parent, vault::Vault &vault, const lessons::Lesson &cancelled,
                       const lessons::LessonTime &to);
/// The lesson among `lessons` that makes up `cancelledId`, or nullptr.
const lessons::Lesson *makeUpOf(const QList<lessons::Lesson> &lessons, qint64 cancelledId);

}  // namespace cd::ui

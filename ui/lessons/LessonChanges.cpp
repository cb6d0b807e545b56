#include "ui/lessons/LessonChanges.h"

#include "ui/common/MessageBoxes.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(LessonChanges)
};

/// Refuses on a blocking conflict in `found`, asks `question` (%1: the warnings) when there are
/// only warnings, then runs `write` (told whether warnings were accepted).
Placement place(QWidget *parent, const Result<QList<lessons::LessonConflict>> &found, const QString &title,
                const QString &question, const QString &acceptText, const std::function<Result<qint64>(bool)> &write)
{
    if (!found) return {Placement::Refused, found.error().message, 0};
    QStringList blocking, warnings;
    for (const lessons::LessonConflict &c : *found) (c.blocking ? blocking : warnings) << c.message;
    if (!blocking.isEmpty()) return {Placement::Refused, blocking.join(u'\n'), 0};
    if (!warnings.isEmpty() && !MessageBoxes::confirm(parent, title, question.arg(warnings.join(u'\n')), acceptText))
        return {Placement::Declined, {}, 0};
    const Result<qint64> written = write(!warnings.isEmpty());
    if (!written) return {Placement::Refused, written.error().message, 0};
    return {Placement::Done, {}, *written};
}
}  // namespace

Placement addLesson(QWidget *parent, vault::Vault &vault, qint64 semesterId, const lessons::NewLesson &lesson)
{
    lessons::Lessons repo(vault);
    return place(parent, repo.conflicts(semesterId, lesson.cls, lesson.teacherId, lesson.at), Tr::tr("Add a lesson"),
                 //: asked before adding a lesson by hand when only warnings stand in the way (%1: them, one a line)
                 Tr::tr("%1\nAdd the lesson all the same?"), Tr::tr("Add"),
                 [&](bool acceptWarnings) { return repo.add(semesterId, lesson, acceptWarnings); });
}

Placement moveLesson(QWidget *parent, vault::Vault &vault, const lessons::Lesson &lesson, const lessons::LessonTime &to)
{
    lessons::Lessons repo(vault);
    return place(parent, repo.conflicts(lesson.semesterId, lesson.cls, lesson.teacherId, to, lesson.id),
                 Tr::tr("Move lesson"),
                 //: asked before moving a lesson when only warnings stand in the way (%1: them, one a line)
                 Tr::tr("%1\nMove the lesson all the same?"), Tr::tr("Move"), [&](bool acceptWarnings) -> Result<qint64> {
                     const Status moved = repo.move(lesson.id, to, acceptWarnings);
                     if (!moved) return moved.error();
                     return lesson.id;
                 });
}

Placement makeUpLesson(QWidget *parent, vault::Vault &vault, const lessons::Lesson &cancelled,
                       const lessons::LessonTime &to)
{
    lessons::Lessons repo(vault);
    return place(parent, repo.conflicts(cancelled.semesterId, cancelled.cls, cancelled.teacherId, to),
                 Tr::tr("Make up lesson"),
                 //: asked before a make-up lesson when only warnings stand in the way (%1: them, one a line)
                 Tr::tr("%1\nMake up the lesson at this time all the same?"), Tr::tr("Make up anyway"),
                 [&](bool acceptWarnings) { return repo.makeUp(cancelled.id, to, acceptWarnings); });
}

const lessons::Lesson *makeUpOf(const QList<lessons::Lesson> &lessons, qint64 cancelledId)
{
    for (const lessons::Lesson &l : lessons)
        if (cancelledId != 0 && l.makesUp == cancelledId) return &l;
    return nullptr;
}

}  // namespace cd::ui

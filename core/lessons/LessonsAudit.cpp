#include "lessons/LessonsAudit.h"

#include <QtGlobal>

namespace cd::lessons {

const audit::ActionTable &auditActions()
{
    using audit::TargetKind;
    static const audit::ActionTable table = {
        {audit::action::SemesterSaved, QT_TRANSLATE_NOOP("AuditAction", "Saved a semester's calendar"), TargetKind::None},
        {audit::action::SemesterRemoved, QT_TRANSLATE_NOOP("AuditAction", "Removed a semester"), TargetKind::None},
        {audit::action::TimetableSaved, QT_TRANSLATE_NOOP("AuditAction", "Saved a semester's lesson timetable"), TargetKind::None},
        {audit::action::TopicsSaved, QT_TRANSLATE_NOOP("AuditAction", "Changed the lesson topics"), TargetKind::None},
        {audit::action::LessonPlanSaved, QT_TRANSLATE_NOOP("AuditAction", "Saved a lesson plan"), TargetKind::None},
        {audit::action::LessonAdded, QT_TRANSLATE_NOOP("AuditAction", "Added a lesson"), TargetKind::None},
        {audit::action::LessonMoved, QT_TRANSLATE_NOOP("AuditAction", "Moved a lesson"), TargetKind::None},
        {audit::action::LessonChanged, QT_TRANSLATE_NOOP("AuditAction", "Recorded a lesson"), TargetKind::None},
        {audit::action::LessonRemoved, QT_TRANSLATE_NOOP("AuditAction", "Removed a lesson"), TargetKind::None},
    };
    return table;
}

}  // namespace cd::lessons

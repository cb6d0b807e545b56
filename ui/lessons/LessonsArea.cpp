#include "ui/lessons/LessonsArea.h"

#include "ui/common/AreaRegistry.h"
#include "ui/lessons/LessonsPage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(LessonsArea)
};
}  // namespace

void registerLessonsArea(AreaRegistry &registry)
{
    registry.addPage({37, [] { return Tr::tr("Lessons"); }, u"lessons"_s,
                      [] { return Tr::tr("Mental-health lessons: the semester, where lessons can go, the plan, the timetable and compliance"); },
                      false, [](const PageContext &c) { return new LessonsPage(c.vault, c.parent); }});
}

}  // namespace cd::ui

#include "ui/shell/Areas.h"

#include "ui/audit/AuditArea.h"
#include "ui/cases/CasesArea.h"
#include "ui/common/AreaRegistry.h"
#include "ui/crisis/CrisisArea.h"
#include "ui/district/DistrictArea.h"
#include "ui/groups/GroupsArea.h"
#include "ui/room/RoomArea.h"
#include "ui/lessons/LessonsArea.h"
#include "ui/screening/ScreeningArea.h"
#include "ui/shell/HomePage.h"
#include "ui/students/StudentsArea.h"
#include "ui/users/UsersArea.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Areas)
};
}  // namespace

void registerAreas()
{
    static bool registered = false;
    if (registered) return;
    registered = true;
    AreaRegistry &registry = AreaRegistry::instance();
    registry.addPage({0, [] { return Tr::tr("Overview"); }, u"home"_s,
                      [] { return Tr::tr("Your desk: what is due and overdue, one click from its record"); }, false,
                      [](const PageContext &c) { return new HomePage(c.vault, c.parent); }});
    // One line per area. Each area's register function says what it adds and where.
    registerStudentsArea(registry);
    registerCasesArea(registry);
    registerScreeningArea(registry);
    registerCrisisArea(registry);
    registerGroupsArea(registry);
    registerRoomArea(registry);
    registerLessonsArea(registry);
    registerDistrictArea(registry);
    registerUsersArea(registry);
    registerAuditArea(registry);
}

}  // namespace cd::ui

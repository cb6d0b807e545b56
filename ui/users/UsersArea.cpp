#include "ui/users/UsersArea.h"

#include "ui/common/AreaRegistry.h"
#include "ui/users/UserManagementPage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(UsersArea)
};
}  // namespace

void registerUsersArea(AreaRegistry &registry)
{
    registry.addPage({90, [] { return Tr::tr("Users"); }, u"users"_s,
                      [] { return Tr::tr("Colleagues who may unlock the vault (room lead only)"); }, true,
                      [](const PageContext &c) { return new UserManagementPage(c.vault, c.parent); }});
}

}  // namespace cd::ui

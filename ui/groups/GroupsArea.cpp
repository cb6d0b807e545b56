#include "ui/groups/GroupsArea.h"

#include "core/students/Student.h"
#include "ui/common/AreaRegistry.h"
#include "ui/groups/GroupRecordPanel.h"
#include "ui/groups/GroupsPage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(GroupsArea)
};
}  // namespace

void registerGroupsArea(AreaRegistry &registry)
{
    registry.addPage({45, [] { return Tr::tr("Groups and events"); }, u"groups"_s,
                      [] { return Tr::tr("Group counseling, whole-school activities, family education and teacher trainings"); },
                      false, [](const PageContext &c) { return new GroupsPage(c.vault, c.parent); }});
    registry.addRecordTab({60, [] { return Tr::tr("&Groups"); },
                           [](vault::Vault &vault, const students::Student &student, QWidget *parent) -> QWidget * {
                               return new GroupRecordPanel(vault, student.id, parent);
                           }});
}

}  // namespace cd::ui

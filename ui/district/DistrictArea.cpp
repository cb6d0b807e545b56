#include "ui/district/DistrictArea.h"

#include "ui/common/AreaRegistry.h"
#include "ui/district/DistrictExportDialog.h"
#include "ui/district/SchoolProfileDialog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(DistrictArea)
};
}  // namespace

void registerDistrictArea(AreaRegistry &registry)
{
    registry.addMenuAction({MenuKind::Vault, 64, u"actionSchoolProfile"_s, [] { return Tr::tr("School pro&file…"); },
                            [] { return Tr::tr("The school's type, students, counselors, room and funding for the "
                                               "district, checked against the standards"); },
                            QKeySequence(), true, [](vault::Vault &vault, QWidget *window) {
                                SchoolProfileDialog dialog(vault, window);
                                dialog.exec();
                            }});
    registry.addMenuAction({MenuKind::Vault, 65, u"actionDistrictSummary"_s, [] { return Tr::tr("District &summary…"); },
                            [] { return Tr::tr("The semester's anonymised summary for the district: preview it, then "
                                               "export it to a folder or USB drive"); },
                            QKeySequence(), true, [](vault::Vault &vault, QWidget *window) {
                                DistrictExportDialog dialog(vault, window);
                                dialog.exec();
                            }});
}

}  // namespace cd::ui

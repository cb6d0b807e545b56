#include "ui/cases/CasesArea.h"

#include "core/students/Student.h"
#include "ui/cases/CasesPanel.h"
#include "ui/cases/CategoriesDialog.h"
#include "ui/common/AreaRegistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(CasesArea)
};
}  // namespace

void registerCasesArea(AreaRegistry &registry)
{
    registry.addRecordTab({20, [] { return Tr::tr("Cases and &sessions"); },
                           [](vault::Vault &vault, const students::Student &student, QWidget *parent) -> QWidget * {
                               // The birth date decides whether opening a case needs consent.
                               return new CasesPanel(vault, student.id, student.birthDate, parent);
                           }});
    registry.addMenuAction({MenuKind::Vault, 50, u"actionCategories"_s, [] { return Tr::tr("Concern &categories…"); },
                            [] { return Tr::tr("Add, rename, reorder or hide what a case can be about"); },
                            QKeySequence(), true, [](vault::Vault &vault, QWidget *window) {
                                CategoriesDialog dialog(vault, window);
                                dialog.exec();
                            }});
}

}  // namespace cd::ui

#include "ui/crisis/CrisisArea.h"

#include "core/students/Student.h"
#include "ui/common/AreaRegistry.h"
#include "ui/crisis/CrisisEntryPoints.h"
#include "ui/crisis/CrisisPage.h"
#include "ui/crisis/CrisisRecordPanel.h"
#include "ui/crisis/DirectoryDialog.h"
#include "ui/crisis/LetterheadDialog.h"
#include "ui/crisis/RiskLevelsDialog.h"
#include "ui/crisis/StepLimitsDialog.h"
#include "ui/crisis/CrisisDesk.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(CrisisArea)
};
}  // namespace

void registerCrisisArea(AreaRegistry &registry)
{
    registry.addPage({35, [] { return Tr::tr("Crisis and referrals"); }, u"crisis"_s,
                      [] { return Tr::tr("Open crisis events and their steps, referrals and their slips, students away"); },
                      false, [](const PageContext &c) { return new CrisisPage(c.vault, c.parent); }});

    MenuActionSpec record{MenuKind::Tools, 10, u"actionRecordCrisis"_s, [] { return Tr::tr("Record a &crisis event…"); },
                          [] { return Tr::tr("A student at risk: record what happened, the assessment and the level"); },
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), false,
                          [](vault::Vault &vault, QWidget *window) { openCrisisEventDialog(vault, 0, window); }};
    record.toolbar = true;
    record.iconName = u"crisis"_s;
    registry.addMenuAction(record);

    registry.addMenuAction({MenuKind::Vault, 60, u"actionRiskLevels"_s, [] { return Tr::tr("Risk &levels…"); },
                            [] { return Tr::tr("Name the four risk levels as your school does and pick their colours"); },
                            QKeySequence(), true, [](vault::Vault &vault, QWidget *window) {
                                RiskLevelsDialog dialog(vault, window);
                                dialog.exec();
                            }});
    registry.addMenuAction({MenuKind::Vault, 61, u"actionStepLimits"_s, [] { return Tr::tr("Crisis step &time limits…"); },
                            [] { return Tr::tr("How long after an event each step of the crisis procedure may take"); },
                            QKeySequence(), true, [](vault::Vault &vault, QWidget *window) {
                                StepLimitsDialog dialog(vault, window);
                                dialog.exec();
                            }});
    registry.addMenuAction({MenuKind::Vault, 62, u"actionDirectory"_s, [] { return Tr::tr("&Directory of institutions…"); },
                            [] { return Tr::tr("Hospitals, mental-health centres, police, hotlines the room works with"); },
                            QKeySequence(), false, [](vault::Vault &vault, QWidget *window) {
                                DirectoryDialog dialog(vault, window);
                                dialog.exec();
                            }});
    registry.addMenuAction({MenuKind::Vault, 63, u"actionLetterhead"_s, [] { return Tr::tr("Letter&head…"); },
                            [] { return Tr::tr("The room's name, address, phone and logo on printed documents"); },
                            QKeySequence(), true, [](vault::Vault &vault, QWidget *window) {
                                LetterheadDialog dialog(vault, window);
                                dialog.exec();
                            }});
    registry.addRecordTab({55, [] { return Tr::tr("Cr&isis and referrals"); },
                           [](vault::Vault &vault, const students::Student &student, QWidget *parent) -> QWidget * {
                               return new CrisisRecordPanel(vault, student.id, parent);
                           }});
    registerCrisisDesk(registry);
}

}  // namespace cd::ui

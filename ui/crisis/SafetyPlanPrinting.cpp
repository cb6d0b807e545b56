#include "ui/crisis/SafetyPlanPrinting.h"

#include "core/common/Clock.h"
#include "core/crisis/DocumentData.h"
#include "core/crisis/PrintedDocuments.h"
#include "core/crisis/SafetyPlans.h"
#include "ui/common/MessageBoxes.h"
#include "ui/crisis/DocumentPreviewDialog.h"

#include <QCoreApplication>

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(SafetyPlanDialog)
};
}  // namespace

void printSafetyPlan(vault::Vault &vault, const crisis::SafetyPlan &plan, QWidget *parent)
{
    auto data = crisis::safetyPlanDocumentData(vault, plan.id, clock::today());
    if (!data) {
        MessageBoxes::error(parent, Tr::tr("Safety plan"), data.error().message);
        return;
    }
    crisis::PrintedDocument base;
    base.studentId = plan.studentId;
    base.planId = plan.id;
    base.kind = crisis::DocumentKind::SafetyPlan;
    const crisis::SafetyPlanDocumentData composed = *data;
    DocumentPreviewDialog dialog(
        vault, base, [composed](const QString &language) { return crisis::composeSafetyPlan(composed, language); },
        composed.letterhead.logo, parent);
    dialog.exec();
}

}  // namespace cd::ui

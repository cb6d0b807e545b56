#include "ui/crisis/ReferralPrinting.h"

#include "core/common/Clock.h"
#include "core/crisis/DocumentData.h"
#include "core/crisis/Documents.h"
#include "ui/common/MessageBoxes.h"
#include "ui/crisis/DocumentPreviewDialog.h"

#include <QCoreApplication>

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ReferralDialog)
};
}  // namespace

void printReferralDocument(vault::Vault &vault, qint64 referralId, crisis::DocumentKind kind, QWidget *parent)
{
    auto data = crisis::referralDocumentData(vault, referralId, clock::today());
    if (!data) {
        MessageBoxes::error(parent, crisis::documentKindName(kind), data.error().message);
        return;
    }
    crisis::PrintedDocument base;
    base.studentId = data->referral.studentId;
    base.referralId = referralId;
    base.kind = kind;
    const crisis::ReferralDocumentData composed = *data;
    std::function<QString(const QString &)> compose;
    switch (kind) {
    case crisis::DocumentKind::GuardianAdvice:
        compose = [composed](const QString &language) { return crisis::composeGuardianAdvice(composed, language); };
        break;
    case crisis::DocumentKind::HospitalLetter:
        compose = [composed](const QString &language) { return crisis::composeHospitalLetter(composed, language); };
        break;
    case crisis::DocumentKind::ReturnSlip:
        compose = [composed](const QString &language) { return crisis::composeReturnSlip(composed, language); };
        break;
    case crisis::DocumentKind::SafetyPlan: return;  // not a referral's document
    }
    DocumentPreviewDialog dialog(vault, base, compose, composed.letterhead.logo, parent);
    dialog.exec();
}

}  // namespace cd::ui

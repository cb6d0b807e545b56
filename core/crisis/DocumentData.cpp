#include "crisis/DocumentData.h"

#include "students/StudentRepository.h"
#include "vault/Vault.h"

using namespace Qt::StringLiterals;

namespace cd::crisis {

namespace {

/// The one who prints signs: the signed-in user, by their full name when they have one.
QString counselorName(vault::Vault &vault)
{
    const vault::UserInfo &user = vault.currentUser();
    return user.displayName.trimmed().isEmpty() ? user.login : user.displayName;
}

}  // namespace

Result<ReferralDocumentData> referralDocumentData(vault::Vault &vault, qint64 referralId, const QDate &date)
{
    ReferralDocumentData data;
    auto letterhead = LetterheadStore(vault).load();
    if (!letterhead) return letterhead.error();
    data.letterhead = *letterhead;
    auto referral = Referrals(vault).get(referralId);
    if (!referral) return referral.error();
    data.referral = *referral;
    auto student = students::StudentRepository(vault).get(referral->studentId);
    if (!student) return student.error();
    data.student = *student;
    if (referral->institutionId > 0) {
        auto place = Directory(vault).get(referral->institutionId);
        if (!place) return place.error();
        data.destination = *place;
    }
    data.counselorName = counselorName(vault);
    data.counselorPhone = data.letterhead.phone;
    data.date = date;
    return data;
}

Result<SafetyPlanDocumentData> safetyPlanDocumentData(vault::Vault &vault, qint64 planId, const QDate &date)
{
    SafetyPlanDocumentData data;
    auto letterhead = LetterheadStore(vault).load();
    if (!letterhead) return letterhead.error();
    data.letterhead = *letterhead;
    auto plan = SafetyPlans(vault).get(planId);
    if (!plan) return plan.error();
    data.plan = *plan;
    auto student = students::StudentRepository(vault).get(plan->studentId);
    if (!student) return student.error();
    data.student = *student;
    // Step 5 lists the directory's hospitals and mental-health centres that are in use.
    auto places = Directory(vault).list(false);
    if (!places) return places.error();
    for (const Institution &place : *places)
        if (place.kind == InstitutionKind::Hospital || place.kind == InstitutionKind::MentalHealthCentre)
            data.professionals << place;
    data.counselorName = counselorName(vault);
    data.counselorPhone = data.letterhead.phone;
    data.date = date;
    return data;
}

}  // namespace cd::crisis

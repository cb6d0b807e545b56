#pragma once
// What a document is composed from, read from the vault: the letterhead, the referral or the
// safety plan, the student's roster facts, the destination or the directory's professionals, and
// the signed-in user as the counselor who signs. Nothing else is read: a private note or a
// session's text never reaches a document unless the counselor copied it into the referral's
// session excerpt and ticked it.

#include "common/Result.h"
#include "crisis/Documents.h"

#include <QDate>

namespace cd::vault {
class Vault;
}

namespace cd::crisis {

Result<ReferralDocumentData> referralDocumentData(vault::Vault &vault, qint64 referralId, const QDate &date);
Result<SafetyPlanDocumentData> safetyPlanDocumentData(vault::Vault &vault, qint64 planId, const QDate &date);

}  // namespace cd::crisis

#pragma once
// The documents a referral and a safety plan print, composed as rich text (HTML that
// QTextDocument renders), in the language chosen per document ("zh_CN" or "en") whatever the
// interface speaks. Nothing here reads as a diagnosis: the school describes what it observed and
// advises a visit (Mental Health Law art. 23). The letter to the hospital holds only what the
// referral's disclosure ticks allow; private notes are never read. A slip's diagnosis appears only
// when the guardian chose to share it (entered on the slip).
//
// The letterhead is the first row of a table whose header row repeats on every page, so a letter
// that runs past one page continues with the header. The logo, when there is one, is referenced
// as the image resource kLogoResource (the renderer adds the bytes). A part that must not be split
// between pages (the tear-off slip, signatures) is a table marked with kKeepTogetherAnchor.

#include "crisis/Directory.h"
#include "crisis/Letterhead.h"
#include "crisis/Referrals.h"
#include "crisis/SafetyPlans.h"
#include "students/Student.h"

#include <QDate>
#include <QString>

namespace cd::crisis {

inline constexpr char kLogoResource[] = "cd-logo://letterhead";
/// The anchor that marks a table to keep on one page (the tear-off slip, a signature block): the
/// renderer starts it on a new page when it would otherwise be split.
inline constexpr char kKeepTogetherAnchor[] = "cd-keep-together";

struct ReferralDocumentData {
    Letterhead letterhead;
    Referral referral;
    students::Student student;
    std::optional<Institution> destination;
    QString counselorName;
    QString counselorPhone;
    QDate date;  ///< the date printed on the document
};

struct SafetyPlanDocumentData {
    Letterhead letterhead;
    SafetyPlan plan;
    students::Student student;
    QList<Institution> professionals;  ///< directory entries the plan lists (hospitals, centres)
    QString counselorName;
    QString counselorPhone;
    QDate date;
};

/// 转介建议书: two parts (the school's copy and the guardian's), each with the guardian's
/// acknowledgement and signature line.
QString composeGuardianAdvice(const ReferralDocumentData &data, const QString &language);
/// The letter to the hospital: number, date, minimal identity, observed reason, what is included,
/// questions for the doctor, counselor and contact, signature and stamp lines; a tear-off return
/// slip at its foot, always blank (to be filled in).
QString composeHospitalLetter(const ReferralDocumentData &data, const QString &language);
/// The return slip (回执) alone, for the guardian to bring back.
QString composeReturnSlip(const ReferralDocumentData &data, const QString &language);
/// One page for the student and the guardian.
QString composeSafetyPlan(const SafetyPlanDocumentData &data, const QString &language);

/// The languages a document can be printed in: "zh_CN", "en".
QStringList documentLanguages();

}  // namespace cd::crisis

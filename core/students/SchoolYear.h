#pragma once
// The school year's turns: promoting every class one grade (the top grade graduates), a student
// transferring out, and the retention rule: records of students who left more than N years ago
// are purged, after the user saw the list, with an audit row (counts only). Purged rows are gone
// from the file (secure_delete), session notes and their search index included.

#include "common/Result.h"
#include "students/StudentsAudit.h"
#include "students/Student.h"

#include <QDate>
#include <QList>

namespace cd::vault {
class Vault;
}

namespace cd::students {

struct PromotionCounts {
    int promoted = 0;
    int graduated = 0;
};

/// What promote() would do, without doing it.
Result<PromotionCounts> previewPromotion(vault::Vault &vault, int topGrade);
/// Room lead only. Every active student moves up one grade; those in `topGrade` graduate on `on`.
/// One transaction, with an audit row (counts only).
Result<PromotionCounts> promote(vault::Vault &vault, int topGrade, const QDate &on);
/// The student leaves the school (transferred out) on `on`; their record stays until purged.
/// Audited (`student.transfer`).
Status transferOut(vault::Vault &vault, qint64 studentId, const QDate &on);

struct PurgeCandidate {
    qint64 id = 0;
    QString studentNo;
    QString name;
    Enrolment status = Enrolment::Left;
    QDate leftOn;
};

/// Students who left (graduated, transferred, left) more than `years` years before `today`.
Result<QList<PurgeCandidate>> purgeCandidates(vault::Vault &vault, int years, const QDate &today);
/// Room lead only. Deletes these students and everything about them, in one transaction, with an
/// audit row (the count only). Returns how many.
Result<int> purgeStudents(vault::Vault &vault, const QList<qint64> &ids);

}  // namespace cd::students

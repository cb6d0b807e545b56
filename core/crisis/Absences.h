#pragma once
// Time off school (休学) and the return (复学): the dates, the medical certificate, the guardian's
// application, the school's return assessment. A return needs the certificate, the application
// and a passed assessment. With it goes the student's support plan (一生一策): goals, who does
// what (counselor, class teacher, guardian) and the next review date, which comes up on the home
// page.

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd::vault {
class Vault;
}

namespace cd::crisis {

struct Absence {
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 referralId = 0;
    QDate leaveFrom;
    QString reason;
    QDate certificateOn;   ///< medical certificate received
    QDate applicationOn;   ///< the guardian's application to return
    QDate assessmentOn;    ///< the school's return assessment
    QString assessment;
    bool assessmentPassed = false;
    QDate returnedOn;      ///< back at school (invalid: still away)
    QDateTime updatedAt;
    QString updatedBy;
    bool away() const { return !returnedOn.isValid(); }
};

struct SupportPlan {
    qint64 studentId = 0;
    QString goals;
    QString counselorDoes;
    QString teacherDoes;
    QString guardianDoes;
    QDate reviewOn;
    QDateTime updatedAt;
    QString updatedBy;
};

class Absences {
public:
    explicit Absences(vault::Vault &vault) : m_vault(vault) {}
    /// Starts a time off. A student already away cannot start another. Audited (`absence.change`).
    Result<qint64> start(qint64 studentId, qint64 referralId, const QDate &leaveFrom, const QString &reason);
    /// Saves the return's paperwork and, with a return date, the return itself: a return needs the
    /// certificate, the application and a passed assessment, none dated after it, and not before
    /// the leave. Audited.
    Status update(const Absence &absence);
    Result<QList<Absence>> forStudent(qint64 studentId);
    /// Students away now.
    Result<QList<Absence>> away();

private:
    vault::Vault &m_vault;
};

class SupportPlans {
public:
    explicit SupportPlans(vault::Vault &vault) : m_vault(vault) {}
    Result<std::optional<SupportPlan>> get(qint64 studentId);
    /// Saves the plan (goals and a review date required). Audited (`support_plan.save`).
    Status save(const SupportPlan &plan);
    /// Plans whose review date is on or before `until`, soonest first.
    Result<QList<SupportPlan>> reviewsDue(const QDate &until);

private:
    vault::Vault &m_vault;
};

}  // namespace cd::crisis

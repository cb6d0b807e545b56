#pragma once
// Referrals: the school advises the guardian to take the student to a hospital or centre from the
// directory (it never diagnoses: Mental Health Law art. 23). A referral records the observed
// reason, urgency, the guardian's consent and what the letter discloses, item by item (minimum
// necessary). Its status moves drafted → given → seen → slip returned → closed; the return slip
// (回执) brought back by the guardian is entered field by field, a diagnosis only if the guardian
// chooses to share one.

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

enum class ReferralStatus { Drafted, Given, Seen, SlipReturned, Closed };
QString referralStatusCode(ReferralStatus status);
std::optional<ReferralStatus> referralStatusFromCode(const QString &code);
QString referralStatusName(ReferralStatus status);

enum class Urgency { Routine, Soon, Urgent };
QString urgencyCode(Urgency urgency);
std::optional<Urgency> urgencyFromCode(const QString &code);
QString urgencyName(Urgency urgency);

/// What the letter to the hospital may say. Identity, reason and questions by default; screening
/// totals and session excerpts only when ticked; private notes are never among them.
enum class Disclosure { Identity, Reason, Questions, Screening, SessionExcerpt, Contact };
QString disclosureCode(Disclosure item);
std::optional<Disclosure> disclosureFromCode(const QString &code);
QString disclosureName(Disclosure item);
QList<Disclosure> disclosures();
QList<Disclosure> defaultDisclosures();

struct Consent {
    QString guardianName;
    QString relation;  ///< 母亲, 父亲, …
    QString phone;
    QDateTime at;
    QString method;    ///< in person, phone, …
    bool given() const { return !guardianName.trimmed().isEmpty() && at.isValid(); }
};

enum class VisitOutcome { Seen, NotSeen, Refused };
enum class Treatment { Outpatient, Medication, Psychotherapy, Admitted, None };
enum class SchoolFitness { Fit, FitWithSupport, TimeOff };
QString visitOutcomeName(VisitOutcome outcome);
QString treatmentName(Treatment treatment);
QString schoolFitnessName(SchoolFitness fitness);

/// The return slip as brought back.
struct ReturnSlip {
    VisitOutcome outcome = VisitOutcome::Seen;
    QDate visitedOn;
    QString department;
    QList<Treatment> treatments;
    SchoolFitness fitness = SchoolFitness::Fit;
    QString supportNeeded;
    QDate nextVisit;
    QString diagnosis;   ///< only when the guardian chooses to share it; empty otherwise
    QString filledBy;    ///< guardian, doctor
    QDate receivedOn;
};

struct Referral {
    qint64 id = 0;
    QString number;  ///< "ZJ-2026-007": per calendar year
    qint64 studentId = 0;
    qint64 eventId = 0;        ///< the crisis event it came from, or 0
    qint64 institutionId = 0;  ///< the destination, or 0 while drafted
    QString reason;            ///< observable behaviour and its impact, no diagnosis
    QString duration;          ///< how long it has lasted
    Urgency urgency = Urgency::Routine;
    QString questions;         ///< the questions for the doctor
    QList<Disclosure> disclose = defaultDisclosures();
    QString screeningText;     ///< the screening totals to include (when ticked)
    QString sessionText;       ///< the session excerpt to include (when ticked)
    Consent consent;
    ReferralStatus status = ReferralStatus::Drafted;
    std::optional<ReturnSlip> slip;
    QDate slipDue;       ///< the slip is expected back by then (set when given)
    QDate followUpOn;    ///< the counselor sees the student again then
    QDateTime createdAt;
    QString createdBy;
    QDateTime givenAt, seenAt, slipAt, closedAt;
    bool discloses(Disclosure item) const { return disclose.contains(item); }
};

struct ReferralReminder {
    qint64 referralId = 0;
    qint64 studentId = 0;
    QString number;
    enum Kind { SlipOverdue, FollowUpDue } kind = SlipOverdue;
    QDate due;
};

class Referrals {
public:
    explicit Referrals(vault::Vault &vault) : m_vault(vault) {}

    /// Drafts a referral (number assigned). The student must exist. Audited (`referral.create`).
    Result<qint64> create(const Referral &draft);
    /// Changes a referral's text, destination, consent and disclosure while it is drafted or
    /// given. Audited (`referral.edit`).
    Status update(const Referral &referral);
    Result<Referral> get(qint64 id);
    Result<Referral> byNumber(const QString &number);
    Result<QList<Referral>> forStudent(qint64 studentId);
    /// Every referral, newest first.
    Result<QList<Referral>> all();

    /// Given to the guardian: needs a destination, a reason and the guardian's consent; the slip
    /// is then expected back within `slipDays`. Audited (`referral.status`).
    Status markGiven(qint64 id, const QDateTime &at, int slipDays = 7);
    /// The guardian reports the student was seen. Audited.
    Status markSeen(qint64 id, const QDateTime &at);
    /// Enters the return slip (from given or seen). A visit date before the referral was given is
    /// refused. Audited (`referral.slip`).
    Status recordSlip(qint64 id, const ReturnSlip &slip, const QDate &followUpOn);
    /// Closes (from any status but drafted) with a note. Audited.
    Status close(qint64 id, const QString &note);

    /// Slips overdue and follow-ups due by `today`.
    Result<QList<ReferralReminder>> reminders(const QDate &today);

private:
    Status changeStatus(qint64 id, const QString &sql, const QStringList &values, const QString &detail);
    vault::Vault &m_vault;
};

QString returnSlipToJson(const ReturnSlip &slip);
std::optional<ReturnSlip> returnSlipFromJson(const QString &json);

}  // namespace cd::crisis

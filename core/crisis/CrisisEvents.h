#pragma once
// Crisis events: a student at risk, what happened, a structured risk assessment that suggests a
// level the counselor confirms or overrides (with a reason), the steps of the school's crisis
// procedure with their times, and every notification (who was told, when, how; a break of
// confidentiality with its reason). Recording an event raises the student's watch-list level in
// the same transaction. Steps have time limits (settings, counted from the event's time); an open
// event's step past its limit is overdue and comes up on the home page.

#include "common/Result.h"
#include "crisis/RiskScale.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd::vault {
class Vault;
}

namespace cd::crisis {

enum class CrisisSource { Teacher, Classmate, Guardian, Student, Screening, Hotline, Other };
QString sourceCode(CrisisSource source);
std::optional<CrisisSource> sourceFromCode(const QString &code);
QString sourceName(CrisisSource source);
QList<CrisisSource> crisisSources();

enum class CrisisKind { SuicidalThoughts, SelfHarm, SuicideAttempt, HarmToOthers, AcuteDistress, MajorStress, Other };
QString kindCode(CrisisKind kind);
std::optional<CrisisKind> kindFromCode(const QString &code);
QString kindName(CrisisKind kind);
QList<CrisisKind> crisisKinds();

enum class Ideation { None, Passive, Active };

/// What the counselor asked and found (docs/crisis.md, "Risk assessment").
struct RiskAssessment {
    Ideation selfHarmThoughts = Ideation::None;  ///< passive: wishes to be dead; active: thinks of acting
    bool harmOthersThoughts = false;
    bool plan = false;            ///< has a plan (how, when, where)
    bool means = false;           ///< has access to the means
    bool pastAttempt = false;     ///< past attempts or self-harm
    bool recentLoss = false;      ///< a recent loss or blow (bereavement, bullying, family break-up)
    bool supervised = true;       ///< an adult can stay with the student now
    QString protectiveFactors;    ///< free text: people, reasons, plans for the future
    QString notes;
};

/// The level the assessment suggests (docs/crisis.md gives the rule); the counselor decides.
RiskLevel suggestLevel(const RiskAssessment &assessment);

enum class CrisisStep { Found, Assessed, LeaderReported, GuardianTold, Intervention, Referral, FollowUp };
QString stepCode(CrisisStep step);
std::optional<CrisisStep> stepFromCode(const QString &code);
QString stepName(CrisisStep step);
/// The procedure's steps in order.
QList<CrisisStep> crisisSteps();

enum class Recipient { ClassTeacher, SchoolLeader, Guardian, Police, Emergency, Institution, Other };
QString recipientCode(Recipient recipient);
std::optional<Recipient> recipientFromCode(const QString &code);
QString recipientName(Recipient recipient);
QList<Recipient> recipients();

enum class ContactMethod { Phone, InPerson, Message, Letter, Other };
QString methodCode(ContactMethod method);
std::optional<ContactMethod> methodFromCode(const QString &code);
QString methodName(ContactMethod method);
QList<ContactMethod> contactMethods();

struct StepRecord {
    CrisisStep step = CrisisStep::Found;
    QDateTime doneAt;
    QString person;  ///< who did it
    QString note;
    QDateTime recordedAt;
    QString recordedBy;
};

struct Notification {
    qint64 id = 0;
    QDateTime at;
    Recipient recipient = Recipient::Guardian;
    QString person;  ///< the name of who was told
    ContactMethod method = ContactMethod::Phone;
    qint64 institutionId = 0;  ///< a directory entry (Recipient::Institution), else 0
    bool confidentialityBreach = false;
    QString reason;    ///< required with a breach: why confidentiality was broken
    QString response;  ///< what they said or will do
    QDateTime recordedAt;
    QString recordedBy;
};

struct NewCrisisEvent {
    qint64 studentId = 0;
    QDateTime occurredAt;
    QString place;
    CrisisSource source = CrisisSource::Teacher;
    CrisisKind kind = CrisisKind::SuicidalThoughts;
    QString description;  ///< what happened, observed facts
    RiskAssessment assessment;
    RiskLevel level = RiskLevel::High;  ///< as confirmed by the counselor
    QString overrideReason;             ///< required when `level` differs from the suggestion
    QString immediateAction;            ///< stayed with the student, removed means, school doctor, 120 …
};

struct CrisisEvent {
    qint64 id = 0;
    qint64 studentId = 0;
    QDateTime occurredAt;
    QString place;
    CrisisSource source = CrisisSource::Teacher;
    CrisisKind kind = CrisisKind::SuicidalThoughts;
    QString description;
    RiskAssessment assessment;
    RiskLevel suggested = RiskLevel::Low;
    RiskLevel level = RiskLevel::Low;
    QString overrideReason;
    QString immediateAction;
    bool closed = false;
    QDateTime closedAt;
    QString closedBy;
    QString closingNote;
    QDateTime createdAt;
    QString createdBy;
    QList<StepRecord> steps;           ///< in procedure order
    QList<Notification> notifications; ///< oldest first
    std::optional<StepRecord> step(CrisisStep which) const;
};

/// A step's time limit in minutes after the event (0: none).
struct StepLimit {
    CrisisStep step = CrisisStep::Found;
    int minutes = 0;
};

struct OverdueStep {
    qint64 eventId = 0;
    qint64 studentId = 0;
    CrisisStep step = CrisisStep::Found;
    QDateTime due;
};

class CrisisEvents {
public:
    explicit CrisisEvents(vault::Vault &vault) : m_vault(vault) {}

    /// Records an event with its assessment. The steps "found" (at the event's time) and
    /// "assessed" (now, by the signed-in user) are recorded with it; the student's watch-list
    /// level is raised to the event's level if it is lower or absent (never lowered), with a
    /// review in three days. Refused: a student who is not on the roster, an empty description, a
    /// time in the future, an override without a reason. Audited (`crisis.record`).
    Result<qint64> record(const NewCrisisEvent &event);
    Result<CrisisEvent> get(qint64 eventId);
    /// A student's events, newest first (steps and notifications not loaded).
    Result<QList<CrisisEvent>> forStudent(qint64 studentId);
    /// Every open event, newest first (steps and notifications loaded).
    Result<QList<CrisisEvent>> openEvents();

    /// Records (or corrects) when a step was done and by whom. Refused before the event's own time
    /// or in the future, or on a closed event. Audited (`crisis.step`).
    Status recordStep(qint64 eventId, CrisisStep step, const QDateTime &doneAt, const QString &person,
                      const QString &note);
    /// Records who was told. Telling the school leader or the guardian also records that step if
    /// it is not recorded yet. A break of confidentiality needs its reason. Audited (`crisis.notify`).
    Result<qint64> notify(qint64 eventId, const Notification &notification);
    /// Closes an event with a note (why it can be closed). Audited (`crisis.close`).
    Status close(qint64 eventId, const QString &note);

    Result<QList<StepLimit>> stepLimits();
    /// Lead only; audited (`crisis.limits`).
    Status setStepLimits(const QList<StepLimit> &limits);
    static QList<StepLimit> defaultStepLimits();
    /// Steps of open events not recorded by their limit, most overdue first.
    Result<QList<OverdueStep>> overdueSteps(const QDateTime &now);

private:
    Result<QList<CrisisEvent>> select(const QString &where, qint64 id, bool details);
    vault::Vault &m_vault;
};

}  // namespace cd::crisis

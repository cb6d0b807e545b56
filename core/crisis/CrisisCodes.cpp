// The stored codes and shown names of the crisis area's enums (CrisisEvents.h).
#include "crisis/CrisisEvents.h"

#include "common/CodeTable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::crisis {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(CrisisEvents)
};

const CodeTable<CrisisSource> &sources()
{
    static const CodeTable<CrisisSource> table = {
        {CrisisSource::Teacher, "teacher"},     {CrisisSource::Classmate, "classmate"},
        {CrisisSource::Guardian, "guardian"},   {CrisisSource::Student, "student"},
        {CrisisSource::Screening, "screening"}, {CrisisSource::Hotline, "hotline"},
        {CrisisSource::Other, "other"}};
    return table;
}

const CodeTable<CrisisKind> &kinds()
{
    static const CodeTable<CrisisKind> table = {
        {CrisisKind::SuicidalThoughts, "suicidal_thoughts"}, {CrisisKind::SelfHarm, "self_harm"},
        {CrisisKind::SuicideAttempt, "suicide_attempt"},     {CrisisKind::HarmToOthers, "harm_to_others"},
        {CrisisKind::AcuteDistress, "acute_distress"},       {CrisisKind::MajorStress, "major_stress"},
        {CrisisKind::Other, "other"}};
    return table;
}

const CodeTable<CrisisStep> &steps()
{
    static const CodeTable<CrisisStep> table = {
        {CrisisStep::Found, "found"},
        {CrisisStep::Assessed, "assessed"},
        {CrisisStep::LeaderReported, "leader"},
        {CrisisStep::GuardianTold, "guardian"},
        {CrisisStep::Intervention, "intervention"},
        {CrisisStep::Referral, "referral"},
        {CrisisStep::FollowUp, "follow_up"}};
    return table;
}

const CodeTable<Recipient> &recipientTable()
{
    static const CodeTable<Recipient> table = {
        {Recipient::ClassTeacher, "class_teacher"}, {Recipient::SchoolLeader, "school_leader"},
        {Recipient::Guardian, "guardian"},          {Recipient::Police, "police"},
        {Recipient::Emergency, "emergency"},        {Recipient::Institution, "institution"},
        {Recipient::Other, "other"}};
    return table;
}

const CodeTable<ContactMethod> &methods()
{
    static const CodeTable<ContactMethod> table = {{ContactMethod::Phone, "phone"},
                                                   {ContactMethod::InPerson, "in_person"},
                                                   {ContactMethod::Message, "message"},
                                                   {ContactMethod::Letter, "letter"},
                                                   {ContactMethod::Other, "other"}};
    return table;
}

}  // namespace

QString sourceCode(CrisisSource source) { return sources().code(source); }
std::optional<CrisisSource> sourceFromCode(const QString &code) { return sources().fromCode(code); }
QList<CrisisSource> crisisSources() { return sources().values(); }
QString sourceName(CrisisSource source)
{
    switch (source) {
    case CrisisSource::Teacher: return Tr::tr("A teacher");
    case CrisisSource::Classmate: return Tr::tr("A classmate");
    case CrisisSource::Guardian: return Tr::tr("The guardian");
    case CrisisSource::Student: return Tr::tr("The student");
    case CrisisSource::Screening: return Tr::tr("A screening flag");
    case CrisisSource::Hotline: return Tr::tr("A hotline");
    case CrisisSource::Other: return Tr::tr("Other", "who raised a crisis");
    }
    return {};
}

QString kindCode(CrisisKind kind) { return kinds().code(kind); }
std::optional<CrisisKind> kindFromCode(const QString &code) { return kinds().fromCode(code); }
QList<CrisisKind> crisisKinds() { return kinds().values(); }
QString kindName(CrisisKind kind)
{
    switch (kind) {
    case CrisisKind::SuicidalThoughts: return Tr::tr("Suicidal thoughts");
    case CrisisKind::SelfHarm: return Tr::tr("Self-harm");
    case CrisisKind::SuicideAttempt: return Tr::tr("Suicide attempt");
    case CrisisKind::HarmToOthers: return Tr::tr("Risk of harming others");
    case CrisisKind::AcuteDistress: return Tr::tr("Acute distress");
    case CrisisKind::MajorStress: return Tr::tr("Major stress or loss");
    case CrisisKind::Other: return Tr::tr("Other", "kind of crisis");
    }
    return {};
}

QString stepCode(CrisisStep step) { return steps().code(step); }
std::optional<CrisisStep> stepFromCode(const QString &code) { return steps().fromCode(code); }
QList<CrisisStep> crisisSteps() { return steps().values(); }
QString stepName(CrisisStep step)
{
    switch (step) {
    case CrisisStep::Found: return Tr::tr("Found");
    case CrisisStep::Assessed: return Tr::tr("Assessed");
    case CrisisStep::LeaderReported: return Tr::tr("Reported to the school leader");
    case CrisisStep::GuardianTold: return Tr::tr("Guardian told");
    case CrisisStep::Intervention: return Tr::tr("Intervention");
    case CrisisStep::Referral: return Tr::tr("Referral");
    case CrisisStep::FollowUp: return Tr::tr("Follow-up");
    }
    return {};
}

QString recipientCode(Recipient recipient) { return recipientTable().code(recipient); }
std::optional<Recipient> recipientFromCode(const QString &code) { return recipientTable().fromCode(code); }
QList<Recipient> recipients() { return recipientTable().values(); }
QString recipientName(Recipient recipient)
{
    switch (recipient) {
    case Recipient::ClassTeacher: return Tr::tr("Class teacher");
    case Recipient::SchoolLeader: return Tr::tr("School leader");
    case Recipient::Guardian: return Tr::tr("Guardian");
    case Recipient::Police: return Tr::tr("Police (110)");
    case Recipient::Emergency: return Tr::tr("Emergency (120)");
    case Recipient::Institution: return Tr::tr("An institution in the directory");
    case Recipient::Other: return Tr::tr("Other", "who was told");
    }
    return {};
}

QString methodCode(ContactMethod method) { return methods().code(method); }
std::optional<ContactMethod> methodFromCode(const QString &code) { return methods().fromCode(code); }
QList<ContactMethod> contactMethods() { return methods().values(); }
QString methodName(ContactMethod method)
{
    switch (method) {
    case ContactMethod::Phone: return Tr::tr("Phone");
    case ContactMethod::InPerson: return Tr::tr("In person");
    case ContactMethod::Message: return Tr::tr("Message");
    case ContactMethod::Letter: return Tr::tr("Letter");
    case ContactMethod::Other: return Tr::tr("Other", "how someone was told");
    }
    return {};
}

RiskLevel suggestLevel(const RiskAssessment &a)
{
    // docs/crisis.md, "Risk assessment": a suggestion, never a decision.
    const bool active = a.selfHarmThoughts == Ideation::Active;
    const bool anyThoughts = a.selfHarmThoughts != Ideation::None || a.harmOthersThoughts;
    RiskLevel level = RiskLevel::Low;
    if ((active || a.harmOthersThoughts) && a.plan && (a.means || a.pastAttempt))
        level = RiskLevel::Crisis;
    else if (active || a.harmOthersThoughts || (anyThoughts && (a.plan || a.pastAttempt)))
        level = RiskLevel::High;
    else if (anyThoughts || a.pastAttempt || a.recentLoss)
        level = RiskLevel::Medium;
    // Nobody to stay with a student who has such thoughts: one level more.
    if (anyThoughts && !a.supervised && level != RiskLevel::Crisis) level = static_cast<RiskLevel>(severity(level) + 1);
    return level;
}

}  // namespace cd::crisis

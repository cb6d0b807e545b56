// fixture::crisisJson (FixtureRecord.h): schema 7's crisis records as this build's API reads them.

#include "FixtureRecord.h"
#include "FixtureSupport.h"

#include "common/Clock.h"
#include "crisis/Absences.h"
#include "crisis/CrisisEvents.h"
#include "crisis/Directory.h"
#include "crisis/Referrals.h"
#include "crisis/RiskScale.h"
#include "crisis/SafetyPlans.h"
#include "students/StudentRepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cd::fixture {

namespace {

using namespace crisis;

QString date(const QDate &d) { return clock::dateToStorage(d); }
QString time(const QDateTime &t) { return t.isValid() ? clock::toStorage(t) : QString(); }
QJsonObject parsed(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }

QString ideationCode(Ideation i)
{
    switch (i) {
    case Ideation::None: return u"none"_s;
    case Ideation::Passive: return u"passive"_s;
    case Ideation::Active: return u"active"_s;
    }
    return {};
}

/// Names a directory entry by "name department" (ids are not kept in fixture.json), or "".
QString institutionName(vault::Vault &v, qint64 id)
{
    return id ? must(Directory(v).get(id), "read a directory entry").displayName() : QString();
}

QJsonObject eventJson(vault::Vault &v, const CrisisEvent &e, const QString &studentNo)
{
    const RiskAssessment &a = e.assessment;
    QJsonArray steps;
    for (const StepRecord &s : e.steps)
        steps << QJsonObject{{u"step"_s, stepCode(s.step)}, {u"done_at"_s, time(s.doneAt)}, {u"person"_s, s.person},
                             {u"note"_s, s.note},           {u"recorded_at"_s, time(s.recordedAt)},
                             {u"recorded_by"_s, s.recordedBy}};
    QJsonArray notifications;
    for (const Notification &n : e.notifications)
        notifications << QJsonObject{{u"at"_s, time(n.at)},
                                     {u"recipient"_s, recipientCode(n.recipient)},
                                     {u"person"_s, n.person},
                                     {u"method"_s, methodCode(n.method)},
                                     {u"institution"_s, institutionName(v, n.institutionId)},
                                     {u"breach"_s, n.confidentialityBreach},
                                     {u"reason"_s, n.reason},
                                     {u"response"_s, n.response},
                                     {u"recorded_at"_s, time(n.recordedAt)},
                                     {u"recorded_by"_s, n.recordedBy}};
    return {{u"student_no"_s, studentNo},
            {u"occurred_at"_s, time(e.occurredAt)},
            {u"place"_s, e.place},
            {u"source"_s, sourceCode(e.source)},
            {u"kind"_s, kindCode(e.kind)},
            {u"description"_s, e.description},
            {u"assessment"_s, QJsonObject{{u"self_harm_thoughts"_s, ideationCode(a.selfHarmThoughts)},
                                          {u"harm_others_thoughts"_s, a.harmOthersThoughts},
                                          {u"plan"_s, a.plan},
                                          {u"means"_s, a.means},
                                          {u"past_attempt"_s, a.pastAttempt},
                                          {u"recent_loss"_s, a.recentLoss},
                                          {u"supervised"_s, a.supervised},
                                          {u"protective_factors"_s, a.protectiveFactors},
                                          {u"notes"_s, a.notes}}},
            {u"suggested"_s, students::riskCode(e.suggested)},
            {u"level"_s, students::riskCode(e.level)},
            {u"override_reason"_s, e.overrideReason},
            {u"immediate_action"_s, e.immediateAction},
            {u"closed"_s, e.closed},
            {u"closed_at"_s, time(e.closedAt)},
            {u"closed_by"_s, e.closedBy},
            {u"closing_note"_s, e.closingNote},
            {u"created_at"_s, time(e.createdAt)},
            {u"created_by"_s, e.createdBy},
            {u"steps"_s, steps},
            {u"notifications"_s, notifications}};
}

QJsonObject referralJson(vault::Vault &v, const Referral &r, const QString &studentNo)
{
    QJsonArray disclose;
    for (Disclosure d : r.disclose) disclose << disclosureCode(d);
    const Consent &c = r.consent;
    return {{u"number"_s, r.number},
            {u"student_no"_s, studentNo},
            {u"event_occurred_at"_s,
             r.eventId ? time(must(CrisisEvents(v).get(r.eventId), "read a crisis event").occurredAt) : QString()},
            {u"institution"_s, institutionName(v, r.institutionId)},
            {u"reason"_s, r.reason},
            {u"duration"_s, r.duration},
            {u"urgency"_s, urgencyCode(r.urgency)},
            {u"questions"_s, r.questions},
            {u"disclose"_s, disclose},
            {u"screening_text"_s, r.screeningText},
            {u"session_text"_s, r.sessionText},
            {u"consent"_s, QJsonObject{{u"guardian"_s, c.guardianName}, {u"relation"_s, c.relation},
                                       {u"phone"_s, c.phone}, {u"at"_s, time(c.at)}, {u"method"_s, c.method},
                                       {u"given"_s, c.given()}}},
            {u"status"_s, referralStatusCode(r.status)},
            // As the API stores it (returnSlipToJson), parsed: outcome, treatments … by their codes.
            {u"slip"_s, r.slip ? QJsonValue(parsed(returnSlipToJson(*r.slip))) : QJsonValue()},
            {u"slip_due"_s, date(r.slipDue)},
            {u"follow_up_on"_s, date(r.followUpOn)},
            {u"created_at"_s, time(r.createdAt)},
            {u"created_by"_s, r.createdBy},
            {u"given_at"_s, time(r.givenAt)},
            {u"seen_at"_s, time(r.seenAt)},
            {u"slip_at"_s, time(r.slipAt)},
            {u"closed_at"_s, time(r.closedAt)}};
}

}  // namespace

QJsonObject crisisJson(vault::Vault &v, const QStringList &studentNos)
{
    QJsonArray labels;
    const RiskLabels scale = must(RiskScale(v).load(), "read the risk labels");
    for (const RiskLabel &l : scale.all())
        labels << QJsonObject{{u"level"_s, students::riskCode(l.level)}, {u"label"_s, l.label},
                              {u"colour"_s, l.colour}, {u"custom"_s, l.custom}};
    CrisisEvents events(v);
    QJsonArray limits;
    for (const StepLimit &l : must(events.stepLimits(), "read the step limits"))
        limits << QJsonObject{{u"step"_s, stepCode(l.step)}, {u"minutes"_s, l.minutes}};
    QJsonArray directory;
    for (const Institution &i : must(Directory(v).list(true), "read the directory"))
        directory << QJsonObject{{u"kind"_s, institutionKindCode(i.kind)}, {u"name"_s, i.name},
                                 {u"department"_s, i.department}, {u"address"_s, i.address},
                                 {u"phone"_s, i.phone},           {u"contact"_s, i.contact},
                                 {u"note"_s, i.note},             {u"active"_s, i.active}};

    students::StudentRepository students(v);
    QHash<qint64, QString> numbers;
    QJsonArray eventList, plans, absenceList, supportPlans;
    for (const QString &no : studentNos) {
        const auto found = must(students.findByNumber(no), "find a student");
        if (!found) die("find a student", no);
        const qint64 sid = found->id;
        numbers.insert(sid, no);
        for (const CrisisEvent &brief : must(events.forStudent(sid), "read crisis events"))
            eventList << eventJson(v, must(events.get(brief.id), "read a crisis event"), no);
        for (const SafetyPlan &p : must(SafetyPlans(v).versions(sid), "read safety plans"))
            plans << QJsonObject{
                {u"student_no"_s, no},
                {u"version"_s, p.version},
                {u"event_occurred_at"_s,
                 p.eventId ? time(must(events.get(p.eventId), "read a crisis event").occurredAt) : QString()},
                {u"content"_s, parsed(safetyPlanToJson(p.content))},
                {u"review_on"_s, date(p.reviewOn)},
                {u"created_at"_s, time(p.createdAt)},
                {u"created_by"_s, p.createdBy}};
        for (const Absence &a : must(Absences(v).forStudent(sid), "read time off")) {
            const QString referral =
                a.referralId ? must(Referrals(v).get(a.referralId), "read a referral").number : QString();
            absenceList << QJsonObject{
                {u"student_no"_s, no},          {u"referral"_s, referral},
                {u"leave_from"_s, date(a.leaveFrom)}, {u"reason"_s, a.reason},
                {u"certificate_on"_s, date(a.certificateOn)}, {u"application_on"_s, date(a.applicationOn)},
                {u"assessment_on"_s, date(a.assessmentOn)}, {u"assessment"_s, a.assessment},
                {u"assessment_passed"_s, a.assessmentPassed}, {u"returned_on"_s, date(a.returnedOn)},
                {u"updated_at"_s, time(a.updatedAt)}, {u"updated_by"_s, a.updatedBy}};
        }
        if (const auto plan = must(SupportPlans(v).get(sid), "read a support plan"))
            supportPlans << QJsonObject{{u"student_no"_s, no},
                                        {u"goals"_s, plan->goals},
                                        {u"counselor_does"_s, plan->counselorDoes},
                                        {u"teacher_does"_s, plan->teacherDoes},
                                        {u"guardian_does"_s, plan->guardianDoes},
                                        {u"review_on"_s, date(plan->reviewOn)},
                                        {u"updated_at"_s, time(plan->updatedAt)},
                                        {u"updated_by"_s, plan->updatedBy}};
    }
    QJsonArray referralList;
    for (const Referral &r : must(Referrals(v).all(), "read referrals")) {
        if (!numbers.contains(r.studentId)) die("read referrals", u"a referral of a student not listed"_s);
        referralList << referralJson(v, r, numbers.value(r.studentId));
    }
    return {{u"risk_labels"_s, labels},   {u"step_limits"_s, limits},   {u"directory"_s, directory},
            {u"events"_s, eventList},     {u"safety_plans"_s, plans},   {u"referrals"_s, referralList},
            {u"absences"_s, absenceList}, {u"support_plans"_s, supportPlans}};
}

}  // namespace cd::fixture

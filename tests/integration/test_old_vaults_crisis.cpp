// Schema 7 (core/crisis/) in the old-vault fixtures (tests/data/vaults/README.md). A fixture made at
// schema 7 or later still holds every crisis record its fixture.json lists (`expect.crisis`, read
// back by that version's own API), opened with the newest code; an older one, migrated, shows the
// default risk labels and step limits, its watch-list entries at their level, and no crisis
// record; and in every migrated fixture a crisis event can be recorded and raises the watch list.

#include "OldVaultFixtures.h"

#include "common/Clock.h"
#include "crisis/Absences.h"
#include "crisis/CrisisEvents.h"
#include "crisis/Directory.h"
#include "crisis/Referrals.h"
#include "crisis/RiskScale.h"
#include "crisis/SafetyPlans.h"
#include "storage/Database.h"
#include "students/WatchList.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::crisis;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kCrisisSchema = 7;
/// Schema 7's tables (core/crisis/CrisisSchema.cpp).
const QStringList kCrisisTables = {u"risk_labels"_s,    u"crisis_step_limits"_s,   u"letterhead"_s,
                                   u"institutions"_s,   u"crisis_events"_s,        u"crisis_steps"_s,
                                   u"crisis_notifications"_s, u"safety_plans"_s,   u"referrals"_s,
                                   u"printed_documents"_s,    u"school_absences"_s, u"support_plans"_s};

QString time(const QDateTime &t) { return t.isValid() ? clock::toStorage(t) : QString(); }
QString date(const QDate &d) { return clock::dateToStorage(d); }
bool flag(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toBool(); }
int number(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toInt(); }
QJsonObject parsed(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }
QString ideationCode(Ideation i)
{
    return i == Ideation::Active ? u"active"_s : i == Ideation::Passive ? u"passive"_s : u"none"_s;
}
QString institutionName(vault::Vault &v, qint64 id)
{
    if (!id) return {};
    const auto entry = Directory(v).get(id);
    REQUIRE(entry.ok());
    return entry->displayName();
}
QString eventTime(vault::Vault &v, qint64 eventId)
{
    if (!eventId) return {};
    const auto event = CrisisEvents(v).get(eventId);
    REQUIRE(event.ok());
    return time(event->occurredAt);
}
/// The expected entries of `list` about one student.
QList<QJsonObject> about(const QJsonArray &list, const QString &studentNo)
{
    QList<QJsonObject> out;
    for (const QJsonValue &value : list)
        if (text(value.toObject(), "student_no") == studentNo) out << value.toObject();
    return out;
}

void checkSettings(vault::Vault &v, const QJsonObject &crisis)
{
    const auto labels = RiskScale(v).load();
    REQUIRE(labels.ok());
    const QJsonArray expected = array(crisis, "risk_labels");
    REQUIRE(labels->all().size() == expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const QJsonObject e = expected.at(i).toObject();
        INFO("risk label " << str(text(e, "level")));
        const RiskLabel &l = labels->all().at(i);  // most severe first
        CHECK(students::riskCode(l.level) == text(e, "level"));
        CHECK(l.label == text(e, "label"));
        CHECK(l.colour == text(e, "colour"));
        CHECK(l.custom == flag(e, "custom"));
    }
    const auto limits = CrisisEvents(v).stepLimits();
    REQUIRE(limits.ok());
    const QJsonArray expectedLimits = array(crisis, "step_limits");
    REQUIRE(limits->size() == expectedLimits.size());
    for (int i = 0; i < expectedLimits.size(); ++i) {
        CHECK(stepCode(limits->at(i).step) == text(expectedLimits.at(i).toObject(), "step"));
        CHECK(limits->at(i).minutes == number(expectedLimits.at(i).toObject(), "minutes"));
    }
    Directory directory(v);
    const auto all = directory.list(true);
    const auto active = directory.list(false);
    REQUIRE(all.ok());
    REQUIRE(active.ok());
    const QJsonArray entries = array(crisis, "directory");
    REQUIRE(all->size() == entries.size());
    for (const QJsonValue &value : entries) {
        const QJsonObject e = value.toObject();
        INFO("institution " << str(text(e, "name")));
        const auto found = std::find_if(all->cbegin(), all->cend(), [&](const Institution &i) {
            return i.name == text(e, "name") && i.department == text(e, "department");
        });
        REQUIRE(found != all->cend());
        CHECK(institutionKindCode(found->kind) == text(e, "kind"));
        CHECK(found->address == text(e, "address"));
        CHECK(found->phone == text(e, "phone"));
        CHECK(found->contact == text(e, "contact"));
        CHECK(found->note == text(e, "note"));
        CHECK(found->active == flag(e, "active"));
        const bool offered = std::any_of(active->cbegin(), active->cend(), [&](const Institution &i) { return i.id == found->id; });
        CHECK(offered == found->active);  // a retired entry is kept, not offered
    }
}

void checkEvent(vault::Vault &v, const CrisisEvent &ev, const QJsonObject &e)
{
    CHECK(ev.place == text(e, "place"));
    CHECK(sourceCode(ev.source) == text(e, "source"));
    CHECK(kindCode(ev.kind) == text(e, "kind"));
    CHECK(ev.description == text(e, "description"));
    const QJsonObject a = object(e, "assessment");
    CHECK(ideationCode(ev.assessment.selfHarmThoughts) == text(a, "self_harm_thoughts"));
    CHECK(ev.assessment.harmOthersThoughts == flag(a, "harm_others_thoughts"));
    CHECK(ev.assessment.plan == flag(a, "plan"));
    CHECK(ev.assessment.means == flag(a, "means"));
    CHECK(ev.assessment.pastAttempt == flag(a, "past_attempt"));
    CHECK(ev.assessment.recentLoss == flag(a, "recent_loss"));
    CHECK(ev.assessment.supervised == flag(a, "supervised"));
    CHECK(ev.assessment.protectiveFactors == text(a, "protective_factors"));
    CHECK(ev.assessment.notes == text(a, "notes"));
    CHECK(students::riskCode(ev.suggested) == text(e, "suggested"));
    CHECK(students::riskCode(ev.level) == text(e, "level"));
    CHECK(students::riskCode(suggestLevel(ev.assessment)) == text(e, "suggested"));  // the rule still agrees
    CHECK(ev.overrideReason == text(e, "override_reason"));
    CHECK(ev.immediateAction == text(e, "immediate_action"));
    CHECK(ev.closed == flag(e, "closed"));
    CHECK(time(ev.closedAt) == text(e, "closed_at"));
    CHECK(ev.closedBy == text(e, "closed_by"));
    CHECK(ev.closingNote == text(e, "closing_note"));
    CHECK(time(ev.createdAt) == text(e, "created_at"));
    CHECK(ev.createdBy == text(e, "created_by"));
    const QJsonArray steps = array(e, "steps");
    REQUIRE(ev.steps.size() == steps.size());
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps.at(i).toObject();
        INFO("step " << str(text(s, "step")));
        CHECK(stepCode(ev.steps[i].step) == text(s, "step"));
        CHECK(time(ev.steps[i].doneAt) == text(s, "done_at"));
        CHECK(ev.steps[i].person == text(s, "person"));
        CHECK(ev.steps[i].note == text(s, "note"));
        CHECK(time(ev.steps[i].recordedAt) == text(s, "recorded_at"));
        CHECK(ev.steps[i].recordedBy == text(s, "recorded_by"));
    }
    const QJsonArray notes = array(e, "notifications");
    REQUIRE(ev.notifications.size() == notes.size());
    for (int i = 0; i < notes.size(); ++i) {
        const QJsonObject n = notes.at(i).toObject();
        const Notification &got = ev.notifications[i];
        INFO("notification of " << str(text(n, "recipient")));
        CHECK(time(got.at) == text(n, "at"));
        CHECK(recipientCode(got.recipient) == text(n, "recipient"));
        CHECK(got.person == text(n, "person"));
        CHECK(methodCode(got.method) == text(n, "method"));
        CHECK(institutionName(v, got.institutionId) == text(n, "institution"));
        CHECK(got.confidentialityBreach == flag(n, "breach"));
        CHECK(got.reason == text(n, "reason"));
        CHECK(got.response == text(n, "response"));
        CHECK(time(got.recordedAt) == text(n, "recorded_at"));
        CHECK(got.recordedBy == text(n, "recorded_by"));
    }
}

void checkReferral(vault::Vault &v, const Referral &r, const QJsonObject &e)
{
    CHECK(r.studentId == studentId(v, text(e, "student_no")));
    CHECK(eventTime(v, r.eventId) == text(e, "event_occurred_at"));
    CHECK(institutionName(v, r.institutionId) == text(e, "institution"));
    CHECK(r.reason == text(e, "reason"));
    CHECK(r.duration == text(e, "duration"));
    CHECK(urgencyCode(r.urgency) == text(e, "urgency"));
    CHECK(r.questions == text(e, "questions"));
    QStringList disclose;
    for (Disclosure d : r.disclose) disclose << disclosureCode(d);
    CHECK(disclose == strings(array(e, "disclose")));
    CHECK(r.screeningText == text(e, "screening_text"));
    CHECK(r.sessionText == text(e, "session_text"));
    const QJsonObject c = object(e, "consent");
    CHECK(r.consent.guardianName == text(c, "guardian"));
    CHECK(r.consent.relation == text(c, "relation"));
    CHECK(r.consent.phone == text(c, "phone"));
    CHECK(time(r.consent.at) == text(c, "at"));
    CHECK(r.consent.method == text(c, "method"));
    CHECK(r.consent.given() == flag(c, "given"));
    CHECK(referralStatusCode(r.status) == text(e, "status"));
    REQUIRE(r.slip.has_value() == e.value(u"slip"_s).isObject());
    if (r.slip) {
        const QJsonObject slip = parsed(returnSlipToJson(*r.slip));
        const QJsonObject es = object(e, "slip");
        CHECK(slip == es);  // outcome, visit, department, treatments, fitness, support, next visit, diagnosis …
        CHECK(r.slip->treatments.size() == array(es, "treatments").size());
        CHECK(r.slip->diagnosis == text(es, "diagnosis"));
    }
    CHECK(date(r.slipDue) == text(e, "slip_due"));
    CHECK(date(r.followUpOn) == text(e, "follow_up_on"));
    CHECK(time(r.createdAt) == text(e, "created_at"));
    CHECK(r.createdBy == text(e, "created_by"));
    CHECK(time(r.givenAt) == text(e, "given_at"));
    CHECK(time(r.seenAt) == text(e, "seen_at"));
    CHECK(time(r.slipAt) == text(e, "slip_at"));
    CHECK(time(r.closedAt) == text(e, "closed_at"));
}

void checkStudentRecords(vault::Vault &v, const QJsonObject &crisis, const QString &no)
{
    INFO("student " << str(no));
    const qint64 sid = studentId(v, no);
    const auto events = CrisisEvents(v).forStudent(sid);
    REQUIRE(events.ok());
    const QList<QJsonObject> expectedEvents = about(array(crisis, "events"), no);
    REQUIRE(events->size() == expectedEvents.size());
    for (int i = 0; i < expectedEvents.size(); ++i) {  // newest first
        INFO("crisis event at " << str(text(expectedEvents[i], "occurred_at")));
        CHECK(time(events->at(i).occurredAt) == text(expectedEvents[i], "occurred_at"));
        const auto full = CrisisEvents(v).get(events->at(i).id);
        REQUIRE(full.ok());
        checkEvent(v, *full, expectedEvents[i]);
    }
    const auto plans = SafetyPlans(v).versions(sid);
    REQUIRE(plans.ok());
    const QList<QJsonObject> expectedPlans = about(array(crisis, "safety_plans"), no);
    REQUIRE(plans->size() == expectedPlans.size());
    for (int i = 0; i < expectedPlans.size(); ++i) {
        const SafetyPlan &p = plans->at(i);
        INFO("safety plan version " << number(expectedPlans[i], "version"));
        CHECK(p.version == number(expectedPlans[i], "version"));
        CHECK(eventTime(v, p.eventId) == text(expectedPlans[i], "event_occurred_at"));
        CHECK(parsed(safetyPlanToJson(p.content)) == object(expectedPlans[i], "content"));
        CHECK(date(p.reviewOn) == text(expectedPlans[i], "review_on"));
        CHECK(time(p.createdAt) == text(expectedPlans[i], "created_at"));
        CHECK(p.createdBy == text(expectedPlans[i], "created_by"));
    }
    const auto current = SafetyPlans(v).current(sid);
    REQUIRE(current.ok());
    CHECK(current->has_value() == !expectedPlans.isEmpty());
    if (*current) CHECK((*current)->version == number(expectedPlans.first(), "version"));

    const auto absences = Absences(v).forStudent(sid);
    REQUIRE(absences.ok());
    const QList<QJsonObject> expectedAbsences = about(array(crisis, "absences"), no);
    REQUIRE(absences->size() == expectedAbsences.size());
    for (int i = 0; i < expectedAbsences.size(); ++i) {
        const Absence &a = absences->at(i);
        const QJsonObject &e = expectedAbsences[i];
        QString referral;
        if (a.referralId) referral = Referrals(v).get(a.referralId)->number;
        CHECK(referral == text(e, "referral"));
        CHECK(date(a.leaveFrom) == text(e, "leave_from"));
        CHECK(a.reason == text(e, "reason"));
        CHECK(date(a.certificateOn) == text(e, "certificate_on"));
        CHECK(date(a.applicationOn) == text(e, "application_on"));
        CHECK(date(a.assessmentOn) == text(e, "assessment_on"));
        CHECK(a.assessment == text(e, "assessment"));
        CHECK(a.assessmentPassed == flag(e, "assessment_passed"));
        CHECK(date(a.returnedOn) == text(e, "returned_on"));
        CHECK(time(a.updatedAt) == text(e, "updated_at"));
        CHECK(a.updatedBy == text(e, "updated_by"));
    }
    const auto support = SupportPlans(v).get(sid);
    REQUIRE(support.ok());
    const QList<QJsonObject> expectedSupport = about(array(crisis, "support_plans"), no);
    REQUIRE(support->has_value() == !expectedSupport.isEmpty());
    if (*support) {
        const QJsonObject &e = expectedSupport.first();
        CHECK((*support)->goals == text(e, "goals"));
        CHECK((*support)->counselorDoes == text(e, "counselor_does"));
        CHECK((*support)->teacherDoes == text(e, "teacher_does"));
        CHECK((*support)->guardianDoes == text(e, "guardian_does"));
        CHECK(date((*support)->reviewOn) == text(e, "review_on"));
        CHECK(time((*support)->updatedAt) == text(e, "updated_at"));
        CHECK((*support)->updatedBy == text(e, "updated_by"));
    }
}

/// A fixture made at schema 7 or later: every record of `expect.crisis`.
void checkCrisisRecords(vault::Vault &v, const Fixture &fx)
{
    const QJsonObject crisis = object(fx.expect(), "crisis");
    REQUIRE_FALSE(crisis.isEmpty());
    checkSettings(v, crisis);
    for (const QJsonValue &s : array(fx.expect(), "students")) checkStudentRecords(v, crisis, text(s.toObject(), "student_no"));
    const auto referrals = Referrals(v).all();
    REQUIRE(referrals.ok());
    const QJsonArray expected = array(crisis, "referrals");
    REQUIRE(referrals->size() == expected.size());
    for (int i = 0; i < expected.size(); ++i) {  // newest first
        const QJsonObject e = expected.at(i).toObject();
        INFO("referral " << str(text(e, "number")));
        CHECK(referrals->at(i).number == text(e, "number"));
        const auto byNumber = Referrals(v).byNumber(text(e, "number"));
        REQUIRE(byNumber.ok());
        checkReferral(v, *byNumber, e);
    }
}

/// A fixture older than schema 7, migrated: the defaults, the watch list as it was, nothing recorded.
void checkMigratedToCrisis(vault::Vault &v, const Fixture &fx)
{
    CHECK_FALSE(fx.expect().contains(u"crisis"_s));
    for (const QString &table : kCrisisTables) {
        INFO("table " << str(table));
        const auto rows = v.database().scalar(u"SELECT count(*) FROM \"%1\""_s.arg(table));
        REQUIRE(rows.ok());  // the step created it
        CHECK(rows->toLongLong() == 0);
    }
    const auto labels = RiskScale(v).load();
    REQUIRE(labels.ok());
    REQUIRE(labels->all().size() == levelsBySeverity().size());
    for (const RiskLabel &l : labels->all()) {
        CHECK_FALSE(l.custom);
        CHECK(l.label == RiskLabels::defaultLabel(l.level).label);
        CHECK(l.colour == RiskLabels::defaultLabel(l.level).colour);
    }
    const auto limits = CrisisEvents(v).stepLimits();
    REQUIRE(limits.ok());
    const QList<StepLimit> defaults = CrisisEvents::defaultStepLimits();
    REQUIRE(limits->size() == defaults.size());
    for (int i = 0; i < defaults.size(); ++i) CHECK(limits->at(i).minutes == defaults[i].minutes);
    CHECK(Directory(v).list(true)->isEmpty());
    CHECK(Referrals(v).all()->isEmpty());
    CHECK(CrisisEvents(v).openEvents()->isEmpty());
    CHECK(Absences(v).away()->isEmpty());
    students::WatchList watch(v);
    int watched = 0;
    for (const QJsonValue &value : array(fx.expect(), "students")) {
        const QJsonObject s = value.toObject();
        INFO("student " << str(text(s, "student_no")));
        const qint64 sid = studentId(v, text(s, "student_no"));
        CHECK(CrisisEvents(v).forStudent(sid)->isEmpty());
        CHECK(SafetyPlans(v).versions(sid)->isEmpty());
        CHECK_FALSE(SupportPlans(v).get(sid)->has_value());
        // The watch entry keeps its level (the stored code), now shown by its default label.
        if (!s.value(u"watch"_s).isObject()) continue;
        const auto entry = watch.entry(sid);
        REQUIRE(entry.ok());
        REQUIRE(entry->has_value());
        CHECK(students::riskCode((*entry)->level) == text(object(s, "watch"), "level"));
        CHECK(labels->label((*entry)->level) == RiskLabels::defaultLabel((*entry)->level).label);
        ++watched;
    }
    CHECK(watched > 0);
}

}  // namespace

namespace cd::test {

void checkCrisis(vault::Vault &v, const Fixture &fx)
{
    if (fx.schemaVersion() >= kCrisisSchema) checkCrisisRecords(v, fx);
    else checkMigratedToCrisis(v, fx);
}

}  // namespace cd::test

TEST_CASE("old vaults: every migrated fixture records a crisis event that raises its watch list",
          "[old_vaults][migration][crisis]")
{
    for (const Fixture &fx : allFixtures()) {
        DYNAMIC_SECTION("fixture " << str(fx.name))
        {
            QTemporaryDir tmp;
            const QString dir = tmp.filePath(u"vault"_s);
            copyFolder(fx.vaultDir(), dir);
            auto lead = openAs(dir, fx.user(u"lead"_s));
            // Active students: one on the watch list below high (the v6 fixture has 林晓雨 at medium)
            // and one not on it.
            QString below, unwatched;
            for (const QJsonValue &value : array(fx.expect(), "students")) {
                const QJsonObject s = value.toObject();
                if (text(s, "status") != u"active"_s) continue;
                const QString level = text(object(s, "watch"), "level");
                if (!s.value(u"watch"_s).isObject() && unwatched.isEmpty()) unwatched = text(s, "student_no");
                if ((level == u"low"_s || level == u"medium"_s) && below.isEmpty()) below = text(s, "student_no");
            }
            REQUIRE_FALSE(unwatched.isEmpty());
            if (fx.schemaVersion() < kCrisisSchema) REQUIRE_FALSE(below.isEmpty());
            CrisisEvents events(*lead);
            students::WatchList watch(*lead);
            const auto labels = RiskScale(*lead).load();
            REQUIRE(labels.ok());
            for (const QString &no : {below, unwatched}) {
                if (no.isEmpty()) continue;
                INFO("student " << str(no));
                const qint64 sid = studentId(*lead, no);
                const auto historyBefore = watch.history(sid);
                REQUIRE(historyBefore.ok());
                NewCrisisEvent e;
                e.studentId = sid;
                e.occurredAt = clock::now().addSecs(-600);
                e.source = CrisisSource::Classmate;
                e.kind = CrisisKind::SelfHarm;
                e.description = u"Synthetic (old-vault test): a classmate saw scratches on the arm."_s;
                e.assessment.selfHarmThoughts = Ideation::Active;  // suggests high
                e.level = RiskLevel::High;
                const auto id = events.record(e);
                INFO(str(id ? QString() : id.error().message));
                REQUIRE(id.ok());
                const auto entry = watch.entry(sid);
                REQUIRE(entry.ok());
                REQUIRE(entry->has_value());
                CHECK((*entry)->level == RiskLevel::High);
                CHECK(watch.history(sid)->size() == historyBefore->size() + 1);
                CHECK(labels->label((*entry)->level) == labels->label(RiskLevel::High));
                Notification guardian;
                guardian.at = clock::now().addSecs(-60);
                guardian.recipient = Recipient::Guardian;
                guardian.person = u"Synthetic guardian"_s;
                REQUIRE(events.notify(*id, guardian).ok());
                const auto stored = events.get(*id);
                REQUIRE(stored.ok());
                CHECK(stored->suggested == RiskLevel::High);
                CHECK_FALSE(stored->closed);
                CHECK(stored->step(CrisisStep::Found).has_value());
                CHECK(stored->step(CrisisStep::Assessed).has_value());
                CHECK(stored->step(CrisisStep::GuardianTold).has_value());
                CHECK(stored->notifications.size() == 1);
                CHECK(events.forStudent(sid)->first().id == *id);
            }
            CHECK(lead->check(true)->ok());
            lead->close();
            auto again = openAs(dir, fx.user(u"lead"_s));
            CHECK(again->check(true)->ok());
            CHECK(CrisisEvents(*again).openEvents()->size() >= (below.isEmpty() ? 1 : 2));
        }
    }
}

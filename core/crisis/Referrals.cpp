#include "crisis/Referrals.h"

#include "crisis/CrisisAudit.h"

#include "audit/AuditTarget.h"
#include "common/Clock.h"
#include "common/CodeTable.h"
#include "crisis/Directory.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::crisis {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Referrals)
};

constexpr qsizetype kMaxText = 20000;

const CodeTable<ReferralStatus> &statuses()
{
    static const CodeTable<ReferralStatus> table = {{ReferralStatus::Drafted, "drafted"},
                                                    {ReferralStatus::Given, "given"},
                                                    {ReferralStatus::Seen, "seen"},
                                                    {ReferralStatus::SlipReturned, "slip_returned"},
                                                    {ReferralStatus::Closed, "closed"}};
    return table;
}

const CodeTable<Urgency> &urgencies()
{
    static const CodeTable<Urgency> table = {
        {Urgency::Routine, "routine"}, {Urgency::Soon, "soon"}, {Urgency::Urgent, "urgent"}};
    return table;
}

const CodeTable<Disclosure> &disclosureTable()
{
    static const CodeTable<Disclosure> table = {{Disclosure::Identity, "identity"},
                                                {Disclosure::Reason, "reason"},
                                                {Disclosure::Questions, "questions"},
                                                {Disclosure::Screening, "screening"},
                                                {Disclosure::SessionExcerpt, "session_excerpt"},
                                                {Disclosure::Contact, "guardian_contact"}};
    return table;
}

const CodeTable<VisitOutcome> &outcomes()
{
    static const CodeTable<VisitOutcome> table = {
        {VisitOutcome::Seen, "seen"}, {VisitOutcome::NotSeen, "not_seen"}, {VisitOutcome::Refused, "refused"}};
    return table;
}

const CodeTable<Treatment> &treatments()
{
    static const CodeTable<Treatment> table = {{Treatment::Outpatient, "outpatient"},
                                               {Treatment::Medication, "medication"},
                                               {Treatment::Psychotherapy, "psychotherapy"},
                                               {Treatment::Admitted, "admitted"},
                                               {Treatment::None, "none"}};
    return table;
}

const CodeTable<SchoolFitness> &fitnesses()
{
    static const CodeTable<SchoolFitness> table = {{SchoolFitness::Fit, "fit"},
                                                   {SchoolFitness::FitWithSupport, "fit_with_support"},
                                                   {SchoolFitness::TimeOff, "time_off"}};
    return table;
}

QString consentToJson(const Consent &c)
{
    if (c.guardianName.trimmed().isEmpty() && !c.at.isValid() && c.relation.isEmpty() && c.phone.isEmpty()
        && c.method.isEmpty())
        return {};
    const QJsonObject o{{u"guardian"_s, c.guardianName.trimmed()}, {u"relation"_s, c.relation.trimmed()},
                        {u"phone"_s, c.phone.trimmed()},           {u"at"_s, clock::toStorage(c.at)},
                        {u"method"_s, c.method.trimmed()}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Consent consentFromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    Consent c;
    c.guardianName = o.value(u"guardian"_s).toString();
    c.relation = o.value(u"relation"_s).toString();
    c.phone = o.value(u"phone"_s).toString();
    c.at = clock::fromStorage(o.value(u"at"_s).toString());
    c.method = o.value(u"method"_s).toString();
    return c;
}

QString disclosuresToText(const QList<Disclosure> &items)
{
    QStringList codes;
    for (Disclosure d : disclosures())
        if (items.contains(d)) codes << disclosureCode(d);
    return codes.join(u',');
}

QList<Disclosure> disclosuresFromText(const QString &text)
{
    QList<Disclosure> items;
    for (const QString &code : text.split(u',', Qt::SkipEmptyParts))
        if (auto d = disclosureFromCode(code)) items << *d;
    return items;
}

constexpr char kColumns[] =
    "id, number, student_id, COALESCE(event_id, 0), COALESCE(institution_id, 0), reason, duration, urgency, "
    "questions, disclose, screening_text, session_text, consent, status, slip, slip_due, follow_up_on, created_at, "
    "created_by, given_at, seen_at, slip_at, closed_at";

Referral readReferral(const storage::Statement &s)
{
    Referral r;
    r.id = s.int64(0);
    r.number = s.text(1);
    r.studentId = s.int64(2);
    r.eventId = s.int64(3);
    r.institutionId = s.int64(4);
    r.reason = s.text(5);
    r.duration = s.text(6);
    r.urgency = urgencyFromCode(s.text(7)).value_or(Urgency::Routine);
    r.questions = s.text(8);
    r.disclose = disclosuresFromText(s.text(9));
    r.screeningText = s.text(10);
    r.sessionText = s.text(11);
    r.consent = consentFromJson(s.text(12));
    r.status = referralStatusFromCode(s.text(13)).value_or(ReferralStatus::Drafted);
    r.slip = returnSlipFromJson(s.text(14));
    r.slipDue = clock::dateFromStorage(s.text(15));
    r.followUpOn = clock::dateFromStorage(s.text(16));
    r.createdAt = clock::fromStorage(s.text(17));
    r.createdBy = s.text(18);
    r.givenAt = clock::fromStorage(s.text(19));
    r.seenAt = clock::fromStorage(s.text(20));
    r.slipAt = clock::fromStorage(s.text(21));
    r.closedAt = clock::fromStorage(s.text(22));
    return r;
}

Status checkReferralText(const Referral &r)
{
    for (const QString *text : {&r.reason, &r.duration, &r.questions, &r.screeningText, &r.sessionText,
                                &r.consent.guardianName, &r.consent.relation, &r.consent.phone, &r.consent.method})
        if (text->size() > kMaxText)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("A text is longer than %1 characters. Shorten it.").arg(kMaxText));
    if (r.consent.at.isValid() && r.consent.at > clock::now().addSecs(300))
        return makeError(ErrorCode::InvalidInput, Tr::tr("The guardian's consent is dated in the future. Check the date."));
    return {};
}

}  // namespace

QString referralStatusCode(ReferralStatus status) { return statuses().code(status); }
std::optional<ReferralStatus> referralStatusFromCode(const QString &code) { return statuses().fromCode(code); }
QString referralStatusName(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Drafted: return Tr::tr("Drafted");
    case ReferralStatus::Given: return Tr::tr("Given to the guardian");
    case ReferralStatus::Seen: return Tr::tr("Seen by the hospital");
    case ReferralStatus::SlipReturned: return Tr::tr("Slip returned");
    case ReferralStatus::Closed: return Tr::tr("Closed", "referral status");
    }
    return {};
}

QString urgencyCode(Urgency urgency) { return urgencies().code(urgency); }
std::optional<Urgency> urgencyFromCode(const QString &code) { return urgencies().fromCode(code); }
QString urgencyName(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Routine: return Tr::tr("Routine (within two weeks)");
    case Urgency::Soon: return Tr::tr("Soon (within a few days)");
    case Urgency::Urgent: return Tr::tr("Urgent (today)");
    }
    return {};
}

QString disclosureCode(Disclosure item) { return disclosureTable().code(item); }
std::optional<Disclosure> disclosureFromCode(const QString &code) { return disclosureTable().fromCode(code); }
QList<Disclosure> disclosures() { return disclosureTable().values(); }
QList<Disclosure> defaultDisclosures() { return {Disclosure::Identity, Disclosure::Reason, Disclosure::Questions}; }
QString disclosureName(Disclosure item)
{
    switch (item) {
    case Disclosure::Identity: return Tr::tr("Name, sex, age and grade");
    case Disclosure::Reason: return Tr::tr("The observed reason and how long it has lasted");
    case Disclosure::Questions: return Tr::tr("The questions for the doctor");
    case Disclosure::Screening: return Tr::tr("Screening totals");
    case Disclosure::SessionExcerpt: return Tr::tr("An excerpt of the counseling sessions");
    case Disclosure::Contact: return Tr::tr("The guardian's name and phone");
    }
    return {};
}

QString visitOutcomeName(VisitOutcome outcome)
{
    switch (outcome) {
    case VisitOutcome::Seen: return Tr::tr("Seen by a doctor");
    case VisitOutcome::NotSeen: return Tr::tr("Not seen yet");
    case VisitOutcome::Refused: return Tr::tr("The family declined the visit");
    }
    return {};
}

QString treatmentName(Treatment treatment)
{
    switch (treatment) {
    case Treatment::Outpatient: return Tr::tr("Outpatient follow-up");
    case Treatment::Medication: return Tr::tr("Medication");
    case Treatment::Psychotherapy: return Tr::tr("Psychotherapy");
    case Treatment::Admitted: return Tr::tr("Admitted to hospital");
    case Treatment::None: return Tr::tr("No further treatment");
    }
    return {};
}

QString schoolFitnessName(SchoolFitness fitness)
{
    switch (fitness) {
    case SchoolFitness::Fit: return Tr::tr("Can attend school as usual");
    case SchoolFitness::FitWithSupport: return Tr::tr("Can attend school with support");
    case SchoolFitness::TimeOff: return Tr::tr("Time off school advised");
    }
    return {};
}

QString returnSlipToJson(const ReturnSlip &slip)
{
    QJsonArray list;
    for (Treatment t : slip.treatments) list.append(treatments().code(t));
    const QJsonObject o{{u"outcome"_s, outcomes().code(slip.outcome)},
                        {u"visited_on"_s, clock::dateToStorage(slip.visitedOn)},
                        {u"department"_s, slip.department.trimmed()},
                        {u"treatments"_s, list},
                        {u"fitness"_s, fitnesses().code(slip.fitness)},
                        {u"support"_s, slip.supportNeeded.trimmed()},
                        {u"next_visit"_s, clock::dateToStorage(slip.nextVisit)},
                        {u"diagnosis"_s, slip.diagnosis.trimmed()},
                        {u"filled_by"_s, slip.filledBy.trimmed()},
                        {u"received_on"_s, clock::dateToStorage(slip.receivedOn)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<ReturnSlip> returnSlipFromJson(const QString &json)
{
    if (json.isEmpty()) return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty()) return std::nullopt;
    ReturnSlip slip;
    slip.outcome = outcomes().fromCode(o.value(u"outcome"_s).toString()).value_or(VisitOutcome::Seen);
    slip.visitedOn = clock::dateFromStorage(o.value(u"visited_on"_s).toString());
    slip.department = o.value(u"department"_s).toString();
    for (const QJsonValue &v : o.value(u"treatments"_s).toArray())
        if (auto t = treatments().fromCode(v.toString())) slip.treatments << *t;
    slip.fitness = fitnesses().fromCode(o.value(u"fitness"_s).toString()).value_or(SchoolFitness::Fit);
    slip.supportNeeded = o.value(u"support"_s).toString();
    slip.nextVisit = clock::dateFromStorage(o.value(u"next_visit"_s).toString());
    slip.diagnosis = o.value(u"diagnosis"_s).toString();
    slip.filledBy = o.value(u"filled_by"_s).toString();
    slip.receivedOn = clock::dateFromStorage(o.value(u"received_on"_s).toString());
    return slip;
}

Result<qint64> Referrals::create(const Referral &draft)
{
    auto student = students::StudentRepository(m_vault).get(draft.studentId);
    if (!student) return student.error();
    CD_TRY(checkReferralText(draft));
    if (draft.institutionId) CD_TRY(Directory(m_vault).get(draft.institutionId));
    qint64 id = 0;
    CD_TRY(m_vault.recordChange(audit::action::ReferralCreated, [&](vault::Vault::AuditRow &row) -> Status {
        storage::Database &db = m_vault.database();
        // Numbers run per calendar year: ZJ2026-001, ZJ2026-002 … after the highest given so far
        // (not the count, which a purged student's referral would lower into a number in use).
        const QString prefix = u"ZJ%1-"_s.arg(clock::now().date().year());
        auto last = db.prepare(u"SELECT COALESCE(MAX(CAST(substr(number, ?) AS INTEGER)), 0) FROM referrals "
                               "WHERE number LIKE ? || '%'"_s);
        if (!last) return last.error();
        last->bind(1, prefix.size() + 1).bind(2, prefix);
        auto found = last->step();
        if (!found) return found.error();
        const QString number = prefix + QString::number(last->int64(0) + 1).rightJustified(3, u'0');
        auto stmt = db.prepare(
            u"INSERT INTO referrals (number, student_id, event_id, institution_id, reason, duration, urgency, "
            "questions, disclose, screening_text, session_text, consent, created_at, created_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, number).bind(2, draft.studentId);
        if (draft.eventId) stmt->bind(3, draft.eventId); else stmt->bindNull(3);
        if (draft.institutionId) stmt->bind(4, draft.institutionId); else stmt->bindNull(4);
        stmt->bind(5, draft.reason.trimmed())
            .bind(6, draft.duration.trimmed())
            .bind(7, urgencyCode(draft.urgency))
            .bind(8, draft.questions.trimmed())
            .bind(9, disclosuresToText(draft.disclose))
            .bind(10, draft.discloses(Disclosure::Screening) ? draft.screeningText.trimmed() : QString())
            .bind(11, draft.discloses(Disclosure::SessionExcerpt) ? draft.sessionText.trimmed() : QString())
            .bind(12, consentToJson(draft.consent))
            .bind(13, clock::toStorage(clock::now()))
            .bind(14, m_vault.currentUser().login);
        CD_TRY(stmt->exec());
        id = db.lastInsertRowId();
        row.target = audit::studentTarget(draft.studentId);
        row.detail = audit::referralDetail(number);
        return {};
    }));
    return id;
}

Status Referrals::update(const Referral &r)
{
    auto current = get(r.id);
    if (!current) return current.error();
    if (current->status != ReferralStatus::Drafted && current->status != ReferralStatus::Given)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The hospital has seen this referral; its letter can no longer change."));
    CD_TRY(checkReferralText(r));
    if (r.institutionId) CD_TRY(Directory(m_vault).get(r.institutionId));
    if (current->status == ReferralStatus::Given && (!r.institutionId || !r.consent.given()))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A referral given to the guardian keeps its destination and the guardian's consent."));
    return m_vault.recordChange(
        audit::action::ReferralEdited, audit::studentTarget(current->studentId), audit::referralDetail(current->number),
        [&]() -> Status {
            auto stmt = m_vault.database().prepare(
                u"UPDATE referrals SET institution_id = ?, reason = ?, duration = ?, urgency = ?, questions = ?, "
                "disclose = ?, screening_text = ?, session_text = ?, consent = ? WHERE id = ?"_s);
            if (!stmt) return stmt.error();
            if (r.institutionId) stmt->bind(1, r.institutionId); else stmt->bindNull(1);
            stmt->bind(2, r.reason.trimmed())
                .bind(3, r.duration.trimmed())
                .bind(4, urgencyCode(r.urgency))
                .bind(5, r.questions.trimmed())
                .bind(6, disclosuresToText(r.disclose))
                .bind(7, r.discloses(Disclosure::Screening) ? r.screeningText.trimmed() : QString())
                .bind(8, r.discloses(Disclosure::SessionExcerpt) ? r.sessionText.trimmed() : QString())
                .bind(9, consentToJson(r.consent))
                .bind(10, r.id);
            return stmt->exec();
        });
}

namespace {
Result<QList<Referral>> selectReferrals(storage::Database &db, const QString &where, const QVariant &value)
{
    auto stmt = db.prepare(u"SELECT %1 FROM referrals %2 ORDER BY created_at DESC, id DESC"_s.arg(
        QLatin1String(kColumns), where));
    if (!stmt) return stmt.error();
    if (value.isValid()) stmt->bind(1, value);
    return storage::collectRows(*stmt, readReferral);
}
}  // namespace

Result<Referral> Referrals::get(qint64 id)
{
    auto list = selectReferrals(m_vault.database(), u"WHERE id = ?"_s, id);
    if (!list) return list.error();
    if (list->isEmpty()) return makeError(ErrorCode::NotFound, Tr::tr("The referral no longer exists."));
    return list->first();
}

Result<Referral> Referrals::byNumber(const QString &number)
{
    auto list = selectReferrals(m_vault.database(), u"WHERE number = ? COLLATE NOCASE"_s, number.trimmed());
    if (!list) return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("There is no referral numbered %1. `referral list` shows the numbers.").arg(number));
    return list->first();
}

Result<QList<Referral>> Referrals::forStudent(qint64 studentId)
{
    return selectReferrals(m_vault.database(), u"WHERE student_id = ?"_s, studentId);
}

Result<QList<Referral>> Referrals::all() { return selectReferrals(m_vault.database(), QString(), QVariant()); }

Status Referrals::changeStatus(qint64 id, const QString &sql, const QStringList &values, const QString &detail)
{
    auto r = get(id);
    if (!r) return r.error();
    return m_vault.recordChange(audit::action::ReferralStatusChanged, audit::studentTarget(r->studentId),
                                u"%1 %2"_s.arg(audit::referralDetail(r->number), detail), [&]() -> Status {
                                    auto stmt = m_vault.database().prepare(sql);
                                    if (!stmt) return stmt.error();
                                    int i = 0;
                                    for (const QString &v : values) stmt->bind(++i, v);
                                    stmt->bind(++i, id);
                                    return stmt->exec();
                                });
}

namespace {
Status checkTime(const QDateTime &at, const QDateTime &notBefore)
{
    if (!at.isValid()) return makeError(ErrorCode::InvalidInput, Tr::tr("Give the date and time."));
    if (at > clock::now().addSecs(300))
        return makeError(ErrorCode::InvalidInput, Tr::tr("The time is in the future. Check the date and time."));
    if (notBefore.isValid() && at < notBefore)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The time is before the referral's previous step (%1).")
                                                      .arg(QLocale().toString(notBefore, QLocale::ShortFormat)));
    return {};
}
}  // namespace

Status Referrals::markGiven(qint64 id, const QDateTime &at, int slipDays)
{
    auto r = get(id);
    if (!r) return r.error();
    if (r->status != ReferralStatus::Drafted)
        return makeError(ErrorCode::InvalidInput, Tr::tr("This referral has already been given to the guardian."));
    if (!r->institutionId)
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose where the student is referred before giving the referral."));
    if (r->reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Write the observed reason before giving the referral."));
    if (!r->consent.given())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Record the guardian's consent (who and when) before giving the referral."));
    if (slipDays < 1 || slipDays > 90)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The return slip is expected back within 1 to 90 days."));
    CD_TRY(checkTime(at, r->consent.at));
    return changeStatus(id, u"UPDATE referrals SET status = 'given', given_at = ?, slip_due = ? WHERE id = ?"_s,
                        {clock::toStorage(at), clock::dateToStorage(at.date().addDays(slipDays))}, u"given"_s);
}

Status Referrals::markSeen(qint64 id, const QDateTime &at)
{
    auto r = get(id);
    if (!r) return r.error();
    if (r->status != ReferralStatus::Given)
        return makeError(ErrorCode::InvalidInput, Tr::tr("Only a referral given to the guardian can be marked seen."));
    CD_TRY(checkTime(at, r->givenAt));
    return changeStatus(id, u"UPDATE referrals SET status = 'seen', seen_at = ? WHERE id = ?"_s,
                        {clock::toStorage(at)}, u"seen"_s);
}

Status Referrals::recordSlip(qint64 id, const ReturnSlip &slip, const QDate &followUpOn)
{
    auto r = get(id);
    if (!r) return r.error();
    if (r->status != ReferralStatus::Given && r->status != ReferralStatus::Seen && r->status != ReferralStatus::SlipReturned)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Give the referral to the guardian before entering its return slip."));
    if (!slip.receivedOn.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Give the date the slip came back."));
    if (slip.receivedOn < r->givenAt.date() || slip.receivedOn > clock::now().date())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The slip's date must fall between the day the referral was given and today."));
    if (slip.outcome == VisitOutcome::Seen) {
        if (!slip.visitedOn.isValid())
            return makeError(ErrorCode::InvalidInput, Tr::tr("Give the date of the visit."));
        if (slip.visitedOn < r->givenAt.date() || slip.visitedOn > slip.receivedOn)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The visit must fall between the day the referral was given and the slip's date."));
    }
    if (slip.outcome != VisitOutcome::Seen && !slip.diagnosis.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A diagnosis can only come from a visit that took place."));
    if (followUpOn.isValid() && followUpOn < slip.receivedOn)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The follow-up cannot be before the slip came back."));
    for (const QString *text : {&slip.department, &slip.supportNeeded, &slip.diagnosis, &slip.filledBy})
        if (text->size() > kMaxText)
            return makeError(ErrorCode::InvalidInput, Tr::tr("A text is longer than %1 characters. Shorten it.").arg(kMaxText));
    return m_vault.recordChange(audit::action::ReferralSlipEntered, audit::studentTarget(r->studentId),
                                audit::referralDetail(r->number), [&]() -> Status {
                                    auto stmt = m_vault.database().prepare(
                                        u"UPDATE referrals SET status = 'slip_returned', slip = ?, slip_at = ?, "
                                        "follow_up_on = ?, seen_at = CASE WHEN seen_at = '' AND ? THEN ? ELSE seen_at END "
                                        "WHERE id = ?"_s);
                                    if (!stmt) return stmt.error();
                                    stmt->bind(1, returnSlipToJson(slip))
                                        .bind(2, clock::toStorage(clock::now()))
                                        .bind(3, clock::dateToStorage(followUpOn))
                                        .bind(4, slip.outcome == VisitOutcome::Seen ? 1 : 0)
                                        .bind(5, clock::toStorage(slip.visitedOn.startOfDay()))
                                        .bind(6, id);
                                    return stmt->exec();
                                });
}

Status Referrals::close(qint64 id, const QString &note)
{
    auto r = get(id);
    if (!r) return r.error();
    if (r->status == ReferralStatus::Drafted)
        return makeError(ErrorCode::InvalidInput, Tr::tr("A drafted referral that was never given needs no closing."));
    if (r->status == ReferralStatus::Closed) return makeError(ErrorCode::InvalidInput, Tr::tr("This referral is already closed."));
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Say why the referral can be closed."));
    if (note.size() > kMaxText)
        return makeError(ErrorCode::InvalidInput, Tr::tr("A text is longer than %1 characters. Shorten it.").arg(kMaxText));
    return changeStatus(id, u"UPDATE referrals SET status = 'closed', closed_at = ?, closing_note = ? WHERE id = ?"_s,
                        {clock::toStorage(clock::now()), note.trimmed()}, u"closed"_s);
}

Result<QList<ReferralReminder>> Referrals::reminders(const QDate &today)
{
    auto list = all();
    if (!list) return list.error();
    QList<ReferralReminder> due;
    for (const Referral &r : *list) {
        if ((r.status == ReferralStatus::Given || r.status == ReferralStatus::Seen) && r.slipDue.isValid()
            && r.slipDue < today)
            due.append({r.id, r.studentId, r.number, ReferralReminder::SlipOverdue, r.slipDue});
        if (r.status == ReferralStatus::SlipReturned && r.followUpOn.isValid() && r.followUpOn <= today)
            due.append({r.id, r.studentId, r.number, ReferralReminder::FollowUpDue, r.followUpOn});
    }
    std::sort(due.begin(), due.end(), [](const ReferralReminder &a, const ReferralReminder &b) { return a.due < b.due; });
    return due;
}

}  // namespace cd::crisis

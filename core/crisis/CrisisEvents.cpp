#include "crisis/CrisisEvents.h"

#include "crisis/CrisisAudit.h"

#include "audit/AuditTarget.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"
#include "students/WatchList.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::crisis {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(CrisisEvents)
};

/// A little slack for a clock set a few minutes apart from the counselor's watch.
constexpr qint64 kFutureSlackSeconds = 5 * 60;
/// Days until the watch-list review after an event raised the level.
constexpr int kReviewDays = 3;
constexpr qsizetype kMaxText = 20000;

QString ideationCode(Ideation i)
{
    switch (i) {
    case Ideation::None: return u"none"_s;
    case Ideation::Passive: return u"passive"_s;
    case Ideation::Active: return u"active"_s;
    }
    return {};
}

Ideation ideationFromCode(const QString &code)
{
    if (code == u"active"_s) return Ideation::Active;
    if (code == u"passive"_s) return Ideation::Passive;
    return Ideation::None;
}

QString assessmentToJson(const RiskAssessment &a)
{
    QJsonObject o{{u"self_harm_thoughts"_s, ideationCode(a.selfHarmThoughts)},
                  {u"harm_others_thoughts"_s, a.harmOthersThoughts},
                  {u"plan"_s, a.plan},
                  {u"means"_s, a.means},
                  {u"past_attempt"_s, a.pastAttempt},
                  {u"recent_loss"_s, a.recentLoss},
                  {u"supervised"_s, a.supervised},
                  {u"protective_factors"_s, a.protectiveFactors},
                  {u"notes"_s, a.notes}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

RiskAssessment assessmentFromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    RiskAssessment a;
    a.selfHarmThoughts = ideationFromCode(o.value(u"self_harm_thoughts"_s).toString());
    a.harmOthersThoughts = o.value(u"harm_others_thoughts"_s).toBool();
    a.plan = o.value(u"plan"_s).toBool();
    a.means = o.value(u"means"_s).toBool();
    a.pastAttempt = o.value(u"past_attempt"_s).toBool();
    a.recentLoss = o.value(u"recent_loss"_s).toBool();
    a.supervised = o.value(u"supervised"_s).toBool(true);
    a.protectiveFactors = o.value(u"protective_factors"_s).toString();
    a.notes = o.value(u"notes"_s).toString();
    return a;
}

constexpr char kEventColumns[] =
    "id, student_id, occurred_at, place, source, kind, description, assessment, suggested_level, level, "
    "override_reason, immediate_action, status, closed_at, closed_by, closing_note, created_at, created_by";

CrisisEvent readEvent(const storage::Statement &s)
{
    CrisisEvent e;
    e.id = s.int64(0);
    e.studentId = s.int64(1);
    e.occurredAt = clock::fromStorage(s.text(2));
    e.place = s.text(3);
    e.source = sourceFromCode(s.text(4)).value_or(CrisisSource::Other);
    e.kind = kindFromCode(s.text(5)).value_or(CrisisKind::Other);
    e.description = s.text(6);
    e.assessment = assessmentFromJson(s.text(7));
    e.suggested = students::riskFromCode(s.text(8)).value_or(RiskLevel::Low);
    e.level = students::riskFromCode(s.text(9)).value_or(RiskLevel::Low);
    e.overrideReason = s.text(10);
    e.immediateAction = s.text(11);
    e.closed = s.text(12) == u"closed"_s;
    e.closedAt = clock::fromStorage(s.text(13));
    e.closedBy = s.text(14);
    e.closingNote = s.text(15);
    e.createdAt = clock::fromStorage(s.text(16));
    e.createdBy = s.text(17);
    return e;
}

bool inFuture(const QDateTime &at) { return at > clock::now().addSecs(kFutureSlackSeconds); }

Status checkText(const QString &text)
{
    if (text.size() > kMaxText)
        return makeError(ErrorCode::InvalidInput, Tr::tr("A text is longer than %1 characters. Shorten it.").arg(kMaxText));
    return {};
}

Status insertStep(storage::Database &db, qint64 eventId, CrisisStep step, const QDateTime &doneAt, const QString &person,
                  const QString &note, const QString &actor)
{
    auto stmt = db.prepare(u"INSERT OR REPLACE INTO crisis_steps (event_id, step, done_at, person, note, recorded_at, "
                           "recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, eventId)
        .bind(2, stepCode(step))
        .bind(3, clock::toStorage(doneAt))
        .bind(4, person.trimmed())
        .bind(5, note.trimmed())
        .bind(6, clock::toStorage(clock::now()))
        .bind(7, actor);
    return stmt->exec();
}

}  // namespace

std::optional<StepRecord> CrisisEvent::step(CrisisStep which) const
{
    for (const StepRecord &s : steps)
        if (s.step == which) return s;
    return std::nullopt;
}

QList<StepLimit> CrisisEvents::defaultStepLimits()
{
    // Common practice in school procedures (docs/crisis.md, "Steps and time limits"): the leader
    // within 30 minutes, the guardian within 24 hours, a follow-up within a week.
    return {{CrisisStep::Found, 0},           {CrisisStep::Assessed, 60},    {CrisisStep::LeaderReported, 30},
            {CrisisStep::GuardianTold, 1440}, {CrisisStep::Intervention, 0}, {CrisisStep::Referral, 0},
            {CrisisStep::FollowUp, 7 * 1440}};
}

Result<QList<StepLimit>> CrisisEvents::stepLimits()
{
    QList<StepLimit> limits = defaultStepLimits();
    auto stmt = m_vault.database().prepare(u"SELECT step, minutes FROM crisis_step_limits"_s);
    if (!stmt) return stmt.error();
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        const auto step = stepFromCode(stmt->text(0));
        if (!step) continue;
        for (StepLimit &l : limits)
            if (l.step == *step) l.minutes = static_cast<int>(stmt->int64(1));
    }
    return limits;
}

Status CrisisEvents::setStepLimits(const QList<StepLimit> &limits)
{
    if (!m_vault.isLead())
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Only the room lead can change the crisis steps' time limits."));
    constexpr int kMaxMinutes = 60 * 24 * 60;  // 60 days
    for (const StepLimit &l : limits)
        if (l.minutes < 0 || l.minutes > kMaxMinutes)
            return makeError(ErrorCode::InvalidInput, Tr::tr("A time limit must be between 0 (none) and 60 days."));
    return m_vault.recordChange(audit::action::StepLimitsChanged, QString(), QString(), [&]() -> Status {
        storage::Database &db = m_vault.database();
        CD_TRY(db.exec(u"DELETE FROM crisis_step_limits"_s));
        auto stmt = db.prepare(u"INSERT INTO crisis_step_limits (step, minutes) VALUES (?, ?)"_s);
        if (!stmt) return stmt.error();
        for (const StepLimit &l : limits) {
            stmt->reset();
            stmt->bind(1, stepCode(l.step)).bind(2, l.minutes);
            CD_TRY(stmt->exec());
        }
        return {};
    });
}

Result<qint64> CrisisEvents::record(const NewCrisisEvent &event)
{
    auto student = students::StudentRepository(m_vault).get(event.studentId);
    if (!student) return student.error();
    if (event.description.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Describe what happened: what was seen or said, by whom."));
    if (!event.occurredAt.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Give the time the crisis was found."));
    if (inFuture(event.occurredAt))
        return makeError(ErrorCode::InvalidInput, Tr::tr("The time of the event is in the future. Check the date and time."));
    const RiskLevel suggested = suggestLevel(event.assessment);
    if (event.level != suggested && event.overrideReason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The level differs from the one the assessment suggests. Say why you chose it."));
    for (const QString *text : {&event.description, &event.place, &event.overrideReason, &event.immediateAction,
                                &event.assessment.protectiveFactors, &event.assessment.notes})
        CD_TRY(checkText(*text));

    const QString actor = m_vault.currentUser().login;
    qint64 id = 0;
    CD_TRY(m_vault.changeTogether([&]() -> Status {
        CD_TRY(m_vault.recordChange(audit::action::CrisisRecorded, [&](vault::Vault::AuditRow &row) -> Status {
            storage::Database &db = m_vault.database();
            auto stmt = db.prepare(
                u"INSERT INTO crisis_events (student_id, occurred_at, place, source, kind, description, assessment, "
                "suggested_level, level, override_reason, immediate_action, created_at, created_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            if (!stmt) return stmt.error();
            stmt->bind(1, event.studentId)
                .bind(2, clock::toStorage(event.occurredAt))
                .bind(3, event.place.trimmed())
                .bind(4, sourceCode(event.source))
                .bind(5, kindCode(event.kind))
                .bind(6, event.description.trimmed())
                .bind(7, assessmentToJson(event.assessment))
                .bind(8, students::riskCode(suggested))
                .bind(9, students::riskCode(event.level))
                .bind(10, event.level == suggested ? QString() : event.overrideReason.trimmed())
                .bind(11, event.immediateAction.trimmed())
                .bind(12, clock::toStorage(clock::now()))
                .bind(13, actor);
            CD_TRY(stmt->exec());
            id = db.lastInsertRowId();
            CD_TRY(insertStep(db, id, CrisisStep::Found, event.occurredAt, QString(), QString(), actor));
            CD_TRY(insertStep(db, id, CrisisStep::Assessed, std::max(clock::now(), event.occurredAt),
                              m_vault.currentUser().displayName, QString(), actor));
            row.target = audit::studentTarget(event.studentId);
            row.detail = u"%1 %2"_s.arg(audit::crisisDetail(id), students::riskCode(event.level));
            return {};
        }));
        // The watch list follows the event up, never down.
        students::WatchList watch(m_vault);
        auto current = watch.entry(event.studentId);
        if (!current) return current.error();
        if (*current && severity((*current)->level) >= severity(event.level)) return {};
        //: the watch-list reason written when a crisis event raises the level; %1 the kind of crisis
        const QString reason = Tr::tr("Crisis event: %1").arg(kindName(event.kind));
        return watch.set(event.studentId, event.level, reason, clock::now().date().addDays(kReviewDays));
    }));
    return id;
}

Result<QList<CrisisEvent>> CrisisEvents::select(const QString &where, qint64 id, bool details)
{
    storage::Database &db = m_vault.database();
    auto stmt = db.prepare(u"SELECT %1 FROM crisis_events %2 ORDER BY occurred_at DESC, id DESC"_s.arg(
        QLatin1String(kEventColumns), where));
    if (!stmt) return stmt.error();
    if (id) stmt->bind(1, id);
    auto selected = storage::collectRows(*stmt, readEvent);
    if (!selected || !details) return selected;
    QList<CrisisEvent> events = *selected;
    auto steps = db.prepare(u"SELECT step, done_at, person, note, recorded_at, recorded_by FROM crisis_steps "
                            "WHERE event_id = ?"_s);
    if (!steps) return steps.error();
    auto notes = db.prepare(u"SELECT id, notified_at, recipient, person, method, COALESCE(institution_id, 0), breach, "
                            "reason, response, recorded_at, recorded_by FROM crisis_notifications WHERE event_id = ? "
                            "ORDER BY notified_at, id"_s);
    if (!notes) return notes.error();
    for (CrisisEvent &e : events) {
        steps->reset();
        steps->bind(1, e.id);
        for (;;) {
            auto row = steps->step();
            if (!row) return row.error();
            if (!*row) break;
            const auto step = stepFromCode(steps->text(0));
            if (!step) continue;
            e.steps.append({*step, clock::fromStorage(steps->text(1)), steps->text(2), steps->text(3),
                            clock::fromStorage(steps->text(4)), steps->text(5)});
        }
        std::sort(e.steps.begin(), e.steps.end(),
                  [](const StepRecord &a, const StepRecord &b) { return a.step < b.step; });
        notes->reset();
        notes->bind(1, e.id);
        for (;;) {
            auto row = notes->step();
            if (!row) return row.error();
            if (!*row) break;
            Notification n;
            n.id = notes->int64(0);
            n.at = clock::fromStorage(notes->text(1));
            n.recipient = recipientFromCode(notes->text(2)).value_or(Recipient::Other);
            n.person = notes->text(3);
            n.method = methodFromCode(notes->text(4)).value_or(ContactMethod::Other);
            n.institutionId = notes->int64(5);
            n.confidentialityBreach = notes->int64(6) != 0;
            n.reason = notes->text(7);
            n.response = notes->text(8);
            n.recordedAt = clock::fromStorage(notes->text(9));
            n.recordedBy = notes->text(10);
            e.notifications.append(n);
        }
    }
    return events;
}

Result<CrisisEvent> CrisisEvents::get(qint64 eventId)
{
    auto events = select(u"WHERE id = ?"_s, eventId, true);
    if (!events) return events.error();
    if (events->isEmpty()) return makeError(ErrorCode::NotFound, Tr::tr("The crisis event no longer exists."));
    return events->first();
}

Result<QList<CrisisEvent>> CrisisEvents::forStudent(qint64 studentId)
{
    return select(u"WHERE student_id = ?"_s, studentId, false);
}

Result<QList<CrisisEvent>> CrisisEvents::openEvents() { return select(u"WHERE status = 'open'"_s, 0, true); }

namespace {

/// The event, open, and `at` within its time and now.
Result<CrisisEvent> checkedForChange(CrisisEvents &events, qint64 eventId, const QDateTime &at)
{
    auto event = events.get(eventId);
    if (!event) return event.error();
    if (event->closed)
        return makeError(ErrorCode::InvalidInput, Tr::tr("This crisis event is closed. Open a new event for a new crisis."));
    if (!at.isValid()) return makeError(ErrorCode::InvalidInput, Tr::tr("Give the date and time."));
    if (at < event->occurredAt)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The time is before the event itself (%1). Check the date and time.")
                             .arg(QLocale().toString(event->occurredAt, QLocale::ShortFormat)));
    if (inFuture(at)) return makeError(ErrorCode::InvalidInput, Tr::tr("The time is in the future. Check the date and time."));
    return event;
}

}  // namespace

Status CrisisEvents::recordStep(qint64 eventId, CrisisStep step, const QDateTime &doneAt, const QString &person,
                                const QString &note)
{
    auto event = checkedForChange(*this, eventId, doneAt);
    if (!event) return event.error();
    CD_TRY(checkText(note));
    if (step == CrisisStep::Found && doneAt != event->occurredAt)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The event was found at the event's own time; change that instead."));
    return m_vault.recordChange(audit::action::CrisisStepRecorded, audit::studentTarget(event->studentId),
                                u"%1 %2"_s.arg(audit::crisisDetail(eventId), stepCode(step)), [&]() -> Status {
                                    return insertStep(m_vault.database(), eventId, step, doneAt, person, note,
                                                      m_vault.currentUser().login);
                                });
}

Result<qint64> CrisisEvents::notify(qint64 eventId, const Notification &n)
{
    auto event = checkedForChange(*this, eventId, n.at);
    if (!event) return event.error();
    if (n.confidentialityBreach && n.reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Say why confidentiality had to be broken (for example: to protect the student's life)."));
    if (n.recipient == Recipient::Institution && n.institutionId == 0)
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose the institution from the directory."));
    for (const QString *text : {&n.person, &n.reason, &n.response}) CD_TRY(checkText(*text));
    std::optional<CrisisStep> completes;
    if (n.recipient == Recipient::SchoolLeader) completes = CrisisStep::LeaderReported;
    if (n.recipient == Recipient::Guardian) completes = CrisisStep::GuardianTold;
    if (completes && event->step(*completes)) completes.reset();

    const QString actor = m_vault.currentUser().login;
    qint64 id = 0;
    CD_TRY(m_vault.recordChange(
        audit::action::CrisisNotified, audit::studentTarget(event->studentId),
        u"%1 %2%3"_s.arg(audit::crisisDetail(eventId), recipientCode(n.recipient),
                         n.confidentialityBreach ? u" breach"_s : QString()),
        [&]() -> Status {
            storage::Database &db = m_vault.database();
            auto stmt = db.prepare(
                u"INSERT INTO crisis_notifications (event_id, notified_at, recipient, person, method, institution_id, "
                "breach, reason, response, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            if (!stmt) return stmt.error();
            stmt->bind(1, eventId)
                .bind(2, clock::toStorage(n.at))
                .bind(3, recipientCode(n.recipient))
                .bind(4, n.person.trimmed())
                .bind(5, methodCode(n.method));
            if (n.recipient == Recipient::Institution)
                stmt->bind(6, n.institutionId);
            else
                stmt->bindNull(6);
            stmt->bind(7, n.confidentialityBreach ? 1 : 0)
                .bind(8, n.confidentialityBreach ? n.reason.trimmed() : QString())
                .bind(9, n.response.trimmed())
                .bind(10, clock::toStorage(clock::now()))
                .bind(11, actor);
            const Status inserted = stmt->exec();
            if (!inserted && n.recipient == Recipient::Institution)
                return makeError(ErrorCode::InvalidInput, Tr::tr("That institution is not in the directory."));
            CD_TRY(inserted);
            id = db.lastInsertRowId();
            if (completes) CD_TRY(insertStep(db, eventId, *completes, n.at, n.person, QString(), actor));
            return {};
        }));
    return id;
}

Status CrisisEvents::close(qint64 eventId, const QString &note)
{
    auto event = get(eventId);
    if (!event) return event.error();
    if (event->closed) return makeError(ErrorCode::InvalidInput, Tr::tr("This crisis event is already closed."));
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Say why the event can be closed (the risk has passed, the student is in care …)."));
    CD_TRY(checkText(note));
    return m_vault.recordChange(audit::action::CrisisClosed, audit::studentTarget(event->studentId),
                                audit::crisisDetail(eventId), [&]() -> Status {
                                    auto stmt = m_vault.database().prepare(
                                        u"UPDATE crisis_events SET status = 'closed', closed_at = ?, closed_by = ?, "
                                        "closing_note = ? WHERE id = ?"_s);
                                    if (!stmt) return stmt.error();
                                    stmt->bind(1, clock::toStorage(clock::now()))
                                        .bind(2, m_vault.currentUser().login)
                                        .bind(3, note.trimmed())
                                        .bind(4, eventId);
                                    return stmt->exec();
                                });
}

Result<QList<OverdueStep>> CrisisEvents::overdueSteps(const QDateTime &now)
{
    auto limits = stepLimits();
    if (!limits) return limits.error();
    auto events = openEvents();
    if (!events) return events.error();
    QList<OverdueStep> overdue;
    for (const CrisisEvent &e : *events)
        for (const StepLimit &l : *limits) {
            if (l.minutes <= 0 || e.step(l.step)) continue;
            const QDateTime due = e.occurredAt.addSecs(qint64(l.minutes) * 60);
            if (due < now) overdue.append({e.id, e.studentId, l.step, due});
        }
    std::sort(overdue.begin(), overdue.end(), [](const OverdueStep &a, const OverdueStep &b) { return a.due < b.due; });
    return overdue;
}

}  // namespace cd::crisis

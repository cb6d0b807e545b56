#include "crisis/SafetyPlans.h"

#include "crisis/CrisisAudit.h"

#include "audit/AuditTarget.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cd::crisis {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(SafetyPlans)
};

constexpr qsizetype kMaxText = 20000;
constexpr char kColumns[] = "id, student_id, COALESCE(event_id, 0), version, content, review_on, created_at, created_by";

SafetyPlan readPlan(const storage::Statement &s)
{
    SafetyPlan p;
    p.id = s.int64(0);
    p.studentId = s.int64(1);
    p.eventId = s.int64(2);
    p.version = static_cast<int>(s.int64(3));
    p.content = safetyPlanFromJson(s.text(4));
    p.reviewOn = clock::dateFromStorage(s.text(5));
    p.createdAt = clock::fromStorage(s.text(6));
    p.createdBy = s.text(7);
    return p;
}

Result<QList<SafetyPlan>> selectPlans(storage::Database &db, const QString &where, const QVariant &value)
{
    auto stmt = db.prepare(u"SELECT %1 FROM safety_plans p %2"_s.arg(QLatin1String(kColumns), where));
    if (!stmt) return stmt.error();
    if (value.isValid()) stmt->bind(1, value);
    return storage::collectRows(*stmt, readPlan);
}

}  // namespace

bool SafetyPlanContent::operator==(const SafetyPlanContent &o) const
{
    return warningSigns == o.warningSigns && copingAlone == o.copingAlone && distractions == o.distractions
           && helpers == o.helpers && professionals == o.professionals && safeSurroundings == o.safeSurroundings
           && reasonToLive == o.reasonToLive && guardianName == o.guardianName && guardianSigned == o.guardianSigned;
}

QString safetyPlanToJson(const SafetyPlanContent &c)
{
    const QJsonObject o{{u"warning_signs"_s, c.warningSigns},     {u"coping_alone"_s, c.copingAlone},
                        {u"distractions"_s, c.distractions},      {u"helpers"_s, c.helpers},
                        {u"professionals"_s, c.professionals},    {u"safe_surroundings"_s, c.safeSurroundings},
                        {u"reason_to_live"_s, c.reasonToLive},    {u"guardian_name"_s, c.guardianName},
                        {u"guardian_signed"_s, c.guardianSigned}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

SafetyPlanContent safetyPlanFromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    SafetyPlanContent c;
    c.warningSigns = o.value(u"warning_signs"_s).toString();
    c.copingAlone = o.value(u"coping_alone"_s).toString();
    c.distractions = o.value(u"distractions"_s).toString();
    c.helpers = o.value(u"helpers"_s).toString();
    c.professionals = o.value(u"professionals"_s).toString();
    c.safeSurroundings = o.value(u"safe_surroundings"_s).toString();
    c.reasonToLive = o.value(u"reason_to_live"_s).toString();
    c.guardianName = o.value(u"guardian_name"_s).toString();
    c.guardianSigned = o.value(u"guardian_signed"_s).toBool();
    return c;
}

Result<SafetyPlan> SafetyPlans::save(qint64 studentId, qint64 eventId, const SafetyPlanContent &in, const QDate &reviewOn)
{
    auto student = students::StudentRepository(m_vault).get(studentId);
    if (!student) return student.error();
    SafetyPlanContent c = in;
    for (QString *text : {&c.warningSigns, &c.copingAlone, &c.distractions, &c.helpers, &c.professionals,
                          &c.safeSurroundings, &c.reasonToLive, &c.guardianName}) {
        *text = text->trimmed();
        if (text->size() > kMaxText)
            return makeError(ErrorCode::InvalidInput, Tr::tr("A text is longer than %1 characters. Shorten it.").arg(kMaxText));
    }
    if (c.warningSigns.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Write step 1: the warning signs the student notices."));
    if (c.copingAlone.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Write step 2: what the student can do on their own."));
    if (c.professionals.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Write step 5: the professionals and hotlines to call."));
    if (c.guardianSigned && c.guardianName.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Give the name of the guardian who signed step 6."));
    if (!reviewOn.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose the date the plan will be reviewed."));
    if (reviewOn < clock::now().date())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The review date is in the past. Choose a day from today on."));

    SafetyPlan saved;
    CD_TRY(m_vault.recordChange(audit::action::SafetyPlanSaved, [&](vault::Vault::AuditRow &row) -> Status {
        storage::Database &db = m_vault.database();
        auto next = db.prepare(u"SELECT COALESCE(MAX(version), 0) + 1 FROM safety_plans WHERE student_id = ?"_s);
        if (!next) return next.error();
        next->bind(1, studentId);
        auto got = next->step();
        if (!got) return got.error();
        const int version = static_cast<int>(next->int64(0));
        auto stmt = db.prepare(u"INSERT INTO safety_plans (student_id, event_id, version, content, review_on, "
                               "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, studentId);
        if (eventId) stmt->bind(2, eventId); else stmt->bindNull(2);
        stmt->bind(3, version)
            .bind(4, safetyPlanToJson(c))
            .bind(5, clock::dateToStorage(reviewOn))
            .bind(6, clock::toStorage(clock::now()))
            .bind(7, m_vault.currentUser().login);
        const Status inserted = stmt->exec();
        if (!inserted && eventId) return makeError(ErrorCode::NotFound, Tr::tr("The crisis event no longer exists."));
        CD_TRY(inserted);
        saved = {db.lastInsertRowId(), studentId, eventId, version, c, reviewOn, clock::now(), m_vault.currentUser().login};
        row.target = audit::studentTarget(studentId);
        row.detail = u"safety_plan:%1 v%2"_s.arg(saved.id).arg(version);
        return {};
    }));
    return saved;
}

Result<std::optional<SafetyPlan>> SafetyPlans::current(qint64 studentId)
{
    auto plans = selectPlans(m_vault.database(), u"WHERE student_id = ? ORDER BY version DESC LIMIT 1"_s, studentId);
    if (!plans) return plans.error();
    if (plans->isEmpty()) return std::optional<SafetyPlan>();
    return std::optional<SafetyPlan>(plans->first());
}

Result<QList<SafetyPlan>> SafetyPlans::versions(qint64 studentId)
{
    return selectPlans(m_vault.database(), u"WHERE student_id = ? ORDER BY version DESC"_s, studentId);
}

Result<SafetyPlan> SafetyPlans::get(qint64 planId)
{
    auto plans = selectPlans(m_vault.database(), u"WHERE id = ?"_s, planId);
    if (!plans) return plans.error();
    if (plans->isEmpty()) return makeError(ErrorCode::NotFound, Tr::tr("The safety plan no longer exists."));
    return plans->first();
}

Result<QList<SafetyPlan>> SafetyPlans::reviewsDue(const QDate &until)
{
    return selectPlans(m_vault.database(),
                       u"WHERE version = (SELECT MAX(version) FROM safety_plans q WHERE q.student_id = p.student_id) "
                       "AND review_on <= ? ORDER BY review_on"_s,
                       clock::dateToStorage(until));
}

}  // namespace cd::crisis

#include "crisis/Absences.h"

#include "crisis/CrisisAudit.h"

#include "audit/AuditTarget.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::crisis {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Absences)
};

constexpr qsizetype kMaxText = 20000;
constexpr char kColumns[] =
    "id, student_id, COALESCE(referral_id, 0), leave_from, reason, certificate_on, application_on, assessment_on, "
    "assessment, assessment_passed, returned_on, updated_at, updated_by";

Absence readAbsence(const storage::Statement &s)
{
    Absence a;
    a.id = s.int64(0);
    a.studentId = s.int64(1);
    a.referralId = s.int64(2);
    a.leaveFrom = clock::dateFromStorage(s.text(3));
    a.reason = s.text(4);
    a.certificateOn = clock::dateFromStorage(s.text(5));
    a.applicationOn = clock::dateFromStorage(s.text(6));
    a.assessmentOn = clock::dateFromStorage(s.text(7));
    a.assessment = s.text(8);
    a.assessmentPassed = s.int64(9) != 0;
    a.returnedOn = clock::dateFromStorage(s.text(10));
    a.updatedAt = clock::fromStorage(s.text(11));
    a.updatedBy = s.text(12);
    return a;
}

Result<QList<Absence>> selectAbsences(storage::Database &db, const QString &where, const QVariant &value)
{
    auto stmt = db.prepare(u"SELECT %1 FROM school_absences %2 ORDER BY leave_from DESC, id DESC"_s.arg(
        QLatin1String(kColumns), where));
    if (!stmt) return stmt.error();
    if (value.isValid()) stmt->bind(1, value);
    return storage::collectRows(*stmt, readAbsence);
}

SupportPlan readSupportPlan(const storage::Statement &s)
{
    return {s.int64(0),    s.text(1), s.text(2), s.text(3), s.text(4), clock::dateFromStorage(s.text(5)),
            clock::fromStorage(s.text(6)), s.text(7)};
}

Result<QList<SupportPlan>> selectSupportPlans(storage::Database &db, const QString &where, const QVariant &value)
{
    auto stmt = db.prepare(u"SELECT student_id, goals, counselor_does, teacher_does, guardian_does, review_on, "
                           "updated_at, updated_by FROM support_plans "_s
                           + where);
    if (!stmt) return stmt.error();
    stmt->bind(1, value);
    return storage::collectRows(*stmt, readSupportPlan);
}

Status tooLong(const QString &text)
{
    if (text.size() > kMaxText)
        return makeError(ErrorCode::InvalidInput, Tr::tr("A text is longer than %1 characters. Shorten it.").arg(kMaxText));
    return {};
}

/// A paper of the return, dated between the leave and the return (or today).
Status checkPaperDate(const QDate &date, const Absence &a, const QString &what)
{
    if (!date.isValid()) return {};
    const QDate latest = a.returnedOn.isValid() ? a.returnedOn : clock::now().date();
    if (date < a.leaveFrom || date > latest)
        //: %1 names a paper of the return (the medical certificate, the application, the assessment)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The date of %1 must fall between the start of the time off and the return (or today).")
                             .arg(what));
    return {};
}

}  // namespace

Result<qint64> Absences::start(qint64 studentId, qint64 referralId, const QDate &leaveFrom, const QString &reason)
{
    auto student = students::StudentRepository(m_vault).get(studentId);
    if (!student) return student.error();
    if (!leaveFrom.isValid()) return makeError(ErrorCode::InvalidInput, Tr::tr("Give the first day of the time off."));
    if (leaveFrom > clock::now().date().addDays(60))
        return makeError(ErrorCode::InvalidInput, Tr::tr("The time off starts more than 60 days from now. Check the date."));
    CD_TRY(tooLong(reason));
    auto current = forStudent(studentId);
    if (!current) return current.error();
    for (const Absence &a : *current)
        if (a.away())
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The student is already away since %1. Record the return first.")
                                 .arg(QLocale().toString(a.leaveFrom, QLocale::ShortFormat)));
    qint64 id = 0;
    CD_TRY(m_vault.recordChange(audit::action::AbsenceChanged, [&](vault::Vault::AuditRow &row) -> Status {
        storage::Database &db = m_vault.database();
        auto stmt = db.prepare(u"INSERT INTO school_absences (student_id, referral_id, leave_from, reason, updated_at, "
                               "updated_by) VALUES (?, ?, ?, ?, ?, ?)"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, studentId);
        if (referralId) stmt->bind(2, referralId); else stmt->bindNull(2);
        stmt->bind(3, clock::dateToStorage(leaveFrom))
            .bind(4, reason.trimmed())
            .bind(5, clock::toStorage(clock::now()))
            .bind(6, m_vault.currentUser().login);
        const Status inserted = stmt->exec();
        if (!inserted && referralId) return makeError(ErrorCode::NotFound, Tr::tr("The referral no longer exists."));
        CD_TRY(inserted);
        id = db.lastInsertRowId();
        row.target = audit::studentTarget(studentId);
        row.detail = u"absence:%1 start"_s.arg(id);
        return {};
    }));
    return id;
}

Status Absences::update(const Absence &a)
{
    auto stored = selectAbsences(m_vault.database(), u"WHERE id = ?"_s, a.id);
    if (!stored) return stored.error();
    if (stored->isEmpty()) return makeError(ErrorCode::NotFound, Tr::tr("The time off no longer exists."));
    Absence checked = a;
    checked.studentId = stored->first().studentId;
    checked.leaveFrom = stored->first().leaveFrom;
    CD_TRY(tooLong(a.assessment));
    CD_TRY(tooLong(a.reason));
    if (a.returnedOn.isValid()) {
        if (a.returnedOn < checked.leaveFrom)
            return makeError(ErrorCode::InvalidInput, Tr::tr("The return cannot be before the time off began."));
        if (a.returnedOn > clock::now().date())
            return makeError(ErrorCode::InvalidInput, Tr::tr("The return date is in the future. Record it on the day."));
        if (!a.certificateOn.isValid() || !a.applicationOn.isValid() || !a.assessmentOn.isValid() || !a.assessmentPassed)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("A return needs the medical certificate, the guardian's application and a passed "
                                    "return assessment."));
    }
    CD_TRY(checkPaperDate(a.certificateOn, checked, Tr::tr("the medical certificate")));
    CD_TRY(checkPaperDate(a.applicationOn, checked, Tr::tr("the guardian's application")));
    CD_TRY(checkPaperDate(a.assessmentOn, checked, Tr::tr("the return assessment")));
    if (a.assessmentPassed && !a.assessmentOn.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Give the date of the return assessment."));
    return m_vault.recordChange(
        audit::action::AbsenceChanged, audit::studentTarget(checked.studentId),
        u"absence:%1 %2"_s.arg(a.id).arg(a.returnedOn.isValid() ? u"return"_s : u"papers"_s), [&]() -> Status {
            auto stmt = m_vault.database().prepare(
                u"UPDATE school_absences SET reason = ?, certificate_on = ?, application_on = ?, assessment_on = ?, "
                "assessment = ?, assessment_passed = ?, returned_on = ?, updated_at = ?, updated_by = ? WHERE id = ?"_s);
            if (!stmt) return stmt.error();
            stmt->bind(1, a.reason.trimmed())
                .bind(2, clock::dateToStorage(a.certificateOn))
                .bind(3, clock::dateToStorage(a.applicationOn))
                .bind(4, clock::dateToStorage(a.assessmentOn))
                .bind(5, a.assessment.trimmed())
                .bind(6, a.assessmentPassed ? 1 : 0)
                .bind(7, clock::dateToStorage(a.returnedOn))
                .bind(8, clock::toStorage(clock::now()))
                .bind(9, m_vault.currentUser().login)
                .bind(10, a.id);
            return stmt->exec();
        });
}

Result<QList<Absence>> Absences::forStudent(qint64 studentId)
{
    return selectAbsences(m_vault.database(), u"WHERE student_id = ?"_s, studentId);
}

Result<QList<Absence>> Absences::away()
{
    return selectAbsences(m_vault.database(), u"WHERE returned_on = ''"_s, QVariant());
}

Result<std::optional<SupportPlan>> SupportPlans::get(qint64 studentId)
{
    auto plans = selectSupportPlans(m_vault.database(), u"WHERE student_id = ?"_s, studentId);
    if (!plans) return plans.error();
    if (plans->isEmpty()) return std::optional<SupportPlan>();
    return std::optional<SupportPlan>(plans->first());
}

Status SupportPlans::save(const SupportPlan &plan)
{
    auto student = students::StudentRepository(m_vault).get(plan.studentId);
    if (!student) return student.error();
    if (plan.goals.trimmed().isEmpty()) return makeError(ErrorCode::InvalidInput, Tr::tr("Write the plan's goals."));
    if (!plan.reviewOn.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose the date the plan will be reviewed."));
    for (const QString *text : {&plan.goals, &plan.counselorDoes, &plan.teacherDoes, &plan.guardianDoes})
        CD_TRY(tooLong(*text));
    return m_vault.recordChange(audit::action::SupportPlanSaved, audit::studentTarget(plan.studentId), QString(),
                                [&]() -> Status {
                                    auto stmt = m_vault.database().prepare(
                                        u"INSERT OR REPLACE INTO support_plans (student_id, goals, counselor_does, "
                                        "teacher_does, guardian_does, review_on, updated_at, updated_by) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
                                    if (!stmt) return stmt.error();
                                    stmt->bind(1, plan.studentId)
                                        .bind(2, plan.goals.trimmed())
                                        .bind(3, plan.counselorDoes.trimmed())
                                        .bind(4, plan.teacherDoes.trimmed())
                                        .bind(5, plan.guardianDoes.trimmed())
                                        .bind(6, clock::dateToStorage(plan.reviewOn))
                                        .bind(7, clock::toStorage(clock::now()))
                                        .bind(8, m_vault.currentUser().login);
                                    return stmt->exec();
                                });
}

Result<QList<SupportPlan>> SupportPlans::reviewsDue(const QDate &until)
{
    return selectSupportPlans(m_vault.database(), u"WHERE review_on <= ? ORDER BY review_on"_s,
                              clock::dateToStorage(until));
}

}  // namespace cd::crisis

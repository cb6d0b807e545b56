#include "screening/FollowUpRepository.h"

#include "common/CodeTable.h"

#include "audit/AuditTarget.h"

#include "screening/SheetScoring.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::screening {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Screening)
};

}  // namespace

FollowUp readFollowUp(const storage::Statement &s, int c)
{
    FollowUp f;
    f.id = s.int64(c);
    f.runId = s.int64(c + 1);
    f.studentId = s.int64(c + 2);
    f.status = followUpStatusFromCode(s.text(c + 3)).value_or(FollowUpStatus::Open);
    f.openedAt = clock::fromStorage(s.text(c + 4));
    f.interviewAt = clock::fromStorage(s.text(c + 5));
    f.closedAt = clock::fromStorage(s.text(c + 6));
    f.closedBy = s.text(c + 7);
    f.note = s.text(c + 8);
    return f;
}

static const CodeTable<FollowUpStatus> &followUpStatuses()
{
    static const CodeTable<FollowUpStatus> table = {
        {FollowUpStatus::Open, "open"}, {FollowUpStatus::Confirmed, "confirmed"}, {FollowUpStatus::Cleared, "cleared"}};
    return table;
}

QString followUpStatusCode(FollowUpStatus status) { return followUpStatuses().code(status); }

std::optional<FollowUpStatus> followUpStatusFromCode(const QString &code)
{
    return followUpStatuses().fromCode(code);
}

QString followUpStatusName(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::Open: return Tr::tr("Open", "follow-up status");
    //: a screening follow-up closed: the counselor confirmed the concern
    case FollowUpStatus::Confirmed: return Tr::tr("Confirmed");
    //: a screening follow-up closed: the flag was a false alarm
    case FollowUpStatus::Cleared: return Tr::tr("Cleared");
    }
    return {};
}

Result<std::optional<FollowUp>> FollowUpRepository::forStudent(qint64 runId, qint64 studentId)
{
    auto stmt = m_vault.database().prepare(
        u"SELECT %1 FROM screening_follow_ups f WHERE run_id = ? AND student_id = ?"_s.arg(QLatin1String(kFollowUpColumns)));
    if (!stmt) return stmt.error();
    stmt->bind(1, runId).bind(2, studentId);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return std::optional<FollowUp>();
    return std::optional<FollowUp>(readFollowUp(*stmt, 0));
}

Result<FollowUp> FollowUpRepository::get(qint64 id)
{
    auto stmt = m_vault.database().prepare(u"SELECT %1 FROM screening_follow_ups f WHERE id = ?"_s.arg(QLatin1String(kFollowUpColumns)));
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return makeError(ErrorCode::NotFound, Tr::tr("The follow-up no longer exists."));
    return readFollowUp(*stmt, 0);
}

namespace {

/// One audited update of a follow-up row.
Status changeFollowUp(vault::Vault &vault, qint64 id, const QString &sql, const QStringList &values,
                      const QString &detail)
{
    return vault.recordChange(audit::action::FollowUpChanged, audit::followUpTarget(id), detail, [&]() -> Status {
        auto stmt = vault.database().prepare(sql);
        if (!stmt) return stmt.error();
        int i = 0;
        for (const QString &v : values) stmt->bind(++i, v);
        stmt->bind(++i, id);
        return stmt->exec();
    });
}

}  // namespace

Status FollowUpRepository::scheduleInterview(qint64 id, const QDateTime &at)
{
    auto f = get(id);
    if (!f) return f.error();
    const QString when = at.isValid() ? clock::toStorage(at) : QString();
    return changeFollowUp(m_vault, id, u"UPDATE screening_follow_ups SET interview_at = ? WHERE id = ?"_s, {when},
                          at.isValid() ? u"interview"_s : u"interview_cancelled"_s);
}

Status FollowUpRepository::close(qint64 id, FollowUpStatus outcome, const QString &note)
{
    if (outcome == FollowUpStatus::Open) return makeError(ErrorCode::Usage, Tr::tr("Choose confirmed or cleared."));
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Write what the interview found before closing the follow-up."));
    auto f = get(id);
    if (!f) return f.error();
    if (f->status != FollowUpStatus::Open)
        return makeError(ErrorCode::InvalidInput, Tr::tr("This follow-up is already closed."));
    return changeFollowUp(m_vault, id,
                          u"UPDATE screening_follow_ups SET status = ?, note = ?, closed_at = ?, closed_by = ? WHERE id = ?"_s,
                          {followUpStatusCode(outcome), note.trimmed(), clock::toStorage(clock::now()),
                           m_vault.currentUser().login},
                          followUpStatusCode(outcome));
}

Status FollowUpRepository::reopen(qint64 id)
{
    auto f = get(id);
    if (!f) return f.error();
    if (f->status == FollowUpStatus::Open) return {};
    return changeFollowUp(m_vault, id,
                          u"UPDATE screening_follow_ups SET status = 'open', closed_at = '', closed_by = '' WHERE id = ?"_s,
                          {}, u"reopened"_s);
}

Result<QList<FollowUp>> FollowUpRepository::openFollowUps()
{
    auto stmt = m_vault.database().prepare(
        u"SELECT %1 FROM screening_follow_ups f WHERE status = 'open' ORDER BY opened_at, id"_s.arg(QLatin1String(kFollowUpColumns)));
    if (!stmt) return stmt.error();
    QList<FollowUp> list;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) return list;
        list << readFollowUp(*stmt, 0);
    }
}

}  // namespace cd::screening

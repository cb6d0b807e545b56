#include "students/WatchList.h"

#include "common/CodeTable.h"

#include "audit/AuditTarget.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include "common/Clock.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace cd::students {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(WatchList)
};
}  // namespace

static const CodeTable<RiskLevel> &riskCodes()
{
    static const CodeTable<RiskLevel> table = {{RiskLevel::Low, "low"},
                                               {RiskLevel::Medium, "medium"},
                                               {RiskLevel::High, "high"},
                                               {RiskLevel::Crisis, "crisis"}};
    return table;
}

QString riskCode(RiskLevel level) { return riskCodes().code(level); }
std::optional<RiskLevel> riskFromCode(const QString &code) { return riskCodes().fromCode(code); }

QString riskName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return Tr::tr("Low");
    case RiskLevel::Medium: return Tr::tr("Medium");
    case RiskLevel::High: return Tr::tr("High");
    case RiskLevel::Crisis: return Tr::tr("Crisis");
    }
    return {};
}

Result<QList<WatchEntry>> WatchList::select(qint64 studentId)
{
    auto stmt = m_db.prepare(u"SELECT w.student_id, s.student_no, s.name, s.grade, s.class_name, w.level, w.reason, "
                             "w.next_review, w.updated_at, w.updated_by FROM watch_list w "
                             "JOIN students s ON s.id = w.student_id"_s
                             + (studentId ? u" WHERE w.student_id = ?"_s : QString()));
    if (!stmt) return stmt.error();
    if (studentId) stmt->bind(1, studentId);
    QList<WatchEntry> list;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        WatchEntry e;
        e.studentId = stmt->int64(0);
        e.studentNo = stmt->text(1);
        e.name = stmt->text(2);
        e.grade = static_cast<int>(stmt->int64(3));
        e.klass = stmt->text(4);
        e.level = riskFromCode(stmt->text(5)).value_or(RiskLevel::Low);
        e.reason = stmt->text(6);
        e.nextReview = clock::dateFromStorage(stmt->text(7));
        e.updatedAt = clock::fromStorage(stmt->text(8));
        e.updatedBy = stmt->text(9);
        list.append(e);
    }
    return list;
}

Result<QList<WatchEntry>> WatchList::entries()
{
    auto list = select(0);
    if (!list) return list.error();
    const QDate today = clock::today();
    std::stable_sort(list->begin(), list->end(), [&today](const WatchEntry &a, const WatchEntry &b) {
        return std::make_tuple(a.level != RiskLevel::Crisis, !a.overdue(today), a.nextReview, a.name)
             < std::make_tuple(b.level != RiskLevel::Crisis, !b.overdue(today), b.nextReview, b.name);
    });
    return list;
}

Result<std::optional<WatchEntry>> WatchList::entry(qint64 studentId)
{
    auto one = select(studentId);
    if (!one) return one.error();
    return one->isEmpty() ? std::optional<WatchEntry>() : std::optional<WatchEntry>(one->first());
}

Status WatchList::addHistory(qint64 studentId, const QString &level, const QString &reason, const QDate &review,
                             const QString &actor, const QString &now)
{
    auto stmt = m_db.prepare(u"INSERT INTO watch_history (student_id, level, reason, next_review, changed_at, "
                             "changed_by) VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, studentId).bind(2, level).bind(3, reason);
    stmt->bind(4, clock::dateToStorage(review)).bind(5, now).bind(6, actor);
    return stmt->exec();
}

WatchList::WatchList(vault::Vault &vault) : m_vault(vault), m_db(vault.database()) {}

Status WatchList::set(qint64 studentId, RiskLevel level, const QString &reason, const QDate &nextReview)
{
    const QString actor = m_vault.currentUser().login;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Say why the student is on the watch list."));
    if (!nextReview.isValid())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose the date of the next review."));
    const QString now = clock::toStorage(clock::now());
    return m_vault.recordChange(audit::action::WatchChanged, audit::studentTarget(studentId), riskCode(level),
                                [&]() -> Status {
                                    auto stmt = m_db.prepare(u"INSERT OR REPLACE INTO watch_list (student_id, level, "
                                                             "reason, next_review, updated_at, updated_by) "
                                                             "VALUES (?, ?, ?, ?, ?, ?)"_s);
                                    if (!stmt) return stmt.error();
                                    stmt->bind(1, studentId).bind(2, riskCode(level)).bind(3, reason.trimmed());
                                    stmt->bind(4, clock::dateToStorage(nextReview)).bind(5, now).bind(6, actor);
                                    CD_TRY(stmt->exec());
                                    return addHistory(studentId, riskCode(level), reason.trimmed(), nextReview, actor,
                                                      now);
                                });
}

Status WatchList::remove(qint64 studentId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Say why the student comes off the watch list."));
    auto current = entry(studentId);
    if (!current) return current.error();
    if (!*current) return {};  // not on the list: nothing to change, nothing to audit
    return m_vault.recordChange(audit::action::WatchChanged, audit::studentTarget(studentId), u"off"_s,
                                [&]() -> Status {
                                    auto stmt = m_db.prepare(u"DELETE FROM watch_list WHERE student_id = ?"_s);
                                    if (!stmt) return stmt.error();
                                    stmt->bind(1, studentId);
                                    CD_TRY(stmt->exec());
                                    return addHistory(studentId, QString(), reason.trimmed(), QDate(),
                                                      m_vault.currentUser().login, clock::toStorage(clock::now()));
                                });
}

Result<QList<WatchChange>> WatchList::history(qint64 studentId)
{
    auto stmt = m_db.prepare(u"SELECT level, reason, next_review, changed_at, changed_by FROM watch_history "
                             "WHERE student_id = ? ORDER BY id DESC"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, studentId);
    QList<WatchChange> changes;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        changes.append({riskFromCode(stmt->text(0)), stmt->text(1), clock::dateFromStorage(stmt->text(2)),
                        clock::fromStorage(stmt->text(3)), stmt->text(4)});
    }
    return changes;
}

}  // namespace cd::students

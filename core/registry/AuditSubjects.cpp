#include "registry/AuditSubjects.h"

#include "audit/AuditTarget.h"
#include "registry/AuditActions.h"
#include "screening/InstrumentLibrary.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace cd::registry {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditSubject)
};

QString removed()
{
    //: the subject of an audit row that is no longer in the vault (a purged student, a deleted run)
    return Tr::tr("(removed)");
}

/// The ids of targets "<prefix><id>" among `targets`, as a list for `IN (…)`.
QStringList idsWithPrefix(const QSet<QString> &targets, const QString &prefix)
{
    QStringList ids;
    for (const QString &t : targets) {
        if (!t.startsWith(prefix)) continue;
        bool ok = false;
        const qint64 id = t.mid(prefix.size()).toLongLong(&ok);
        if (ok) ids << QString::number(id);
    }
    return ids;
}

/// Runs `sql` (with "%1" for a list of ids) in chunks, calling `read` for each row.
template <typename Read>
Status forIds(storage::Database &db, const QString &sql, const QStringList &ids, Read read)
{
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        auto stmt = db.prepare(sql.arg(ids.mid(from, kChunk).join(u',')));
        if (!stmt) return stmt.error();
        for (;;) {
            auto row = stmt->step();
            if (!row) return row.error();
            if (!*row) break;
            read(*stmt);
        }
    }
    return {};
}

QString studentText(const QString &name, const QString &studentNo)
{
    //: a student in the audit log: name and student number
    return Tr::tr("%1 (%2)").arg(name, studentNo);
}

}  // namespace

Result<AuditSubjects> AuditSubjects::resolve(vault::Vault &vault, const QList<audit::Entry> &entries)
{
    AuditSubjects subjects;
    storage::Database &db = vault.database();
    QSet<QString> targets;
    for (const audit::Entry &e : entries)
        if (!e.target.isEmpty()) targets.insert(e.target);

    const QString student = audit::studentTarget(0).chopped(1);
    CD_TRY(forIds(db, u"SELECT id, name, student_no, name_pinyin, name_initials FROM students WHERE id IN (%1)"_s,
                  idsWithPrefix(targets, student), [&](storage::Statement &s) {
                      subjects.m_targets.insert(student + QString::number(s.int64(0)),
                                                {studentText(s.text(1), s.text(2)), s.text(3) + u' ' + s.text(4)});
                  }));
    const QString run = audit::runTarget(0).chopped(1);
    CD_TRY(forIds(db, u"SELECT id, name FROM screening_runs WHERE id IN (%1)"_s, idsWithPrefix(targets, run),
                  [&](storage::Statement &s) {
                      subjects.m_targets.insert(run + QString::number(s.int64(0)), {s.text(1), {}});
                  }));
    const QString followUp = audit::followUpTarget(0).chopped(1);
    CD_TRY(forIds(db,
                  u"SELECT f.id, s.name, s.student_no, r.name, s.name_pinyin, s.name_initials "
                  "FROM screening_follow_ups f JOIN students s ON s.id = f.student_id "
                  "JOIN screening_runs r ON r.id = f.run_id WHERE f.id IN (%1)"_s,
                  idsWithPrefix(targets, followUp), [&](storage::Statement &s) {
                      //: a screening follow-up in the audit log: the student, then the run
                      const QString text = Tr::tr("%1, %2").arg(studentText(s.text(1), s.text(2)), s.text(3));
                      subjects.m_targets.insert(followUp + QString::number(s.int64(0)),
                                                {text, s.text(4) + u' ' + s.text(5)});
                  }));
    const QString institution = audit::institutionTarget(0).chopped(1);
    CD_TRY(forIds(db, u"SELECT id, name, department FROM institutions WHERE id IN (%1)"_s,
                  idsWithPrefix(targets, institution), [&](storage::Statement &s) {
                      const QString text = s.text(2).isEmpty() ? s.text(1) : Tr::tr("%1, %2").arg(s.text(1), s.text(2));
                      subjects.m_targets.insert(institution + QString::number(s.int64(0)), {text, {}});
                  }));
    const QString instrument = audit::instrumentTarget(QString());
    if (std::any_of(targets.cbegin(), targets.cend(), [&](const QString &t) { return t.startsWith(instrument); })) {
        auto library = screening::InstrumentLibrary(vault).available();
        if (!library) return library.error();
        for (const screening::LibraryEntry &e : *library)
            subjects.m_targets.insert(instrument + e.instrument.code, {screening::localized(e.instrument.name), {}});
    }
    const QString backup = audit::backupTarget(QString());
    for (const QString &t : targets)
        if (t.startsWith(backup)) subjects.m_targets.insert(t, {t.mid(backup.size()), {}});

    auto users = db.prepare(u"SELECT login, display_name FROM users"_s);
    if (!users) return users.error();
    auto rows = storage::collectRows(*users, [](storage::Statement &s) { return std::pair(s.text(0), s.text(1)); });
    if (!rows) return rows.error();
    for (const auto &[login, name] : *rows) subjects.m_users.insert(login.toLower(), name);
    return subjects;
}

AuditSubject AuditSubjects::subject(const audit::Entry &entry) const
{
    if (entry.target.isEmpty()) return {};
    if (const auto it = m_targets.constFind(entry.target); it != m_targets.cend()) return it.value();
    const audit::ActionInfo *info = findAuditAction(entry.action);
    const audit::TargetKind kind = info ? info->target : audit::TargetKind::None;
    if (kind == audit::TargetKind::User) return {actor(entry.target), entry.target};
    // A record target the vault no longer holds.
    for (const QString &prefix : {audit::studentTarget(0).chopped(1), audit::runTarget(0).chopped(1),
                                  audit::followUpTarget(0).chopped(1), audit::institutionTarget(0).chopped(1)})
        if (entry.target.startsWith(prefix)) return {removed(), {}};
    return {entry.target, {}};
}

QString AuditSubjects::actor(const QString &login) const
{
    const QString name = m_users.value(login.toLower());
    if (name.isEmpty() || name == login) return login;
    //: a user in the audit log: display name and login
    return Tr::tr("%1 (%2)").arg(name, login);
}

}  // namespace cd::registry

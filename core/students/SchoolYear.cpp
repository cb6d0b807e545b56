#include "students/SchoolYear.h"

#include "common/Clock.h"

#include "audit/AuditTarget.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"
#include "vault/Vault.h"

using namespace Qt::StringLiterals;

namespace cd::students {

Result<PromotionCounts> previewPromotion(vault::Vault &vault, int topGrade)
{
    auto stmt = vault.database().prepare(u"SELECT sum(grade >= ?), sum(grade > 0 AND grade < ?) FROM students "
                           "WHERE status = 'active'"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, topGrade).bind(2, topGrade);
    auto row = stmt->step();
    if (!row) return row.error();
    return PromotionCounts{static_cast<int>(stmt->int64(1)), static_cast<int>(stmt->int64(0))};
}

Result<PromotionCounts> promote(vault::Vault &vault, int topGrade, const QDate &on)
{
    CD_TRY(vault.requireLeadRole());
    storage::Database &db = vault.database();
    StudentRepository repo(vault);
    PromotionCounts counts;
    CD_TRY(vault.recordChange(audit::action::SchoolYearPromoted, [&](vault::Vault::AuditRow &audit) -> Status {
        auto ids = db.prepare(u"SELECT id FROM students WHERE status = 'active' AND grade > 0"_s);
        if (!ids) return ids.error();
        QList<qint64> list;
        for (;;) {
            auto row = ids->step();
            if (!row) return row.error();
            if (!*row) break;
            list << ids->int64(0);
        }
        for (qint64 id : list) {
            auto student = repo.get(id);
            if (!student) return student.error();
            if (student->grade >= topGrade) {
                student->status = Enrolment::Graduated;
                student->leftOn = on;
                ++counts.graduated;
            } else {
                student->grade += 1;
                ++counts.promoted;
            }
            auto saved = repo.save(*student, u"promotion"_s);
            if (!saved) return saved.error();
        }
        audit.detail = u"promoted=%1 graduated=%2"_s.arg(counts.promoted).arg(counts.graduated);
        return {};
    }));
    return counts;
}

Status transferOut(vault::Vault &vault, qint64 studentId, const QDate &on)
{
    StudentRepository repo(vault);
    auto student = repo.get(studentId);
    if (!student) return student.error();
    student->status = Enrolment::Transferred;
    student->leftOn = on;
    return vault.recordChange(audit::action::StudentTransferred, audit::studentTarget(studentId), QString(),
                              [&]() -> Status {
                                  auto saved = repo.save(*student, u"transfer"_s);
                                  return saved ? Status() : Status(saved.error());
                              });
}

Result<QList<PurgeCandidate>> purgeCandidates(vault::Vault &vault, int years, const QDate &today)
{
    auto stmt = vault.database().prepare(u"SELECT id, student_no, name, status, left_on FROM students "
                           "WHERE status != 'active' AND left_on != '' AND left_on < ? ORDER BY left_on, student_no"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, clock::dateToStorage(today.addYears(-years)));
    QList<PurgeCandidate> list;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        list.append({stmt->int64(0), stmt->text(1), stmt->text(2), statusFromCode(stmt->text(3)),
                     clock::dateFromStorage(stmt->text(4))});
    }
    return list;
}

Result<int> purgeStudents(vault::Vault &vault, const QList<qint64> &ids)
{
    CD_TRY(vault.requireLeadRole());
    storage::Database &db = vault.database();
    int removed = 0;
    CD_TRY(vault.recordChange(audit::action::StudentsPurged, [&](vault::Vault::AuditRow &audit) -> Status {
        // The full-text index is a virtual table: no cascade reaches it.
        auto index = db.prepare(u"DELETE FROM session_text WHERE docid IN (SELECT s.id FROM sessions s "
                                "JOIN cases c ON c.id = s.case_id WHERE c.student_id = ?)"_s);
        auto remove = db.prepare(u"DELETE FROM students WHERE id = ?"_s);
        if (!index) return index.error();
        if (!remove) return remove.error();
        for (qint64 id : ids) {
            index->reset();
            index->bind(1, id);
            CD_TRY(index->exec());
            remove->reset();
            remove->bind(1, id);
            CD_TRY(remove->exec());
            removed += db.changes();
        }
        // FTS4 deletes only add delete markers: the purged notes' words would stay in the older
        // index segments, readable in the file. Merging every segment rewrites the index without
        // them (secure_delete zeroes the freed pages).
        if (removed > 0) CD_TRY(db.exec(u"INSERT INTO session_text (session_text) VALUES ('optimize')"_s));
        audit.detail = u"count=%1"_s.arg(removed);
        return {};
    }));
    return removed;
}

}  // namespace cd::students

#include "students/SchoolYear.h"

#include "common/Clock.h"

#include "students/StudentRepository.h"
#include "vault/Vault.h"

using namespace Qt::StringLiterals;

namespace cd::students {

Result<PromotionCounts> previewPromotion(storage::Database &db, int topGrade)
{
    auto stmt = db.prepare(u"SELECT sum(grade >= ?), sum(grade > 0 AND grade < ?) FROM students "
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
    storage::Transaction tx(db);
    if (!tx.began()) return tx.beginError();
    StudentRepository repo(db);
    auto ids = db.prepare(u"SELECT id FROM students WHERE status = 'active' AND grade > 0"_s);
    if (!ids) return ids.error();
    QList<qint64> list;
    for (;;) {
        auto row = ids->step();
        if (!row) return row.error();
        if (!*row) break;
        list << ids->int64(0);
    }
    PromotionCounts counts;
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
    if (auto e = vault.audit().append(vault.currentUser().login, audit::action::SchoolYearPromoted, QString(),
                                      u"promoted=%1 graduated=%2"_s.arg(counts.promoted).arg(counts.graduated));
        !e)
        return e.error();
    CD_TRY(tx.commit());
    CD_TRY(vault.syncMarker());
    return counts;
}

Status transferOut(storage::Database &db, qint64 studentId, const QDate &on)
{
    StudentRepository repo(db);
    auto student = repo.get(studentId);
    if (!student) return student.error();
    student->status = Enrolment::Transferred;
    student->leftOn = on;
    auto saved = repo.save(*student, u"transfer"_s);
    return saved ? Status() : Status(saved.error());
}

Result<QList<PurgeCandidate>> purgeCandidates(storage::Database &db, int years, const QDate &today)
{
    auto stmt = db.prepare(u"SELECT id, student_no, name, status, left_on FROM students "
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
    storage::Transaction tx(db);
    if (!tx.began()) return tx.beginError();
    // The full-text index is a virtual table: no cascade reaches it.
    auto index = db.prepare(u"DELETE FROM session_text WHERE docid IN (SELECT s.id FROM sessions s "
                            "JOIN cases c ON c.id = s.case_id WHERE c.student_id = ?)"_s);
    auto remove = db.prepare(u"DELETE FROM students WHERE id = ?"_s);
    if (!index) return index.error();
    if (!remove) return remove.error();
    int removed = 0;
    for (qint64 id : ids) {
        index->reset();
        index->bind(1, id);
        CD_TRY(index->exec());
        remove->reset();
        remove->bind(1, id);
        CD_TRY(remove->exec());
        removed += db.changes();
    }
    if (auto e = vault.audit().append(vault.currentUser().login, audit::action::StudentsPurged, QString(),
                                      u"count=%1"_s.arg(removed));
        !e)
        return e.error();
    CD_TRY(tx.commit());
    CD_TRY(vault.syncMarker());
    return removed;
}

}  // namespace cd::students

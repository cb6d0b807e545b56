#include "students/StudentRepository.h"

#include "audit/AuditTarget.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include "common/Clock.h"
#include "students/Pinyin.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::students {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Students)
};


const QString kStudentColumns =
    u"id, student_no, name, sex, birth_date, grade, class_name, status, left_on FROM students "_s;

Student studentFromRow(const storage::Statement &s)
{
    Student st;
    st.id = s.int64(0);
    st.studentNo = s.text(1);
    st.name = s.text(2);
    st.sex = sexFromCode(s.text(3));
    st.birthDate = clock::dateFromStorage(s.text(4));
    st.grade = static_cast<int>(s.int64(5));
    st.klass = s.text(6);
    st.status = statusFromCode(s.text(7));
    st.leftOn = clock::dateFromStorage(s.text(8));
    return st;
}

}  // namespace

QStringList familyStructureCodes()
{
    return {QString(), u"both_parents"_s, u"single_parent"_s, u"grandparents"_s, u"reconstituted"_s, u"other"_s};
}

QString familyStructureName(const QString &code)
{
    if (code == u"both_parents"_s) return Tr::tr("Lives with both parents");
    if (code == u"single_parent"_s) return Tr::tr("Single-parent family");
    if (code == u"grandparents"_s) return Tr::tr("Lives with grandparents");
    if (code == u"reconstituted"_s) return Tr::tr("Reconstituted family");
    if (code == u"other"_s) return Tr::tr("Other");
    return Tr::tr("Not recorded");
}

Result<QList<StudentSummary>> StudentRepository::listAll()
{
    auto stmt = m_db.prepare(u"SELECT s.id, s.student_no, s.name, s.sex, s.grade, s.class_name, s.status, "
                             "s.name_pinyin, s.name_initials, coalesce(w.level, ''), "
                             "EXISTS (SELECT 1 FROM cases c WHERE c.student_id = s.id AND c.status = 'open') "
                             "FROM students s LEFT JOIN watch_list w ON w.student_id = s.id"_s);
    if (!stmt) return stmt.error();
    QList<StudentSummary> list;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        StudentSummary s;
        s.id = stmt->int64(0);
        s.studentNo = stmt->text(1);
        s.name = stmt->text(2);
        s.sex = sexFromCode(stmt->text(3));
        s.grade = static_cast<int>(stmt->int64(4));
        s.klass = stmt->text(5);
        s.status = statusFromCode(stmt->text(6));
        s.pinyin = stmt->text(7);
        s.initials = stmt->text(8);
        s.watchLevel = stmt->text(9);
        s.openCase = stmt->int64(10) != 0;
        list.append(std::move(s));
    }
    return list;
}

Result<Student> StudentRepository::get(qint64 id)
{
    auto stmt = m_db.prepare(u"SELECT "_s + kStudentColumns + u"WHERE id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return makeError(ErrorCode::NotFound, Tr::tr("That student is no longer in the vault."));
    return studentFromRow(*stmt);
}

Result<std::optional<Student>> StudentRepository::findByNumber(const QString &studentNo)
{
    auto stmt = m_db.prepare(u"SELECT "_s + kStudentColumns + u"WHERE student_no = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, studentNo.trimmed());
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return std::optional<Student>();
    return std::optional<Student>(studentFromRow(*stmt));
}

StudentRepository::StudentRepository(vault::Vault &vault) : m_vault(vault), m_db(vault.database()) {}

Result<Student> StudentRepository::openRecord(qint64 id)
{
    auto student = get(id);
    if (!student) return student.error();
    // Every opening of a record is in the audit log, before anything is shown.
    CD_TRY(m_vault.recordEvent(audit::action::StudentViewed, audit::studentTarget(id)));
    return student;
}

Status StudentRepository::moveToClass(qint64 studentId, int grade, const QString &klass)
{
    auto student = get(studentId);
    if (!student) return student.error();
    student->grade = grade;
    student->klass = klass;
    return m_vault.recordChange(audit::action::StudentEdited, audit::studentTarget(studentId), u"class"_s,
                                [&]() -> Status {
                                    auto saved = write(*student, u"moved"_s);
                                    return saved ? Status() : Status(saved.error());
                                });
}

Result<qint64> StudentRepository::save(const Student &student, const QString &reason)
{
    if (m_db.inTransaction()) return write(student, reason);  // the caller's change audits it
    qint64 id = 0;
    CD_TRY(m_vault.recordChange(audit::action::StudentEdited, [&](vault::Vault::AuditRow &row) -> Status {
        auto saved = write(student, reason);
        if (!saved) return saved.error();
        id = *saved;
        row.target = audit::studentTarget(id);
        row.detail = student.id == 0 ? u"added"_s : u"roster facts"_s;
        return {};
    }));
    return id;
}

Result<qint64> StudentRepository::write(const Student &student, const QString &reason)
{
    const QString now = clock::toStorage(clock::now());
    const PinyinKeys keys = pinyinKeys(student.name);
    if (student.id == 0) {
        auto stmt = m_db.prepare(u"INSERT INTO students (student_no, name, sex, birth_date, grade, class_name, status, "
                                 "left_on, name_pinyin, name_initials, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, student.studentNo.trimmed()).bind(2, student.name.trimmed()).bind(3, sexCode(student.sex));
        stmt->bind(4, clock::dateToStorage(student.birthDate)).bind(5, student.grade).bind(6, student.klass);
        stmt->bind(7, statusCode(student.status)).bind(8, clock::dateToStorage(student.leftOn));
        stmt->bind(9, keys.full).bind(10, keys.initials).bind(11, now).bind(12, now);
        CD_TRY(stmt->exec());
        const qint64 id = m_db.lastInsertRowId();
        if (student.grade > 0 || !student.klass.isEmpty()) CD_TRY(moveClass(id, student.grade, student.klass, reason));
        return id;
    }
    auto before = get(student.id);
    if (!before) return before.error();
    auto stmt = m_db.prepare(u"UPDATE students SET student_no = ?, name = ?, sex = ?, birth_date = ?, grade = ?, "
                             "class_name = ?, status = ?, left_on = ?, name_pinyin = ?, name_initials = ?, "
                             "updated_at = ? WHERE id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, student.studentNo.trimmed()).bind(2, student.name.trimmed()).bind(3, sexCode(student.sex));
    stmt->bind(4, clock::dateToStorage(student.birthDate)).bind(5, student.grade).bind(6, student.klass);
    stmt->bind(7, statusCode(student.status)).bind(8, clock::dateToStorage(student.leftOn));
    stmt->bind(9, keys.full).bind(10, keys.initials).bind(11, now).bind(12, student.id);
    CD_TRY(stmt->exec());
    if (before->grade != student.grade || before->klass != student.klass)
        CD_TRY(moveClass(student.id, student.grade, student.klass, reason));
    return student.id;
}

Status StudentRepository::moveClass(qint64 studentId, int grade, const QString &klass, const QString &reason)
{
    const QString today = clock::dateToStorage(clock::today());
    auto close = m_db.prepare(u"UPDATE class_history SET to_date = ? WHERE student_id = ? AND to_date = ''"_s);
    if (!close) return close.error();
    close->bind(1, today).bind(2, studentId);
    CD_TRY(close->exec());
    auto open = m_db.prepare(u"INSERT INTO class_history (student_id, grade, class_name, from_date, reason) "
                             "VALUES (?, ?, ?, ?, ?)"_s);
    if (!open) return open.error();
    open->bind(1, studentId).bind(2, grade).bind(3, klass).bind(4, today).bind(5, reason);
    return open->exec();
}

Result<QList<ClassPeriod>> StudentRepository::classHistory(qint64 studentId)
{
    auto stmt = m_db.prepare(u"SELECT grade, class_name, from_date, to_date, reason FROM class_history "
                             "WHERE student_id = ? ORDER BY id"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, studentId);
    QList<ClassPeriod> periods;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        periods.append({static_cast<int>(stmt->int64(0)), stmt->text(1), clock::dateFromStorage(stmt->text(2)),
                        clock::dateFromStorage(stmt->text(3)), stmt->text(4)});
    }
    return periods;
}

Result<GrowthRecord> StudentRepository::growthRecord(qint64 studentId)
{
    GrowthRecord record;
    auto stmt = m_db.prepare(u"SELECT family_structure, left_behind, family_notes, psych_status, updated_at, "
                             "updated_by FROM growth_records WHERE student_id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, studentId);
    auto row = stmt->step();
    if (!row) return row.error();
    if (*row) {
        record.familyStructure = stmt->text(0);
        record.leftBehind = stmt->int64(1) != 0;
        record.familyNotes = stmt->text(2);
        record.psychStatus = stmt->text(3);
        record.updatedAt = clock::fromStorage(stmt->text(4));
        record.updatedBy = stmt->text(5);
    }
    auto guardians = m_db.prepare(u"SELECT id, name, relation, phone, notes FROM guardians WHERE student_id = ? "
                                  "ORDER BY id"_s);
    if (!guardians) return guardians.error();
    guardians->bind(1, studentId);
    for (;;) {
        auto g = guardians->step();
        if (!g) return g.error();
        if (!*g) break;
        record.guardians.append({guardians->int64(0), guardians->text(1), guardians->text(2), guardians->text(3),
                                 guardians->text(4)});
    }
    return record;
}

Status StudentRepository::saveGrowthRecord(qint64 studentId, const GrowthRecord &record)
{
    return m_vault.recordChange(audit::action::StudentEdited, audit::studentTarget(studentId), QString(),
                                [&]() { return writeGrowthRecord(studentId, record); });
}

Status StudentRepository::writeGrowthRecord(qint64 studentId, const GrowthRecord &record)
{
    const QString actor = m_vault.currentUser().login;
    auto stmt = m_db.prepare(u"INSERT OR REPLACE INTO growth_records (student_id, family_structure, left_behind, "
                             "family_notes, psych_status, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, studentId).bind(2, record.familyStructure).bind(3, record.leftBehind ? 1 : 0);
    stmt->bind(4, record.familyNotes).bind(5, record.psychStatus).bind(6, clock::toStorage(clock::now()));
    stmt->bind(7, actor);
    CD_TRY(stmt->exec());
    auto remove = m_db.prepare(u"DELETE FROM guardians WHERE student_id = ?"_s);
    if (!remove) return remove.error();
    remove->bind(1, studentId);
    CD_TRY(remove->exec());
    auto insert = m_db.prepare(u"INSERT INTO guardians (student_id, name, relation, phone, notes) "
                               "VALUES (?, ?, ?, ?, ?)"_s);
    if (!insert) return insert.error();
    for (const Guardian &g : record.guardians) {
        if (g.name.trimmed().isEmpty() && g.phone.trimmed().isEmpty()) continue;
        insert->reset();
        insert->bind(1, studentId).bind(2, g.name.trimmed()).bind(3, g.relation.trimmed());
        insert->bind(4, g.phone.trimmed()).bind(5, g.notes);
        CD_TRY(insert->exec());
    }
    return {};
}

}  // namespace cd::students

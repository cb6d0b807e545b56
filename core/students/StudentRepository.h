#pragma once
// Students in the vault: roster facts, class history and the growth record. Every change is
// one transaction; reading a student's record on screen is audited by the caller (recordView).

#include "common/Result.h"
#include "students/StudentsAudit.h"
#include "students/Student.h"

#include <QList>

namespace cd::storage {
class Database;
}
namespace cd::vault {
class Vault;
}

namespace cd::students {

/// One row of the student list: what search and filters need, nothing more.
struct StudentSummary {
    qint64 id = 0;
    QString studentNo;
    QString name;
    Sex sex = Sex::Unknown;
    int grade = 0;
    QString klass;
    Enrolment status = Enrolment::Active;
    QString pinyin;    ///< "zhangsan"
    QString initials;  ///< "zs"
    QString watchLevel;  ///< risk code when on the watch list ("low" … "crisis"), else empty
    bool openCase = false;
};

struct ClassPeriod {
    int grade = 0;
    QString klass;
    QDate from;
    QDate to;  ///< invalid while current
    QString reason;
};

struct Guardian {
    qint64 id = 0;
    QString name;
    QString relation;
    QString phone;
    QString notes;
};

/// The growth record's own pages (written by counselors; an import never touches them).
struct GrowthRecord {
    QString familyStructure;  ///< code: "", "both_parents", "single_parent", "grandparents", "other"
    bool leftBehind = false;  ///< 留守儿童
    QString familyNotes;
    QString psychStatus;
    QList<Guardian> guardians;
    QDateTime updatedAt;
    QString updatedBy;
};

QStringList familyStructureCodes();
QString familyStructureName(const QString &code);

/// The students of the vault. Changes are written with their audit row (target `student:<id>`) in
/// one transaction; reading a record for the screen is audited too (openRecord).
class StudentRepository {
public:
    explicit StudentRepository(vault::Vault &vault);

    Result<QList<StudentSummary>> listAll();
    /// The roster facts, unaudited: for lists and labels. Use openRecord() to show a record.
    Result<Student> get(qint64 id);
    /// The student, with a `student.view` audit row written before anything is returned.
    Result<Student> openRecord(qint64 id);
    /// By student number (trimmed, exact); an empty optional when there is none.
    Result<std::optional<Student>> findByNumber(const QString &studentNo);
    /// Inserts (id 0) or updates the roster facts; keeps the class history, whose `reason` is a
    /// code ("roster", "demo", "promotion", …). Inside an audited change (the roster import, the
    /// school year) it is part of that change; on its own it is audited (`student.edit`).
    Result<qint64> save(const Student &student, const QString &reason = {});
    /// Moves the student to another class today (class history kept). Audited (`student.edit`).
    Status moveToClass(qint64 studentId, int grade, const QString &klass);
    Result<QList<ClassPeriod>> classHistory(qint64 studentId);
    Result<GrowthRecord> growthRecord(qint64 studentId);
    /// Writes the growth record as the signed-in user. Audited (`student.edit`).
    Status saveGrowthRecord(qint64 studentId, const GrowthRecord &record);

private:
    Result<qint64> write(const Student &student, const QString &reason);
    Status moveClass(qint64 studentId, int grade, const QString &klass, const QString &reason);
    Status writeGrowthRecord(qint64 studentId, const GrowthRecord &record);

    vault::Vault &m_vault;
    storage::Database &m_db;
};

}  // namespace cd::students

#pragma once
// Students in the vault: roster facts, class history and the growth record. Every change is
// one transaction; reading a student's record on screen is audited by the caller (recordView).

#include "common/Result.h"
#include "storage/Database.h"
#include "students/Student.h"

#include <QList>

namespace cd::audit {
class AuditLog;
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

class StudentRepository {
public:
    explicit StudentRepository(storage::Database &db) : m_db(db) {}

    Result<QList<StudentSummary>> listAll();
    Result<Student> get(qint64 id);
    /// By student number (trimmed, exact); an empty optional when there is none.
    Result<std::optional<Student>> findByNumber(const QString &studentNo);

    /// Inserts (id 0) or updates the roster facts; keeps the class history, whose `reason` is a
    /// code ("roster", "demo", "promotion", …). Runs in the caller's transaction when one is open.
    Result<qint64> save(const Student &student, const QString &reason = {});
    Result<QList<ClassPeriod>> classHistory(qint64 studentId);

    Result<GrowthRecord> growthRecord(qint64 studentId);
    Status saveGrowthRecord(qint64 studentId, const GrowthRecord &record, const QString &actor);

private:
    Status moveClass(qint64 studentId, int grade, const QString &klass, const QString &reason);
    storage::Database &m_db;
};

}  // namespace cd::students

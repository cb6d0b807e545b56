#include "roster/RosterImport.h"

#include "io/CsvReader.h"
#include "io/XlsxReader.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

namespace cd::roster {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Roster)
};

QString cell(const io::TableRow &row, int column) { return column >= 0 ? row.cells.value(column) : QString(); }

/// Reads one data row into `out`; false with `why` when a value is unusable.
bool readRow(const io::TableRow &row, const ColumnMapping &mapping, students::Student &out, QString &why)
{
    auto no = parseStudentNo(cell(row, mapping.column(Field::StudentNo)), &why);
    if (!no) return false;
    out.studentNo = *no;
    const QString nameCell = cell(row, mapping.column(Field::Name));
    if (!nameCell.trimmed().isEmpty()) {
        auto name = parseName(nameCell, &why);
        if (!name) return false;
        out.name = *name;
    }
    auto sex = parseSex(cell(row, mapping.column(Field::Sex)), &why);
    if (!sex) return false;
    out.sex = *sex == 1 ? students::Sex::Male : *sex == 2 ? students::Sex::Female : students::Sex::Unknown;
    auto birth = parseBirthDate(cell(row, mapping.column(Field::BirthDate)), &why);
    if (!birth) return false;
    out.birthDate = *birth;
    auto klass = parseClass(cell(row, mapping.column(Field::Class)), &why);
    if (!klass) return false;
    auto grade = parseGrade(cell(row, mapping.column(Field::Grade)), &why);
    if (!grade) return false;
    out.grade = *grade ? *grade : klass->grade;
    out.klass = klass->klass;
    return true;
}

/// Roster values overwrite only where the file has a value.
students::Student merged(const students::Student &existing, const students::Student &incoming, QStringList &changes)
{
    students::Student result = existing;
    const auto change = [&changes](const QString &label, const QString &from, const QString &to) {
        //: a change an import would make, e.g. "Class: Grade 7, class 3 → Grade 8, class 3"
        changes << QCoreApplication::translate("Roster", "%1: %2 → %3")
                       .arg(label, from.isEmpty() ? QCoreApplication::translate("Roster", "(empty)") : from, to);
    };
    if (!incoming.name.isEmpty() && incoming.name != existing.name) {
        change(fieldName(Field::Name), existing.name, incoming.name);
        result.name = incoming.name;
    }
    if (incoming.sex != students::Sex::Unknown && incoming.sex != existing.sex) {
        change(fieldName(Field::Sex), students::sexName(existing.sex), students::sexName(incoming.sex));
        result.sex = incoming.sex;
    }
    if (incoming.birthDate.isValid() && incoming.birthDate != existing.birthDate) {
        change(fieldName(Field::BirthDate), existing.birthDate.toString(Qt::ISODate),
               incoming.birthDate.toString(Qt::ISODate));
        result.birthDate = incoming.birthDate;
    }
    const int grade = incoming.grade ? incoming.grade : existing.grade;
    const QString klass = incoming.klass.isEmpty() ? existing.klass : incoming.klass;
    if (grade != existing.grade || klass != existing.klass) {
        change(fieldName(Field::Class), students::className(existing.grade, existing.klass),
               students::className(grade, klass));
        result.grade = grade;
        result.klass = klass;
    }
    if (existing.status != students::Enrolment::Active) {
        change(QCoreApplication::translate("Roster", "Status"), students::statusName(existing.status), students::statusName(students::Enrolment::Active));
        result.status = students::Enrolment::Active;
        result.leftOn = QDate();
    }
    return result;
}

}  // namespace

int ImportPlan::count(RowAction action) const
{
    return static_cast<int>(std::count_if(rows.cbegin(), rows.cend(), [action](const PlannedRow &r) {
        return r.action == action;
    }));
}

Result<ImportPlan> planRosterImport(vault::Vault &vault, const io::Table &table, const ColumnMapping &mapping)
{
    if (const QString problem = mapping.problem(); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("%1: %2").arg(table.fileName, problem));
    students::StudentRepository repo(vault);
    auto existing = repo.listAll();
    if (!existing) return existing.error();
    QHash<QString, qint64> byNumber;
    for (const auto &s : *existing) byNumber.insert(s.studentNo, s.id);

    ImportPlan plan;
    plan.fileName = table.fileName;
    QHash<QString, int> seenInFile;  // student number -> source row
    for (int r = mapping.headerRow + 1; r < table.rows.size(); ++r) {
        const io::TableRow &row = table.rows[r];
        if (row.isBlank()) continue;
        PlannedRow planned;
        planned.sourceRow = row.sourceRow;
        QString why;
        if (!readRow(row, mapping, planned.student, why)) {
            planned.reason = why;
            plan.rows << planned;
            continue;
        }
        if (const int first = seenInFile.value(planned.student.studentNo); first) {
            planned.reason = Tr::tr("student number %1 already appears in row %2").arg(planned.student.studentNo).arg(first);
            plan.rows << planned;
            continue;
        }
        seenInFile.insert(planned.student.studentNo, row.sourceRow);
        const qint64 id = byNumber.value(planned.student.studentNo);
        if (!id) {
            if (planned.student.name.isEmpty()) {
                planned.reason = Tr::tr("a new student needs a name");
            } else {
                planned.action = RowAction::Add;
            }
            plan.rows << planned;
            continue;
        }
        auto current = repo.get(id);
        if (!current) return current.error();
        planned.student = merged(*current, planned.student, planned.changes);
        planned.action = planned.changes.isEmpty() ? RowAction::Unchanged : RowAction::Update;
        plan.rows << planned;
    }
    return plan;
}

Result<ImportSummary> applyRosterImport(vault::Vault &vault, const ImportPlan &plan, const QString &signature,
                                        const ColumnMapping &mapping)
{
    ImportSummary summary;
    students::StudentRepository repo(vault);
    CD_TRY(vault.recordChange(audit::action::RosterImported, [&](vault::Vault::AuditRow &audit) -> Status {
        for (const PlannedRow &row : plan.rows) {
            switch (row.action) {
            case RowAction::Add:
            case RowAction::Update: {
                auto saved = repo.save(row.student, u"roster"_s);  // a reason code, not prose
                if (!saved) {
                    Error error = saved.error();
                    error.message = Tr::tr("%1, row %2: %3").arg(plan.fileName).arg(row.sourceRow).arg(error.message);
                    return error;
                }
                ++(row.action == RowAction::Add ? summary.added : summary.updated);
                break;
            }
            case RowAction::Unchanged: ++summary.unchanged; break;
            case RowAction::Reject: ++summary.rejected; break;
            }
        }
        if (!signature.isEmpty()) CD_TRY(rememberMapping(vault, signature, mapping.columns));
        // The audit detail of a roster import: counts only, the file name is not recorded.
        audit.detail = u"added=%1 updated=%2 unchanged=%3 rejected=%4"_s.arg(summary.added)
                           .arg(summary.updated)
                           .arg(summary.unchanged)
                           .arg(summary.rejected);
        return {};
    }));
    return summary;
}

}  // namespace cd::roster

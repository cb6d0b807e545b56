#include "screening/AnswerImport.h"

#include "roster/RosterFields.h"
#include "screening/RunRepository.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cd::screening {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Screening)
};

/// "95", "1:35", "00:01:35", "95秒", "95s" → seconds.
std::optional<int> parseSeconds(const QString &cell)
{
    static const QRegularExpression clock(uR"(^(?:(\d{1,2}):)?(\d{1,3}):(\d{2})$)"_s);
    static const QRegularExpression plain(uR"(^(\d{1,6})\s*(?:秒|s|sec|seconds)?$)"_s);
    const QString text = normalizedCode(cell);
    if (auto m = clock.match(text); m.hasMatch())
        return m.captured(1).toInt() * 3600 + m.captured(2).toInt() * 60 + m.captured(3).toInt();
    if (auto m = plain.match(text); m.hasMatch()) return m.captured(1).toInt();
    return std::nullopt;
}

QString allowedValues(const Instrument &ins, const AnswerMapping &mapping)
{
    QStringList list;
    if (mapping.codes.isEmpty()) {
        for (const AnswerOption &o : ins.options) list << QString::number(o.value);
    } else {
        list = mapping.codes.keys();
        std::sort(list.begin(), list.end(), [&mapping](const QString &a, const QString &b) {
            const int va = mapping.codes.value(a), vb = mapping.codes.value(b);
            return va != vb ? va < vb : a < b;
        });
        if (list.size() > 12) list = list.mid(0, 12) << u"…"_s;
    }
    return list.join(Tr::tr(", "));
}

}  // namespace

Result<AnswerPlan> planAnswerImport(vault::Vault &vault, qint64 runId, const QString &code, const io::Table &table,
                                    const AnswerMapping &mapping)
{
    RunRepository runs(vault);
    auto ins = runs.instrument(runId, code);
    if (!ins) return ins.error();
    if (const QString problem = mapping.problem(*ins, table); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("%1: %2").arg(table.fileName, problem));
    auto people = runs.participants(runId);
    if (!people) return people.error();
    QHash<QString, const Participant *> byNumber;
    for (const Participant &p : *people) byNumber.insert(p.studentNo, &p);
    QSet<QString> inVault;
    {
        auto stmt = vault.database().prepare(u"SELECT student_no FROM students"_s);
        if (!stmt) return stmt.error();
        for (;;) {
            auto row = stmt->step();
            if (!row) return row.error();
            if (!*row) break;
            inVault.insert(stmt->text(0));
        }
    }
    QSet<qint64> haveSheet;
    {
        auto stmt = vault.database().prepare(
            u"SELECT student_id FROM screening_sheets WHERE run_id = ? AND instrument = ? AND complete = 1"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, runId).bind(2, code);
        for (;;) {
            auto row = stmt->step();
            if (!row) return row.error();
            if (!*row) break;
            haveSheet.insert(stmt->int64(0));
        }
    }
    QSet<int> optionValues;
    for (const AnswerOption &o : ins->options) optionValues.insert(o.value);
    const QString allowed = allowedValues(*ins, mapping);

    AnswerPlan plan;
    plan.fileName = table.fileName;
    plan.instrument = code;
    QHash<QString, int> seenInFile;
    for (qsizetype r = mapping.headerRow + 1; r < table.rows.size(); ++r) {
        const io::TableRow &row = table.rows.at(r);
        if (row.isBlank()) continue;
        ++plan.rowsRead;
        const int before = static_cast<int>(plan.problems.size());
        const auto problem = [&](int column, const QString &message) {
            plan.problems << CellProblem{row.sourceRow, column,
                                         column >= 0 ? Tr::tr("row %1, column %2: %3")
                                                           .arg(row.sourceRow)
                                                           .arg(columnName(table, mapping, column), message)
                                                     : Tr::tr("row %1: %2").arg(row.sourceRow).arg(message)};
        };
        PlannedSheet sheet;
        sheet.sourceRow = row.sourceRow;
        QString why;
        const auto number = roster::parseStudentNo(row.cells.value(mapping.studentNoColumn), &why);
        if (!number) {
            problem(mapping.studentNoColumn, why);
        } else if (const int first = seenInFile.value(*number)) {
            problem(mapping.studentNoColumn, Tr::tr("student number %1 already appears in row %2").arg(*number).arg(first));
        } else {
            seenInFile.insert(*number, row.sourceRow);
            const Participant *p = byNumber.value(*number);
            if (!p) {
                plan.unmatched << *number;
                problem(mapping.studentNoColumn,
                        inVault.contains(*number)
                            ? Tr::tr("student number %1 is not on this run's list (another grade or class, or "
                                     "added after the run was created: use Refresh list)")
                                  .arg(*number)
                            : Tr::tr("no student has the number %1").arg(*number));
            } else {
                sheet.studentId = p->studentId;
                sheet.studentNo = p->studentNo;
                sheet.name = p->name;
                sheet.replaces = haveSheet.contains(p->studentId);
            }
        }
        sheet.input.studentId = sheet.studentId;
        sheet.input.answers.assign(static_cast<size_t>(ins->items.size()), kUnanswered);
        for (qsizetype i = 0; i < ins->items.size(); ++i) {
            const int column = mapping.itemColumns.at(i);
            const QString cell = normalizedCode(row.cells.value(column));
            if (cell.isEmpty()) {
                ++sheet.missing;
                continue;
            }
            std::optional<int> value;
            if (mapping.codes.isEmpty()) {
                bool ok = false;
                const int n = cell.toInt(&ok);
                if (ok && optionValues.contains(n)) value = n;
            } else if (const auto it = mapping.codes.constFind(cell); it != mapping.codes.cend()) {
                value = *it;
            }
            if (!value) {
                problem(column, Tr::tr("\"%1\" is not an answer of %2 (the answers are %3)")
                                    .arg(row.cells.value(column).trimmed().left(40), code, allowed));
                continue;
            }
            sheet.input.answers[static_cast<size_t>(i)] = *value;
        }
        if (sheet.missing == ins->items.size())
            problem(-1, Tr::tr("the row has no answers (a blank row would replace a sheet with nothing)"));
        if (mapping.secondsColumn >= 0) {
            const QString cell = row.cells.value(mapping.secondsColumn);
            if (!cell.trimmed().isEmpty()) {
                sheet.input.seconds = parseSeconds(cell);
                if (!sheet.input.seconds)
                    problem(mapping.secondsColumn,
                            Tr::tr("\"%1\" is not a time (write seconds, or minutes:seconds)").arg(cell.trimmed().left(40)));
            }
        }
        if (plan.problems.size() > before) ++plan.rejectedRows;
        else plan.sheets << sheet;
    }
    return plan;
}

Result<AnswerImportSummary> applyAnswerImport(vault::Vault &vault, qint64 runId, const AnswerPlan &plan,
                                              bool skipProblemRows)
{
    if (!plan.problems.isEmpty() && !skipProblemRows)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1: %n row(s) have problems, so nothing was imported. Correct the file, or choose to "
                                "import the other rows and leave those out.",
                                nullptr, plan.rejectedRows)
                             .arg(plan.fileName));
    AnswerImportSummary summary;
    if (plan.sheets.isEmpty()) return summary;
    QList<SheetInput> inputs;
    inputs.reserve(plan.sheets.size());
    for (const PlannedSheet &s : plan.sheets) {
        inputs << s.input;
        if (s.replaces) ++summary.replaced;
    }
    auto ids = SheetStore(vault, runId).saveSheets(plan.instrument, inputs, SheetSource::Import);
    if (!ids) return ids.error();
    summary.imported = static_cast<int>(ids->size());
    auto stmt = vault.database().prepare(
        u"SELECT coalesce(sum(c.follow_up), 0), coalesce(sum(c.valid = 0), 0) FROM screening_scores c "
        "JOIN screening_sheets h ON h.id = c.sheet_id WHERE h.run_id = ? AND h.instrument = ? AND c.current = 1 "
        "AND h.id >= ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, runId).bind(2, plan.instrument).bind(3, *std::min_element(ids->cbegin(), ids->cend()));
    auto row = stmt->step();
    if (!row) return row.error();
    summary.flagged = static_cast<int>(stmt->int64(0));
    summary.invalid = static_cast<int>(stmt->int64(1));
    return summary;
}

}  // namespace cd::screening

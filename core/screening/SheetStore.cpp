#include "screening/SheetStore.h"

#include "common/CodeTable.h"

#include "audit/AuditTarget.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "screening/InstrumentLibrary.h"
#include "screening/SheetScoring.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::screening {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Screening)
};

/// The definition `code` is scored with in the run, when the run is open for answers.
Result<Instrument> openRunInstrument(vault::Vault &vault, qint64 runId, const QString &code)
{
    RunRepository runs(vault);
    auto run = runs.get(runId);
    if (!run) return run.error();
    if (run->status != RunStatus::Open)
        return makeError(ErrorCode::InvalidInput,
                         run->status == RunStatus::Closed
                             ? Tr::tr("The run \"%1\" is closed. Reopen it to enter answers.").arg(run->name)
                             : Tr::tr("The run \"%1\" is not open yet. Open it to enter answers.").arg(run->name));
    return runs.instrument(runId, code);
}

/// The run's list (or only `studentId` when not 0): student id → (grade, sex), for membership
/// and norms.
Result<QHash<qint64, ScoringContext::Student>> runStudents(storage::Database &db, qint64 runId, qint64 studentId = 0)
{
    auto stmt = db.prepare(u"SELECT student_id, grade, sex FROM run_students WHERE run_id = ?1 AND (?2 = 0 OR student_id = ?2)"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, runId).bind(2, studentId);
    QHash<qint64, ScoringContext::Student> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) return out;
        out.insert(stmt->int64(0), ScoringContext::Student{static_cast<int>(stmt->int64(1)), stmt->text(2)});
    }
}

Result<std::optional<qint64>> findSheet(storage::Database &db, qint64 runId, qint64 studentId, const QString &instrument,
                                        bool *complete = nullptr)
{
    auto stmt = db.prepare(u"SELECT id, complete FROM screening_sheets WHERE run_id = ? AND student_id = ? AND instrument = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, runId).bind(2, studentId).bind(3, instrument);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return std::optional<qint64>();
    if (complete) *complete = stmt->int64(1) != 0;
    return std::optional<qint64>(stmt->int64(0));
}

Result<AnswerRow> loadAnswers(storage::Database &db, qint64 sheetId, int items)
{
    auto stmt = db.prepare(u"SELECT item, value FROM screening_answers WHERE sheet_id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, sheetId);
    AnswerRow row(static_cast<size_t>(items), kUnanswered);
    for (;;) {
        auto more = stmt->step();
        if (!more) return more.error();
        if (!*more) return row;
        const qint64 item = stmt->int64(0);
        if (item >= 0 && item < items) row[static_cast<size_t>(item)] = static_cast<int>(stmt->int64(1));
    }
}

/// " reopened=N" for the audit detail when critical items reopened closed follow-ups.
QString reopenedDetail(const ScoringContext &scoring)
{
    return scoring.reopened() > 0 ? u" reopened=%1"_s.arg(scoring.reopened()) : QString();
}

}  // namespace

QString sheetSourceCode(SheetSource source)
{
    static const CodeTable<SheetSource> table = {
        {SheetSource::Import, "import"}, {SheetSource::Kiosk, "kiosk"}, {SheetSource::Grid, "grid"}};
    return table.code(source);
}

Answers toAnswers(const Instrument &instrument, const AnswerRow &row)
{
    Answers answers;
    const size_t n = std::min(row.size(), static_cast<size_t>(instrument.items.size()));
    for (size_t i = 0; i < n; ++i)
        if (row[i] != kUnanswered) answers.insert(instrument.items.at(static_cast<qsizetype>(i)).id, row[i]);
    return answers;
}

QString flagKindName(FlagKind kind)
{
    switch (kind) {
    case FlagKind::Critical: return Tr::tr("Critical item");
    case FlagKind::CutOff: return Tr::tr("Over the cut-off");
    case FlagKind::Invalid: return Tr::tr("Invalid sheet");
    }
    return {};
}

SheetStore::SheetStore(vault::Vault &vault, qint64 runId) : m_vault(vault), m_runId(runId) {}

Result<QList<qint64>> SheetStore::saveSheets(const QString &code, const QList<SheetInput> &sheets, SheetSource source)
{
    auto ins = openRunInstrument(m_vault, m_runId, code);
    if (!ins) return ins.error();
    storage::Database &db = m_vault.database();
    auto members = runStudents(db, m_runId);
    if (!members) return members.error();
    for (const SheetInput &s : sheets) {
        if (!members->contains(s.studentId))
            return makeError(ErrorCode::InvalidInput, Tr::tr("A student is not on this run's list."));
        if (s.answers.size() != static_cast<size_t>(ins->items.size()))
            return makeError(ErrorCode::Usage, Tr::tr("A sheet does not have one answer per item."));
    }

    QList<qint64> ids;
    CD_TRY(m_vault.recordChange(audit::action::SheetsSaved, [&](vault::Vault::AuditRow &entry) -> Status {
        ScoringContext scoring(db, *ins, m_runId, m_vault.currentUser().login);
        CD_TRY(scoring.prepare());
        auto findOld = db.prepare(u"SELECT id FROM screening_sheets WHERE run_id = ? AND student_id = ? AND instrument = ?"_s);
        auto dropOld = db.prepare(u"DELETE FROM screening_sheets WHERE id = ?"_s);
        auto insertSheet = db.prepare(u"INSERT INTO screening_sheets (run_id, student_id, instrument, complete, seconds, "
                                      "source, entered_at, entered_by) VALUES (?, ?, ?, 1, ?, ?, ?, ?)"_s);
        auto insertAnswer = db.prepare(u"INSERT INTO screening_answers (sheet_id, item, value) VALUES (?, ?, ?)"_s);
        if (!findOld) return findOld.error();
        if (!dropOld) return dropOld.error();
        if (!insertSheet) return insertSheet.error();
        if (!insertAnswer) return insertAnswer.error();
        const QString now = clock::toStorage(clock::now());
        const QString sourceCode = sheetSourceCode(source);
        int replaced = 0, flagged = 0;
        for (const SheetInput &s : sheets) {
            findOld->reset();
            findOld->bind(1, m_runId).bind(2, s.studentId).bind(3, code);
            auto old = findOld->step();
            if (!old) return old.error();
            if (*old) {
                dropOld->reset();
                dropOld->bind(1, findOld->int64(0));
                CD_TRY(dropOld->exec());
                ++replaced;
            }
            insertSheet->reset();
            insertSheet->bind(1, m_runId).bind(2, s.studentId).bind(3, code);
            if (s.seconds) insertSheet->bind(4, *s.seconds);
            else insertSheet->bindNull(4);
            insertSheet->bind(5, sourceCode).bind(6, now).bind(7, m_vault.currentUser().login);
            CD_TRY(insertSheet->exec());
            const qint64 sheetId = db.lastInsertRowId();
            for (size_t i = 0; i < s.answers.size(); ++i) {
                if (s.answers[i] == kUnanswered) continue;
                insertAnswer->reset();
                insertAnswer->bind(1, sheetId).bind(2, static_cast<qint64>(i)).bind(3, s.answers[i]);
                CD_TRY(insertAnswer->exec());
            }
            auto followUp = scoring.scoreAndStore(sheetId, s.studentId, members->value(s.studentId), s.answers, s.seconds, now);
            if (!followUp) return followUp.error();
            if (*followUp) ++flagged;
            ids << sheetId;
        }
        entry.target = audit::runTarget(m_runId);
        entry.detail = u"instrument=%1 source=%2 sheets=%3 replaced=%4 flagged=%5"_s.arg(code, sourceCode)
                           .arg(sheets.size())
                           .arg(replaced)
                           .arg(flagged)
                       + reopenedDetail(scoring);
        return {};
    }));
    return ids;
}

Status SheetStore::saveAnswer(qint64 studentId, const QString &code, int itemIndex, int value)
{
    auto ins = openRunInstrument(m_vault, m_runId, code);
    if (!ins) return ins.error();
    if (itemIndex < 0 || itemIndex >= ins->items.size())
        return makeError(ErrorCode::Usage, Tr::tr("There is no such item."));
    if (std::none_of(ins->options.cbegin(), ins->options.cend(), [value](const AnswerOption &o) { return o.value == value; }))
        return makeError(ErrorCode::InvalidInput, Tr::tr("%1 is not one of the answers.").arg(value));
    storage::Database &db = m_vault.database();
    storage::Transaction tx(db);
    if (!tx.began()) return tx.beginError();
    bool complete = false;
    auto sheet = findSheet(db, m_runId, studentId, code, &complete);
    if (!sheet) return sheet.error();
    if (*sheet && complete)
        return makeError(ErrorCode::InvalidInput, Tr::tr("This sheet is already complete."));
    qint64 sheetId = sheet->value_or(0);
    if (!sheetId) {
        auto insert = db.prepare(u"INSERT INTO screening_sheets (run_id, student_id, instrument, complete, source, "
                                 "entered_at, entered_by) VALUES (?, ?, ?, 0, 'kiosk', ?, ?)"_s);
        if (!insert) return insert.error();
        insert->bind(1, m_runId).bind(2, studentId).bind(3, code).bind(4, clock::toStorage(clock::now())).bind(5, m_vault.currentUser().login);
        if (Status s = insert->exec(); !s)
            return makeError(ErrorCode::InvalidInput, Tr::tr("A student is not on this run's list."));
        sheetId = db.lastInsertRowId();
    }
    auto answer = db.prepare(u"INSERT OR REPLACE INTO screening_answers (sheet_id, item, value) VALUES (?, ?, ?)"_s);
    if (!answer) return answer.error();
    answer->bind(1, sheetId).bind(2, itemIndex).bind(3, value);
    CD_TRY(answer->exec());
    return tx.commit();
}

Result<std::optional<AnswerRow>> SheetStore::partialAnswers(qint64 studentId, const QString &code)
{
    auto ins = RunRepository(m_vault).instrument(m_runId, code);
    if (!ins) return ins.error();
    bool complete = false;
    auto sheet = findSheet(m_vault.database(), m_runId, studentId, code, &complete);
    if (!sheet) return sheet.error();
    if (!*sheet || complete) return std::optional<AnswerRow>();
    auto row = loadAnswers(m_vault.database(), **sheet, static_cast<int>(ins->items.size()));
    if (!row) return row.error();
    return std::optional<AnswerRow>(*row);
}

Status SheetStore::finishSheet(qint64 studentId, const QString &code, std::optional<int> seconds)
{
    auto ins = openRunInstrument(m_vault, m_runId, code);
    if (!ins) return ins.error();
    storage::Database &db = m_vault.database();
    auto members = runStudents(db, m_runId, studentId);
    if (!members) return members.error();
    return m_vault.recordChange(audit::action::SheetsSaved, [&](vault::Vault::AuditRow &entry) -> Status {
        bool complete = false;
        auto sheet = findSheet(db, m_runId, studentId, code, &complete);
        if (!sheet) return sheet.error();
        if (!*sheet || complete) return makeError(ErrorCode::InvalidInput, Tr::tr("There is no unfinished sheet to finish."));
        auto answers = loadAnswers(db, **sheet, static_cast<int>(ins->items.size()));
        if (!answers) return answers.error();
        auto update = db.prepare(u"UPDATE screening_sheets SET complete = 1, seconds = ?, entered_at = ? WHERE id = ?"_s);
        if (!update) return update.error();
        if (seconds) update->bind(1, *seconds);
        else update->bindNull(1);
        const QString now = clock::toStorage(clock::now());
        update->bind(2, now).bind(3, **sheet);
        CD_TRY(update->exec());
        ScoringContext scoring(db, *ins, m_runId, m_vault.currentUser().login);
        CD_TRY(scoring.prepare());
        auto followUp = scoring.scoreAndStore(**sheet, studentId, members->value(studentId), *answers, seconds, now);
        if (!followUp) return followUp.error();
        entry.target = audit::runTarget(m_runId);
        entry.detail = u"instrument=%1 source=kiosk sheets=1 replaced=0 flagged=%2"_s.arg(code).arg(*followUp ? 1 : 0)
                       + reopenedDetail(scoring);
        return {};
    });
}

Result<std::optional<AnswerRow>> SheetStore::answers(qint64 studentId, const QString &code)
{
    auto ins = RunRepository(m_vault).instrument(m_runId, code);
    if (!ins) return ins.error();
    auto sheet = findSheet(m_vault.database(), m_runId, studentId, code);
    if (!sheet) return sheet.error();
    if (!*sheet) return std::optional<AnswerRow>();
    auto row = loadAnswers(m_vault.database(), **sheet, static_cast<int>(ins->items.size()));
    if (!row) return row.error();
    return std::optional<AnswerRow>(*row);
}

Result<std::optional<StoredScore>> SheetStore::score(qint64 studentId, const QString &code)
{
    auto history = scoreHistory(studentId, code);
    if (!history) return history.error();
    if (history->isEmpty()) return std::optional<StoredScore>();
    return std::optional<StoredScore>(history->first());
}

Result<QHash<qint64, StoredSheet>> SheetStore::completeSheets(const QString &code)
{
    auto ins = RunRepository(m_vault).instrument(m_runId, code);
    if (!ins) return ins.error();
    const qsizetype items = ins->items.size();
    storage::Database &db = m_vault.database();
    QHash<qint64, StoredSheet> sheets;
    auto answers = db.prepare(u"SELECT h.student_id, a.item, a.value FROM screening_sheets h JOIN screening_answers a "
                              "ON a.sheet_id = h.id WHERE h.run_id = ? AND h.instrument = ? AND h.complete = 1"_s);
    if (!answers) return answers.error();
    answers->bind(1, m_runId).bind(2, code);
    for (;;) {
        auto row = answers->step();
        if (!row) return row.error();
        if (!*row) break;
        StoredSheet &sheet = sheets[answers->int64(0)];
        if (sheet.answers.empty()) sheet.answers.assign(static_cast<size_t>(items), kUnanswered);
        const qint64 item = answers->int64(1);
        if (item >= 0 && item < items) sheet.answers[static_cast<size_t>(item)] = static_cast<int>(answers->int64(2));
    }
    auto scores = db.prepare(u"SELECT h.student_id, %1 FROM screening_scores c JOIN screening_sheets h ON h.id = c.sheet_id "
                             "WHERE h.run_id = ? AND h.instrument = ? AND h.complete = 1 AND c.current = 1"_s.arg(
                                 QLatin1String(kStoredScoreColumns)));
    if (!scores) return scores.error();
    scores->bind(1, m_runId).bind(2, code);
    for (;;) {
        auto row = scores->step();
        if (!row) return row.error();
        if (!*row) break;
        StoredSheet &sheet = sheets[scores->int64(0)];
        if (sheet.answers.empty()) sheet.answers.assign(static_cast<size_t>(items), kUnanswered);  // all blank
        sheet.score = readStoredScore(*scores, 1);
    }
    return sheets;
}

Result<QList<StoredScore>> SheetStore::scoreHistory(qint64 studentId, const QString &code)
{
    auto stmt = m_vault.database().prepare(
        u"SELECT %1 FROM screening_scores c JOIN screening_sheets h ON h.id = c.sheet_id "
        "WHERE h.run_id = ? AND h.student_id = ? AND h.instrument = ? ORDER BY c.current DESC, c.id DESC"_s.arg(
            QLatin1String(kStoredScoreColumns)));
    if (!stmt) return stmt.error();
    stmt->bind(1, m_runId).bind(2, studentId).bind(3, code);
    QList<StoredScore> list;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) return list;
        list << readStoredScore(*stmt, 0);
    }
}

Result<int> SheetStore::rescore(const QString &code, const QString &version)
{
    storage::Database &db = m_vault.database();
    auto ins = InstrumentLibrary(m_vault).definition(code, version);
    if (!ins) return ins.error();
    RunRepository runs(m_vault);
    auto current = runs.instrument(m_runId, code);
    if (!current) return current.error();
    // Rescoring changes how answers count, never what they were: the same items in the same
    // order with the same answer values, or the sheets would be read as something else.
    const auto ids = [](const Instrument &d) {
        QStringList list;
        for (const Item &item : d.items) list << item.id;
        return list;
    };
    const auto values = [](const Instrument &d) {
        QList<int> list;
        for (const AnswerOption &o : d.options) list << o.value;
        std::sort(list.begin(), list.end());
        return list;
    };
    if (ids(*current) != ids(*ins) || values(*current) != values(*ins))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Version %1 of %2 does not have the same items and answer values as version %3, "
                                "which the sheets were answered with: they cannot be rescored with it. A changed "
                                "questionnaire needs a new run.")
                             .arg(version, code, current->version));
    auto members = runStudents(db, m_runId);
    if (!members) return members.error();

    qsizetype rescored = 0;
    CD_TRY(m_vault.recordChange(audit::action::SheetsRescored, [&](vault::Vault::AuditRow &entry) -> Status {
        auto sheets = db.prepare(u"SELECT id, student_id, seconds FROM screening_sheets WHERE run_id = ? AND instrument = ? "
                                 "AND complete = 1 ORDER BY id"_s);
        if (!sheets) return sheets.error();
        sheets->bind(1, m_runId).bind(2, code);
        struct Pending {
            qint64 sheetId, studentId;
            std::optional<int> seconds;
        };
        QList<Pending> pending;
        for (;;) {
            auto row = sheets->step();
            if (!row) return row.error();
            if (!*row) break;
            pending << Pending{sheets->int64(0), sheets->int64(1),
                               sheets->isNull(2) ? std::nullopt : std::optional<int>(static_cast<int>(sheets->int64(2)))};
        }
        ScoringContext scoring(db, *ins, m_runId, m_vault.currentUser().login);
        CD_TRY(scoring.prepare());
        CD_TRY(db.exec(u"UPDATE screening_scores SET current = 0 WHERE sheet_id IN (SELECT id FROM screening_sheets WHERE "
                       "run_id = %1 AND instrument = '%2')"_s.arg(m_runId).arg(QString(code).replace(u'\'', u"''"_s))));
        const QString now = clock::toStorage(clock::now());
        for (const Pending &p : pending) {
            auto answers = loadAnswers(db, p.sheetId, static_cast<int>(ins->items.size()));
            if (!answers) return answers.error();
            auto stored = scoring.scoreAndStore(p.sheetId, p.studentId, members->value(p.studentId), *answers, p.seconds, now);
            if (!stored) return stored.error();
        }
        auto pin = db.prepare(u"UPDATE run_instruments SET version = ? WHERE run_id = ? AND code = ?"_s);
        if (!pin) return pin.error();
        pin->bind(1, version).bind(2, m_runId).bind(3, code);
        CD_TRY(pin->exec());
        entry.target = audit::runTarget(m_runId);
        entry.detail = u"instrument=%1 from=%2 to=%3 sheets=%4"_s.arg(code, current->version, version).arg(pending.size())
                       + reopenedDetail(scoring);
        rescored = pending.size();
        return {};
    }));
    return static_cast<int>(rescored);
}

}  // namespace cd::screening

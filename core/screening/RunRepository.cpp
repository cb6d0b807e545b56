#include "screening/RunRepository.h"
#include "storage/Database.h"

#include "common/CodeTable.h"

#include "audit/AuditTarget.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "screening/InstrumentLibrary.h"
#include "screening/InstrumentReader.h"
#include "students/Student.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cd::screening {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Screening)
};

/// "7;8/3": whole grade 7 and class 3 of grade 8.
QString encodeTargets(const QList<RunTarget> &targets)
{
    QStringList parts;
    for (const RunTarget &t : targets)
        parts << (t.klass.isEmpty() ? QString::number(t.grade) : QString::number(t.grade) + u'/' + t.klass);
    return parts.join(u';');
}

QList<RunTarget> decodeTargets(const QString &text)
{
    QList<RunTarget> targets;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts))
        targets << RunTarget{part.section(u'/', 0, 0).toInt(), part.section(u'/', 1)};
    return targets;
}

QString codesOf(const QList<RunInstrument> &instruments)
{
    QStringList codes;
    for (const RunInstrument &ri : instruments) codes << ri.code;
    return codes.join(u',');
}

const char *const kRunColumns = "id, name, targets, opens_on, closes_on, status, created_at, created_by";

Run readRun(const storage::Statement &s)
{
    Run run;
    run.id = s.int64(0);
    run.name = s.text(1);
    run.targets = decodeTargets(s.text(2));
    run.opensOn = QDate::fromString(s.text(3), Qt::ISODate);
    run.closesOn = QDate::fromString(s.text(4), Qt::ISODate);
    run.status = runStatusFromCode(s.text(5)).value_or(RunStatus::Planned);
    run.createdAt = clock::fromStorage(s.text(6));
    run.createdBy = s.text(7);
    return run;
}

Status loadInstruments(storage::Database &db, Run &run)
{
    auto stmt = db.prepare(u"SELECT code, version FROM run_instruments WHERE run_id = ? ORDER BY position"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, run.id);
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) return {};
        run.instruments << RunInstrument{stmt->text(0), stmt->text(1)};
    }
}

Result<qint64> sheetCount(storage::Database &db, qint64 runId)
{
    auto stmt = db.prepare(u"SELECT count(*) FROM screening_sheets WHERE run_id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, runId);
    auto row = stmt->step();
    if (!row) return row.error();
    return stmt->int64(0);
}

/// Pins the newest definition of each code: its bytes are kept in the vault.
Status pinInstruments(vault::Vault &vault, qint64 runId, QList<RunInstrument> &instruments)
{
    storage::Database &db = vault.database();
    InstrumentLibrary library(vault);
    CD_TRY(db.exec(u"DELETE FROM run_instruments WHERE run_id = %1"_s.arg(runId)));
    auto shipped = shippedDefinitions();
    if (!shipped) return shipped.error();
    int position = 0;
    for (RunInstrument &ri : instruments) {
        auto ins = library.latest(ri.code);
        if (!ins) return ins.error();
        for (const Definition &d : *shipped)
            if (d.instrument.code == ins->code && d.instrument.version == ins->version)
                CD_TRY(library.keep(d.json, d.instrument, true));
        ri.version = ins->version;
        auto stmt = db.prepare(u"INSERT INTO run_instruments (run_id, code, version, position) VALUES (?, ?, ?, ?)"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, runId).bind(2, ri.code).bind(3, ri.version).bind(4, ++position);
        CD_TRY(stmt->exec());
    }
    return {};
}

Result<QList<Participant>> selectParticipants(storage::Database &db, const QString &extraWhere, qint64 runId,
                                              const QString &instrument)
{
    auto stmt = db.prepare(u"SELECT s.id, s.student_no, s.name, r.grade, r.class_name, r.sex FROM run_students r "
                           "JOIN students s ON s.id = r.student_id WHERE r.run_id = ?1 "_s
                           + extraWhere + u" ORDER BY r.grade, length(r.class_name), r.class_name, s.student_no"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, runId);
    if (!instrument.isNull()) stmt->bind(2, instrument);
    QList<Participant> list;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) return list;
        list << Participant{stmt->int64(0), stmt->text(1), stmt->text(2), static_cast<int>(stmt->int64(3)),
                            stmt->text(4), stmt->text(5)};
    }
}

}  // namespace

static const CodeTable<RunStatus> &runStatuses()
{
    static const CodeTable<RunStatus> table = {
        {RunStatus::Planned, "planned"}, {RunStatus::Open, "open"}, {RunStatus::Closed, "closed"}};
    return table;
}

QString runStatusCode(RunStatus status) { return runStatuses().code(status); }
std::optional<RunStatus> runStatusFromCode(const QString &code) { return runStatuses().fromCode(code); }

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Planned: return Tr::tr("Planned", "run status");
    case RunStatus::Open: return Tr::tr("Open", "run status");
    case RunStatus::Closed: return Tr::tr("Closed", "run status");
    }
    return {};
}

QString RunTarget::name() const
{
    return klass.isEmpty() ? students::gradeName(grade) : students::className(grade, klass);
}

QStringList Run::instrumentCodes() const { return codesOf(instruments).split(u',', Qt::SkipEmptyParts); }

QString Run::targetNames() const
{
    QStringList names;
    for (const RunTarget &t : targets) names << t.name();
    //: separator between grade or class names in a list
    return names.join(Tr::tr(", "));
}

Status RunRepository::validate(const Run &run, qint64 selfId)
{
    if (run.name.trimmed().isEmpty()) return makeError(ErrorCode::InvalidInput, Tr::tr("Give the run a name."));
    if (run.name.trimmed().size() > 80)
        return makeError(ErrorCode::InvalidInput, Tr::tr("A run's name has at most 80 characters."));
    if (run.instruments.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose at least one instrument."));
    if (run.targets.isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Choose at least one grade or class."));
    for (const RunTarget &t : run.targets)
        if (t.grade < 1 || t.grade > 12) return makeError(ErrorCode::InvalidInput, Tr::tr("Grades go from 1 to 12."));
    if (!run.opensOn.isValid() || !run.closesOn.isValid() || run.closesOn < run.opensOn)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The run must close on or after the day it opens."));
    auto stmt = m_vault.database().prepare(u"SELECT id FROM screening_runs WHERE name = ? AND id <> ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, run.name.trimmed()).bind(2, selfId);
    auto row = stmt->step();
    if (!row) return row.error();
    if (*row)
        return makeError(ErrorCode::AlreadyExists,
                         Tr::tr("There is already a run called \"%1\". Choose another name.").arg(run.name.trimmed()));
    return {};
}

Status RunRepository::snapshot(qint64 runId, const QList<RunTarget> &targets, bool replace)
{
    storage::Database &db = m_vault.database();
    if (replace) CD_TRY(db.exec(u"DELETE FROM run_students WHERE run_id = %1"_s.arg(runId)));
    auto insert = db.prepare(u"INSERT OR IGNORE INTO run_students (run_id, student_id, grade, class_name, sex) "
                             "SELECT ?1, id, grade, class_name, sex FROM students WHERE status = 'active' "
                             "AND grade = ?2 AND (?3 = '' OR class_name = ?3)"_s);
    if (!insert) return insert.error();
    for (const RunTarget &t : targets) {
        insert->reset();
        insert->bind(1, runId).bind(2, t.grade).bind(3, t.klass);
        CD_TRY(insert->exec());
    }
    return {};
}

Result<qint64> RunRepository::create(const Run &input)
{
    CD_TRY(validate(input, 0));
    storage::Database &db = m_vault.database();
    const RunStatus status = input.opensOn <= clock::now().date() ? RunStatus::Open : RunStatus::Planned;
    qint64 id = 0;
    CD_TRY(m_vault.recordChange(audit::action::RunCreated, [&](vault::Vault::AuditRow &audit) -> Status {
        auto stmt = db.prepare(u"INSERT INTO screening_runs (name, targets, opens_on, closes_on, status, created_at, "
                               "created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, input.name.trimmed()).bind(2, encodeTargets(input.targets));
        stmt->bind(3, input.opensOn.toString(Qt::ISODate)).bind(4, input.closesOn.toString(Qt::ISODate));
        stmt->bind(5, runStatusCode(status)).bind(6, clock::toStorage(clock::now())).bind(7, m_vault.currentUser().login);
        CD_TRY(stmt->exec());
        id = db.lastInsertRowId();
        QList<RunInstrument> instruments = input.instruments;
        CD_TRY(pinInstruments(m_vault, id, instruments));
        CD_TRY(snapshot(id, input.targets, false));
        audit.target = audit::runTarget(id);
        audit.detail = u"instruments=%1 targets=%2"_s.arg(codesOf(instruments), encodeTargets(input.targets));
        return {};
    }));
    return id;
}

Status RunRepository::update(const Run &input)
{
    CD_TRY(validate(input, input.id));
    auto current = get(input.id);
    if (!current) return current.error();
    storage::Database &db = m_vault.database();
    const bool scopeChanged = current->instrumentCodes() != input.instrumentCodes() || current->targets != input.targets;
    return m_vault.recordChange(
        audit::action::RunChanged, audit::runTarget(input.id), scopeChanged ? u"scope"_s : u"details"_s, [&]() -> Status {
            if (scopeChanged) {
                auto sheets = sheetCount(db, input.id);
                if (!sheets) return sheets.error();
                if (*sheets > 0)
                    return makeError(ErrorCode::InvalidInput,
                                     Tr::tr("Answers have been entered in this run, so its instruments and grades can "
                                            "no longer change. Start a new run instead."));
                QList<RunInstrument> instruments = input.instruments;
                CD_TRY(pinInstruments(m_vault, input.id, instruments));
                CD_TRY(snapshot(input.id, input.targets, true));
            }
            auto stmt = db.prepare(u"UPDATE screening_runs SET name = ?, targets = ?, opens_on = ?, closes_on = ? "
                                   "WHERE id = ?"_s);
            if (!stmt) return stmt.error();
            stmt->bind(1, input.name.trimmed()).bind(2, encodeTargets(input.targets));
            stmt->bind(3, input.opensOn.toString(Qt::ISODate)).bind(4, input.closesOn.toString(Qt::ISODate));
            stmt->bind(5, input.id);
            return stmt->exec();
        });
}

Status RunRepository::setStatus(qint64 runId, RunStatus status)
{
    auto run = get(runId);
    if (!run) return run.error();
    if (run->status == status) return {};
    storage::Database &db = m_vault.database();
    if (status == RunStatus::Planned) {
        auto sheets = sheetCount(db, runId);
        if (!sheets) return sheets.error();
        if (*sheets > 0)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("Answers have been entered in this run: it can be closed, but not set back to planned."));
    }
    return m_vault.recordChange(audit::action::RunChanged, audit::runTarget(runId),
                                u"status=%1"_s.arg(runStatusCode(status)), [&]() -> Status {
                                    auto stmt = db.prepare(u"UPDATE screening_runs SET status = ? WHERE id = ?"_s);
                                    if (!stmt) return stmt.error();
                                    stmt->bind(1, runStatusCode(status)).bind(2, runId);
                                    return stmt->exec();
                                });
}

Result<int> RunRepository::refreshParticipants(qint64 runId)
{
    auto run = get(runId);
    if (!run) return run.error();
    if (run->status == RunStatus::Closed)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The run is closed. Reopen it to change its list."));
    storage::Database &db = m_vault.database();
    auto before = db.scalar(u"SELECT count(*) FROM run_students WHERE run_id = %1"_s.arg(runId));
    if (!before) return before.error();
    int added = 0;
    CD_TRY(m_vault.recordChange(audit::action::RunChanged, [&](vault::Vault::AuditRow &audit) -> Status {
        CD_TRY(snapshot(runId, run->targets, false));
        auto after = db.scalar(u"SELECT count(*) FROM run_students WHERE run_id = %1"_s.arg(runId));
        if (!after) return after.error();
        added = after->toInt() - before->toInt();
        audit.target = audit::runTarget(runId);
        audit.detail = u"added=%1"_s.arg(added);
        return {};
    }));
    return added;
}

Status RunRepository::remove(qint64 runId)
{
    CD_TRY(m_vault.requireLeadRole());
    auto run = get(runId);
    if (!run) return run.error();
    // Sheets and follow-ups hang off run_students, which the run's deletion cascades to.
    return m_vault.recordChange(audit::action::RunDeleted, audit::runTarget(runId), {}, [&]() {
        return m_vault.database().exec(u"DELETE FROM screening_runs WHERE id = %1"_s.arg(runId));
    });
}

Result<QList<Run>> RunRepository::list()
{
    auto stmt = m_vault.database().prepare(u"SELECT %1 FROM screening_runs ORDER BY opens_on DESC, id DESC"_s.arg(
        QLatin1String(kRunColumns)));
    if (!stmt) return stmt.error();
    QList<Run> runs;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        runs << readRun(*stmt);
    }
    for (Run &run : runs) CD_TRY(loadInstruments(m_vault.database(), run));
    return runs;
}

Result<Run> RunRepository::get(qint64 runId)
{
    auto stmt = m_vault.database().prepare(u"SELECT %1 FROM screening_runs WHERE id = ?"_s.arg(QLatin1String(kRunColumns)));
    if (!stmt) return stmt.error();
    stmt->bind(1, runId);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return makeError(ErrorCode::NotFound, Tr::tr("The screening run no longer exists."));
    Run run = readRun(*stmt);
    CD_TRY(loadInstruments(m_vault.database(), run));
    return run;
}

Result<Run> RunRepository::byName(const QString &name)
{
    auto stmt = m_vault.database().prepare(u"SELECT id FROM screening_runs WHERE name = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, name.trimmed());
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return makeError(ErrorCode::NotFound, Tr::tr("There is no screening run called \"%1\".").arg(name.trimmed()));
    return get(stmt->int64(0));
}

Result<QList<Participant>> RunRepository::participants(qint64 runId)
{
    return selectParticipants(m_vault.database(), QString(), runId, QString());
}

Result<QList<Participant>> RunRepository::notTaken(qint64 runId, const QString &instrument)
{
    return selectParticipants(m_vault.database(),
                              u"AND NOT EXISTS (SELECT 1 FROM screening_sheets h WHERE h.run_id = r.run_id AND "
                              "h.student_id = r.student_id AND h.instrument = ?2 AND h.complete = 1)"_s,
                              runId, instrument);
}

Result<RunProgress> RunRepository::progress(qint64 runId)
{
    RunProgress progress;
    auto expected = m_vault.database().scalar(u"SELECT count(*) FROM run_students WHERE run_id = %1"_s.arg(runId));
    if (!expected) return expected.error();
    progress.expected = expected->toInt();
    auto stmt = m_vault.database().prepare(u"SELECT instrument, count(*) FROM screening_sheets WHERE run_id = ? AND "
                                           "complete = 1 GROUP BY instrument"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, runId);
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) return progress;
        progress.taken.insert(stmt->text(0), static_cast<int>(stmt->int64(1)));
    }
}

Result<QList<ClassSize>> RunRepository::activeClasses()
{
    auto stmt = m_vault.database().prepare(u"SELECT grade, class_name, count(*) FROM students WHERE status = 'active' "
                                           "AND grade > 0 GROUP BY 1, 2 ORDER BY grade, length(class_name), class_name"_s);
    if (!stmt) return stmt.error();
    QList<ClassSize> list;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) return list;
        list << ClassSize{static_cast<int>(stmt->int64(0)), stmt->text(1), static_cast<int>(stmt->int64(2))};
    }
}

Result<Instrument> RunRepository::instrument(qint64 runId, const QString &code)
{
    auto stmt = m_vault.database().prepare(u"SELECT version FROM run_instruments WHERE run_id = ? AND code = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, runId).bind(2, code);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return makeError(ErrorCode::NotFound, Tr::tr("The run does not use %1.").arg(code));
    return InstrumentLibrary(m_vault).definition(code, stmt->text(0));
}

}  // namespace cd::screening

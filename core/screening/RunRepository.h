#pragma once
// Screening runs: a named screen of some grades or classes with some instruments between two
// dates. Creating a run takes a snapshot of the students expected (active, in the target grades
// or classes, with the class they were in then); a run is planned, then open (answers come in),
// then closed. Who has not taken an instrument yet is the snapshot minus the complete sheets.

#include "common/Result.h"
#include "screening/ScreeningAudit.h"
#include "screening/Instrument.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::vault {
class Vault;
}

namespace cd::screening {

enum class RunStatus { Planned, Open, Closed };
QString runStatusCode(RunStatus status);
std::optional<RunStatus> runStatusFromCode(const QString &code);
QString runStatusName(RunStatus status);

/// A whole grade (klass empty) or one class of a grade.
struct RunTarget {
    int grade = 0;
    QString klass;
    bool operator==(const RunTarget &o) const { return grade == o.grade && klass == o.klass; }
    /// "初二" or "初二(3)班" (translated).
    QString name() const;
};

struct RunInstrument {
    QString code;
    QString version;  ///< the definition the run's sheets are scored with
};

struct Run {
    qint64 id = 0;
    QString name;
    QList<RunInstrument> instruments;
    QList<RunTarget> targets;
    QDate opensOn;
    QDate closesOn;
    RunStatus status = RunStatus::Planned;
    QDateTime createdAt;
    QString createdBy;
    QStringList instrumentCodes() const;
    /// "初一, 初二(3)班" (translated).
    QString targetNames() const;
};

/// A student as the run expects them (class and sex as they were when the snapshot was taken).
struct Participant {
    qint64 studentId = 0;
    QString studentNo;
    QString name;
    int grade = 0;
    QString klass;
    QString sex;  ///< "M", "F" or ""
};

/// How far a run has come: students expected, complete sheets per instrument.
struct RunProgress {
    int expected = 0;
    QMap<QString, int> taken;
};

/// A class of active students (for choosing a run's targets).
struct ClassSize {
    int grade = 0;
    QString klass;
    int students = 0;
};

class RunRepository {
public:
    explicit RunRepository(vault::Vault &vault) : m_vault(vault) {}

    /// Creates a run (status planned, or open when it opens today or earlier), keeps the
    /// definitions of its instruments in the vault and snapshots the students expected. Names are
    /// unique; at least one instrument and one target; dates in order. Audited.
    Result<qint64> create(const Run &run);
    /// Changes name and dates; instruments and targets only while no sheet has been entered
    /// (the snapshot is taken again). Audited.
    Status update(const Run &run);
    /// planned → open → closed, and closed → open to reopen. Audited.
    Status setStatus(qint64 runId, RunStatus status);
    /// Adds students who now match the targets (new arrivals) to an open run's list; never
    /// removes anyone. Returns how many were added. Audited.
    Result<int> refreshParticipants(qint64 runId);
    /// Deletes a run with every sheet, score and follow-up (room lead only). Audited.
    Status remove(qint64 runId);

    /// Newest first.
    Result<QList<Run>> list();
    Result<Run> get(qint64 runId);
    Result<Run> byName(const QString &name);

    /// The snapshot, by class then student number.
    Result<QList<Participant>> participants(qint64 runId);
    /// Participants without a complete sheet of `instrument`.
    Result<QList<Participant>> notTaken(qint64 runId, const QString &instrument);
    Result<RunProgress> progress(qint64 runId);
    /// Active students by grade and class, in order.
    Result<QList<ClassSize>> activeClasses();
    /// The definition `instrument` is scored with in this run.
    Result<Instrument> instrument(qint64 runId, const QString &code);

private:
    Status snapshot(qint64 runId, const QList<RunTarget> &targets, bool replace);
    Status validate(const Run &run, qint64 selfId);
    vault::Vault &m_vault;
};

}  // namespace cd::screening

#pragma once
// What a run shows: participation and the distribution of bands per grade and per class, the
// flagged list, a student's scores over runs, and the aggregate CSV (counts only) the CLI prints.
// One query per view, sized for a 5,000-student run (docs/benchmarks.md).

#include "common/Result.h"
#include "screening/FollowUpRepository.h"
#include "screening/RunRepository.h"
#include "screening/SheetStore.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace cd::storage {
class Database;
}

namespace cd::screening {

/// One bar of the chart: a grade (klass empty) or a class.
struct GroupCounts {
    int grade = 0;
    QString klass;
    int expected = 0;       ///< on the run's list
    int taken = 0;          ///< complete sheets
    int invalid = 0;
    QVector<int> perBand;   ///< valid sheets in each band of the definition
    int flagged = 0;        ///< sheets that need follow-up
    QString name() const;   ///< "初二" / "初二(3)班"
};

struct RunSummary {
    Instrument instrument;  ///< the definition the run uses
    GroupCounts all;        ///< the whole run
    QList<GroupCounts> byGrade;
    QList<GroupCounts> byClass;
    int followUpsOpen = 0;
    int followUpsConfirmed = 0;
    int followUpsCleared = 0;
};

Result<RunSummary> summarize(vault::Vault &vault, qint64 runId, const QString &instrument);

struct FlaggedSheet {
    Participant student;
    QString instrument;
    StoredScore score;
    std::optional<FollowUp> followUp;
};

/// Every sheet of the run that needs follow-up, most serious first (critical items, then invalid
/// sheets, then by total, highest first).
Result<QList<FlaggedSheet>> flaggedSheets(vault::Vault &vault, qint64 runId);

struct TrendPoint {
    qint64 runId = 0;
    QString runName;
    QDate on;  ///< the run's opening date
    QString instrument;
    StoredScore score;
};

/// A student's current scores in every run, oldest run first.
Result<QList<TrendPoint>> studentTrend(vault::Vault &vault, qint64 studentId);

/// The run's counts as CSV (UTF-8, with header), one row per published count: instrument,
/// version, group (run, grade, class), grade, class, measure (expected, taken, not_taken, invalid,
/// needs_follow_up, not_flagged, band), band number and label, count. Counts only: no name, no
/// student number. Disclosure control with the district export's engine (core/disclosure): every
/// count from 1 to `k` − 1, every band or follow-up count within `k` − 1 of its group's total, and
/// whatever would let them be worked out from the other rows is withheld, shown as `*`; the audit
/// proves each withheld count's derivable range at least `k` wide. `k` from 2.
Result<QByteArray> resultsCsv(vault::Vault &vault, qint64 runId, int k = 5);

/// Who has not taken `instrument` in the run yet, as CSV (UTF-8 with a byte-order mark, so that
/// Excel and WPS read the names): a header in the interface's language, then class, student
/// number and name, one row per student in class order; every cell neutralised (io::csvCell).
Result<QByteArray> notTakenCsv(vault::Vault &vault, qint64 runId, const QString &instrument);

}  // namespace cd::screening

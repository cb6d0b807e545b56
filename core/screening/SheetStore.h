#pragma once
// Answer sheets of a run and their scores. A sheet holds one student's answers to one instrument
// (one row per answer); a complete sheet is scored at once with the run's definition and the
// score row records that version. Rescoring with a corrected definition adds new score rows and
// keeps the old ones. A sheet that needs follow-up (critical item, over a cut-off, invalid) opens
// the student's follow-up for the run if none is open.

#include "common/Result.h"
#include "screening/ScreeningAudit.h"
#include "screening/RunRepository.h"
#include "screening/Scoring.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace cd::screening {

enum class SheetSource { Import, Kiosk, Grid };
QString sheetSourceCode(SheetSource source);

/// Answers by item position (the definition's order); kUnanswered (-1) = unanswered (answer
/// values are never negative, see docs/instrument-format.md). Cheaper than `Answers` for
/// thousands of sheets.
using AnswerRow = std::vector<int>;
inline constexpr int kUnanswered = -1;
Answers toAnswers(const Instrument &instrument, const AnswerRow &row);

/// Why a sheet needs a counselor's look (stored as codes, shown translated).
enum class FlagKind { Critical, CutOff, Invalid };
QString flagKindName(FlagKind kind);

struct StoredScore {
    qint64 sheetId = 0;
    QString version;
    bool valid = true;
    double total = 0;
    int band = -1;
    std::optional<double> tScore;
    bool followUp = false;
    QList<FlagKind> flags;
    QList<ScaleScore> subscales;  ///< value and flag of each subscale, in the definition's order
    QStringList criticalItems;   ///< ids of the critical items answered above their rule
    QStringList invalidCodes;    ///< see SheetScore::invalidCodes
    QDateTime scoredAt;
    QString scoredBy;
};

/// A complete sheet as stored: its answers and its current score.
struct StoredSheet {
    AnswerRow answers;
    std::optional<StoredScore> score;
};

struct SheetInput {
    qint64 studentId = 0;
    AnswerRow answers;
    std::optional<int> seconds;
};

class SheetStore {
public:
    SheetStore(vault::Vault &vault, qint64 runId);

    /// Saves complete sheets of `instrument` (replacing earlier ones of the same students),
    /// scores them and opens follow-ups, in one transaction. The run must be open and every
    /// student on its list. One audit row for the batch (counts only). Returns the sheet ids.
    Result<QList<qint64>> saveSheets(const QString &instrument, const QList<SheetInput> &sheets, SheetSource source);
    Result<qint64> saveSheet(const QString &instrument, const SheetInput &sheet, SheetSource source)
    {
        auto ids = saveSheets(instrument, {sheet}, source);
        if (!ids) return ids.error();
        return ids->first();
    }

    /// Kiosk: one answer saved at once (the sheet stays incomplete until finishSheet()).
    Status saveAnswer(qint64 studentId, const QString &instrument, int itemIndex, int value);
    /// Kiosk: the answers saved so far for a student (to resume), or an empty optional.
    Result<std::optional<AnswerRow>> partialAnswers(qint64 studentId, const QString &instrument);
    /// Kiosk: marks the sheet complete with its time and scores it.
    Status finishSheet(qint64 studentId, const QString &instrument, std::optional<int> seconds);

    /// A sheet's answers (by item position) or an empty optional when there is none.
    Result<std::optional<AnswerRow>> answers(qint64 studentId, const QString &instrument);
    /// The current score of a student's sheet, if complete.
    Result<std::optional<StoredScore>> score(qint64 studentId, const QString &instrument);
    /// Every complete sheet of `instrument` in the run, by student: two queries whatever the size
    /// of the run (the grid of a whole grade).
    Result<QHash<qint64, StoredSheet>> completeSheets(const QString &instrument);
    /// Every score the sheet has had, newest first (rescoring keeps history).
    Result<QList<StoredScore>> scoreHistory(qint64 studentId, const QString &instrument);

    /// Rescores every complete sheet of `instrument` with `version` (kept in the vault) and makes
    /// it the run's definition. Old scores are kept, marked not current. Audited. Returns the
    /// number of sheets rescored.
    Result<int> rescore(const QString &instrument, const QString &version);

private:
    vault::Vault &m_vault;
    qint64 m_runId;
};

}  // namespace cd::screening

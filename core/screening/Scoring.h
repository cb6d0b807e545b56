#pragma once
// Scores one answer sheet against an instrument: deterministic, and never silent about a sheet
// it cannot trust. Reverse items are turned around, scales summed or averaged (a sum with missing
// answers, within the allowed number, is prorated to the full length and rounded half up), the
// total placed in its band. Invalid sheets (too many missing answers, every answer the same, too
// fast, a lie score at the threshold) are marked with the reasons and get no total band. Critical
// items are checked on every sheet, valid or not.

#include "screening/Instrument.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::screening {

/// Item id -> the chosen option's value; a missing item is an unanswered one.
using Answers = QMap<QString, int>;

struct ScaleScore {
    QString code;
    double value = 0;
    bool flagged = false;
};

struct CriticalHit {
    QString item;
    QString reason;  ///< localized
};

struct SheetScore {
    QString instrument;
    QString version;
    bool valid = true;
    QStringList invalidReasons;  ///< translated, one sentence each
    /// The same reasons as codes, for storage: "options", "missing", "same", "fast", "lie".
    QStringList invalidCodes;
    int answered = 0;
    int missing = 0;
    double total = 0;
    int band = -1;  ///< index into Instrument::bands, -1 when invalid or outside every band
    bool totalFlagged = false;
    QList<ScaleScore> subscales;
    QList<CriticalHit> critical;
    /// Needs a counselor's follow-up: a critical item, a flagged total, band or subscale, or an
    /// invalid sheet (which must be looked at, not ignored).
    bool needsFollowUp() const;
};

/// A stored invalid-reason code ("missing", "same", "fast", "lie", "options") in a few words,
/// translated (the full sentences are SheetScore::invalidReasons).
QString invalidReasonName(const QString &code);

/// `seconds`: how long the sheet took, when known (for the too-fast rule). Answers with a value
/// outside the instrument's options are ignored and reported as invalid.
SheetScore scoreSheet(const Instrument &instrument, const Answers &answers, std::optional<int> seconds = {});

}  // namespace cd::screening

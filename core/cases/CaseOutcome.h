#pragma once
// How a case ended, chosen from a fixed list when it is closed, with an optional note. Kept in the
// case's existing free-text `outcome` column as a first line "outcome:<code>", the note below it;
// a case closed before the list existed keeps its free text and reads as a note without a code.

#include <QList>
#include <QString>

#include <optional>

namespace cd::cases {

enum class CaseOutcome { GoalsMet, Referred, LeftSchool, Declined, Other };
inline constexpr CaseOutcome kCaseOutcomes[] = {CaseOutcome::GoalsMet, CaseOutcome::Referred,
                                                CaseOutcome::LeftSchool, CaseOutcome::Declined, CaseOutcome::Other};

QString outcomeCode(CaseOutcome outcome);
std::optional<CaseOutcome> outcomeFromCode(const QString &code);
/// Translated, e.g. "Goals met or improved".
QString outcomeName(CaseOutcome outcome);

/// The stored text of an outcome and its note.
QString encodeOutcome(CaseOutcome outcome, const QString &note);

struct StoredOutcome {
    std::optional<CaseOutcome> outcome;  ///< empty for an old free-text outcome
    QString note;
};
/// Reads the column: a coded outcome, or an older free-text one as its note.
StoredOutcome decodeOutcome(const QString &stored);

}  // namespace cd::cases

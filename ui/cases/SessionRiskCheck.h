#pragma once
// A session's risk rating and the student's watch-list level must not silently disagree: when a
// session is saved with a rating other than the student's level (higher, lower, or the student is
// not on the list), the counselor chooses: move the watch list to the session's level, keep it as
// it is, or go back to the session. Levels are named in the lead's words.

#include "core/common/Result.h"
#include "core/students/WatchList.h"

#include <QDate>
#include <QString>

#include <optional>

class QWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

struct WatchDecision {
    bool goBack = false;                          ///< the counselor wants to edit the session again
    std::optional<students::RiskLevel> moveTo;    ///< set the watch list to this level with the session
};

/// Asks (through MessageBoxes::choose) when `sessionRisk` (a risk code; empty: no concern noted)
/// differs from the student's watch-list level; no question when they agree or nothing was rated.
WatchDecision askAboutWatchList(vault::Vault &vault, qint64 studentId, const QString &sessionRisk, QWidget *parent);

/// Moves the student's watch-list entry to `level` (audited `watch.change`), keeping the review
/// date when there is one (two weeks from `heldOn` otherwise); the reason names the session.
/// Call inside the transaction that saves the session (Vault::changeTogether).
Status moveWatchList(vault::Vault &vault, qint64 studentId, students::RiskLevel level, const QDate &heldOn);

}  // namespace cd::ui

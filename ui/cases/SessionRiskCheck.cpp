#include "ui/cases/SessionRiskCheck.h"

#include "core/common/Clock.h"
#include "core/crisis/RiskScale.h"
#include "ui/common/Dates.h"
#include "ui/common/MessageBoxes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(SessionRiskCheck)
};
constexpr int kReviewDays = 14;
}  // namespace

WatchDecision askAboutWatchList(vault::Vault &vault, qint64 studentId, const QString &sessionRisk, QWidget *parent)
{
    const auto rated = students::riskFromCode(sessionRisk);
    if (!rated) return {};
    auto entry = students::WatchList(vault).entry(studentId);
    if (!entry) return {};  // the save reports any real problem; a read error is no reason to ask
    const std::optional<students::RiskLevel> current =
        *entry ? std::optional<students::RiskLevel>((*entry)->level) : std::nullopt;
    if (current == rated) return {};
    auto loaded = crisis::RiskScale(vault).load();
    const crisis::RiskLabels labels = loaded ? *loaded : crisis::RiskLabels();
    const QString session = labels.label(*rated);
    QString text;
    QString move;
    QString keep;
    if (!current) {
        //: %1: the session's risk level in the lead's words
        text = Tr::tr("This session is rated %1, and the student is not on the watch list.").arg(session);
        move = Tr::tr("Put on the watch list at %1").arg(session);
        keep = Tr::tr("Leave off the watch list");
    } else {
        const QString listed = labels.label(*current);
        const bool higher = crisis::severity(*rated) > crisis::severity(*current);
        //: %1: the session's risk level, %2: the watch-list level, in the lead's words
        text = higher ? Tr::tr("This session is rated %1, higher than the student's watch-list level %2.")
                            .arg(session, listed)
                      : Tr::tr("This session is rated %1, lower than the student's watch-list level %2.")
                            .arg(session, listed);
        move = higher ? Tr::tr("Raise the watch list to %1").arg(session)
                      : Tr::tr("Lower the watch list to %1").arg(session);
        keep = Tr::tr("Keep the watch list at %1").arg(listed);
    }
    const int chosen = MessageBoxes::choose(parent, QMessageBox::Question, Tr::tr("Risk level"),
                                            text + u"\n\n"_s
                                                + Tr::tr("The change is saved with the session and kept in the "
                                                         "watch-list history."),
                                            {move, keep, Tr::tr("Back to the session")}, 2);
    WatchDecision decision;
    if (chosen == 0) decision.moveTo = rated;
    decision.goBack = chosen != 0 && chosen != 1;
    return decision;
}

Status moveWatchList(vault::Vault &vault, qint64 studentId, students::RiskLevel level, const QDate &heldOn)
{
    students::WatchList list(vault);
    auto entry = list.entry(studentId);
    if (!entry) return entry.error();
    const QDate review = *entry && (*entry)->nextReview.isValid() ? (*entry)->nextReview
                                                                   : (heldOn.isValid() ? heldOn : clock::today())
                                                                         .addDays(kReviewDays);
    //: the watch-list reason kept when a session moves the level; %1 the session's date
    return list.set(studentId, level, Tr::tr("Risk rated in the session of %1").arg(dates::date(heldOn)), review);
}

}  // namespace cd::ui

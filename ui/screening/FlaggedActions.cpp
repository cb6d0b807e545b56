#include "ui/screening/FlaggedActions.h"

#include "core/audit/AuditTarget.h"

#include "core/cases/CaseRepository.h"
#include "core/cases/Categories.h"
#include "ui/cases/OpenCaseDialog.h"
#include "ui/common/MessageBoxes.h"
#include "ui/screening/FollowUpDialog.h"
#include "ui/screening/InterviewDialog.h"
#include "core/crisis/RiskScale.h"
#include "ui/screening/WatchDialog.h"
#include "core/students/StudentRepository.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {
namespace flagged {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(FlaggedActions)
};


/// Shows the error of a failed step; true when it succeeded.
bool succeeded(QWidget *parent, const QString &title, const Status &status)
{
    if (status) return true;
    MessageBoxes::error(parent, title, status.error().message);
    return false;
}
}  // namespace

students::RiskLevel suggestedRisk(const screening::FlaggedSheet &sheet)
{
    return sheet.score.criticalItems.isEmpty() ? students::RiskLevel::Medium : students::RiskLevel::High;
}

QString watchReason(const FlaggedContext &context)
{
    //: The watch-list reason proposed from a screening: run name, instrument, why the sheet is flagged.
    return Tr::tr("%1, %2: %3").arg(context.run.name, context.instrumentName, context.why);
}

bool addToWatchList(QWidget *parent, const FlaggedContext &context)
{
    const QString title = Tr::tr("Add to the watch list");
    students::WatchList list(context.vault);
    auto current = list.entry(context.sheet.student.studentId);
    if (!succeeded(parent, title, current ? Status() : Status(current.error()))) return false;
    auto labels = crisis::RiskScale(context.vault).load();
    WatchDialog dialog(context.sheet.student.name, suggestedRisk(context.sheet), watchReason(context), *current,
                       labels ? *labels : crisis::RiskLabels(), parent);
    if (dialog.exec() != QDialog::Accepted) return false;
    const Status st =
        list.set(context.sheet.student.studentId, dialog.level(), dialog.reason(), dialog.nextReview());
    return succeeded(parent, title, st);
}

bool openCase(QWidget *parent, const FlaggedContext &context)
{
    const QString title = Tr::tr("Open a case");
    students::StudentRepository students(context.vault);
    auto student = students.get(context.sheet.student.studentId);
    if (!succeeded(parent, title, student ? Status() : Status(student.error()))) return false;
    auto categories = cases::concernCategories(context.vault);
    if (!succeeded(parent, title, categories ? Status() : Status(categories.error()))) return false;
    OpenCaseDialog dialog(student->birthDate, *categories, parent);
    if (dialog.exec() != QDialog::Accepted) return false;
    cases::Case c = dialog.enteredCase();
    c.studentId = student->id;
    auto id = cases::CaseRepository(context.vault).openCase(c);
    const Status st = id ? Status() : Status(id.error());
    if (!succeeded(parent, title, st)) return false;
    MessageBoxes::information(parent, title,
                              Tr::tr("A case for %1 is open. Write its sessions in the student's growth record.")
                                  .arg(context.sheet.student.name));
    return true;
}

bool scheduleInterview(QWidget *parent, const FlaggedContext &context)
{
    if (!context.sheet.followUp) return false;
    InterviewDialog dialog(context.sheet.student.name, context.sheet.followUp->interviewAt, parent);
    if (dialog.exec() != QDialog::Accepted) return false;
    screening::FollowUpRepository repo(context.vault);
    return succeeded(parent, Tr::tr("Schedule an interview"),
                     repo.scheduleInterview(context.sheet.followUp->id, dialog.interviewAt()));
}

bool closeOrReopenFollowUp(QWidget *parent, const FlaggedContext &context)
{
    if (!context.sheet.followUp) return false;
    const screening::FollowUp &followUp = *context.sheet.followUp;
    screening::FollowUpRepository repo(context.vault);
    if (followUp.status != screening::FollowUpStatus::Open) {
        const QString title = Tr::tr("Reopen the follow-up");
        if (!MessageBoxes::confirm(parent, title,
                                   Tr::tr("Reopen the follow-up of %1? It was closed as \"%2\" with the note: %3")
                                       .arg(context.sheet.student.name, screening::followUpStatusName(followUp.status),
                                            followUp.note),
                                   Tr::tr("&Reopen")))
            return false;
        return succeeded(parent, title, repo.reopen(followUp.id));
    }
    FollowUpDialog dialog(context.sheet.student.name, context.why, parent);
    if (dialog.exec() != QDialog::Accepted) return false;
    return succeeded(parent, Tr::tr("Close the follow-up"), repo.close(followUp.id, dialog.outcome(), dialog.note()));
}

}  // namespace flagged
}  // namespace ui
}  // namespace cd

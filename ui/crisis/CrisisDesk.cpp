#include "ui/crisis/CrisisDesk.h"

#include "core/common/Clock.h"
#include "core/crisis/Absences.h"
#include "core/crisis/CrisisEvents.h"
#include "core/crisis/Referrals.h"
#include "core/crisis/SafetyPlans.h"
#include "ui/common/AreaRegistry.h"
#include "ui/crisis/CrisisEntryPoints.h"
#include "ui/crisis/CrisisFormat.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(CrisisDesk)
};

constexpr int kReviewWindowDays = 7;

std::function<void(vault::Vault &, QWidget *)> openEvent(qint64 id)
{
    return [id](vault::Vault &vault, QWidget *parent) { openCrisisEvent(vault, id, parent); };
}

std::function<void(vault::Vault &, QWidget *)> openRecord(qint64 studentId)
{
    return [studentId](vault::Vault &vault, QWidget *parent) {
        AreaRegistry::instance().openStudentRecord(vault, studentId, parent);
    };
}

QList<DeskItem> overdueSteps(vault::Vault &vault)
{
    QList<DeskItem> items;
    auto overdue = crisis::CrisisEvents(vault).overdueSteps(clock::now());
    if (!overdue) return items;
    const auto students = crisisui::studentsById(vault);
    for (const crisis::OverdueStep &s : *overdue) {
        //: home page: student · class: the crisis step not done in time (its due time is in the next column)
        items.append({s.due,
                      Tr::tr("%1: %2 not recorded in time")
                          .arg(crisisui::studentLine(students, s.studentId), crisis::stepName(s.step)),
                      true, openEvent(s.eventId)});
    }
    return items;
}

QList<DeskItem> openEvents(vault::Vault &vault)
{
    QList<DeskItem> items;
    auto events = crisis::CrisisEvents(vault).openEvents();
    if (!events) return items;
    const auto students = crisisui::studentsById(vault);
    const crisis::RiskLabels labels = crisisui::loadLabels(vault);
    for (const crisis::CrisisEvent &e : *events) {
        //: home page: student · class: risk level, kind of event
        items.append({e.occurredAt,
                      Tr::tr("%1: %2, %3")
                          .arg(crisisui::studentLine(students, e.studentId), labels.label(e.level), crisis::kindName(e.kind)),
                      false, openEvent(e.id)});
    }
    return items;
}

QList<DeskItem> referralReminders(vault::Vault &vault)
{
    QList<DeskItem> items;
    auto reminders = crisis::Referrals(vault).reminders(clock::today());
    if (!reminders) return items;
    const auto students = crisisui::studentsById(vault);
    for (const crisis::ReferralReminder &r : *reminders) {
        const QString student = crisisui::studentLine(students, r.studentId);
        const QString text = r.kind == crisis::ReferralReminder::SlipOverdue
                                 ? Tr::tr("%1: the return slip of referral %2 is overdue").arg(student, r.number)
                                 : Tr::tr("%1: follow-up after referral %2").arg(student, r.number);
        const qint64 id = r.referralId;
        items.append({QDateTime(r.due, QTime(0, 0)), text, r.due < clock::today() || r.kind == crisis::ReferralReminder::SlipOverdue,
                      [id](vault::Vault &v, QWidget *parent) { openReferralDialog(v, id, parent); }});
    }
    return items;
}

QList<DeskItem> planReviews(vault::Vault &vault)
{
    QList<DeskItem> items;
    const QDate today = clock::today();
    const QDate until = today.addDays(kReviewWindowDays);
    const auto students = crisisui::studentsById(vault);
    if (auto plans = crisis::SupportPlans(vault).reviewsDue(until))
        for (const crisis::SupportPlan &p : *plans)
            items.append({QDateTime(p.reviewOn, QTime(0, 0)),
                          Tr::tr("%1: review the support plan").arg(crisisui::studentLine(students, p.studentId)),
                          p.reviewOn < today, openRecord(p.studentId)});
    if (auto plans = crisis::SafetyPlans(vault).reviewsDue(until))
        for (const crisis::SafetyPlan &p : *plans)
            items.append({QDateTime(p.reviewOn, QTime(0, 0)),
                          Tr::tr("%1: review the safety plan").arg(crisisui::studentLine(students, p.studentId)),
                          p.reviewOn < today, openRecord(p.studentId)});
    std::stable_sort(items.begin(), items.end(), [](const DeskItem &a, const DeskItem &b) { return a.due < b.due; });
    return items;
}
}  // namespace

void registerCrisisDesk(AreaRegistry &registry)
{
    registry.addDeskSection({10, [] { return Tr::tr("Crisis steps overdue"); }, overdueSteps});
    registry.addDeskSection({12, [] { return Tr::tr("Open crisis events"); }, openEvents});
    registry.addDeskSection({20, [] { return Tr::tr("Referrals: slips and follow-ups"); }, referralReminders});
    registry.addDeskSection({30, [] { return Tr::tr("Support and safety plans to review this week"); }, planReviews});
}

}  // namespace cd::ui

#include "ui/screening/ScreeningArea.h"

#include "core/common/Clock.h"
#include "core/screening/FollowUpRepository.h"
#include "core/screening/RunRepository.h"
#include "core/students/Student.h"
#include "core/students/StudentRepository.h"
#include "ui/common/AreaRegistry.h"
#include "ui/screening/ScreeningPage.h"
#include "ui/screening/StudentScreeningPanel.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ScreeningArea)
};

/// Open follow-ups of flagged students: a scheduled interview by its time, the rest oldest first.
QList<DeskItem> openFollowUps(vault::Vault &vault)
{
    QList<DeskItem> items;
    auto followUps = screening::FollowUpRepository(vault).openFollowUps();
    if (!followUps || followUps->isEmpty()) return items;
    QHash<qint64, QString> runs;
    if (auto list = screening::RunRepository(vault).list())
        for (const screening::Run &run : *list) runs.insert(run.id, run.name);
    QHash<qint64, QString> names;
    if (auto list = students::StudentRepository(vault).listAll())
        for (const students::StudentSummary &s : *list) names.insert(s.id, s.name);
    const QDateTime now = clock::now();
    for (const screening::FollowUp &f : *followUps) {
        const qint64 studentId = f.studentId;
        const bool interview = f.interviewAt.isValid();
        // Waiting follow-ups by the day they opened (the time of the scoring says nothing).
        items.append({interview ? f.interviewAt : QDateTime(f.openedAt.toLocalTime().date(), QTime(0, 0)),
                      interview ? Tr::tr("%1: interview after %2").arg(names.value(f.studentId), runs.value(f.runId))
                                : Tr::tr("%1: follow up after %2").arg(names.value(f.studentId), runs.value(f.runId)),
                      interview && f.interviewAt < now,
                      [studentId](vault::Vault &v, QWidget *parent) {
                          AreaRegistry::instance().openStudentRecord(v, studentId, parent);
                      }});
    }
    // Interviews first (by time), then the waiting follow-ups, oldest first.
    std::stable_sort(items.begin(), items.end(), [&](const DeskItem &a, const DeskItem &b) {
        return a.due < b.due;
    });
    return items;
}
}  // namespace

void registerScreeningArea(AreaRegistry &registry)
{
    registry.addPage({40, [] { return Tr::tr("Screening"); }, u"screening"_s,
                      [] { return Tr::tr("Screening runs: answers in, scores, flagged students and their follow-up"); },
                      false, [](const PageContext &c) {
                          auto *page = new ScreeningPage(c.vault, c.parent);
                          QObject::connect(page, &ScreeningPage::kioskActive, &c.shell, &ShellSignals::kioskActive);
                          QObject::connect(page, &ScreeningPage::lockRequested, &c.shell, &ShellSignals::lockRequested);
                          return page;
                      }});
    registry.addDeskSection({45, [] { return Tr::tr("Screening follow-ups"); }, openFollowUps});
    registry.addRecordTab({60, [] { return Tr::tr("Sc&reening"); },
                           [](vault::Vault &vault, const students::Student &student, QWidget *parent) -> QWidget * {
                               return new StudentScreeningPanel(vault, student.id, parent);
                           }});
}

}  // namespace cd::ui

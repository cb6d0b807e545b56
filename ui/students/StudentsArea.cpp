#include "ui/students/StudentsArea.h"

#include "core/common/Clock.h"
#include "core/crisis/RiskScale.h"
#include "core/students/WatchList.h"
#include "ui/common/AreaRegistry.h"
#include "ui/students/StudentRecordDialog.h"
#include "ui/students/StudentsPage.h"
#include "ui/students/WatchListPage.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(StudentsArea)
};

/// Watch-list reviews past their date.
QList<DeskItem> overdueReviews(vault::Vault &vault)
{
    QList<DeskItem> items;
    auto entries = students::WatchList(vault).entries();
    if (!entries) return items;
    auto labels = crisis::RiskScale(vault).load();
    const crisis::RiskLabels names = labels ? *labels : crisis::RiskLabels();
    const QDate today = clock::today();
    for (const students::WatchEntry &e : *entries) {
        if (!e.overdue(today)) continue;
        const qint64 studentId = e.studentId;
        //: home page: student (risk level): the watch-list review is overdue
        items.append({QDateTime(e.nextReview, QTime(0, 0)),
                      Tr::tr("%1 (%2): watch-list review").arg(e.name, names.label(e.level)), true,
                      [studentId](vault::Vault &v, QWidget *parent) {
                          AreaRegistry::instance().openStudentRecord(v, studentId, parent);
                      }});
    }
    std::stable_sort(items.begin(), items.end(), [](const DeskItem &a, const DeskItem &b) { return a.due < b.due; });
    return items;
}
}  // namespace

void registerStudentsArea(AreaRegistry &registry)
{
    registry.addPage({20, [] { return Tr::tr("Students"); }, u"students"_s,
                      [] { return Tr::tr("Find a student, open their growth record, import the roster"); }, false,
                      [](const PageContext &c) { return new StudentsPage(c.vault, c.parent); }});
    registry.addPage({30, [] { return Tr::tr("Watch list"); }, u"watch"_s,
                      [] { return Tr::tr("Students to keep an eye on, their risk level and next review"); }, false,
                      [](const PageContext &c) { return new WatchListPage(c.vault, c.parent); }});
    registry.addDeskSection({40, [] { return Tr::tr("Watch-list reviews overdue"); }, overdueReviews});
    registry.setStudentRecordOpener([](vault::Vault &vault, qint64 studentId, QWidget *parent) {
        StudentRecordDialog dialog(vault, studentId, parent);
        if (dialog.loaded()) dialog.exec();
    });
}

}  // namespace cd::ui

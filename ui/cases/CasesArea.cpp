#include "ui/cases/CasesArea.h"

#include "core/cases/CaseRepository.h"
#include "core/common/Clock.h"
#include "core/students/Student.h"
#include "ui/cases/CasesPanel.h"
#include "ui/cases/CategoriesDialog.h"
#include "ui/common/AreaRegistry.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(CasesArea)
};

constexpr int kAppointmentDays = 7;

/// Today's and this week's appointments (from the start of today, so a missed one shows too).
QList<DeskItem> appointments(vault::Vault &vault)
{
    QList<DeskItem> items;
    const QDateTime start(clock::today(), QTime(0, 0));
    auto list = cases::CaseRepository(vault).upcomingAppointments(start, start.addDays(kAppointmentDays));
    if (!list) return items;
    const QDateTime now = clock::now().toLocalTime();
    for (const cases::Appointment &a : *list) {
        const qint64 studentId = a.studentId;
        //: home page: an appointment with a student
        items.append({a.at, Tr::tr("Appointment with %1").arg(a.studentName), a.at < now,
                      [studentId](vault::Vault &v, QWidget *parent) {
                          AreaRegistry::instance().openStudentRecord(v, studentId, parent);
                      }});
    }
    return items;
}

/// Cases opened as emergencies whose consent is still to be recorded (oldest first).
QList<DeskItem> pendingConsents(vault::Vault &vault)
{
    QList<DeskItem> items;
    auto list = cases::CaseRepository(vault).pendingConsents();
    if (!list) return items;
    for (const cases::PendingConsent &p : *list) {
        const qint64 studentId = p.studentId;
        //: home page: a case opened as an emergency needs the guardian's consent recorded
        items.append({QDateTime(p.openedOn, QTime(0, 0)), Tr::tr("%1: record the guardian's consent").arg(p.studentName),
                      true, [studentId](vault::Vault &v, QWidget *parent) {
                          AreaRegistry::instance().openStudentRecord(v, studentId, parent);
                      }});
    }
    return items;
}
}  // namespace

void registerCasesArea(AreaRegistry &registry)
{
    registry.addRecordTab({20, [] { return Tr::tr("Cases and &sessions"); },
                           [](vault::Vault &vault, const students::Student &student, QWidget *parent) -> QWidget * {
                               // The birth date decides whether opening a case needs consent.
                               return new CasesPanel(vault, student.id, student.birthDate, parent);
                           }});
    registry.addMenuAction({MenuKind::Vault, 50, u"actionCategories"_s, [] { return Tr::tr("Concern &categories…"); },
                            [] { return Tr::tr("Add, rename, reorder or hide what a case can be about"); },
                            QKeySequence(), true, [](vault::Vault &vault, QWidget *window) {
                                CategoriesDialog dialog(vault, window);
                                dialog.exec();
                            }});
    registry.addDeskSection({15, [] { return Tr::tr("Appointments this week"); }, appointments});
    registry.addDeskSection({13, [] { return Tr::tr("Consent to record"); }, pendingConsents});
}

}  // namespace cd::ui

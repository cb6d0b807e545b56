#include "ui/screening/ScreeningArea.h"

#include "core/students/Student.h"
#include "ui/common/AreaRegistry.h"
#include "ui/screening/ScreeningPage.h"
#include "ui/screening/StudentScreeningPanel.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ScreeningArea)
};
}  // namespace

void registerScreeningArea(AreaRegistry &registry)
{
    registry.addPage({40, [] { return Tr::tr("Screening"); }, u"view-statistics"_s,
                      [] { return Tr::tr("Screening runs: answers in, scores, flagged students and their follow-up"); },
                      false, [](const PageContext &c) {
                          auto *page = new ScreeningPage(c.vault, c.parent);
                          QObject::connect(page, &ScreeningPage::kioskActive, &c.shell, &ShellSignals::kioskActive);
                          QObject::connect(page, &ScreeningPage::lockRequested, &c.shell, &ShellSignals::lockRequested);
                          return page;
                      }});
    registry.addRecordTab({60, [] { return Tr::tr("Sc&reening"); },
                           [](vault::Vault &vault, const students::Student &student, QWidget *parent) -> QWidget * {
                               return new StudentScreeningPanel(vault, student.id, parent);
                           }});
}

}  // namespace cd::ui

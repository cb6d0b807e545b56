#include "ui/students/StudentsArea.h"

#include "ui/common/AreaRegistry.h"
#include "ui/students/StudentRecordDialog.h"
#include "ui/students/StudentsPage.h"
#include "ui/students/WatchListPage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(StudentsArea)
};
}  // namespace

void registerStudentsArea(AreaRegistry &registry)
{
    registry.addPage({20, [] { return Tr::tr("Students"); }, u"x-office-address-book"_s,
                      [] { return Tr::tr("Find a student, open their growth record, import the roster"); }, false,
                      [](const PageContext &c) { return new StudentsPage(c.vault, c.parent); }});
    registry.addPage({30, [] { return Tr::tr("Watch list"); }, u"dialog-warning"_s,
                      [] { return Tr::tr("Students to keep an eye on, their risk level and next review"); }, false,
                      [](const PageContext &c) { return new WatchListPage(c.vault, c.parent); }});
    registry.setStudentRecordOpener([](vault::Vault &vault, qint64 studentId, QWidget *parent) {
        StudentRecordDialog dialog(vault, studentId, parent);
        if (dialog.loaded()) dialog.exec();
    });
}

}  // namespace cd::ui

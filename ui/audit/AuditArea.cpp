#include "ui/audit/AuditArea.h"

#include "ui/audit/AuditLogPage.h"
#include "ui/common/AreaRegistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditArea)
};
}  // namespace

void registerAuditArea(AreaRegistry &registry)
{
    registry.addPage({100, [] { return Tr::tr("Audit log"); }, u"audit"_s,
                      [] { return Tr::tr("Who did what and when, with tamper detection (room lead only)"); }, true,
                      [](const PageContext &c) { return new AuditLogPage(c.vault, c.parent); }});
}

}  // namespace cd::ui

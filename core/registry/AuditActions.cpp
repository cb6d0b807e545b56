#include "registry/AuditActions.h"

#include "backup/BackupAudit.h"
#include "cases/CasesAudit.h"
#include "crisis/CrisisAudit.h"
#include "district/DistrictAudit.h"
#include "groups/GroupsAudit.h"
#include "lessons/LessonsAudit.h"
#include "room/RoomAudit.h"
#include "screening/ScreeningAudit.h"
#include "students/StudentsAudit.h"
#include "vault/VaultAudit.h"

#include <QCoreApplication>

namespace cd::registry {

const audit::ActionTable &auditActions()
{
    static const audit::ActionTable all = []() {
        audit::ActionTable table;
        for (const audit::ActionTable *area : {&vault::auditActions(), &backup::auditActions(),
                                               &students::auditActions(), &cases::auditActions(),
                                               &screening::auditActions(), &crisis::auditActions(),
                                               &lessons::auditActions(), &groups::auditActions(), &room::auditActions(),
                                               &district::auditActions()})
            table.insert(table.end(), area->begin(), area->end());
        return table;
    }();
    return all;
}

const audit::ActionInfo *findAuditAction(const QString &code)
{
    for (const audit::ActionInfo &info : auditActions())
        if (code == QLatin1String(info.code)) return &info;
    return nullptr;
}

QString auditActionLabel(const QString &code)
{
    const audit::ActionInfo *info = findAuditAction(code);
    return info ? QCoreApplication::translate("AuditAction", info->label) : code;
}

}  // namespace cd::registry

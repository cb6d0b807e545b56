#include "audit/AuditTarget.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cd::audit {

namespace {

QString prefixOf(TargetKind kind)
{
    switch (kind) {
    case TargetKind::Student: return u"student:"_s;
    case TargetKind::Run: return u"run:"_s;
    case TargetKind::FollowUp: return u"follow_up:"_s;
    case TargetKind::Instrument: return u"instrument:"_s;
    case TargetKind::Backup: return u"backup:"_s;
    case TargetKind::Institution: return u"institution:"_s;
    case TargetKind::None:
    case TargetKind::Vault:
    case TargetKind::User:
    case TargetKind::Category: break;
    }
    return {};
}

}  // namespace

QString studentTarget(qint64 studentId) { return prefixOf(TargetKind::Student) + QString::number(studentId); }
QString runTarget(qint64 runId) { return prefixOf(TargetKind::Run) + QString::number(runId); }
QString followUpTarget(qint64 followUpId) { return prefixOf(TargetKind::FollowUp) + QString::number(followUpId); }
QString instrumentTarget(const QString &code) { return prefixOf(TargetKind::Instrument) + code; }
QString institutionTarget(qint64 institutionId)
{
    return prefixOf(TargetKind::Institution) + QString::number(institutionId);
}
QString crisisDetail(qint64 eventId) { return u"crisis:"_s + QString::number(eventId); }
QString referralDetail(const QString &number) { return u"referral:"_s + number; }
QString backupTarget(const QString &path) { return prefixOf(TargetKind::Backup) + QFileInfo(path).fileName(); }

}  // namespace cd::audit

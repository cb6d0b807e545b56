#pragma once
// What an audit row is about, as stored in its `target` column: "<kind>:<id>" for records
// ("student:63", "run:1"), a login for users, a file name for backups. Only ids are stored: the
// audit page resolves a student's name when it shows the row, so the log itself names nobody.

#include <QString>

namespace cd::audit {

enum class TargetKind { None, Vault, User, Student, Run, Instrument, FollowUp, Category, Backup, Institution };

QString studentTarget(qint64 studentId);
QString runTarget(qint64 runId);
QString followUpTarget(qint64 followUpId);
QString instrumentTarget(const QString &code);
QString institutionTarget(qint64 institutionId);
/// Details naming a crisis record beside its student target: "crisis:4", "referral:ZJ2026-003".
QString crisisDetail(qint64 eventId);
QString referralDetail(const QString &number);
/// "backup:<file name>" of a backup file's path (the folder is not recorded).
QString backupTarget(const QString &path);

}  // namespace cd::audit

#pragma once
// What an audit row is about, as stored in its `target` column: "<kind>:<id>" for records
// ("student:63", "run:1"), a login for users, a file name for backups. Only ids are stored: the
// audit page resolves a student's name when it shows the row, so the log itself names nobody.

#include <QString>

#include <optional>

namespace cd::audit {

enum class TargetKind { None, Vault, User, Student, Run, Instrument, FollowUp, Category, Backup };

QString studentTarget(qint64 studentId);
QString runTarget(qint64 runId);
QString followUpTarget(qint64 followUpId);
QString instrumentTarget(const QString &code);

/// The id in a "<kind>:<id>" target of that kind; empty when it is another kind or malformed.
std::optional<qint64> targetId(const QString &target, TargetKind kind);

}  // namespace cd::audit

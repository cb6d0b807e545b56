#pragma once
// Who and what audit rows are about, in words, for the audit page. The log stores ids only
// ("student:63", "run:1", a login): this looks the names up in the vault when rows are shown,
// in a few queries for any number of rows (one per kind of target), and keeps them in memory
// only. A subject no longer in the vault (a purged student, a deleted run) reads "(removed)".

#include "audit/AuditLog.h"
#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace cd::vault {
class Vault;
}

namespace cd::registry {

struct AuditSubject {
    QString text;       ///< "李小明 (20230101)", "2026 秋季筛查", "(removed)"; the stored target when unknown
    QString searchKey;  ///< what a search also matches: a student's pinyin and initials, a login
};

class AuditSubjects {
public:
    /// Resolves the targets and actors of `entries`.
    static Result<AuditSubjects> resolve(vault::Vault &vault, const QList<audit::Entry> &entries);

    AuditSubject subject(const audit::Entry &entry) const;
    /// The display name of the user who acted ("Wang Li (wangli)"), or the login when unknown.
    QString actor(const QString &login) const;

private:
    QHash<QString, AuditSubject> m_targets;  ///< by stored target ("student:63")
    QHash<QString, QString> m_users;         ///< login (lower case) → display name
};

}  // namespace cd::registry

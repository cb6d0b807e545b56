#pragma once
// The directory of institutions the room works with: hospital psychiatric and psychological
// departments, mental-health centres, child protection, police, civil affairs. Referrals name
// their destination from it and a crisis event logs contacts with it. An entry that is no longer
// used is retired (kept for the records that name it), never deleted.

#include "common/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace cd::vault {
class Vault;
}

namespace cd::crisis {

enum class InstitutionKind { Hospital, MentalHealthCentre, ChildProtection, Police, CivilAffairs, Hotline, Other };
QString institutionKindCode(InstitutionKind kind);
std::optional<InstitutionKind> institutionKindFromCode(const QString &code);
QString institutionKindName(InstitutionKind kind);
QList<InstitutionKind> institutionKinds();

struct Institution {
    qint64 id = 0;
    InstitutionKind kind = InstitutionKind::Hospital;
    QString name;
    QString department;
    QString address;
    QString phone;
    QString contact;
    QString note;
    bool active = true;
    /// "name department", for lists and letters.
    QString displayName() const;
};

class Directory {
public:
    explicit Directory(vault::Vault &vault) : m_vault(vault) {}
    Result<QList<Institution>> list(bool includeRetired = false);
    Result<Institution> get(qint64 id);
    /// Adds an entry (a name is required; name and department together unique). Audited.
    Result<qint64> add(const Institution &institution);
    /// Changes an entry's fields. Audited.
    Status update(const Institution &institution);
    /// Retires (false) or brings back (true) an entry. Audited.
    Status setActive(qint64 id, bool active);

private:
    vault::Vault &m_vault;
};

}  // namespace cd::crisis

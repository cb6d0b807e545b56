#include "crisis/Directory.h"

#include "crisis/CrisisAudit.h"

#include "audit/AuditTarget.h"
#include "common/CodeTable.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::crisis {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Directory)
};

const CodeTable<InstitutionKind> &kinds()
{
    static const CodeTable<InstitutionKind> table = {
        {InstitutionKind::Hospital, "hospital"},
        {InstitutionKind::MentalHealthCentre, "mental_health_centre"},
        {InstitutionKind::ChildProtection, "child_protection"},
        {InstitutionKind::Police, "police"},
        {InstitutionKind::CivilAffairs, "civil_affairs"},
        {InstitutionKind::Hotline, "hotline"},
        {InstitutionKind::Other, "other"}};
    return table;
}

constexpr char kColumns[] = "id, kind, name, department, address, phone, contact, note, active";

Institution readInstitution(const storage::Statement &s)
{
    Institution i;
    i.id = s.int64(0);
    i.kind = institutionKindFromCode(s.text(1)).value_or(InstitutionKind::Other);
    i.name = s.text(2);
    i.department = s.text(3);
    i.address = s.text(4);
    i.phone = s.text(5);
    i.contact = s.text(6);
    i.note = s.text(7);
    i.active = s.int64(8) != 0;
    return i;
}

Status checkFields(const Institution &i)
{
    if (i.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Give the institution's name."));
    if (i.name.size() > 200 || i.department.size() > 200 || i.address.size() > 400 || i.phone.size() > 100
        || i.contact.size() > 200 || i.note.size() > 2000)
        return makeError(ErrorCode::InvalidInput, Tr::tr("One of the institution's fields is too long."));
    return {};
}

/// A UNIQUE failure on (name, department) as a sentence the user can act on.
Status duplicateOr(Status st, const Institution &i)
{
    if (!st && st.error().message.contains(u"UNIQUE"_s))
        return makeError(ErrorCode::AlreadyExists,
                         Tr::tr("The directory already has \"%1\". Edit that entry instead.").arg(i.displayName()));
    return st;
}

void bindFields(storage::Statement &s, const Institution &i)
{
    s.bind(1, institutionKindCode(i.kind))
        .bind(2, i.name.trimmed())
        .bind(3, i.department.trimmed())
        .bind(4, i.address.trimmed())
        .bind(5, i.phone.trimmed())
        .bind(6, i.contact.trimmed())
        .bind(7, i.note.trimmed());
}

}  // namespace

QString institutionKindCode(InstitutionKind kind) { return kinds().code(kind); }
std::optional<InstitutionKind> institutionKindFromCode(const QString &code) { return kinds().fromCode(code); }
QList<InstitutionKind> institutionKinds() { return kinds().values(); }

QString institutionKindName(InstitutionKind kind)
{
    switch (kind) {
    //: a hospital's psychiatric or psychological department
    case InstitutionKind::Hospital: return Tr::tr("Hospital department");
    case InstitutionKind::MentalHealthCentre: return Tr::tr("Mental-health centre");
    case InstitutionKind::ChildProtection: return Tr::tr("Child protection");
    case InstitutionKind::Police: return Tr::tr("Police");
    case InstitutionKind::CivilAffairs: return Tr::tr("Civil affairs");
    case InstitutionKind::Hotline: return Tr::tr("Hotline");
    case InstitutionKind::Other: return Tr::tr("Other", "institution kind");
    }
    return {};
}

QString Institution::displayName() const
{
    return department.isEmpty() ? name : u"%1 %2"_s.arg(name, department);
}

Result<QList<Institution>> Directory::list(bool includeRetired)
{
    auto stmt = m_vault.database().prepare(u"SELECT %1 FROM institutions %2 ORDER BY kind, name, department"_s.arg(
        QLatin1String(kColumns), includeRetired ? QString() : u"WHERE active = 1"_s));
    if (!stmt) return stmt.error();
    return storage::collectRows(*stmt, readInstitution);
}

Result<Institution> Directory::get(qint64 id)
{
    auto stmt = m_vault.database().prepare(u"SELECT %1 FROM institutions WHERE id = ?"_s.arg(QLatin1String(kColumns)));
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return makeError(ErrorCode::NotFound, Tr::tr("That institution is not in the directory."));
    return readInstitution(*stmt);
}

Result<qint64> Directory::add(const Institution &institution)
{
    CD_TRY(checkFields(institution));
    qint64 id = 0;
    const Status st = m_vault.recordChange(audit::action::DirectoryChanged, [&](vault::Vault::AuditRow &row) -> Status {
        auto stmt = m_vault.database().prepare(
            u"INSERT INTO institutions (kind, name, department, address, phone, contact, note) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        if (!stmt) return stmt.error();
        bindFields(*stmt, institution);
        CD_TRY(stmt->exec());
        id = m_vault.database().lastInsertRowId();
        row.target = audit::institutionTarget(id);
        row.detail = u"add"_s;
        return {};
    });
    CD_TRY(duplicateOr(st, institution));
    return id;
}

Status Directory::update(const Institution &institution)
{
    CD_TRY(checkFields(institution));
    CD_TRY(get(institution.id));
    return duplicateOr(
        m_vault.recordChange(audit::action::DirectoryChanged, audit::institutionTarget(institution.id), u"edit"_s,
                             [&]() -> Status {
                                 auto stmt = m_vault.database().prepare(
                                     u"UPDATE institutions SET kind = ?, name = ?, department = ?, address = ?, "
                                     "phone = ?, contact = ?, note = ? WHERE id = ?"_s);
                                 if (!stmt) return stmt.error();
                                 bindFields(*stmt, institution);
                                 stmt->bind(8, institution.id);
                                 return stmt->exec();
                             }),
        institution);
}

Status Directory::setActive(qint64 id, bool active)
{
    auto current = get(id);
    if (!current) return current.error();
    if (current->active == active) return {};
    return m_vault.recordChange(audit::action::DirectoryChanged, audit::institutionTarget(id),
                                active ? u"restore"_s : u"retire"_s, [&]() -> Status {
                                    auto stmt = m_vault.database().prepare(u"UPDATE institutions SET active = ? WHERE id = ?"_s);
                                    if (!stmt) return stmt.error();
                                    stmt->bind(1, active ? 1 : 0).bind(2, id);
                                    return stmt->exec();
                                });
}

}  // namespace cd::crisis

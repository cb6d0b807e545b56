#include "vault/Types.h"

#include "common/CodeTable.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd::vault {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Vault)
};

static const CodeTable<SchoolType> &schoolTypeCodes()
{
    static const CodeTable<SchoolType> table = {
        {SchoolType::Primary, "primary"},           {SchoolType::JuniorHigh, "junior"},
        {SchoolType::SeniorHigh, "senior"},         {SchoolType::PrimaryJunior, "primary_junior"},
        {SchoolType::JuniorSenior, "junior_senior"}, {SchoolType::AllGrades, "all"},
    };
    return table;
}
}  // namespace

QString schoolTypeCode(SchoolType type) { return schoolTypeCodes().code(type); }
std::optional<SchoolType> schoolTypeFromCode(const QString &code) { return schoolTypeCodes().fromCode(code); }

QString schoolTypeName(SchoolType type)
{
    switch (type) {
    case SchoolType::Primary: return Tr::tr("Primary school");
    case SchoolType::JuniorHigh: return Tr::tr("Junior high school");
    case SchoolType::SeniorHigh: return Tr::tr("Senior high school");
    case SchoolType::PrimaryJunior: return Tr::tr("Nine-year school (primary and junior high)");
    case SchoolType::JuniorSenior: return Tr::tr("Complete secondary school (junior and senior high)");
    case SchoolType::AllGrades: return Tr::tr("Twelve-year school (all grades)");
    }
    return {};
}

static const CodeTable<Role> &roleCodes()
{
    static const CodeTable<Role> table = {{Role::Lead, "lead"}, {Role::Counselor, "counselor"}};
    return table;
}

QString roleCode(Role role) { return roleCodes().code(role); }
std::optional<Role> roleFromCode(const QString &code) { return roleCodes().fromCode(code); }

QString roleName(Role role) { return role == Role::Lead ? Tr::tr("Room lead") : Tr::tr("Counselor"); }

QString loginProblem(const QString &login)
{
    static const QRegularExpression allowed(u"^[\\p{L}\\p{N}._-]{1,32}$"_s);
    const QString trimmed = login.trimmed();
    if (trimmed.isEmpty()) return Tr::tr("Enter a user name.");
    if (!allowed.match(trimmed).hasMatch())
        return Tr::tr("A user name has 1 to 32 letters, digits, dots, dashes or underscores, and no spaces.");
    return {};
}

QString passphraseProblem(const QString &passphrase)
{
    if (passphrase.size() < kMinPassphraseLength)
        return Tr::tr("The passphrase needs at least %n characters.", nullptr, kMinPassphraseLength);
    if (passphrase.trimmed() != passphrase) return Tr::tr("The passphrase must not begin or end with a space.");
    return {};
}

}  // namespace cd::vault

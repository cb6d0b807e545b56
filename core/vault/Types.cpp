#include "vault/Types.h"
#include "vault/SchoolTypeKeys.h"

#include "common/CodeTable.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd::vault {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Vault)
};

/// The one table of a school type's codes: the vault's stored code, and the key a district
/// summary's header publishes (docs/district-package.md; never changed once published).
struct SchoolTypeKeys {
    SchoolType type;
    const char *code;
    const char *summaryKey;
};
constexpr SchoolTypeKeys kSchoolTypes[] = {
    {SchoolType::Primary, "primary", "primary"},
    {SchoolType::JuniorHigh, "junior", "junior_high"},
    {SchoolType::SeniorHigh, "senior", "senior_high"},
    {SchoolType::PrimaryJunior, "primary_junior", "nine_year"},
    {SchoolType::JuniorSenior, "junior_senior", "complete"},
    {SchoolType::AllGrades, "all", "twelve_year"},
};

const CodeTable<SchoolType> &schoolTypeCodes()
{
    static const CodeTable<SchoolType> table = [] {
        const auto &k = kSchoolTypes;
        return CodeTable<SchoolType>{{k[0].type, k[0].code}, {k[1].type, k[1].code}, {k[2].type, k[2].code},
                                     {k[3].type, k[3].code}, {k[4].type, k[4].code}, {k[5].type, k[5].code}};
    }();
    return table;
}
}  // namespace

QString schoolTypeCode(SchoolType type) { return schoolTypeCodes().code(type); }
std::optional<SchoolType> schoolTypeFromCode(const QString &code) { return schoolTypeCodes().fromCode(code); }

QString schoolTypeSummaryKey(SchoolType type)
{
    for (const SchoolTypeKeys &k : kSchoolTypes)
        if (k.type == type) return QLatin1String(k.summaryKey);
    return {};
}

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

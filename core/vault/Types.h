#pragma once
// Plain value types of the vault: the school profile, users and their roles.

#include <QDateTime>
#include <QString>

#include <optional>

namespace cd::vault {

enum class SchoolType {
    Primary,           ///< 小学
    JuniorHigh,        ///< 初中
    SeniorHigh,        ///< 高中
    PrimaryJunior,     ///< 九年一贯制
    JuniorSenior,      ///< 完全中学
    AllGrades,         ///< 十二年一贯制
};

QString schoolTypeCode(SchoolType type);
std::optional<SchoolType> schoolTypeFromCode(const QString &code);
/// Translated name, e.g. "Junior high school" / "初中".
QString schoolTypeName(SchoolType type);

enum class Role {
    Lead,       ///< room lead: manages users and keys
    Counselor,  ///< works with records
};

QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);
QString roleName(Role role);

struct SchoolProfile {
    QString name;
    SchoolType type = SchoolType::JuniorHigh;
};

struct UserInfo {
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Counselor;
    bool active = true;
    QDateTime createdAt;
};

/// Rules for logins and passphrases, shared by the wizard, the dialogs and the CLI.
QString loginProblem(const QString &login);            ///< empty when acceptable
QString passphraseProblem(const QString &passphrase);  ///< empty when acceptable
constexpr int kMinPassphraseLength = 10;

}  // namespace cd::vault

#pragma once
// What a case is about. Eight built-in concern categories ship with every vault (their names are
// translated until a room lead renames them); the room lead can add the school's own, rename,
// reorder and hide them. A hidden category is no longer offered for new cases; cases already
// filed under it keep it. Every change is audited.

#include "common/Result.h"
#include "cases/CasesAudit.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace cd::vault {
class Vault;
}

namespace cd::cases {

struct ConcernCategory {
    QString code;   ///< stable key stored in each case ("study", …, "custom_3")
    QString name;   ///< as shown: the lead's name, or the translated built-in name
    bool builtIn = false;
    bool renamed = false;  ///< a built-in with a name of the lead's choosing
    bool active = true;
};

/// The built-in codes in their shipped order (demo data and tests use them).
QStringList builtInCategoryCodes();
/// The translated name of a built-in code; the code itself for any other.
QString builtInCategoryName(const QString &code);

/// The categories in the lead's order; hidden ones only when asked for.
Result<QList<ConcernCategory>> concernCategories(vault::Vault &vault, bool includeHidden = false);
/// code -> name for every category, hidden ones included (to label existing cases).
Result<QHash<QString, QString>> categoryNames(vault::Vault &vault);

/// Changes to the list: room lead only (PermissionDenied otherwise), each one audited.
class CategoryEditor {
public:
    explicit CategoryEditor(vault::Vault &vault) : m_vault(vault) {}

    /// Adds a category at the end of the list and returns its code.
    Result<QString> add(const QString &name);
    /// Renames; for a built-in an empty name brings back the shipped (translated) name.
    Status rename(const QString &code, const QString &name);
    /// Hides or shows a category for new cases. The last visible one cannot be hidden.
    Status setActive(const QString &code, bool active);
    /// Moves a category `delta` places up (negative) or down in the list.
    Status move(const QString &code, int delta);

private:
    Result<QString> checkedName(const QString &code, const QString &name);
    /// Runs `change` with its audit row (`category.change`) in one transaction.
    Status recordChange(const QString &code, const QString &detail, const std::function<Status()> &change);
    /// One UPDATE of the category `code` (bound as ?2, `value` as ?1); NotFound when no row changed.
    Status updateOne(const QString &code, const QString &sql, const QVariant &value, const QString &detail);
    vault::Vault &m_vault;
};

}  // namespace cd::cases

#include "cases/Categories.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace cd::cases {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cases)
};

constexpr int kMaxNameLength = 40;

}  // namespace

QStringList builtInCategoryCodes()
{
    return {u"study"_s, u"peers"_s, u"family"_s, u"emotions"_s, u"self_harm"_s, u"bullying"_s, u"adolescence"_s,
            u"other"_s};
}

QString builtInCategoryName(const QString &code)
{
    if (code == u"study"_s) return Tr::tr("Learning and exam stress");
    if (code == u"peers"_s) return Tr::tr("Peer relationships");
    if (code == u"family"_s) return Tr::tr("Family");
    if (code == u"emotions"_s) return Tr::tr("Emotions");
    if (code == u"self_harm"_s) return Tr::tr("Self-harm or suicide risk");
    if (code == u"bullying"_s) return Tr::tr("Bullying");
    if (code == u"adolescence"_s) return Tr::tr("Adolescence");
    if (code == u"other"_s) return Tr::tr("Other");
    return code;
}

Result<QList<ConcernCategory>> concernCategories(vault::Vault &vault, bool includeHidden)
{
    auto stmt = vault.database().prepare(u"SELECT code, name, active FROM concern_categories "_s
                           + (includeHidden ? QString() : u"WHERE active = 1 "_s) + u"ORDER BY position, code"_s);
    if (!stmt) return stmt.error();
    const QStringList builtIns = builtInCategoryCodes();
    QList<ConcernCategory> list;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        ConcernCategory c;
        c.code = stmt->text(0);
        const QString stored = stmt->text(1);
        c.builtIn = builtIns.contains(c.code);
        c.renamed = c.builtIn && !stored.isEmpty();
        c.name = stored.isEmpty() ? builtInCategoryName(c.code) : stored;
        c.active = stmt->int64(2) != 0;
        list.append(c);
    }
    return list;
}

Result<QHash<QString, QString>> categoryNames(vault::Vault &vault)
{
    auto list = concernCategories(vault, true);
    if (!list) return list.error();
    QHash<QString, QString> names;
    for (const ConcernCategory &c : *list) names.insert(c.code, c.name);
    return names;
}

Result<QString> CategoryEditor::checkedName(const QString &code, const QString &name)
{
    const QString clean = name.simplified();
    if (clean.size() > kMaxNameLength)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A category name can have at most %n characters.", nullptr, kMaxNameLength));
    auto list = concernCategories(m_vault, true);
    if (!list) return list.error();
    for (const ConcernCategory &c : *list)
        if (c.code != code && !clean.isEmpty() && c.name.compare(clean, Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::InvalidInput, Tr::tr("There is already a category called “%1”.").arg(c.name));
    return clean;
}

Status CategoryEditor::recordChange(const QString &code, const QString &detail, const std::function<Status()> &change)
{
    return m_vault.recordChange(audit::action::CategoryChanged, u"category:"_s + code, detail, change);
}

Result<QString> CategoryEditor::add(const QString &name)
{
    CD_TRY(m_vault.requireLeadRole());
    auto clean = checkedName(QString(), name);
    if (!clean) return clean.error();
    if (clean->isEmpty()) return makeError(ErrorCode::InvalidInput, Tr::tr("Enter a name for the category."));
    storage::Database &db = m_vault.database();
    auto next = db.prepare(u"SELECT COALESCE(MAX(position), 0) + 1, COUNT(*) + 1 FROM concern_categories"_s);
    if (!next) return next.error();
    auto row = next->step();
    if (!row) return row.error();
    const qint64 position = next->int64(0);
    // A fresh code that was never used, even by a category since renamed.
    qint64 n = next->int64(1);
    QString code;
    for (;; ++n) {
        code = u"custom_%1"_s.arg(n);
        auto taken = db.prepare(u"SELECT 1 FROM concern_categories WHERE code = ?"_s);
        if (!taken) return taken.error();
        taken->bind(1, code);
        auto hit = taken->step();
        if (!hit) return hit.error();
        if (!*hit) break;
    }
    CD_TRY(recordChange(code, u"add"_s, [&]() -> Status {
        auto insert = db.prepare(u"INSERT INTO concern_categories (code, name, position) VALUES (?, ?, ?)"_s);
        if (!insert) return insert.error();
        insert->bind(1, code).bind(2, *clean).bind(3, position);
        return insert->exec();
    }));
    return code;
}

Status CategoryEditor::updateOne(const QString &code, const QString &sql, const QVariant &value, const QString &detail)
{
    storage::Database &db = m_vault.database();
    return recordChange(code, detail, [&]() -> Status {
        auto stmt = db.prepare(sql);
        if (!stmt) return stmt.error();
        stmt->bind(1, value).bind(2, code);
        CD_TRY(stmt->exec());
        if (db.changes() != 1) return makeError(ErrorCode::NotFound, Tr::tr("That category is no longer in the vault."));
        return {};
    });
}

Status CategoryEditor::rename(const QString &code, const QString &name)
{
    CD_TRY(m_vault.requireLeadRole());
    auto clean = checkedName(code, name);
    if (!clean) return clean.error();
    if (clean->isEmpty() && !builtInCategoryCodes().contains(code))
        return makeError(ErrorCode::InvalidInput, Tr::tr("Enter a name for the category."));
    return updateOne(code, u"UPDATE concern_categories SET name = ? WHERE code = ?"_s, *clean, u"rename"_s);
}

Status CategoryEditor::setActive(const QString &code, bool active)
{
    CD_TRY(m_vault.requireLeadRole());
    auto list = concernCategories(m_vault, false);
    if (!list) return list.error();
    if (!active && list->size() == 1 && list->first().code == code)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("At least one category must stay visible, or no case could be opened."));
    return updateOne(code, u"UPDATE concern_categories SET active = ? WHERE code = ?"_s, active ? 1 : 0,
                     active ? u"show"_s : u"hide"_s);
}

Status CategoryEditor::move(const QString &code, int delta)
{
    CD_TRY(m_vault.requireLeadRole());
    auto list = concernCategories(m_vault, true);
    if (!list) return list.error();
    qsizetype from = -1;
    for (qsizetype i = 0; i < list->size(); ++i)
        if (list->at(i).code == code) from = i;
    if (from < 0) return makeError(ErrorCode::NotFound, Tr::tr("That category is no longer in the vault."));
    const qsizetype to = qBound<qsizetype>(0, from + delta, list->size() - 1);
    if (to == from) return {};
    list->move(from, to);
    return recordChange(code, u"move"_s, [&]() -> Status {
        auto stmt = m_vault.database().prepare(u"UPDATE concern_categories SET position = ? WHERE code = ?"_s);
        if (!stmt) return stmt.error();
        for (qsizetype i = 0; i < list->size(); ++i) {
            stmt->reset();
            stmt->bind(1, static_cast<qint64>(i + 1)).bind(2, list->at(i).code);
            CD_TRY(stmt->exec());
        }
        return {};
    });
}

}  // namespace cd::cases

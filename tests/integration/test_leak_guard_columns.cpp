// The last guard knows every column of the vault that can hold text (core/district/
// LeakGuardSources.cpp): each is a source or is listed as deliberately not searched, with the
// reason. The columns are read from a real vault's schema (PRAGMA table_info over sqlite_master),
// so a table added by a later schema step fails here until its text columns are listed (shown with
// a table of a "newer release"). And every source is read: a distinctive text written into each
// source column is found by the guard built from the vault; a printed document (HTML) is read as
// its text.

#include "district/LeakGuard.h"

#include "registry/Schema.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/TempVault.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace cd;
using namespace cd::district;
using namespace Qt::StringLiterals;

namespace {

QStringList column0(vault::Vault &v, const QString &sql)
{
    QStringList out;
    auto stmt = v.database().prepare(sql);
    REQUIRE(stmt.ok());
    for (;;) {
        auto row = stmt->step();
        REQUIRE(row.ok());
        if (!*row) break;
        out << stmt->text(0);
    }
    return out;
}

/// "table.column" of every column of the schema that can hold text: declared TEXT (or CHAR,
/// CLOB), or declared with no type at all (a full-text index's columns).
QSet<QString> textColumns(vault::Vault &v)
{
    QSet<QString> out;
    const QStringList tables =
        column0(v, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s);
    for (const QString &table : tables) {
        auto stmt = v.database().prepare(u"PRAGMA table_info(\"%1\")"_s.arg(table));
        REQUIRE(stmt.ok());
        for (;;) {
            auto row = stmt->step();
            REQUIRE(row.ok());
            if (!*row) break;
            const QString type = stmt->text(2).toUpper();
            if (type.isEmpty() || type.contains(u"TEXT"_s) || type.contains(u"CHAR"_s) || type.contains(u"CLOB"_s))
                out << table + u'.' + stmt->text(1);
        }
    }
    return out;
}

QSet<QString> listed(bool searched)
{
    QSet<QString> out;
    for (const LeakGuard::Column &c : LeakGuard::columns()) {
        if (c.searched != searched) continue;
        out << c.table + u'.' + c.column;
        if (!searched) CHECK_FALSE(c.why.isEmpty());  // every column left out says why
    }
    return out;
}

/// The schema's text columns in neither list.
QStringList unlisted(vault::Vault &v)
{
    QStringList out = (textColumns(v) - listed(true) - listed(false)).values();
    out.sort();
    return out;
}

struct ExtraSteps {
    explicit ExtraSteps(std::vector<storage::Migration> steps) { registry::setExtraSchemaStepsForTesting(std::move(steps)); }
    ~ExtraSteps() { registry::setExtraSchemaStepsForTesting({}); }
    ExtraSteps(const ExtraSteps &) = delete;
    ExtraSteps &operator=(const ExtraSteps &) = delete;
};

/// A row in `table` whatever its constraints (checks and foreign keys off for the test's writes:
/// these tests are about what the guard reads, not about the rows' meaning), every column NOT
/// NULL without a default given a value of its type.
void insertRow(storage::Database &db, const QString &table)
{
    REQUIRE(db.exec(u"PRAGMA foreign_keys = OFF"_s).ok());
    REQUIRE(db.exec(u"PRAGMA ignore_check_constraints = ON"_s).ok());
    QStringList columns, values;
    auto info = db.prepare(u"PRAGMA table_info(\"%1\")"_s.arg(table));
    REQUIRE(info.ok());
    for (;;) {
        auto row = info->step();
        REQUIRE(row.ok());
        if (!*row) break;
        if (info->int64(3) == 0 || !info->isNull(4)) continue;  // nullable, or with a default
        const QString type = info->text(2).toUpper();
        columns << u'"' + info->text(1) + u'"';
        values << (type == u"INTEGER"_s ? u"1"_s : type == u"REAL"_s ? u"1.0"_s : type == u"BLOB"_s ? u"x'00'"_s
                                                                                              : u"'2026-03-02'"_s);
    }
    const Status inserted =
        db.exec(u"INSERT INTO \"%1\" (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), values.join(u", "_s)));
    INFO(table.toStdString() << ": " << (inserted ? QString() : inserted.error().message).toStdString());
    REQUIRE(inserted.ok());
    REQUIRE(db.exec(u"PRAGMA ignore_check_constraints = OFF"_s).ok());
    REQUIRE(db.exec(u"PRAGMA foreign_keys = ON"_s).ok());
}

}  // namespace

TEST_CASE("Last guard: every text column of the vault is a source or deliberately not searched", "[district][leakguard]")
{
    SECTION("the schema as released")
    {
        test::TempVault tv(true);
        vault::Vault &v = *tv.created();
        const QStringList missing = unlisted(v);
        INFO("text columns the last guard does not know of: " << missing.join(u", "_s).toStdString());
        CHECK(missing.isEmpty());
        // Nothing listed that the schema does not have (a renamed column would hide there).
        const QSet<QString> schema = textColumns(v);
        QStringList stale = ((listed(true) + listed(false)) - schema).values();
        stale.sort();
        INFO("listed but not in the schema: " << stale.join(u", "_s).toStdString());
        CHECK(stale.isEmpty());
        CHECK((listed(true) & listed(false)).isEmpty());  // never both
    }
    SECTION("a newer release's table with a text column fails until it is listed")
    {
        const char *step = "CREATE TABLE pet_visits (id INTEGER PRIMARY KEY, student_id INTEGER, note TEXT NOT NULL, "
                           "seen_on TEXT, weight REAL, photo BLOB, remark);";
        ExtraSteps extra({{registry::latestSchemaVersion() + 1, "students", step}});
        test::TempVault tv(true);
        CHECK(unlisted(*tv.created()) == QStringList{u"pet_visits.note"_s, u"pet_visits.remark"_s, u"pet_visits.seen_on"_s});
    }
}

TEST_CASE("Last guard: a text written into any source column is found by the guard built from the vault",
          "[district][leakguard]")
{
    test::TempVault tv(true);
    vault::Vault &v = *tv.created();
    storage::Database &db = v.database();
    QSet<QString> filled;
    const auto oneRow = [&](const QString &table) {
        if (!filled.contains(table)) insertRow(db, table);
        filled << table;
    };

    // Each source column gets a text of its own: twenty Han characters for free text and names,
    // and the forms a number, a date, a phone or initials take.
    QList<std::pair<QString, QString>> planted;  // column, what a package would print
    int n = 0;
    for (const LeakGuard::Column &c : LeakGuard::columns()) {
        if (!c.searched) continue;
        ++n;
        const QString id = c.table + u'.' + c.column;
        QString value;  // no run of it shared with another column's
        for (int i = 0; i < 20; ++i) value += QChar(char16_t(0x4e00 + (n * 1009 + i * 7919) % 20000));
        QString found = value;
        if (id == u"students.birth_date"_s) value = found = u"2011-05-17"_s;
        else if (id == u"students.student_no"_s || id == u"referrals.number"_s) value = found = u"QX%1-77"_s.arg(n);
        else if (id == u"students.name_initials"_s) value = found = u"QXZW"_s;
        else if (id == u"guardians.phone"_s) value = found = u"139 0000 7712"_s;
        else if (id == u"session_drafts.body"_s || id == u"safety_plans.content"_s)
            value = QString::fromUtf8(QJsonDocument(QJsonObject{{u"text"_s, value}}).toJson(QJsonDocument::Compact));
        oneRow(c.table);
        auto stmt = db.prepare(u"UPDATE \"%1\" SET \"%2\" = ?"_s.arg(c.table, c.column));
        REQUIRE(stmt.ok());
        stmt->bind(1, value);
        REQUIRE(stmt->exec().ok());
        planted << std::pair{id, found};
    }
    auto guard = LeakGuard::fromVault(v);
    REQUIRE(guard.ok());
    for (const auto &[column, found] : std::as_const(planted)) {
        INFO(column.toStdString());
        CHECK(guard->firstHit(u"表格：\n"_s + found + u"\n合计"_s).has_value());
    }
    CHECK(planted.size() == n);
}

TEST_CASE("Last guard: a printed document's text is searched, not its markup nor its template's headings",
          "[district][leakguard]")
{
    test::TempVault tv(true);
    vault::Vault &v = *tv.created();
    storage::Database &db = v.database();
    insertRow(db, u"printed_documents"_s);
    const QString html =
        u"<!DOCTYPE HTML><html><head><meta charset=\"utf-8\" /><style type=\"text/css\">p { font-family:'Noto Sans "
        "CJK SC'; white-space: pre-wrap; }</style></head><body style=\" font-size:10pt;\"><p>Screening results</p>"
        "<p>She says the river behind the bakery frightens her at night.</p>"
        "<p>&#27431;阳明月同学最近在家中常常哭泣，并拒绝上学。</p></body></html>"_s;
    auto stmt = db.prepare(u"UPDATE printed_documents SET body = ?"_s);
    REQUIRE(stmt.ok());
    stmt->bind(1, html);
    REQUIRE(stmt->exec().ok());

    auto guard = LeakGuard::fromVault(v);
    REQUIRE(guard.ok());
    CHECK(guard->firstHit(u"the river behind the bakery frightens her"_s) == LeakGuard::Kind::NoteText);
    CHECK(guard->firstHit(u"欧阳明月同学最近在家中常常哭泣，并拒绝上学"_s) == LeakGuard::Kind::NoteText);  // entity resolved
    // The template's heading is a title of the package's too; the markup is no one's text.
    CHECK(guard->firstHit(u"Screening results by grade and instrument"_s) == std::nullopt);
    CHECK(guard->firstHit(u"font-family:'Noto Sans CJK SC'; white-space: pre-wrap; font-size:10pt"_s) == std::nullopt);
}

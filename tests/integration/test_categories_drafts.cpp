// The room lead's concern categories and the session drafts kept in the vault, on real vaults.

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "cases/Categories.h"
#include "cases/DraftStore.h"
#include "crypto/Crypto.h"
#include "support/FileSnapshot.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTranslator>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

QStringList codes(const QList<cases::ConcernCategory> &list)
{
    QStringList out;
    for (const auto &c : list) out << c.code;
    return out;
}

QStringList names(const QList<cases::ConcernCategory> &list)
{
    QStringList out;
    for (const auto &c : list) out << c.name;
    return out;
}

}  // namespace

TEST_CASE("categories: the eight built-ins ship in order with translated names", "[cases][categories]")
{
    TempVault tv;
    auto vault = tv.open();
    const QStringList shippedCodes = {u"study"_s,    u"peers"_s,    u"family"_s,      u"emotions"_s,
                                      u"self_harm"_s, u"bullying"_s, u"adolescence"_s, u"other"_s};
    auto list = cases::concernCategories(*vault);
    REQUIRE(list.ok());
    CHECK(codes(*list) == shippedCodes);
    CHECK(names(*list) == QStringList{u"Learning and exam stress"_s, u"Peer relationships"_s, u"Family"_s,
                                      u"Emotions"_s, u"Self-harm or suicide risk"_s, u"Bullying"_s,
                                      u"Adolescence"_s, u"Other"_s});
    for (const cases::ConcernCategory &c : *list) {
        CHECK(c.builtIn);
        CHECK_FALSE(c.renamed);
        CHECK(c.active);
    }
    // In Chinese: the names as translations/counseldesk_zh_CN.ts has them.
    QTranslator chinese;
    REQUIRE(chinese.load(u":/i18n/counseldesk_zh_CN.qm"_s));
    REQUIRE(QCoreApplication::installTranslator(&chinese));
    list = cases::concernCategories(*vault);
    QCoreApplication::removeTranslator(&chinese);
    REQUIRE(list.ok());
    CHECK(names(*list) == QStringList{u"学习与考试压力"_s, u"同伴关系"_s, u"家庭"_s, u"情绪"_s, u"自伤或自杀风险"_s,
                                      u"校园欺凌"_s, u"青春期"_s, u"其他"_s});
}

TEST_CASE("categories: the lead adds, renames, reorders and hides, each change audited", "[cases][categories]")
{
    TempVault tv;
    auto vault = tv.open();
    cases::CategoryEditor editor(*vault);
    const qint64 auditBefore = vault->audit().recent(1000)->size();

    auto added = editor.add(u"  网络 使用  "_s);
    REQUIRE(added.ok());
    auto list = *cases::concernCategories(*vault);
    REQUIRE(list.size() == 9);
    CHECK(list.last().code == *added);
    CHECK(list.last().name == u"网络 使用"_s);  // spaces simplified
    CHECK_FALSE(list.last().builtIn);

    // Names are unique whatever their case; empty or too long names are refused.
    CHECK(editor.add(u"网络 使用"_s).error().code == ErrorCode::InvalidInput);
    CHECK(editor.add(u"FAMILY"_s).error().code == ErrorCode::InvalidInput);
    CHECK(editor.add(u"   "_s).error().code == ErrorCode::InvalidInput);
    CHECK(editor.add(QString(41, u'x')).error().code == ErrorCode::InvalidInput);
    CHECK(editor.rename(*added, QString()).error().code == ErrorCode::InvalidInput);
    CHECK(editor.rename(u"no-such"_s, u"Name"_s).error().code == ErrorCode::NotFound);

    // A built-in renamed, then back to its shipped name with an empty name.
    REQUIRE(editor.rename(u"study"_s, u"学业"_s).ok());
    auto renamed = cases::categoryNames(*vault);
    CHECK(renamed->value(u"study"_s) == u"学业"_s);
    REQUIRE(editor.rename(u"study"_s, QString()).ok());
    CHECK(cases::categoryNames(*vault)->value(u"study"_s) == u"Learning and exam stress"_s);

    // Moves clamp at the ends.
    REQUIRE(editor.move(*added, -3).ok());
    list = *cases::concernCategories(*vault);
    CHECK(list.at(5).code == *added);
    REQUIRE(editor.move(*added, -100).ok());
    CHECK(cases::concernCategories(*vault)->first().code == *added);

    REQUIRE(editor.setActive(u"adolescence"_s, false).ok());
    CHECK_FALSE(codes(*cases::concernCategories(*vault)).contains(u"adolescence"_s));
    CHECK(codes(*cases::concernCategories(*vault, true)).contains(u"adolescence"_s));

    auto audit = vault->audit().recent(1000);
    int changes = 0;
    for (const auto &e : *audit) changes += e.action == QLatin1String(audit::action::CategoryChanged);
    CHECK(changes == 6);  // add, rename, rename, move, move, hide
    CHECK(audit->size() > auditBefore);
}

TEST_CASE("categories: a hidden category is not offered for new cases, old cases keep it", "[cases][categories]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 student = addTestStudent(*vault, u"G1"_s, u"周同学"_s, QDate::currentDate().addYears(-15));
    const qint64 before = addTestCase(*vault, student, u"bullying"_s);
    cases::CategoryEditor editor(*vault);
    REQUIRE(editor.setActive(u"bullying"_s, false).ok());

    cases::CaseRepository repo(*vault);
    cases::Case c;
    c.studentId = student;
    c.category = u"bullying"_s;
    c.openedBy = kLeadLogin;
    CHECK(repo.openCase(c).error().code == ErrorCode::InvalidInput);
    CHECK(repo.getCase(before)->category == u"bullying"_s);
    CHECK(cases::categoryNames(*vault)->value(u"bullying"_s) == u"Bullying"_s);

    auto custom = editor.add(u"Internet use"_s);
    REQUIRE(custom.ok());
    c.category = *custom;
    CHECK(repo.openCase(c).ok());

    // Showing it again makes it available again.
    REQUIRE(editor.setActive(u"bullying"_s, true).ok());
    c.category = u"bullying"_s;
    CHECK(repo.openCase(c).ok());
}

TEST_CASE("categories: the last visible category cannot be hidden", "[cases][categories]")
{
    TempVault tv;
    auto vault = tv.open();
    cases::CategoryEditor editor(*vault);
    const QStringList all = cases::builtInCategoryCodes();
    for (qsizetype i = 0; i + 1 < all.size(); ++i) REQUIRE(editor.setActive(all.at(i), false).ok());
    auto last = editor.setActive(all.last(), false);
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().code == ErrorCode::InvalidInput);
    CHECK(cases::concernCategories(*vault)->size() == 1);
}

TEST_CASE("categories: a counselor cannot change the list", "[cases][categories][roles]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"li"_s, {}, vault::Role::Counselor, u"li passphrase 22"_s).ok());
    }
    auto counselor = tv.open(u"li"_s, u"li passphrase 22"_s);
    cases::CategoryEditor editor(*counselor);
    CHECK(editor.add(u"Sleep"_s).error().code == ErrorCode::PermissionDenied);
    CHECK(editor.rename(u"study"_s, u"X"_s).error().code == ErrorCode::PermissionDenied);
    CHECK(editor.setActive(u"study"_s, false).error().code == ErrorCode::PermissionDenied);
    CHECK(editor.move(u"study"_s, 1).error().code == ErrorCode::PermissionDenied);
    CHECK(cases::concernCategories(*counselor)->size() == 8);
}

TEST_CASE("drafts: kept per case, session and author, the private part sealed for its author", "[cases][drafts]")
{
    TempVault tv;
    const QString marker = u"DRAFT-PRIVATE-MARKER-5be1"_s;
    qint64 caseId = 0;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"wang"_s, {}, vault::Role::Counselor, u"wang passphrase 1"_s).ok());
        const qint64 student = addTestStudent(*vault, u"D1"_s, u"吴同学"_s, QDate::currentDate().addYears(-16));
        caseId = addTestCase(*vault, student);
        cases::DraftStore drafts(*vault);
        cases::Session s;
        s.caseId = caseId;
        s.heldOn = QDate(2026, 11, 20);
        s.minutes = 35;
        s.kind = cases::SessionKind::Guardian;
        s.presenting = u"说睡不好"_s;
        s.risk = u"medium"_s;
        s.nextAppointment = QDateTime(QDate(2026, 12, 1), QTime(14, 30));
        s.author = kLeadLogin;
        CHECK(*drafts.hasNewSessionDraft(caseId) == false);
        REQUIRE(drafts.save(s, marker).ok());
        CHECK(*drafts.hasNewSessionDraft(caseId));

        auto back = drafts.load(caseId, 0);
        REQUIRE(back.ok());
        REQUIRE(back->has_value());
        const cases::Session &d = (*back)->session;
        CHECK(d.heldOn == s.heldOn);
        CHECK(d.minutes == 35);
        CHECK(d.kind == cases::SessionKind::Guardian);
        CHECK(d.presenting == s.presenting);
        CHECK(d.risk == u"medium"_s);
        CHECK(d.nextAppointment == s.nextAppointment);
        REQUIRE((*back)->privateNote.has_value());
        CHECK(*(*back)->privateNote == marker);
        CHECK((*back)->savedAt.isValid());

        // Saving again replaces it: still one draft.
        s.presenting = u"说睡不好，也吃不下"_s;
        REQUIRE(drafts.save(s, marker).ok());
        CHECK(vault->database().scalar(u"SELECT count(*) FROM session_drafts"_s)->toInt() == 1);
        // A draft of another session is a different draft.
        CHECK_FALSE(drafts.load(caseId, 99)->has_value());
    }
    {
        auto other = tv.open(u"wang"_s, u"wang passphrase 1"_s);
        cases::DraftStore drafts(*other);
        CHECK_FALSE(*drafts.hasNewSessionDraft(caseId));
        CHECK_FALSE(drafts.load(caseId, 0)->has_value());
        // The store reads only the signed-in user's own drafts; the sealed private part of the
        // author's draft does not open with this user's key.
        auto stmt = other->database().prepare(u"SELECT private_sealed, author_id FROM session_drafts"_s);
        REQUIRE(*stmt->step());
        const QByteArray associated = "cddraft1|" + QByteArray::number(caseId) + "|0|" + QByteArray::number(stmt->int64(1));
        REQUIRE_FALSE(stmt->blob(0).isEmpty());
        CHECK_FALSE(crypto::open(other->userKey(), stmt->blob(0), associated).has_value());
    }
    CHECK(filesContaining(tv.root(), marker).isEmpty());
    auto vault = tv.open();
    cases::DraftStore drafts(*vault);
    REQUIRE(drafts.discard(caseId, 0).ok());
    CHECK_FALSE(drafts.load(caseId, 0)->has_value());
}

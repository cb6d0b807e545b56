// Issue 11, findings 6 to 8, as a hostile colleague (or bad luck) would meet them: a slot file
// gone before `init`, the search index read with the database key, the files' modes, an emptied
// database file.

#include "cases/CaseRepository.h"
#include "students/SchoolYear.h"
#include "support/CliRun.h"
#include "support/DatabasePages.h"
#include "support/FtsSegments.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

#include <sys/stat.h>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

mode_t modeOf(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return st.st_mode & 0777;
}

/// What an attacker with the key finds of `word`: a term in the index's segments, or its bytes
/// anywhere in the decrypted pages (free space and deleted cells included).
struct Trace {
    bool inSegments = false;
    bool inPages = false;
};
Trace traceOf(const QString &dir, const crypto::SecureBuffer &key, const QString &word)
{
    const QString db = vault::VaultPaths::database(dir);
    return {ftsSegmentTerms(db, key, u"session_text"_s).contains(word), pagesContain(decryptedPages(db, key), word)};
}

vault::CreateOptions leadOptions()
{
    vault::CreateOptions options;
    options.school = {u"Synthetic Test School"_s, vault::SchoolType::JuniorHigh};
    options.leadLogin = kLeadLogin;
    options.passphrase = kLeadPassphrase;
    options.kdf = crypto::KdfStrength::Minimal;
    return options;
}

}  // namespace

TEST_CASE("insider: init never deletes a database whose slot file is missing, it moves it aside and says where",
          "[insider][init]")
{
    TempVault tv;
    const QByteArray database = readAll(vault::VaultPaths::database(tv.dir()));
    REQUIRE(QFile::remove(vault::VaultPaths::keySlots(tv.dir())));

    auto created = vault::Vault::create(tv.dir(), leadOptions());
    REQUIRE(created.ok());
    const QString aside = created->setAsideDatabase;
    REQUIRE_FALSE(aside.isEmpty());
    CHECK(QFileInfo(aside).fileName().startsWith(u"vault.db.set-aside-"_s));
    CHECK(QFileInfo(aside).absolutePath() == QFileInfo(tv.dir()).absoluteFilePath());
    CHECK(readAll(aside) == database);  // byte for byte
    created->vault->close();

    // The CLI says where, too.
    REQUIRE(QFile::remove(vault::VaultPaths::keySlots(tv.dir())));
    const CliRun run = runCliAsLead({u"init"_s, tv.dir(), u"--school"_s, u"Synthetic Test School"_s,
                                     u"--kdf"_s, u"minimal"_s});
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList asideNow = QDir(tv.dir()).entryList({u"vault.db.set-aside-*"_s}, QDir::Files);
    CHECK(asideNow.size() == 2);
    bool named = false;
    for (const QString &name : asideNow) named |= run.out.contains(QDir::toNativeSeparators(QDir(tv.dir()).filePath(name)));
    CHECK(named);
}

TEST_CASE("insider: an edited note's old words leave the search index, its segments and its pages",
          "[insider][fts]")
{
    const QString oldWord = u"qzoldwordxv"_s;
    const QString newWord = u"qznewwordxv"_s;
    TempVault tv;
    auto vault = tv.open();
    cases::CaseRepository cases(*vault);
    cases::Session s;
    s.caseId = addTestCase(*vault, addTestStudent(*vault, u"F1"_s, u"学生"_s + u"F1"_s, QDate(2011, 3, 4), 9));
    s.heldOn = QDate(2026, 2, 1);
    s.observations = u"talked about "_s + oldWord;
    s.author = kLeadLogin;
    auto id = cases.saveSession(s);
    REQUIRE(id.ok());
    s.id = *id;
    // Another note, so the index is more than the one document.
    cases::Session other = s;
    other.id = 0;
    other.observations = u"another note entirely"_s;
    REQUIRE(cases.saveSession(other).ok());
    REQUIRE(traceOf(tv.dir(), vault->databaseKey(), oldWord).inSegments);  // the decoder sees terms

    s.observations = u"talked about "_s + newWord;
    REQUIRE(cases.saveSession(s).ok());
    CHECK(cases.searchNotes(oldWord)->isEmpty());
    const Trace old = traceOf(tv.dir(), vault->databaseKey(), oldWord);
    CHECK_FALSE(old.inSegments);
    CHECK_FALSE(old.inPages);
    CHECK(traceOf(tv.dir(), vault->databaseKey(), newWord).inSegments);
}

TEST_CASE("insider: a purged student's note leaves no term in the index's segments", "[insider][fts][purge]")
{
    const QString word = u"qzpurgedwordxv"_s;
    TempVault tv;
    auto vault = tv.open();
    cases::CaseRepository cases(*vault);
    const qint64 leaving = addTestStudent(*vault, u"G1"_s, u"学生"_s + u"G1"_s, QDate(2006, 3, 4), 9);
    cases::Session s;
    s.caseId = addTestCase(*vault, leaving);
    s.heldOn = QDate(2020, 2, 1);
    s.observations = u"first version"_s;
    s.author = kLeadLogin;
    auto id = cases.saveSession(s);
    REQUIRE(id.ok());
    s.id = *id;
    s.observations = u"talked about "_s + word;  // an edit, then the purge
    REQUIRE(cases.saveSession(s).ok());
    s.id = 0;
    s.caseId = addTestCase(*vault, addTestStudent(*vault, u"G2"_s, u"学生"_s + u"G2"_s, QDate(2007, 3, 4), 8));
    s.observations = u"a note that stays"_s;
    REQUIRE(cases.saveSession(s).ok());
    REQUIRE(students::transferOut(*vault, leaving, QDate::currentDate().addYears(-5)).ok());
    REQUIRE(students::purgeStudents(*vault, {leaving}).ok());
    const Trace trace = traceOf(tv.dir(), vault->databaseKey(), word);
    CHECK_FALSE(trace.inSegments);
    CHECK_FALSE(trace.inPages);
    CHECK(ftsSegmentTerms(vault::VaultPaths::database(tv.dir()), vault->databaseKey(), u"session_text"_s)
              .contains(u"stays"_s));
}

TEST_CASE("insider: the vault's database is 0600 from its creation, and made so again at open", "[insider][files]")
{
    TempVault tv;
    const QString db = vault::VaultPaths::database(tv.dir());
    CHECK(modeOf(db) == 0600);
    CHECK(modeOf(vault::VaultPaths::keySlots(tv.dir())) == 0600);
    CHECK(modeOf(tv.dir()) == 0700);
    REQUIRE(::chmod(QFile::encodeName(db).constData(), 0644) == 0);  // as vaults made before were
    {
        auto vault = tv.open();
        CHECK(modeOf(db) == 0600);
    }
    CHECK(modeOf(db) == 0600);
}

TEST_CASE("insider: an empty or foreign vault.db is a damaged vault (exit 4), not a missing table",
          "[insider][damage]")
{
    TempVault tv;
    const QString db = vault::VaultPaths::database(tv.dir());
    const QByteArray content = GENERATE(QByteArray(), QByteArray(8192, 'x'));
    {
        QFile f(db);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(f.write(content) == content.size());
    }
    CHECK(tryOpen(tv.dir(), kLeadLogin, kLeadPassphrase).error == ErrorCode::Damaged);
    CHECK(readAll(db) == content);  // still as it was
    const CliRun check = runCliAsLead({u"check"_s, tv.dir()});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 4);
}

namespace {

/// Where `needle` occurs in this process's readable and writable memory (heap, stacks,
/// anonymous and data mappings), as someone reading the process's memory would find it.
QList<const char *> memoryHits(const crypto::SecureBuffer &needle)
{
    QFile maps(u"/proc/self/maps"_s);
    REQUIRE(maps.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = maps.readAll().split('\n');
    const auto *first = reinterpret_cast<const char *>(needle.data());
    const auto length = static_cast<qsizetype>(needle.size());
    QList<const char *> hits;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2 || !fields.at(1).startsWith("rw")) continue;
        if (fields.size() > 5 && fields.at(5).startsWith("[v")) continue;  // [vvar], [vsyscall]
        const QList<QByteArray> range = fields.at(0).split('-');
        const auto *begin = reinterpret_cast<const char *>(range.at(0).toULongLong(nullptr, 16));
        const auto *end = reinterpret_cast<const char *>(range.at(1).toULongLong(nullptr, 16));
        for (const char *at = begin; at + length <= end;) {
            const auto *found = static_cast<const char *>(::memmem(at, static_cast<size_t>(end - at), first,
                                                                   static_cast<size_t>(length)));
            if (!found) break;
            if (found != first) hits.append(found);
            at = found + 1;
        }
    }
    return hits;
}

}  // namespace

TEST_CASE("insider: while a vault is unlocked, the database key is not in the heap as the key statement's text",
          "[insider][memory]")
{
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps shadow memory and quarantined blocks in this process's mappings:
    // reading every writable page faults in its shadow gap, and freed blocks are not reused the
    // same way. The release build runs this test.
    SUCCEED("not run under AddressSanitizer");
    return;
#endif
    TempVault tv;
    auto vault = tv.open();
    // The tail of the key's hex followed by the closing quote: what a "PRAGMA key = \"x'…'\""
    // statement leaves in SQLite's heap (its SQL text and the parsed value, freed unwiped; the
    // head of a freed block is overwritten by the allocator, so only the tail is looked for).
    // SQLCipher's own key spec is followed by the salt's hex, not a quote.
    static const char hexDigits[] = "0123456789abcdef";
    crypto::SecureBuffer needle(33);
    const crypto::SecureBuffer &key = vault->databaseKey();
    for (std::size_t i = 16; i < 32; ++i) {
        needle.data()[2 * (i - 16)] = static_cast<unsigned char>(hexDigits[key.data()[i] >> 4]);
        needle.data()[2 * (i - 16) + 1] = static_cast<unsigned char>(hexDigits[key.data()[i] & 0xf]);
    }
    needle.data()[32] = '\'';
    CHECK(memoryHits(needle).isEmpty());
}

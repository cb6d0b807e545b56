// Property test of the district package (issue 15, "Tests"; SECURITY.md, "Exports identify no
// one"): a few random small synthetic schools per run (seeded; the seed is printed, and
// CD_PROPERTY_SEED=N repeats a run), each a demo school of 20 to 60 students (a class of a dozen, a
// grade with one referral or crisis event) whose roster strings are made distinctive: names,
// pinyin, initials, student numbers, birth dates, guardians' names and phones, and a sentence of
// its own in every free-text column the vault has. Each is exported through the real path
// (ui::exportDistrict: summary, PDF, last guard, package written and verified), then checked by
// this test's own means, not the export's:
//  - no roster string in any byte of any file as written (and the PDF's own bytes as UTF-16 too),
//    in the workbook unzipped (`unzip -p`), nor in the PDF's text (`pdftotext`);
//  - from summary.json alone: no published count from 1 to k − 1, the published relations hold,
//    and every withheld count's range, from the file's relations with every count whole and
//    never negative, is at least k wide (an integer program of this test's own, GLPK's branch
//    and cut, support/IntegerRange).
// And a planted leak (a note copied into a table's label, a name set as the PDF's title) is
// stopped by the export's guard, with nothing written.

#include "district/LeakGuard.h"
#include "district/Package.h"
#include "district/SchoolProfiles.h"
#include "district/SemesterSummary.h"

#include "demo/DemoSchool.h"
#include "storage/Database.h"
#include "support/IntegerRange.h"
#include "support/TempVault.h"
#include "vault/Vault.h"

#include "district/DistrictExport.h"
#include "district/SummaryPdf.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSchools = 3;

/// Han characters no label, title or note of the layouts uses.
const QString kRare = u"犇猋骉麤毳淼焱垚燚赑掱惢嚞叒叕"_s;

QString rareName(QRandomGenerator &rng, int length)
{
    QString s;
    for (int i = 0; i < length; ++i) s += kRare.at(rng.bounded(kRare.size()));
    return s;
}

QString latin(QRandomGenerator &rng, int length, const char *first)
{
    QString s = QString::fromLatin1(first);
    while (s.size() < length) s += QChar(u'a' + rng.bounded(26));
    return s;
}

/// Where the test's vaults go: memory-backed /dev/shm when there is one (this test is about what
/// leaves the vault, not about its durability, and the demo school's thousand audited writes
/// each fsync), else the usual temporary folder.
QString vaultTemplate()
{
    const QString shm = u"/dev/shm"_s;
    return QFileInfo(shm).isDir() && QFileInfo(shm).isWritable() ? shm + u"/cd-property-XXXXXX"_s
                                                                 : QDir::tempPath() + u"/cd-property-XXXXXX"_s;
}

struct School {
    QTemporaryDir dir{vaultTemplate()};
    std::unique_ptr<vault::Vault> vault;
    QStringList secrets;     ///< every roster string planted, as a report might print it
    QString aNote;           ///< one of the note sentences
    QString aName;           ///< one student's name
};

void exec(storage::Database &db, const QString &sql, const QVariantList &values = {})
{
    auto stmt = db.prepare(sql);
    REQUIRE(stmt.ok());
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.typeId() == QMetaType::QString) stmt->bind(i + 1, v.toString());
        else stmt->bind(i + 1, v.toLongLong());
    }
    const Status done = stmt->exec();
    INFO(sql.toStdString() << ": " << (done ? QString() : done.error().message).toStdString());
    REQUIRE(done.ok());
}

QList<qint64> rowids(storage::Database &db, const QString &table)
{
    QList<qint64> ids;
    auto stmt = db.prepare(u"SELECT rowid FROM \"%1\""_s.arg(table));
    REQUIRE(stmt.ok());
    for (;;) {
        auto row = stmt->step();
        REQUIRE(row.ok());
        if (!*row) return ids;
        ids << stmt->int64(0);
    }
}

/// A demo school of `students` students, its roster strings replaced by distinctive ones.
void makeSchool(School &school, QRandomGenerator &rng, int students)
{
    static const vault::SchoolType kTypes[] = {vault::SchoolType::Primary, vault::SchoolType::JuniorHigh,
                                               vault::SchoolType::SeniorHigh, vault::SchoolType::PrimaryJunior};
    vault::CreateOptions options;
    options.school = {u"Synthetic Test School"_s, kTypes[rng.bounded(4)]};
    options.leadLogin = test::kLeadLogin;
    options.leadDisplayName = u"Lead Counselor"_s;
    options.passphrase = test::kLeadPassphrase;
    options.kdf = crypto::KdfStrength::Minimal;
    auto created = vault::Vault::create(school.dir.filePath(u"vault"_s), options);
    REQUIRE(created.ok());
    school.vault = std::move(created->vault);
    vault::Vault &v = *school.vault;
    REQUIRE(demo::populateDemo(v, rng.generate(), test::kLeadPassphrase, students).ok());

    auto profile = district::SchoolProfiles(v).load();
    REQUIRE(profile.ok());
    profile->districtCode = u"44%1"_s.arg(rng.bounded(10000000, 99999999));
    profile->studentsEnrolled = students;
    profile->counselorsFullTime = 1;
    profile->fundingYuan = 10 * students;
    REQUIRE(district::SchoolProfiles(v).save(*profile).ok());

    storage::Database &db = v.database();
    QStringList &secrets = school.secrets;
    for (const qint64 id : rowids(db, u"students"_s)) {
        const QString name = rareName(rng, 2 + rng.bounded(2));
        const QString pinyin = latin(rng, 6, "Qx") + u' ' + latin(rng, 5, "Zv");
        const QString initials = latin(rng, 4, "QX").toUpper();
        const QString number = u"ZQ%1"_s.arg(id, 5, 10, QLatin1Char('0'));
        const QDate born(2008 + rng.bounded(12), 1 + rng.bounded(12), 1 + rng.bounded(28));
        exec(db, u"UPDATE students SET name = ?, name_pinyin = ?, name_initials = ?, student_no = ?, birth_date = ? "
                 "WHERE rowid = ?"_s,
             {name, pinyin, initials, number, born.toString(Qt::ISODate), id});
        secrets << name << pinyin << initials << number << born.toString(Qt::ISODate) << born.toString(u"yyyy/MM/dd"_s)
                << born.toString(u"yyyyMMdd"_s)
                << u"%1年%2月%3日"_s.arg(born.year()).arg(born.month()).arg(born.day());
        if (school.aName.isEmpty()) school.aName = name;
    }
    for (const qint64 id : rowids(db, u"guardians"_s)) {
        const QString name = rareName(rng, 3);
        const QString phone = u"139%1"_s.arg(rng.bounded(10000000, 99999999));
        exec(db, u"UPDATE guardians SET name = ?, phone = ? WHERE rowid = ?"_s, {name, phone, id});
        secrets << name << phone;
    }
    // Every other column the vault keeps text about students in: a sentence of its own per
    // column, numbered per row (a referral's number stays unique).
    for (const district::LeakGuard::Column &c : district::LeakGuard::columns()) {
        if (!c.searched || c.table == u"students"_s || c.table == u"guardians"_s) continue;
        QString sentence;
        for (int i = 0; i < 12; ++i) sentence += QChar(char16_t(0x4e00 + rng.bounded(20000)));
        const bool json = (c.column == u"body"_s && c.table == u"session_drafts"_s)
                          || (c.column == u"content"_s && c.table == u"safety_plans"_s);
        const QString value = json ? u"'{\"text\": \"' || ? || rowid || '\"}'"_s : u"? || rowid"_s;
        exec(db, u"UPDATE \"%1\" SET \"%2\" = %3 WHERE \"%2\" <> ''"_s.arg(c.table, c.column, value), {sentence});
        secrets << sentence;
    }
    // A note to plant: the first of these plain-text note columns the demo filled (a small demo
    // school may have had no session with observations).
    static const char *const kNoteColumns[][2] = {
        {"sessions", "observations"}, {"sessions", "presenting"}, {"growth_records", "psych_status"},
        {"growth_records", "family_notes"}, {"watch_list", "reason"}, {"crisis_events", "description"},
        {"referrals", "reason"}};
    for (const auto &c : kNoteColumns) {
        auto note = db.scalar(u"SELECT \"%2\" FROM \"%1\" WHERE \"%2\" <> '' LIMIT 1"_s.arg(
            QLatin1String(c[0]), QLatin1String(c[1])));
        REQUIRE(note.ok());
        school.aNote = note->toString();
        if (!school.aNote.isEmpty()) break;
    }
}

QByteArray run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

QByteArray utf16(const QString &s, bool bigEndian)
{
    QByteArray out;
    for (const QChar c : s) {
        const char high = char(c.unicode() >> 8), low = char(c.unicode() & 0xff);
        out.append(bigEndian ? high : low).append(bigEndian ? low : high);
    }
    return out;
}

/// This test's own search: which secret, if any, is in `bytes` (UTF-8, and UTF-16 when asked).
/// In binary bytes (compressed streams, a zip) only secrets of six bytes or more: a shorter
/// string turns up in random bytes by chance.
QString findSecret(const QByteArray &bytes, const QStringList &secrets, bool binary)
{
    for (const QString &s : secrets) {
        const QByteArray u8 = s.toUtf8();
        if (binary && u8.size() < 6) continue;
        if (bytes.contains(u8)) return s;
        if (binary && s.size() >= 3 && (bytes.contains(utf16(s, true)) || bytes.contains(utf16(s, false)))) return s;
    }
    return {};
}

/// The checks of summary.json, from the file alone (docs/district-package.md, "Checking a
/// package on your own"). Returns how many counts are withheld.
int checkDisclosure(const QJsonObject &summary)
{
    const int k = summary.value(u"header"_s).toObject().value(u"k"_s).toInt();
    REQUIRE(k >= 2);
    test::PublishedCounts model;
    QHash<QString, int> var;  // count id → the model's variable
    const auto variable = [&](const QString &id) {
        if (!var.contains(id)) {
            var.insert(id, static_cast<int>(model.value.size()));
            model.value << 0;
            model.withheld << true;  // hidden until a published cell says otherwise
        }
        return var.value(id);
    };
    QSet<int> withheld;
    int published = 0;
    for (const QJsonValue &t : summary.value(u"tables"_s).toArray())
        for (const QJsonValue &r : t.toObject().value(u"rows"_s).toArray())
            for (const QJsonValue &c : r.toObject().value(u"cells"_s).toArray()) {
                const QJsonObject cell = c.toObject();
                if (!cell.contains(u"id"_s)) continue;  // a count: the only cells with an id
                const int x = variable(cell.value(u"id"_s).toString());
                if (cell.value(u"withheld"_s).toBool()) {
                    REQUIRE_FALSE(cell.contains(u"value"_s));
                    withheld << x;
                    continue;
                }
                const double value = cell.value(u"value"_s).toDouble(-1);
                REQUIRE(value >= 0);
                CHECK_FALSE((value >= 1 && value <= k - 1));  // no small count published
                model.value[x] = static_cast<qint64>(value);
                model.withheld[x] = false;
                ++published;
            }
    for (const QJsonValue &id : summary.value(u"hidden_counts"_s).toArray()) variable(id.toString());
    for (const QJsonValue &r : summary.value(u"relations"_s).toArray()) {
        const QJsonObject relation = r.toObject();
        test::KnownSum sum;
        sum.total = variable(relation.value(u"total"_s).toString());
        for (const QJsonValue &p : relation.value(u"parts"_s).toArray()) sum.parts << variable(p.toString());
        model.sums << sum;
        // A relation of published cells holds.
        bool all = !model.withheld.at(sum.total);
        qint64 parts = 0;
        for (const int p : sum.parts) {
            all = all && !model.withheld.at(p);
            parts += model.value.at(p);
        }
        if (all) CHECK(parts == model.value.at(sum.total));
    }
    CHECK(published > 0);
    for (const int x : std::as_const(withheld)) {
        const auto [low, high] = test::integerRange(model, x);
        INFO("withheld count " << var.key(x).toStdString() << ": " << low << " to " << high);
        CHECK(high - low >= k);
    }
    return static_cast<int>(withheld.size());
}

/// Returns how many counts summary.json withholds.
int checkPackage(const QString &path, const School &school)
{
    const QDir dir(path);
    const QStringList files = dir.entryList(QDir::Files);
    REQUIRE(files.contains(u"summary.pdf"_s));
    REQUIRE(files.contains(u"summary.json"_s));
    REQUIRE(files.contains(u"manifest.json"_s));
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const bool binary = name.endsWith(u".pdf"_s) || name.endsWith(u".xlsx"_s);
        INFO(name.toStdString());
        CHECK(findSecret(f.readAll(), school.secrets, binary).isEmpty());
    }
    const QByteArray sheets = run(u"unzip"_s, {u"-p"_s, dir.filePath(u"summary.xlsx"_s)});
    CHECK(sheets.contains("<worksheet"));
    CHECK(findSecret(sheets, school.secrets, false).isEmpty());
    const QByteArray text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, dir.filePath(u"summary.pdf"_s), u"-"_s});
    CHECK(text.size() > 200);
    CHECK(findSecret(text, school.secrets, false).isEmpty());

    QFile json(dir.filePath(u"summary.json"_s));
    REQUIRE(json.open(QIODevice::ReadOnly));
    return checkDisclosure(QJsonDocument::fromJson(json.readAll()).object());
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

}  // namespace

TEST_CASE("district package: property: random small schools export no roster string and no narrow range",
          "[district][property]")
{
    const quint32 seed = qEnvironmentVariableIsSet("CD_PROPERTY_SEED")
                             ? qEnvironmentVariable("CD_PROPERTY_SEED").toUInt()
                             : QRandomGenerator::global()->generate();
    WARN("district package property test: CD_PROPERTY_SEED=" << seed);
    QRandomGenerator rng(seed);
    int withheld = 0;
    for (int i = 0; i < kSchools; ++i) {
        School school;
        const int students = 20 + rng.bounded(41);
        const int k = rng.bounded(2) ? 5 : 10;
        const QString language = rng.bounded(2) ? u"zh_CN"_s : u"en"_s;
        INFO("school " << i << ": " << students << " students, k = " << k << ", " << language.toStdString());
        makeSchool(school, rng, students);

        QTemporaryDir drive;
        ui::ExportOptions options;
        options.k = k;
        options.language = language;
        options.parentDir = drive.path();
        auto exported = ui::exportDistrict(*school.vault, options);
        INFO((exported ? QString() : exported.error().message).toStdString());
        REQUIRE(exported.ok());
        withheld += checkPackage(exported->path, school);

        if (i > 0) continue;
        // A planted leak is stopped by the export's own guard: a note copied into a table's
        // label, a student's name set as the PDF's title.
        auto guard = district::LeakGuard::fromVault(*school.vault);
        REQUIRE(guard.ok());
        auto profile = district::SchoolProfiles(*school.vault).load();
        REQUIRE(profile.ok());
        district::SummaryOptions summaryOptions;
        summaryOptions.k = k;
        summaryOptions.language = language;
        auto summary = district::computeSummary(*school.vault, *profile, summaryOptions);
        REQUIRE(summary.ok());
        REQUIRE(!school.aNote.isEmpty());
        {
            district::Summary leaky = *summary;
            for (district::SummaryTable &t : leaky.tables)
                if (!t.rows.isEmpty()) {
                    t.rows[0].label = school.aNote;
                    break;
                }
            QTemporaryDir out;
            auto written = district::writePackage(leaky, ui::renderSummaryPdf(leaky), out.path(), *guard);
            REQUIRE_FALSE(written.ok());
            CHECK(written.error().message.contains(district::LeakGuard::kindName(district::LeakGuard::Kind::NoteText)));
            CHECK(entries(out.path()).isEmpty());
        }
        {
            district::RenderedPdf pdf = ui::renderSummaryPdf(*summary);
            QBuffer buffer(&pdf.bytes);
            pdf.bytes.clear();
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setTitle(school.aName);  // as if the title had been set from a name
            QPainter painter(&writer);
            painter.drawText(QPointF(100, 100), u"Semester summary"_s);
            painter.end();
            buffer.close();
            QTemporaryDir out;
            auto written = district::writePackage(*summary, pdf, out.path(), *guard);
            REQUIRE_FALSE(written.ok());
            CHECK(written.error().message.contains(u"summary.pdf"_s));
            CHECK(written.error().message.contains(district::LeakGuard::kindName(district::LeakGuard::Kind::Name)));
            CHECK(entries(out.path()).isEmpty());
        }
    }
    CHECK(withheld > 0);  // small schools: the ranges were checked on real withheld counts
}

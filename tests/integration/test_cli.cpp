// counseldesk-cli as a script would use it: the real binary, its output and exit codes.

#include "support/TempVault.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QString &stdinText = {}, const QString &lang = u"C.UTF-8"_s)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, lang);
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"LANGUAGE"_s, lang.startsWith(u"zh"_s) ? u"zh_CN"_s : u"en"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CD_CLI_PATH), args);
    REQUIRE(process.waitForStarted());
    process.write(stdinText.toUtf8());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

const QString kPass = u"cli passphrase 1\n"_s;

QString initVault(const QTemporaryDir &dir, QString *recovery = nullptr)
{
    const QString path = dir.filePath(u"v"_s);
    const Run run = cli({u"init"_s, path, u"--school"_s, u"CLI Test School"_s, u"--user"_s, u"lead"_s, u"--kdf"_s,
                         u"minimal"_s, u"--passphrase-stdin"_s},
                        kPass);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const auto match = QRegularExpression(u"^recovery_code\t(\\S+)$"_s, QRegularExpression::MultilineOption)
                           .match(run.out);
    REQUIRE(match.hasMatch());
    if (recovery) *recovery = match.captured(1);
    return path;
}

}  // namespace

TEST_CASE("cli: init prints the recovery code and check reports a healthy vault", "[cli]")
{
    QTemporaryDir dir;
    QString recovery;
    const QString path = initVault(dir, &recovery);
    CHECK(recovery.size() == 29);
    const Run check = cli({u"check"_s, path, u"--user"_s, u"lead"_s, u"--passphrase-stdin"_s}, kPass);
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(u"Audit chain:"_s));
    CHECK(check.out.contains(u"The vault is healthy."_s));
    CHECK(check.err.isEmpty());
}

TEST_CASE("cli: documented exit codes", "[cli]")
{
    QTemporaryDir dir;
    const QString path = initVault(dir);
    const QStringList checkArgs = {u"check"_s, path, u"--user"_s, u"lead"_s, u"--passphrase-stdin"_s};

    SECTION("2: usage errors")
    {
        CHECK(cli({}).exitCode == 2);
        CHECK(cli({u"frobnicate"_s}).exitCode == 2);
        CHECK(cli({u"check"_s, path}).exitCode == 2);                            // no --user
        CHECK(cli({u"check"_s, u"--user"_s, u"lead"_s}).exitCode == 2);          // no VAULT
        CHECK(cli({u"check"_s, path, u"--user"_s, u"lead"_s, u"--bogus"_s}).exitCode == 2);
        CHECK(cli({u"init"_s, dir.filePath(u"w"_s), u"--user"_s, u"x"_s}).exitCode == 2);  // no --school
        CHECK(cli({u"users"_s, u"rename"_s}).exitCode == 2);
        // No terminal and no --passphrase-stdin: a usage error, not a hang.
        CHECK(cli({u"check"_s, path, u"--user"_s, u"lead"_s}).exitCode == 2);
    }
    SECTION("3: wrong passphrase or unknown user, one clear line on stderr")
    {
        const Run wrong = cli(checkArgs, u"not the passphrase\n"_s);
        CHECK(wrong.exitCode == 3);
        CHECK(wrong.err.trimmed().count(u'\n') == 0);
        CHECK(wrong.err.contains(u"passphrase is not correct"_s));
        QStringList unknown = checkArgs;
        unknown[3] = u"nobody"_s;
        CHECK(cli(unknown, kPass).exitCode == 3);
    }
    SECTION("4: damaged database")
    {
        // One byte in the middle of every page after the first (the first holds the salt and
        // its damage reads as a wrong passphrase): whichever pages the check reads, one is damaged.
        QFile db(vault::VaultPaths::database(path));
        REQUIRE(db.open(QIODevice::ReadWrite));
        REQUIRE(db.size() > 8192);
        for (qint64 at = 4096 + 2000; at < db.size(); at += 4096) {
            db.seek(at);
            char c = 0;
            db.getChar(&c);
            db.seek(at);
            db.putChar(static_cast<char>(c ^ 0x42));
        }
        db.close();
        const Run damaged = cli(checkArgs, kPass);
        CHECK(damaged.exitCode == 4);
        CHECK(damaged.err.contains(u"damaged"_s));
    }
    SECTION("5: vault in use by another process")
    {
        auto held = vault::Vault::open(path, u"lead"_s, u"cli passphrase 1"_s);
        REQUIRE(held.ok());
        const Run busy = cli(checkArgs, kPass);
        CHECK(busy.exitCode == 5);
        CHECK(busy.err.contains(u"another"_s));
    }
    SECTION("--help on every verb exits 0 and documents the exit codes")
    {
        for (const QStringList &args :
             {QStringList{u"--help"_s}, QStringList{u"init"_s, u"--help"_s}, QStringList{u"check"_s, u"--help"_s},
              QStringList{u"demo"_s, u"--help"_s}, QStringList{u"users"_s, u"--help"_s},
              QStringList{u"users"_s, u"add"_s, u"--help"_s}, QStringList{u"users"_s, u"list"_s, u"--help"_s},
              QStringList{u"users"_s, u"disable"_s, u"--help"_s}, QStringList{u"users"_s, u"passwd"_s, u"--help"_s},
              QStringList{u"language"_s, u"--help"_s}}) {
            const Run help = cli(args);
            INFO(args.join(u' ').toStdString());
            CHECK(help.exitCode == 0);
            CHECK(help.out.contains(u"Exit codes"_s));
        }
    }
}

TEST_CASE("cli: a tampered audit row makes check fail and name the row", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString path = initVault(dir);
    {
        auto vault = vault::Vault::open(path, u"lead"_s, u"cli passphrase 1"_s);
        REQUIRE(vault.ok());
        REQUIRE((*vault)->database().exec(u"UPDATE audit_log SET detail = 'forged' WHERE seq = 2"_s).ok());
    }
    const Run check = cli({u"check"_s, path, u"--user"_s, u"lead"_s, u"--passphrase-stdin"_s}, kPass);
    CHECK(check.exitCode == 4);
    CHECK(check.out.contains(u"BROKEN at row 2"_s));
}

TEST_CASE("cli: users add, list, disable and passwd", "[cli][users]")
{
    QTemporaryDir dir;
    QString recovery;
    const QString path = initVault(dir, &recovery);
    const Run add = cli({u"users"_s, u"add"_s, path, u"wang"_s, u"--user"_s, u"lead"_s, u"--display-name"_s,
                         u"王老师"_s, u"--passphrase-stdin"_s},
                        kPass + u"wang passphrase 1\n"_s);
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    const Run list = cli({u"users"_s, u"list"_s, path, u"--user"_s, u"wang"_s, u"--passphrase-stdin"_s},
                         u"wang passphrase 1\n"_s);
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(u"王老师"_s));
    CHECK(list.out.contains(u"lead"_s));

    // A counselor may not add users: refused by the core.
    const Run denied = cli({u"users"_s, u"add"_s, path, u"zhao"_s, u"--user"_s, u"wang"_s, u"--passphrase-stdin"_s},
                           u"wang passphrase 1\nzhao passphrase 1\n"_s);
    CHECK(denied.exitCode == 1);
    CHECK(denied.err.contains(u"room lead"_s));

    const Run passwd = cli({u"users"_s, u"passwd"_s, path, u"--user"_s, u"wang"_s, u"--passphrase-stdin"_s},
                           u"wang passphrase 1\nwang passphrase 2\n"_s);
    CHECK(passwd.exitCode == 0);
    const Run forgot = cli({u"users"_s, u"passwd"_s, path, u"--user"_s, u"wang"_s, u"--recovery"_s,
                            u"--passphrase-stdin"_s},
                           recovery + u"\nwang passphrase 3\n"_s);
    CHECK(forgot.exitCode == 0);
    CHECK(cli({u"users"_s, u"list"_s, path, u"--user"_s, u"wang"_s, u"--passphrase-stdin"_s},
              u"wang passphrase 3\n"_s)
              .exitCode
          == 0);

    const Run disable = cli({u"users"_s, u"disable"_s, path, u"wang"_s, u"--user"_s, u"lead"_s,
                             u"--passphrase-stdin"_s},
                            kPass);
    CHECK(disable.exitCode == 0);
    CHECK(cli({u"users"_s, u"list"_s, path, u"--user"_s, u"wang"_s, u"--passphrase-stdin"_s},
              u"wang passphrase 3\n"_s)
              .exitCode
          == 3);
}

TEST_CASE("cli: demo creates a synthetic school, the same for the same seed", "[cli][demo]")
{
    QTemporaryDir dir;
    const QStringList base = {u"--kdf"_s, u"minimal"_s, u"--passphrase-stdin"_s, u"--seed"_s, u"42"_s};
    const Run a = cli(QStringList{u"demo"_s, dir.filePath(u"a"_s)} + base, u"demo passphrase\n"_s);
    const Run b = cli(QStringList{u"demo"_s, dir.filePath(u"b"_s)} + base, u"demo passphrase\n"_s);
    REQUIRE(a.exitCode == 0);
    REQUIRE(b.exitCode == 0);
    CHECK(a.out.section(u'\n', 0, 0).section(u'(', 1) == b.out.section(u'\n', 0, 0).section(u'(', 1));
    const Run list = cli({u"users"_s, u"list"_s, dir.filePath(u"a"_s), u"--user"_s, u"demo"_s, u"--passphrase-stdin"_s},
                         u"demo passphrase\n"_s);
    CHECK(list.exitCode == 0);
    CHECK(list.out.count(u'\n') == 3);
    CHECK(cli(QStringList{u"demo"_s, dir.filePath(u"a"_s)} + base, u"demo passphrase\n"_s).exitCode == 1);
}

TEST_CASE("cli: the demo school speaks the interface language, or the one --language names", "[cli][demo]")
{
    QTemporaryDir dir;
    const QStringList base = {u"--kdf"_s, u"minimal"_s, u"--passphrase-stdin"_s, u"--students"_s, u"12"_s};
    const auto schoolOf = [&](const QString &vault) {
        QFile label(QDir(vault).filePath(u"school-name.txt"_s));  // what the sign-in window shows
        REQUIRE(label.open(QIODevice::ReadOnly));
        return QString::fromUtf8(label.readAll()).trimmed();
    };
    // The language a machine without a locale, or with a Chinese one, gives the interface.
    CHECK(cli({u"language"_s}).out.trimmed() == u"en"_s);
    CHECK(cli({u"language"_s}, {}, u"zh_CN.UTF-8"_s).out.trimmed() == u"zh_CN"_s);

    // By default, the interface's language; --language chooses, whatever the locale.
    const Run english = cli(QStringList{u"demo"_s, dir.filePath(u"en"_s)} + base, u"demo passphrase\n"_s);
    REQUIRE(english.exitCode == 0);
    CHECK(schoolOf(dir.filePath(u"en"_s)).contains(u"Experimental School"_s));
    const Run chinese = cli(QStringList{u"demo"_s, dir.filePath(u"zh"_s), u"--language"_s, u"zh_CN"_s} + base,
                            u"demo passphrase\n"_s);
    INFO(chinese.err.toStdString());
    REQUIRE(chinese.exitCode == 0);
    CHECK(schoolOf(dir.filePath(u"zh"_s)).contains(u"实验学校"_s));
    CHECK(chinese.out.contains(schoolOf(dir.filePath(u"zh"_s))));
    // Its output in Chinese, every line but the one scripts read (key, tab, code) and the vault's path.
    CHECK(chinese.out.contains(u"恢复码"_s));
    for (const QString &line : chinese.out.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"recovery_code\t"_s)) continue;
        INFO(line.toStdString());
        const QString words = QString(line)
                                  .remove(QDir::toNativeSeparators(dir.filePath(u"zh"_s)))
                                  .remove(QRegularExpression(u"[0-9A-Z]{4}(-[0-9A-Z]{4})+"_s));  // the code
        CHECK_FALSE(words.contains(QRegularExpression(u"[A-Za-z]{3,}"_s)));
    }
    const Run staff = cli({u"users"_s, u"list"_s, dir.filePath(u"zh"_s), u"--user"_s, u"demo"_s,
                           u"--passphrase-stdin"_s},
                          u"demo passphrase\n"_s);
    CHECK(staff.out.contains(u"演示负责人"_s));  // "Demo room lead" in Chinese
    CHECK_FALSE(staff.out.contains(u"Demo room lead"_s));
    // The calendar's words too: its semester is named in Chinese (a context lupdate once filed
    // under "Tr" left it in English).
    const Run plan = cli({u"lessons"_s, u"plan"_s, dir.filePath(u"zh"_s), u"--user"_s, u"demo"_s, u"--passphrase-stdin"_s,
                          u"--dry-run"_s},
                         u"demo passphrase\n"_s);
    INFO(plan.out.toStdString() << plan.err.toStdString());
    CHECK(plan.out.contains(u"学年第"_s));
    CHECK_FALSE(plan.out.contains(u"school year"_s));
    const Run fromLocale = cli(QStringList{u"demo"_s, dir.filePath(u"zh2"_s)} + base, u"demo passphrase\n"_s,
                               u"zh_CN.UTF-8"_s);
    REQUIRE(fromLocale.exitCode == 0);
    CHECK(schoolOf(dir.filePath(u"zh2"_s)).contains(u"实验学校"_s));
    const Run english2 = cli(QStringList{u"demo"_s, dir.filePath(u"en2"_s), u"--language"_s, u"en"_s} + base,
                             u"demo passphrase\n"_s, u"zh_CN.UTF-8"_s);
    REQUIRE(english2.exitCode == 0);
    CHECK(schoolOf(dir.filePath(u"en2"_s)).contains(u"Experimental School"_s));

    CHECK(cli(QStringList{u"demo"_s, dir.filePath(u"fr"_s), u"--language"_s, u"fr"_s} + base,
              u"demo passphrase\n"_s)
              .exitCode == 2);
}

TEST_CASE("cli: backup, verify and restore with the documented exit codes", "[cli][backup]")
{
    QTemporaryDir dir;
    QString recovery;
    const QString vaultPath = initVault(dir, &recovery);
    const QString stick = dir.filePath(u"stick"_s);
    REQUIRE(QDir().mkpath(stick));

    const Run made = cli({u"backup"_s, vaultPath, stick, u"--user"_s, u"lead"_s, u"--passphrase-stdin"_s}, kPass);
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(u"verified"_s));
    const QStringList files = QDir(stick).entryList({u"*.cdbackup"_s});
    REQUIRE(files.size() == 1);
    const QString file = QDir(stick).filePath(files.first());

    const Run verified = cli({u"verify"_s, file, u"--user"_s, u"lead"_s, u"--passphrase-stdin"_s}, kPass);
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(u"CLI Test School"_s));
    CHECK(cli({u"verify"_s, file, u"--user"_s, u"lead"_s, u"--recovery"_s, u"--passphrase-stdin"_s}, recovery + u'\n')
              .exitCode
          == 0);
    CHECK(cli({u"verify"_s, file, u"--user"_s, u"lead"_s, u"--passphrase-stdin"_s}, u"not the passphrase\n"_s).exitCode
          == 3);
    CHECK(cli({u"backup"_s, vaultPath, dir.filePath(u"nowhere"_s), u"--user"_s, u"lead"_s, u"--passphrase-stdin"_s},
              kPass)
              .exitCode
          == 1);

    // Replacing an existing vault needs --yes; then it is restored and opens.
    const Run refused =
        cli({u"restore"_s, file, vaultPath, u"--user"_s, u"lead"_s, u"--passphrase-stdin"_s}, kPass);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"--yes"_s));
    const Run restored =
        cli({u"restore"_s, file, vaultPath, u"--user"_s, u"lead"_s, u"--yes"_s, u"--passphrase-stdin"_s}, kPass);
    INFO(restored.err.toStdString());
    CHECK(restored.exitCode == 0);
    CHECK(cli({u"check"_s, vaultPath, u"--user"_s, u"lead"_s, u"--passphrase-stdin"_s}, kPass).exitCode == 0);

    // A damaged backup: exit 4, and restore changes nothing.
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    const char flipped = static_cast<char>(f.peek(1).at(0) ^ 0x10);
    f.write(&flipped, 1);
    f.close();
    CHECK(cli({u"verify"_s, file, u"--user"_s, u"lead"_s, u"--passphrase-stdin"_s}, kPass).exitCode == 4);
    CHECK(cli({u"restore"_s, file, dir.filePath(u"new"_s), u"--user"_s, u"lead"_s, u"--passphrase-stdin"_s}, kPass)
              .exitCode
          == 4);
    CHECK_FALSE(QDir(dir.filePath(u"new"_s)).exists());
}

TEST_CASE("cli: instruments list and check name every problem of a definition", "[cli][screening]")
{
    const Run list = cli({u"instruments"_s, u"list"_s});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(u"PHQ-9 (version 2)"_s));
    CHECK(list.out.count(u'\n') == 6);

    QTemporaryDir dir;
    const QString good = dir.filePath(u"good.json"_s);
    REQUIRE(QFile::copy(u":/instruments/gad7.json"_s, good));
    const Run ok = cli({u"instruments"_s, u"check"_s, good});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(u"GAD-7"_s));

    QFile in(u":/instruments/gad7.json"_s);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray broken = in.readAll();
    broken.replace("\"min\": 10", "\"min\": 11");  // a gap between two bands
    const QString bad = dir.filePath(u"bad.json"_s);
    QFile out(bad);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(broken);
    out.close();
    const Run refused = cli({u"instruments"_s, u"check"_s, bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"bad.json, line"_s));
    CHECK(refused.err.contains(u"(bands[2])"_s));
    CHECK(cli({u"instruments"_s, u"frobnicate"_s}).exitCode == 2);
}

TEST_CASE("cli: import-roster prefers the stronger header, prints its mapping, and --map overrides it", "[cli][roster]")
{
    QTemporaryDir dir;
    const QString path = initVault(dir);
    // An English export with a row counter headed "No" before the real student ID; the ID column
    // holds a duplicate and an empty cell (synthetic names).
    const QString roster = dir.filePath(u"english.csv"_s);
    {
        QFile file(roster);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("No,Student ID,Name,Sex,Class\r\n"
                   "1,S2026001,Ada Lin,F,1\r\n"
                   "2,S2026002,Bo Chen,M,1\r\n"
                   "3,S2026002,Cai Wu,F,2\r\n"
                   "4,,Dan Xu,M,2\r\n");
    }
    const QStringList base = {u"import-roster"_s, path, roster, u"--user"_s, u"lead"_s, u"--passphrase-stdin"_s,
                              u"--dry-run"_s};
    const Run guessed = cli(base, kPass);
    INFO(guessed.out.toStdString() << guessed.err.toStdString());
    REQUIRE(guessed.exitCode == 0);
    CHECK(guessed.out.contains(u"header row: 1"_s));
    CHECK(guessed.out.contains(u"column B \"Student ID\""_s));  // not the row counter in A
    CHECK(guessed.out.contains(u"already appears in row 3"_s));  // the duplicate is caught
    CHECK(guessed.out.contains(u"row 5"_s));                     // and the empty number
    CHECK(guessed.out.contains(u"added 2, updated 0, unchanged 0, rejected 2"_s));

    // A script can say which column is which, by header, letter or number; "FIELD=" ignores one.
    const Run overridden = cli(base + QStringList{u"--map"_s, u"student_no=A"_s, u"--map"_s, u"class="_s}, kPass);
    INFO(overridden.out.toStdString() << overridden.err.toStdString());
    REQUIRE(overridden.exitCode == 0);
    CHECK(overridden.out.contains(u"column A \"No\""_s));
    CHECK(overridden.out.contains(u"Class: not read"_s));
    CHECK(overridden.out.contains(u"added 4"_s));
    const Run wrong = cli(base + QStringList{u"--map"_s, u"student_no=Nowhere"_s}, kPass);
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(u"Nowhere"_s));
    const Run badField = cli(base + QStringList{u"--map"_s, u"shoe_size=A"_s}, kPass);
    CHECK(badField.exitCode == 2);
}

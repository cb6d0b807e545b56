// Case-file budgets on a seeded synthetic school (issue: case files):
//   student list shown < 300 ms, each search keystroke < 30 ms (30,000 students),
//   roster import of 5,000 rows (parse, validate, write) < 1 s.
//   full-text note search < 100 ms (150,000 session notes).

#include <catch2/catch.hpp>
#include "io/TableFile.h"

#include "cases/CaseRepository.h"
#include "demo/DemoSchool.h"
#include "roster/RosterImport.h"
#include "students/SchoolYear.h"
#include "students/StudentListModel.h"
#include "support/TempVault.h"

#include <QElapsedTimer>

#include "storage/Database.h"
#include <QFile>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

QString writeRoster(const QTemporaryDir &dir, int rows)
{
    const QString path = dir.filePath(u"roster.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray text("\xEF\xBB\xBF学号,姓名,性别,出生日期,年级,班级\r\n");
    const QStringList surnames = {u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s, u"黄"_s};
    const QStringList given = {u"明"_s, u"华"_s, u"静"_s, u"丽"_s, u"强"_s, u"磊"_s, u"洋"_s, u"艳"_s};
    for (int i = 0; i < rows; ++i) {
        const int grade = 7 + i % 6;
        text += u"B%1,%2%3%4,%5,2010-%6-%7,%8,%9班\r\n"_s.arg(i, 6, 10, QLatin1Char('0'))
                    .arg(surnames[i % 8], given[(i / 8) % 8], given[(i / 64) % 8], i % 2 ? u"男"_s : u"女"_s)
                    .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(grade)
                    .arg(1 + i % 10)
                    .toUtf8();
    }
    file.write(text);
    return path;
}

}  // namespace

TEST_CASE("bench: roster import of 5000 rows", "[bench]")
{
    QTemporaryDir dir;
    const QString path = writeRoster(dir, 5000);
    BENCHMARK_ADVANCED("parse + validate + write 5,000 rows (new vault each run)")(Catch::Benchmark::Chronometer meter)
    {
        TempVault tv;
        auto vault = tv.open();
        meter.measure([&] {
            auto table = io::readTableFile(path);
            const auto mapping = roster::guessMapping(*table);
            auto plan = roster::planRosterImport(*vault, *table, mapping);
            auto summary = roster::applyRosterImport(*vault, *plan, QString(), mapping);
            return summary->added;
        });
    };
}

TEST_CASE("bench: student list and search at ten-year scale (30000 students)", "[bench]")
{
    TempVault tv;
    auto vault = tv.open();
    QElapsedTimer seedClock;
    seedClock.start();
    REQUIRE(demo::populateDemo(*vault, 7, kLeadPassphrase, 30000).ok());
    WARN("seeding 30,000 students took " << seedClock.elapsed() << " ms");

    BENCHMARK("load 30,000 students into the list model")
    {
        students::StudentRepository repo(*vault);
        ui::StudentListModel model;
        model.setStudents(*repo.listAll());
        return model.rowCount();
    };

    students::StudentRepository repo(*vault);
    ui::StudentListModel model;
    model.setStudents(*repo.listAll());
    ui::StudentFilterProxy proxy;
    proxy.setSourceModel(&model);
    const QStringList keystrokes = {u"z"_s, u"zh"_s, u"zha"_s, u"zhan"_s, u"zhang"_s};
    int i = 0;
    BENCHMARK("one search keystroke over 30,000 students")
    {
        proxy.setQuery(keystrokes[i++ % keystrokes.size()]);
        return proxy.rowCount();
    };
    BENCHMARK("pinyin initials query over 30,000 students")
    {
        proxy.setQuery(u"zs"_s);
        const int n = proxy.rowCount();
        proxy.setQuery(QString());
        return n;
    };
}

TEST_CASE("bench: full-text search over 150000 session notes", "[bench]")
{
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(demo::populateDemo(*vault, 11, kLeadPassphrase, 3000).ok());
    cases::CaseRepository repo(*vault);
    auto caseIds = vault->database().prepare(u"SELECT id FROM cases"_s);
    QList<qint64> ids;
    while (*caseIds->step()) ids << caseIds->int64(0);
    REQUIRE_FALSE(ids.isEmpty());
    const QStringList fragments = {u"考试压力"_s, u"同伴关系紧张"_s, u"睡眠不好"_s, u"情绪低落"_s, u"与家长沟通"_s,
                                   u"放松训练"_s, u"课堂表现"_s, u"自我评价偏低"_s, u"作息计划"_s, u"转介评估"_s};
    QElapsedTimer seed;
    seed.start();
    {
        storage::Transaction tx(vault->database());
        int existing = vault->database().scalar(u"SELECT count(*) FROM sessions"_s)->toInt();
        for (int i = existing; i < 150000; ++i) {
            cases::Session s;
            s.caseId = ids[i % ids.size()];
            s.heldOn = QDate(2020, 1, 1).addDays(i % 2000);
            s.presenting = fragments[i % 10] + u"，"_s + fragments[(i / 10) % 10];
            s.observations = fragments[(i / 100) % 10] + u"。第"_s + QString::number(i) + u"次记录。"_s;
            s.plan = fragments[(i / 7) % 10];
            s.author = kLeadLogin;
            REQUIRE(repo.saveSession(s).ok());
        }
        REQUIRE(tx.commit().ok());
    }
    WARN("seeding 150,000 session notes took " << seed.elapsed() << " ms");
    BENCHMARK("common phrase (考试压力), newest 200 hits")
    {
        return repo.searchNotes(u"考试压力"_s)->size();
    };
    BENCHMARK("two phrases together (睡眠 转介)")
    {
        return repo.searchNotes(u"睡眠 转介"_s)->size();
    };
    BENCHMARK("rare phrase (第123457次)")
    {
        return repo.searchNotes(u"第123457次"_s)->size();
    };
}

// Issue 11 finding 7: an edited session and the retention purge merge every FTS segment
// ('optimize') in their transaction, so no old word stays in the index. What that costs on the
// ten-year demo vault.
TEST_CASE("bench: saving an edited session and a purge, with the index optimised, at ten-year scale", "[bench]")
{
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(demo::populateDemo(*vault, 7, kLeadPassphrase, 30000).ok());
    const qint64 notes = vault->database().scalar(u"SELECT count(*) FROM sessions"_s)->toLongLong();
    const qint64 pages = vault->database().scalar(u"PRAGMA page_count"_s)->toLongLong();
    WARN("demo vault: " << notes << " session notes, " << pages * 4 << " KiB");
    cases::CaseRepository repo(*vault);
    auto newest = vault->database().prepare(u"SELECT id, case_id FROM sessions ORDER BY id DESC LIMIT 1"_s);
    REQUIRE(*newest->step());
    auto sessions = repo.sessionsOf(newest->int64(1));
    REQUIRE(sessions.ok());
    cases::Session s;
    for (const cases::Session &each : *sessions)
        if (each.id == newest->int64(0)) s = each;
    REQUIRE(s.id != 0);
    int round = 0;
    BENCHMARK("save an edited session (index optimised)")
    {
        s.observations = u"edited note "_s + QString::number(++round);
        return repo.saveSession(s).ok();
    };
    // The purge of one school year's leavers: students who left five years ago.
    auto leavers = vault->database().prepare(u"SELECT id FROM students ORDER BY id LIMIT 300"_s);
    QList<qint64> ids;
    while (*leavers->step()) ids << leavers->int64(0);
    for (qint64 id : ids) REQUIRE(students::transferOut(*vault, id, QDate::currentDate().addYears(-5)).ok());
    QElapsedTimer purge;
    purge.start();
    REQUIRE(students::purgeStudents(*vault, ids).ok());
    WARN("purging 300 students (index optimised) took " << purge.elapsed() << " ms");
}

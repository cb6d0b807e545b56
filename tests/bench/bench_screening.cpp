// Screening budgets (issue 4, screening runs), on a seeded synthetic school of 5,000 students in
// grades 7–9 and a synthetic 100-item instrument (4 options 0–3, a critical item, up to 5 blanks):
//   (a) importing and scoring a 5,000-row × 100-item answer file (read, guess the mapping, plan,
//       apply) < 2 s, and no more than 3× (b);
//   (b) a plain insert of the same 5,000 sheets and 500,000 answers (prepared statements, one
//       transaction, nothing parsed or scored) into the same tables of the same kind of vault;
//   (c) the run's results view (summarize + flaggedSheets) < 300 ms.
// Medians of five rounds, each on a fresh copy of the same vault (students and an empty run).

#include <catch2/catch.hpp>
#include "storage/Database.h"
#include "io/TableFile.h"

#include "roster/RosterImport.h"
#include "screening/AnswerImport.h"
#include "screening/InstrumentLibrary.h"
#include "screening/Results.h"
#include "screening/RunRepository.h"
#include "students/StudentRepository.h"
#include "support/TempVault.h"
#include "vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kStudents = 5000;
constexpr int kItems = 100;
const int kRounds = qEnvironmentVariableIntValue("CD_BENCH_ROUNDS") > 0 ? qEnvironmentVariableIntValue("CD_BENCH_ROUNDS") : 5;
const QString kCode = u"BENCH-100"_s;
const QString kRunName = u"Bench run"_s;

QString instrumentJson()
{
    QStringList items;
    for (int i = 1; i <= kItems; ++i) items << u"{\"id\": \"%1\"}"_s.arg(i);
    return uR"json({
  "format": 1, "code": "BENCH-100", "version": "1",
  "name": {"en": "Synthetic 100-item scale (benchmark only)"},
  "licence": "Invented for CounselDesk's benchmark; not a real instrument.",
  "options": [{"value": 0, "label": {"en": "Never", "zh_CN": "从不"}}, {"value": 1, "label": {"en": "Sometimes", "zh_CN": "有时"}},
              {"value": 2, "label": {"en": "Often", "zh_CN": "经常"}}, {"value": 3, "label": {"en": "Always", "zh_CN": "总是"}}],
  "items": [%1],
  "total": {"items": "all", "method": "sum", "flag": {"at_least": 120}},
  "bands": [{"min": 0, "max": 79, "label": {"en": "Low"}}, {"min": 80, "max": 119, "label": {"en": "Raised"}},
            {"min": 120, "max": 179, "label": {"en": "High"}, "flag": true}, {"min": 180, "max": 300, "label": {"en": "Very high"}, "flag": true}],
  "validity": {"max_missing": 5},
  "critical": [{"item": "100", "above": 2, "reason": {"en": "Item 100 (synthetic)"}}]
})json"_s.arg(items.join(u", "_s));
}

QString studentNo(int i) { return u"B%1"_s.arg(i, 5, 10, QLatin1Char('0')); }

/// The answers, by student: most low, some high, a few blanks (kUnanswered) and a few critical.
std::vector<std::vector<int>> drawAnswers(quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<std::vector<int>> all(kStudents, std::vector<int>(kItems));
    for (auto &row : all) {
        const int level = static_cast<int>(rng.bounded(100));
        const int ceiling = level < 70 ? 2 : level < 92 ? 3 : 4;  // answers drawn in 0..ceiling-1
        for (int &v : row) v = static_cast<int>(rng.bounded(ceiling));
        if (rng.bounded(50) == 0) row[kItems - 1] = 3;
        const int blanks = rng.bounded(100) == 0 ? 6 + static_cast<int>(rng.bounded(3)) : static_cast<int>(rng.bounded(3));
        for (int b = 0; b < blanks; ++b) row[rng.bounded(kItems)] = screening::kUnanswered;
    }
    return all;
}

void writeAnswerFile(const QString &path, const std::vector<std::vector<int>> &answers)
{
    QByteArray text("\xEF\xBB\xBF学号,姓名,用时");
    for (int i = 1; i <= kItems; ++i) text += ",Q" + QByteArray::number(i);
    text += "\r\n";
    for (int s = 0; s < kStudents; ++s) {
        text += studentNo(s).toUtf8() + ",学生" + QByteArray::number(s) + "," + QByteArray::number(300 + s % 500);
        for (int v : answers[static_cast<size_t>(s)]) {
            text += ',';
            if (v != screening::kUnanswered) text += QByteArray::number(v);
        }
        text += "\r\n";
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(text) == text.size());
}

/// Students, the instrument and an open run over grades 7–9, no sheets.
void seedVault(vault::Vault &vault, const QString &definition)
{
    {
        storage::Transaction tx(vault.database());
        students::StudentRepository repo(vault);
        QRandomGenerator rng(5000);
        const QStringList surnames = {u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s, u"黄"_s};
        const QStringList given = {u"明"_s, u"华"_s, u"静"_s, u"丽"_s, u"强"_s, u"磊"_s, u"洋"_s, u"艳"_s};
        for (int i = 0; i < kStudents; ++i) {
            students::Student s;
            s.studentNo = studentNo(i);
            s.name = surnames[rng.bounded(8)] + given[rng.bounded(8)] + given[rng.bounded(8)];
            s.sex = rng.bounded(2) ? students::Sex::Male : students::Sex::Female;
            s.grade = 7 + i % 3;
            s.klass = QString::number(1 + (i / 3) % 37);
            REQUIRE(repo.save(s, u"bench"_s).ok());
        }
        REQUIRE(tx.commit().ok());
    }
    auto loaded = screening::loadSchoolInstrument(vault, definition);
    if (!loaded) FAIL(loaded.error().message.toStdString());
    screening::Run run;
    run.name = kRunName;
    run.instruments << screening::RunInstrument{kCode, {}};
    run.targets = {{7, {}}, {8, {}}, {9, {}}};
    run.opensOn = QDate::currentDate().addDays(-1);
    run.closesOn = QDate::currentDate().addDays(14);
    REQUIRE(screening::RunRepository(vault).create(run).ok());
}

/// A fresh copy of the seeded vault (closed), opened.
std::unique_ptr<vault::Vault> openCopy(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files | QDir::Hidden)) {
        if (name == u"vault.lock"_s) continue;
        REQUIRE(QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)));
    }
    auto opened = vault::Vault::open(to, kLeadLogin, kLeadPassphrase);
    if (!opened) FAIL(opened.error().message.toStdString());
    return std::move(*opened);
}

double ms(QElapsedTimer &t) { return t.nsecsElapsed() / 1e6; }

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

TEST_CASE("bench: screening import, plain insert and results of a 5000 x 100 answer file", "[bench][screening]")
{
    QTemporaryDir work;
    const QString definition = work.filePath(u"bench-100.json"_s);
    {
        QFile file(definition);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(instrumentJson().toUtf8());
    }
    const auto answers = drawAnswers(20261129);
    const QString answerFile = work.filePath(u"answers-5000x100.csv"_s);
    writeAnswerFile(answerFile, answers);

    TempVault base;
    {
        auto vault = base.open();
        seedVault(*vault, definition);
    }

    std::vector<double> read, guess, plan, apply, importTotal, plain, results;
    int imported = 0, flagged = 0;
    for (int round = 0; round < kRounds; ++round) {
        {  // (a) import and score
            auto vault = openCopy(base.dir(), work.filePath(u"a%1"_s.arg(round)));
            auto run = screening::RunRepository(*vault).byName(kRunName);
            REQUIRE(run.ok());
            QElapsedTimer total, phase;
            total.start();
            phase.start();
            auto table = io::readTableFile(answerFile);
            REQUIRE(table.ok());
            read.push_back(ms(phase));
            phase.restart();
            auto ins = screening::RunRepository(*vault).instrument(run->id, kCode);
            REQUIRE(ins.ok());
            const screening::AnswerMapping mapping = screening::guessAnswerMapping(*table, *ins);
            guess.push_back(ms(phase));
            phase.restart();
            auto planned = screening::planAnswerImport(*vault, run->id, kCode, *table, mapping);
            REQUIRE(planned.ok());
            plan.push_back(ms(phase));
            phase.restart();
            auto done = screening::applyAnswerImport(*vault, run->id, *planned, false);
            apply.push_back(ms(phase));
            importTotal.push_back(ms(total));
            INFO(planned->problems.value(0).message.toStdString());
            REQUIRE(done.ok());
            imported = done->imported;
            flagged = done->flagged;

            // (c) the results view of that run
            phase.restart();
            auto summary = screening::summarize(*vault, run->id, kCode);
            auto list = screening::flaggedSheets(*vault, run->id);
            results.push_back(ms(phase));
            REQUIRE(summary.ok());
            REQUIRE(list.ok());
            REQUIRE(summary->all.taken == kStudents);
        }
        {  // (b) the same rows, plainly inserted
            auto vault = openCopy(base.dir(), work.filePath(u"b%1"_s.arg(round)));
            storage::Database &db = vault->database();
            const qint64 runId = db.scalar(u"SELECT id FROM screening_runs"_s)->toLongLong();
            std::vector<qint64> ids(kStudents);
            auto idOf = db.prepare(u"SELECT id FROM students WHERE student_no = ?"_s);
            for (int s = 0; s < kStudents; ++s) {
                idOf->reset();
                idOf->bind(1, studentNo(s));
                REQUIRE(*idOf->step());
                ids[static_cast<size_t>(s)] = idOf->int64(0);
            }
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            QElapsedTimer timer;
            timer.start();
            storage::Transaction tx(db);
            auto sheet = db.prepare(u"INSERT INTO screening_sheets (run_id, student_id, instrument, complete, seconds, "
                                    "source, entered_at, entered_by) VALUES (?, ?, ?, 1, ?, 'import', ?, ?)"_s);
            auto answer = db.prepare(u"INSERT INTO screening_answers (sheet_id, item, value) VALUES (?, ?, ?)"_s);
            REQUIRE(sheet.ok());
            REQUIRE(answer.ok());
            bool ok = true;  // checked once after the loop: no test-framework work inside the timing
            for (int s = 0; s < kStudents && ok; ++s) {
                sheet->reset();
                sheet->bind(1, runId).bind(2, ids[static_cast<size_t>(s)]).bind(3, kCode).bind(4, 300 + s % 500);
                sheet->bind(5, now).bind(6, kLeadLogin);
                ok = sheet->exec().ok();
                const qint64 sheetId = db.lastInsertRowId();
                const auto &row = answers[static_cast<size_t>(s)];
                for (int i = 0; i < kItems && ok; ++i) {
                    if (row[static_cast<size_t>(i)] == screening::kUnanswered) continue;
                    answer->reset();
                    answer->bind(1, sheetId).bind(2, i).bind(3, row[static_cast<size_t>(i)]);
                    ok = answer->exec().ok();
                }
            }
            ok = ok && tx.commit().ok();
            REQUIRE(ok);
            plain.push_back(ms(timer));
        }
        QDir(work.filePath(u"a%1"_s.arg(round))).removeRecursively();
        QDir(work.filePath(u"b%1"_s.arg(round))).removeRecursively();
    }

    const double a = median(importTotal), b = median(plain), c = median(results);
    const auto verdict = [](bool met) { return met ? "met" : "MISSED"; };
    std::printf("\nscreening benchmark: %d students, %d items, %d sheets imported (%d need follow-up); medians of %d rounds\n",
                kStudents, kItems, imported, flagged, kRounds);
    std::printf("  (a) import and score          %8.0f ms   budget < 2000 ms: %s\n", a, verdict(a < 2000));
    std::printf("        read the file           %8.0f ms\n", median(read));
    std::printf("        guess the mapping       %8.0f ms\n", median(guess));
    std::printf("        plan (match, map)       %8.0f ms\n", median(plan));
    std::printf("        apply (write, score)    %8.0f ms\n", median(apply));
    std::printf("  (b) plain insert of the rows  %8.0f ms\n", b);
    std::printf("      ratio (a) / (b)           %8.2f     budget <= 3: %s\n", a / b, verdict(a <= 3 * b));
    std::printf("  (c) results view              %8.1f ms   budget < 300 ms: %s\n", c, verdict(c < 300));
}

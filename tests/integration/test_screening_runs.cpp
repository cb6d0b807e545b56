// Screening runs on a real encrypted vault: the roster snapshot, sheets and their scores, the
// kiosk's answer-by-answer path, rescoring with history, follow-ups and the results views.

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "screening/FollowUpRepository.h"
#include "screening/InstrumentLibrary.h"
#include "screening/Results.h"
#include "screening/RunRepository.h"
#include "screening/SheetStore.h"
#include "students/StudentRepository.h"
#include "support/TempVault.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::screening;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

AnswerRow phq(std::initializer_list<int> values) { return AnswerRow(values); }

qint64 auditCount(vault::Vault &vault, const char *action)
{
    auto n = vault.database().scalar(u"SELECT count(*) FROM audit_log WHERE action = '%1'"_s.arg(QLatin1String(action)));
    REQUIRE(n.ok());
    return n->toLongLong();
}

}  // namespace

TEST_CASE("a run snapshots the students expected and knows who has not taken it", "[screening]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 a = addTestStudent(*vault, u"S701"_s, u"甲"_s, {}, 7, u"1"_s);
    const qint64 b = addTestStudent(*vault, u"S702"_s, u"乙"_s, {}, 7, u"2"_s);
    const qint64 c = addTestStudent(*vault, u"S801"_s, u"丙"_s, {}, 8, u"1"_s);
    addTestStudent(*vault, u"S901"_s, u"丁"_s, {}, 9, u"1"_s);
    RunRepository runs(*vault);

    Run bad;
    bad.name = u"  "_s;
    CHECK(runs.create(bad).error().code == ErrorCode::InvalidInput);
    bad.name = u"Autumn"_s;
    CHECK(runs.create(bad).error().code == ErrorCode::InvalidInput);  // no instrument, no target

    Run run;
    run.name = u"Autumn screen"_s;
    run.instruments = {{u"PHQ-9"_s, {}}, {u"GAD-7"_s, {}}};
    run.targets = {{7, {}}, {8, u"1"_s}};
    run.opensOn = QDate::currentDate();
    run.closesOn = QDate::currentDate().addDays(10);
    auto id = runs.create(run);
    REQUIRE(id.ok());
    CHECK(runs.create(run).error().code == ErrorCode::AlreadyExists);

    auto stored = runs.get(*id);
    REQUIRE(stored.ok());
    CHECK(stored->status == RunStatus::Open);  // opens today
    CHECK(stored->instrumentCodes() == QStringList{u"PHQ-9"_s, u"GAD-7"_s});
    CHECK(stored->instruments.first().version == u"2"_s);  // the shipped definition (version 2: Chinese text)
    CHECK(stored->targets == run.targets);

    auto people = runs.participants(*id);
    REQUIRE(people.ok());
    REQUIRE(people->size() == 3);  // grade 9 not expected
    CHECK(people->at(0).studentId == a);
    CHECK(people->at(2).studentId == c);

    // A student moving class later does not change the snapshot; a new arrival is added on refresh.
    students::StudentRepository repo(*vault);
    auto moved = repo.get(b);
    REQUIRE(moved.ok());
    moved->klass = u"5"_s;
    REQUIRE(repo.save(*moved).ok());
    const qint64 d = addTestStudent(*vault, u"S703"_s, u"戊"_s, {}, 7, u"3"_s);
    people = runs.participants(*id);
    CHECK(people->at(1).klass == u"2"_s);
    auto added = runs.refreshParticipants(*id);
    REQUIRE(added.ok());
    CHECK(*added == 1);

    enterTestSheet(*vault, *id, u"PHQ-9"_s, a, phq({0, 0, 1, 0, 0, 0, 0, 0, 0}));
    auto missing = runs.notTaken(*id, u"PHQ-9"_s);
    REQUIRE(missing.ok());
    CHECK(missing->size() == 3);
    CHECK(std::none_of(missing->cbegin(), missing->cend(), [a](const Participant &p) { return p.studentId == a; }));
    CHECK(runs.notTaken(*id, u"GAD-7"_s)->size() == 4);
    Q_UNUSED(d);

    // Scope is fixed once answers exist; name and dates may change.
    Run changed = *stored;
    changed.targets = {{9, {}}};
    CHECK(runs.update(changed).error().code == ErrorCode::InvalidInput);
    changed = *stored;
    changed.name = u"Autumn screen 2026"_s;
    REQUIRE(runs.update(changed).ok());
    CHECK(runs.byName(u"autumn screen 2026"_s).ok());

    // Closed: no more answers, and the reason says so.
    REQUIRE(runs.setStatus(*id, RunStatus::Closed).ok());
    auto refused = SheetStore(*vault, *id).saveSheet(u"PHQ-9"_s, {b, phq({0, 0, 0, 0, 0, 0, 0, 0, 0}), {}}, SheetSource::Grid);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(u"closed"_s));
    CHECK(runs.setStatus(*id, RunStatus::Planned).error().code == ErrorCode::InvalidInput);
    CHECK(auditCount(*vault, audit::action::RunCreated) == 1);
}

TEST_CASE("sheets are scored with the run's definition, critical items and invalid sheets open follow-ups", "[screening]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 calm = addTestStudent(*vault, u"A1"_s, u"甲"_s, {}, 7);
    const qint64 high = addTestStudent(*vault, u"A2"_s, u"乙"_s, {}, 7);
    const qint64 item9 = addTestStudent(*vault, u"A3"_s, u"丙"_s, {}, 7);
    const qint64 blank = addTestStudent(*vault, u"A4"_s, u"丁"_s, {}, 7);
    const qint64 stranger = addTestStudent(*vault, u"B1"_s, u"戊"_s, {}, 9);
    const qint64 run = createTestRun(*vault, u"Spring"_s, {7}, {u"PHQ-9"_s});
    SheetStore store(*vault, run);
    const int K = kUnanswered;

    auto ids = store.saveSheets(u"PHQ-9"_s,
                                {{calm, phq({1, 0, 1, 0, 1, 0, 1, 0, 0}), {}},
                                 {high, phq({2, 2, 2, 1, 1, 1, 1, 0, 0}), 300},
                                 {item9, phq({0, 0, 0, 0, 0, 0, 0, 0, 1}), {}},
                                 {blank, phq({1, 1, K, K, 1, 1, 1, 1, 0}), {}}},
                                SheetSource::Import);
    REQUIRE(ids.ok());
    CHECK(ids->size() == 4);
    CHECK(store.saveSheet(u"PHQ-9"_s, {stranger, phq({0, 0, 0, 0, 0, 0, 0, 0, 0}), {}}, SheetSource::Grid).error().code
          == ErrorCode::InvalidInput);
    CHECK(store.saveSheet(u"GAD-7"_s, {calm, AnswerRow(7, 0), {}}, SheetSource::Grid).error().code == ErrorCode::NotFound);

    auto s = store.score(calm, u"PHQ-9"_s);
    REQUIRE(s.ok());
    REQUIRE(s->has_value());
    CHECK((*s)->total == 4);
    CHECK((*s)->band == 0);
    CHECK_FALSE((*s)->followUp);
    CHECK((*s)->version == u"2"_s);

    s = store.score(high, u"PHQ-9"_s);
    CHECK((*s)->total == 10);
    CHECK((*s)->band == 2);
    CHECK((*s)->flags == QList<FlagKind>{FlagKind::CutOff});

    s = store.score(item9, u"PHQ-9"_s);
    CHECK((*s)->total == 1);
    CHECK((*s)->flags == QList<FlagKind>{FlagKind::Critical});
    CHECK((*s)->criticalItems == QStringList{u"9"_s});
    CHECK((*s)->followUp);

    s = store.score(blank, u"PHQ-9"_s);  // two missing, one allowed: kept, marked, no band
    CHECK_FALSE((*s)->valid);
    CHECK((*s)->band == -1);
    CHECK((*s)->invalidCodes == QStringList{u"missing"_s});
    auto kept = store.answers(blank, u"PHQ-9"_s);
    REQUIRE(kept->has_value());
    CHECK((**kept)[2] == K);
    CHECK((**kept)[4] == 1);

    // All complete sheets at once, as the grid loads them.
    CHECK(store.saveAnswer(calm, u"PHQ-9"_s, 0, 1).error().code == ErrorCode::InvalidInput);  // complete already
    auto all = store.completeSheets(u"PHQ-9"_s);
    REQUIRE(all.ok());
    CHECK(all->size() == 4);
    CHECK(all->value(high).answers == phq({2, 2, 2, 1, 1, 1, 1, 0, 0}));
    CHECK(all->value(high).score->total == 10);
    CHECK(all->value(blank).answers[2] == K);
    CHECK_FALSE(all->value(blank).score->valid);

    FollowUpRepository followUps(*vault);
    CHECK_FALSE(followUps.forStudent(run, calm)->has_value());
    for (qint64 student : {high, item9, blank}) CHECK(followUps.forStudent(run, student)->has_value());

    auto flagged = flaggedSheets(*vault, run);
    REQUIRE(flagged.ok());
    REQUIRE(flagged->size() == 3);
    CHECK(flagged->at(0).student.studentId == item9);  // critical first
    CHECK(flagged->at(1).student.studentId == blank);  // then invalid
    CHECK(flagged->at(2).student.studentId == high);

    auto summary = summarize(*vault, run, u"PHQ-9"_s);
    REQUIRE(summary.ok());
    CHECK(summary->all.expected == 4);
    CHECK(summary->all.taken == 4);
    CHECK(summary->all.invalid == 1);
    CHECK(summary->all.flagged == 3);
    CHECK(summary->all.perBand == QVector<int>{2, 0, 1, 0, 0});
    CHECK(summary->followUpsOpen == 3);
    CHECK(summary->byGrade.size() == 1);

    // Entering a corrected sheet replaces it; one audit row per batch, counts only.
    enterTestSheet(*vault, run, u"PHQ-9"_s, blank, phq({1, 1, 0, K, 1, 1, 1, 1, 0}));
    CHECK((*store.score(blank, u"PHQ-9"_s))->valid);
    CHECK(auditCount(*vault, audit::action::SheetsSaved) == 2);
    auto detail = vault->database().scalar(u"SELECT detail FROM audit_log WHERE action = 'screening.sheets' ORDER BY seq"_s);
    CHECK(detail->toString() == u"instrument=PHQ-9 source=import sheets=4 replaced=0 flagged=3"_s);
}

TEST_CASE("the kiosk path saves each answer at once and scores the sheet when finished", "[screening]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 st = addTestStudent(*vault, u"K1"_s, u"甲"_s, {}, 8);
    const qint64 run = createTestRun(*vault, u"Kiosk run"_s, {8}, {u"GAD-7"_s});
    SheetStore store(*vault, run);
    CHECK_FALSE(store.partialAnswers(st, u"GAD-7"_s)->has_value());
    REQUIRE(store.saveAnswer(st, u"GAD-7"_s, 0, 2).ok());
    REQUIRE(store.saveAnswer(st, u"GAD-7"_s, 1, 3).ok());
    REQUIRE(store.saveAnswer(st, u"GAD-7"_s, 1, 1).ok());  // changed on Back
    CHECK(store.saveAnswer(st, u"GAD-7"_s, 2, 9).error().code == ErrorCode::InvalidInput);
    CHECK(store.saveAnswer(st, u"GAD-7"_s, 7, 0).error().code == ErrorCode::Usage);

    // Reopened later (another unlock): the answers are there.
    vault.reset();
    vault = tv.open();
    SheetStore again(*vault, run);
    auto partial = again.partialAnswers(st, u"GAD-7"_s);
    REQUIRE(partial->has_value());
    CHECK(**partial == AnswerRow{2, 1, -1, -1, -1, -1, -1});
    CHECK(RunRepository(*vault).notTaken(run, u"GAD-7"_s)->size() == 1);  // incomplete is not taken
    CHECK_FALSE(again.score(st, u"GAD-7"_s)->has_value());

    for (int i = 2; i < 7; ++i) REQUIRE(again.saveAnswer(st, u"GAD-7"_s, i, 2).ok());
    REQUIRE(again.finishSheet(st, u"GAD-7"_s, 95).ok());
    auto s = again.score(st, u"GAD-7"_s);
    REQUIRE(s->has_value());
    CHECK((*s)->total == 13);
    CHECK(again.saveAnswer(st, u"GAD-7"_s, 0, 0).error().code == ErrorCode::InvalidInput);  // complete
    CHECK(again.finishSheet(st, u"GAD-7"_s, 95).error().code == ErrorCode::InvalidInput);
    CHECK(RunRepository(*vault).notTaken(run, u"GAD-7"_s)->isEmpty());
}

TEST_CASE("a corrected definition rescores a run and the old scores are kept", "[screening]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 st = addTestStudent(*vault, u"R1"_s, u"甲"_s, {}, 7, u"1"_s);
    const qint64 run = createTestRun(*vault, u"Rescore"_s, {7}, {u"PHQ-9"_s});
    enterTestSheet(*vault, run, u"PHQ-9"_s, st, phq({1, 1, 1, 1, 1, 1, 1, 1, 0}));  // 8: mild
    SheetStore store(*vault, run);
    CHECK((*store.score(st, u"PHQ-9"_s))->band == 1);

    // Version 3 moves the mild/moderate edge down to 8 and adds a norm for grade 7.
    QFile shipped(u":/instruments/phq9.json"_s);
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QByteArray json = shipped.readAll();
    json.replace("\"version\": \"2\"", "\"version\": \"3\"");
    json.replace("\"max\": 9,", "\"max\": 7,");
    json.replace("\"min\": 10,", "\"min\": 8,");
    json.replace("\"bands\": [", "\"norms\": [{\"scale\": \"total\", \"grades\": [7], \"mean\": 5, \"sd\": 3}],\n  \"bands\": [");
    QTemporaryDir dir;
    QFile out(dir.filePath(u"phq9-v3.json"_s));
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    auto loaded = loadSchoolInstrument(*vault, out.fileName());
    if (!loaded) FAIL(loaded.error().message.toStdString());
    CHECK(loaded->version == u"3"_s);
    CHECK(loadSchoolInstrument(*vault, out.fileName()).ok());  // the same file twice is fine

    auto rescored = store.rescore(u"PHQ-9"_s, u"3"_s);
    REQUIRE(rescored.ok());
    CHECK(*rescored == 1);
    auto history = store.scoreHistory(st, u"PHQ-9"_s);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).version == u"3"_s);
    CHECK(history->at(0).band == 2);
    CHECK(history->at(0).followUp);
    CHECK(history->at(0).tScore == Approx(60.0));  // 50 + 10 × (8 − 5) / 3
    CHECK(history->at(1).version == u"2"_s);
    CHECK(history->at(1).band == 1);
    CHECK(RunRepository(*vault).get(run)->instruments.first().version == u"3"_s);
    CHECK(FollowUpRepository(*vault).forStudent(run, st)->has_value());

    // A different file claiming the same version is refused.
    json.replace("\"max\": 7,", "\"max\": 6,").replace("\"min\": 8,", "\"min\": 7,");
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(json);
    out.close();
    auto clash = loadSchoolInstrument(*vault, out.fileName());
    CHECK(clash.error().code == ErrorCode::InvalidInput);
    CHECK(clash.error().message.contains(u"new version"_s));

    // A version with other answer values cannot rescore these sheets.
    QByteArray other = json;
    other.replace("\"version\": \"3\"", "\"version\": \"4\"").replace("\"value\": 3,", "\"value\": 4,");
    other.replace("\"max\": 27", "\"max\": 36");
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(other);
    out.close();
    auto v4 = loadSchoolInstrument(*vault, out.fileName());
    if (!v4) FAIL(v4.error().message.toStdString());
    auto refused = store.rescore(u"PHQ-9"_s, u"4"_s);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(u"same items and answer values"_s));
    CHECK(store.scoreHistory(st, u"PHQ-9"_s)->size() == 2);
}

TEST_CASE("follow-ups are closed by confirming or clearing with a note", "[screening]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 st = addTestStudent(*vault, u"F1"_s, u"甲"_s, {}, 7);
    const qint64 run = createTestRun(*vault, u"Follow"_s, {7}, {u"PHQ-9"_s});
    enterTestSheet(*vault, run, u"PHQ-9"_s, st, phq({0, 0, 0, 0, 0, 0, 0, 0, 2}));
    FollowUpRepository repo(*vault);
    auto f = repo.forStudent(run, st);
    REQUIRE(f->has_value());
    const qint64 id = (*f)->id;
    CHECK(repo.openFollowUps()->size() == 1);

    const QDateTime at(QDate::currentDate().addDays(2), QTime(10, 30));
    REQUIRE(repo.scheduleInterview(id, at).ok());
    CHECK(repo.get(id)->interviewAt == at);
    CHECK(repo.close(id, FollowUpStatus::Confirmed, u"  "_s).error().code == ErrorCode::InvalidInput);
    REQUIRE(repo.close(id, FollowUpStatus::Confirmed, u"Seen; safety plan, referred to the case"_s).ok());
    CHECK(repo.get(id)->status == FollowUpStatus::Confirmed);
    CHECK(repo.get(id)->closedBy == kLeadLogin);
    CHECK(repo.close(id, FollowUpStatus::Cleared, u"again"_s).error().code == ErrorCode::InvalidInput);
    CHECK(summarize(*vault, run, u"PHQ-9"_s)->followUpsConfirmed == 1);
    CHECK(repo.openFollowUps()->isEmpty());

    // A sheet over the cut-off after the interview leaves the closed follow-up closed…
    enterTestSheet(*vault, run, u"PHQ-9"_s, st, phq({2, 2, 2, 2, 2, 0, 0, 0, 0}));
    CHECK(repo.get(id)->status == FollowUpStatus::Confirmed);
    REQUIRE(repo.close(id, FollowUpStatus::Cleared, u"x"_s).error().code == ErrorCode::InvalidInput);
    // …a critical item reopens it, and the batch's audit row says so.
    enterTestSheet(*vault, run, u"PHQ-9"_s, st, phq({0, 0, 0, 0, 0, 0, 0, 0, 3}));
    CHECK(repo.get(id)->status == FollowUpStatus::Open);
    CHECK(repo.get(id)->note == u"Seen; safety plan, referred to the case"_s);  // the last interview stays on record
    auto detail = vault->database().scalar(
        u"SELECT detail FROM audit_log WHERE action = 'screening.sheets' ORDER BY seq DESC LIMIT 1"_s);
    CHECK(detail->toString().endsWith(u" reopened=1"_s));
    REQUIRE(repo.close(id, FollowUpStatus::Confirmed, u"Seen again"_s).ok());
    REQUIRE(repo.reopen(id).ok());
    CHECK(repo.get(id)->status == FollowUpStatus::Open);
    CHECK(auditCount(*vault, audit::action::FollowUpChanged) == 4);

    // An open follow-up stays on the flagged list when a later sheet is no longer flagged.
    enterTestSheet(*vault, run, u"PHQ-9"_s, st, phq({0, 0, 0, 0, 0, 0, 0, 0, 0}));
    auto flagged = flaggedSheets(*vault, run);
    REQUIRE(flagged->size() == 1);
    CHECK(flagged->first().student.studentId == st);
    CHECK(flagged->first().score.flags.isEmpty());
    CHECK(flagged->first().followUp->status == FollowUpStatus::Open);
}

TEST_CASE("results: a student's trend over runs and the counts-only CSV", "[screening]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 st = addTestStudent(*vault, u"T1"_s, u"张晓明"_s, {}, 7, u"2"_s);
    addTestStudent(*vault, u"T2"_s, u"李小红"_s, {}, 7, u"10"_s);
    const qint64 autumn = createTestRun(*vault, u"Autumn"_s, {7}, {u"PHQ-9"_s, u"GAD-7"_s});
    enterTestSheet(*vault, autumn, u"PHQ-9"_s, st, phq({1, 1, 1, 1, 1, 1, 1, 1, 0}));
    enterTestSheet(*vault, autumn, u"GAD-7"_s, st, AnswerRow{1, 1, 1, 0, 0, 0, 0});
    const qint64 spring = createTestRun(*vault, u"Spring"_s, {7}, {u"PHQ-9"_s});
    enterTestSheet(*vault, spring, u"PHQ-9"_s, st, phq({2, 2, 2, 1, 1, 1, 1, 1, 0}));

    auto trend = studentTrend(*vault, st);
    REQUIRE(trend.ok());
    REQUIRE(trend->size() == 3);
    CHECK(trend->at(0).runName == u"Autumn"_s);
    CHECK(trend->at(0).instrument == u"GAD-7"_s);
    CHECK(trend->at(2).runName == u"Spring"_s);
    CHECK(trend->at(2).score.total == 11);

    auto csv = resultsCsv(*vault, autumn);
    REQUIRE(csv.ok());
    const QString text = QString::fromUtf8(*csv);
    CHECK(text.startsWith(u"instrument,version,group,grade,class,measure,band,band_label,count\n"_s));
    CHECK_FALSE(text.contains(u"张晓明"_s));
    CHECK_FALSE(text.contains(u"T1"_s));
    // Two expected, one sheet: every non-zero count is withheld, the same mark everywhere.
    CHECK(text.contains(u"PHQ-9,2,run,,,expected,,,*\n"_s));
    CHECK(text.contains(u"PHQ-9,2,run,,,taken,,,*\n"_s));
    CHECK(text.contains(u"PHQ-9,2,run,,,band,2,Mild,*\n"_s));
    CHECK(text.contains(u"PHQ-9,2,run,,,invalid,,,0\n"_s));
    // Classes in numeric order: 2 before 10.
    CHECK(text.indexOf(u"class,7,2,"_s) < text.indexOf(u"class,7,10,"_s));
    CHECK_FALSE(resultsCsv(*vault, autumn, 1).ok());
}

TEST_CASE("small cells in the CSV: five is shown, zero is shown, all of a group alike is withheld", "[screening]")
{
    TempVault tv;
    auto vault = tv.open();
    QList<qint64> students;
    for (int i = 0; i < 10; ++i) students << addTestStudent(*vault, u"S%1"_s.arg(i), u"学生%1"_s.arg(i), {}, 7, u"1"_s);
    addTestStudent(*vault, u"S99"_s, u"学生99"_s, {}, 7, u"2"_s);  // class 2: expected, nobody took it
    const qint64 run = createTestRun(*vault, u"Small cells"_s, {7}, {u"PHQ-9"_s});
    for (int i = 0; i < 10; ++i)
        enterTestSheet(*vault, run, u"PHQ-9"_s, students[i],
                       i < 5 ? phq({0, 0, 0, 0, 0, 0, 0, 0, 0}) : phq({2, 2, 2, 2, 2, 0, 0, 0, 0}));  // 0 or 10
    const QString csv = QString::fromUtf8(*resultsCsv(*vault, run, 5));
    INFO(csv.toStdString());
    // Five of ten moderate and followed up: five is shown; the zeros too.
    CHECK(csv.contains(u"PHQ-9,2,class,7,1,taken,,,10\n"_s));
    CHECK(csv.contains(u"PHQ-9,2,class,7,1,band,3,Moderate,5\n"_s));
    CHECK(csv.contains(u"PHQ-9,2,class,7,1,needs_follow_up,,,5\n"_s));
    CHECK(csv.contains(u"PHQ-9,2,class,7,1,band,5,Severe,0\n"_s));
    CHECK(csv.contains(u"PHQ-9,2,class,7,2,taken,,,0\n"_s));
    // Class 2's one student not taken is withheld, and so is what would give it back.
    CHECK(csv.contains(u"PHQ-9,2,class,7,2,not_taken,,,*\n"_s));
    CHECK(csv.contains(u"PHQ-9,2,class,7,2,expected,,,*\n"_s));
    CHECK(csv.contains(u"PHQ-9,2,run,,,not_taken,,,*\n"_s));
    CHECK(csv.contains(u"PHQ-9,2,run,,,taken,,,10\n"_s));

    // With a threshold of 6, five in a band is small; and a band that holds a whole group says
    // something about every child in it: withheld even when large.
    const QString strict = QString::fromUtf8(*resultsCsv(*vault, run, 6));
    INFO(strict.toStdString());
    CHECK(strict.contains(u"PHQ-9,2,class,7,1,band,3,Moderate,*\n"_s));
    CHECK(strict.contains(u"PHQ-9,2,class,7,2,taken,,,0\n"_s));
    for (int i = 0; i < 5; ++i) enterTestSheet(*vault, run, u"PHQ-9"_s, students[i], phq({2, 2, 2, 2, 2, 0, 0, 0, 0}));
    const QString alike = QString::fromUtf8(*resultsCsv(*vault, run, 5));
    INFO(alike.toStdString());
    CHECK(alike.contains(u"PHQ-9,2,class,7,1,band,3,Moderate,*\n"_s));
    CHECK(alike.contains(u"PHQ-9,2,class,7,1,needs_follow_up,,,*\n"_s));
}

TEST_CASE("deleting a run is for a room lead and takes its sheets with it", "[screening]")
{
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(vault->addUser(u"wang"_s, u"Wang"_s, vault::Role::Counselor, u"a long enough passphrase"_s).ok());
    const qint64 st = addTestStudent(*vault, u"D1"_s, u"甲"_s, {}, 7);
    const qint64 run = createTestRun(*vault, u"Gone"_s, {7}, {u"PHQ-9"_s});
    enterTestSheet(*vault, run, u"PHQ-9"_s, st, phq({0, 0, 0, 0, 0, 0, 0, 0, 1}));
    vault.reset();
    auto counselor = tv.open(u"wang"_s, u"a long enough passphrase"_s);
    CHECK(RunRepository(*counselor).remove(run).error().code == ErrorCode::PermissionDenied);
    counselor.reset();
    vault = tv.open();
    REQUIRE(RunRepository(*vault).remove(run).ok());
    for (const char *table : {"screening_sheets", "screening_answers", "screening_scores", "screening_follow_ups",
                              "run_students", "run_instruments"})
        CHECK(vault->database().scalar(u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table)))->toInt() == 0);
}

TEST_CASE("a score keeps its subscales with their flags", "[screening]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 st = addTestStudent(*vault, u"C1"_s, u"甲"_s, {}, 5);
    const qint64 run = createTestRun(*vault, u"Primary"_s, {5}, {u"SCARED"_s});
    // SCARED (Birmaher 1999), items 1-41 in order, answers 0-2. Each subscale is put on one side
    // of its published cut-off: panic 7 (>= 7, flagged), generalized 8 (< 9), separation 5 (>= 5,
    // flagged), social 7 (< 8), school avoidance 2 (< 3). Total 29 (>= 25).
    const QMap<int, int> answered = {
        {1, 2}, {6, 2}, {9, 2}, {12, 1},   // panic / somatic: 2 + 2 + 2 + 1 = 7
        {5, 2}, {7, 2}, {14, 2}, {21, 2},  // generalized anxiety: 8
        {4, 2}, {8, 2}, {13, 1},           // separation anxiety: 5
        {3, 2}, {10, 2}, {26, 2}, {32, 1}, // social anxiety: 7
        {2, 2},                            // school avoidance: 2
    };
    AnswerRow answers(41, 0);
    for (auto it = answered.cbegin(); it != answered.cend(); ++it) answers[static_cast<size_t>(it.key() - 1)] = it.value();
    enterTestSheet(*vault, run, u"SCARED"_s, st, answers);
    auto score = SheetStore(*vault, run).score(st, u"SCARED"_s);
    REQUIRE(score.ok());
    REQUIRE(score->has_value());
    CHECK((*score)->total == 29);
    CHECK((*score)->band == 1);  // "Possible anxiety disorder"
    const QList<std::tuple<QString, double, bool>> expected = {
        {u"panic"_s, 7, true}, {u"generalized"_s, 8, false}, {u"separation"_s, 5, true},
        {u"social"_s, 7, false}, {u"school"_s, 2, false}};
    REQUIRE((*score)->subscales.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto &[code, value, flagged] = expected.at(i);
        INFO(code.toStdString());
        CHECK((*score)->subscales.at(i).code == code);
        CHECK((*score)->subscales.at(i).value == value);
        CHECK((*score)->subscales.at(i).flagged == flagged);
    }
    CHECK((*score)->followUp);
}

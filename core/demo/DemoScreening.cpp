#include "demo/DemoScreening.h"
#include "storage/Database.h"

#include "demo/DemoSchool.h"
#include "screening/FollowUpRepository.h"
#include "screening/RunRepository.h"
#include "screening/SheetStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace cd::demo {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Demo)
};

// Severity levels (minimal, mild, moderate, moderately severe, severe), per mille of the valid
// sheets: a typical community sample.
constexpr int kLevelPermille[] = {700, 180, 80, 30, 10};
// The chance that a sheet at each level marks a critical item (PHQ-9 item 9), per mille: about
// 2 % of the sheets in all.
constexpr int kCriticalPermille[] = {0, 20, 80, 250, 500};
constexpr int kInvalidPermille = 10;   // too many blanks
constexpr int kOneBlankPermille = 20;  // one blank, prorated

// Synthetic notes a counselor writes when closing a follow-up: typical, about nobody.
const QStringList kConfirmedNotes = {u"约谈确认近两周情绪低落、睡眠差，已建立个案并告知班主任。"_s,
                                     u"面谈后确认存在明显的考试焦虑，纳入每周个体辅导。"_s,
                                     u"学生自述与家人关系紧张，困扰属实，已约家长面谈。"_s};
const QStringList kClearedNotes = {u"面谈后情绪平稳，答题时误解了题意，解除标记。"_s,
                                   u"近期感冒影响睡眠，现已恢复，无需跟进。"_s,
                                   u"学生表示当时随意作答，面谈未见异常，解除标记。"_s,
                                   u"考试周压力所致，目前状态良好，解除标记。"_s};

int drawLevel(QRandomGenerator &rng)
{
    int r = static_cast<int>(rng.bounded(1000));
    for (int level = 0; level < 5; ++level) {
        if (r < kLevelPermille[level]) return level;
        r -= kLevelPermille[level];
    }
    return 4;
}

/// The band a severity level falls in, for definitions with fewer bands than levels.
int bandOf(int level, int bands)
{
    if (bands >= 3) return std::min(level, bands - 1);
    return level >= 2 ? std::min(1, bands - 1) : 0;
}

/// One synthetic sheet: a total drawn in the level's band, spread over the items.
screening::AnswerRow drawSheet(const screening::Instrument &ins, QRandomGenerator &rng)
{
    const int items = static_cast<int>(ins.items.size());
    const int lo = ins.minValue(), hi = ins.maxValue();
    const int level = drawLevel(rng);
    int total = 0;
    if (!ins.bands.isEmpty()) {
        const screening::Band &band = ins.bands.at(bandOf(level, static_cast<int>(ins.bands.size())));
        const int bandMin = static_cast<int>(std::ceil(std::max(band.min, ins.lowestTotal())));
        const int bandMax = static_cast<int>(std::floor(std::min(band.max, ins.highestTotal())));
        const double u = rng.generateDouble();
        // Within the lowest band most students score near its bottom.
        const double spread = level == 0 ? u * u : u;
        total = bandMin + static_cast<int>(spread * (bandMax - bandMin + 1));
        total = std::clamp(total, bandMin, bandMax);
    }
    // Scores per item, from the lowest value up; critical items only when this sheet marks one.
    std::vector<int> score(static_cast<size_t>(items), lo);
    std::vector<int> open;
    const bool critical = static_cast<int>(rng.bounded(1000)) < kCriticalPermille[level];
    for (int i = 0; i < items; ++i) {
        const QString &id = ins.items.at(i).id;
        const auto rule = std::find_if(ins.critical.cbegin(), ins.critical.cend(),
                                       [&id](const screening::CriticalItem &c) { return c.item == id; });
        if (rule == ins.critical.cend()) {
            open.push_back(i);
        } else if (critical && rule->above < hi) {
            score[static_cast<size_t>(i)] = rule->above + 1 + static_cast<int>(rng.bounded(hi - rule->above));
        }
    }
    int points = total - std::accumulate(score.cbegin(), score.cend(), 0);
    while (points > 0 && !open.empty()) {
        const size_t k = rng.bounded(static_cast<quint32>(open.size()));
        const size_t i = static_cast<size_t>(open[k]);
        ++score[i];
        --points;
        if (score[i] == hi) open.erase(open.begin() + static_cast<std::ptrdiff_t>(k));
    }
    screening::AnswerRow row(static_cast<size_t>(items));
    for (int i = 0; i < items; ++i)
        row[static_cast<size_t>(i)] = ins.items.at(i).reverse ? lo + hi - score[static_cast<size_t>(i)] : score[static_cast<size_t>(i)];
    // Some sheets come back with blanks: one (prorated), or too many (invalid).
    const int blanks = static_cast<int>(rng.bounded(1000));
    int missing = 0;
    if (blanks < kInvalidPermille) missing = ins.validity.maxMissing + 1 + static_cast<int>(rng.bounded(2));
    else if (blanks < kInvalidPermille + kOneBlankPermille && ins.validity.maxMissing > 0) missing = 1;
    for (int m = 0; m < std::min(missing, items); ++m) {
        size_t i = rng.bounded(static_cast<quint32>(items));
        while (row[i] == screening::kUnanswered) i = (i + 1) % static_cast<size_t>(items);
        row[i] = screening::kUnanswered;
    }
    return row;
}

struct DemoRun {
    QString name;
    QList<int> grades;
    QStringList instruments;
    QDate opens;
    QDate closes;
};

Status closeSomeFollowUps(vault::Vault &vault, qint64 runId, const QDate &today, bool runClosed, QRandomGenerator &rng)
{
    QList<qint64> ids;
    {
        auto stmt = vault.database().prepare(u"SELECT id FROM screening_follow_ups WHERE run_id = ? ORDER BY id"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, runId);
        for (;;) {
            auto row = stmt->step();
            if (!row) return row.error();
            if (!*row) break;
            ids << stmt->int64(0);
        }
    }
    // Each change is its own audited transaction: a few dozen keep a large demo quick to make.
    constexpr int kMaxClosed = 60, kMaxScheduled = 15;
    int closedCount = 0, scheduled = 0;
    screening::FollowUpRepository followUps(vault);
    for (qint64 id : ids) {
        const int r = static_cast<int>(rng.bounded(100));
        if (runClosed && r < 70 && closedCount++ < kMaxClosed) {
            const bool confirmed = rng.bounded(100) < 35;
            const QStringList &notes = confirmed ? kConfirmedNotes : kClearedNotes;
            CD_TRY(followUps.close(id, confirmed ? screening::FollowUpStatus::Confirmed : screening::FollowUpStatus::Cleared,
                                   notes.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(notes.size()))))));
        } else if (r >= 70 && r < 90 && scheduled++ < kMaxScheduled) {
            const QDate day = today.addDays(1 + rng.bounded(6));
            CD_TRY(followUps.scheduleInterview(id, QDateTime(day, QTime(8 + static_cast<int>(rng.bounded(9)), 0))));
        }
    }
    return {};
}

Status addRun(vault::Vault &vault, const DemoRun &demo, const QDate &today, QRandomGenerator &rng)
{
    screening::Run run;
    run.name = demo.name;
    for (const QString &code : demo.instruments) run.instruments << screening::RunInstrument{code, {}};
    for (int grade : demo.grades) run.targets << screening::RunTarget{grade, {}};
    run.opensOn = demo.opens;
    run.closesOn = demo.closes;
    screening::RunRepository runs(vault);
    auto runId = runs.create(run);
    if (!runId) return runId.error();
    if (demo.opens > today) return {};  // planned: nothing answered yet

    auto people = runs.participants(*runId);
    if (!people) return people.error();
    // Who sat the screening: 92–97 % of the list once it has closed, fewer while it runs.
    const bool closed = demo.closes < today;
    double rate = (920 + rng.bounded(51)) / 1000.0;
    if (!closed) rate *= std::max(0.3, (demo.opens.daysTo(today) + 1.0) / (demo.opens.daysTo(demo.closes) + 1.0));
    QList<bool> present;
    for (qsizetype i = 0; i < people->size(); ++i) present << (rng.generateDouble() < rate);
    for (const QString &code : demo.instruments) {
        auto ins = runs.instrument(*runId, code);
        if (!ins) return ins.error();
        QList<screening::SheetInput> sheets;
        for (qsizetype i = 0; i < people->size(); ++i) {
            if (!present.at(i) || rng.bounded(200) == 0) continue;  // absent, or skipped this one
            const int perItem = 5 + static_cast<int>(rng.bounded(15));
            sheets << screening::SheetInput{people->at(i).studentId, drawSheet(*ins, rng),
                                            static_cast<int>(ins->items.size()) * perItem + static_cast<int>(rng.bounded(60))};
        }
        if (sheets.isEmpty()) continue;
        auto saved = screening::SheetStore(vault, *runId).saveSheets(code, sheets, screening::SheetSource::Import);
        if (!saved) return saved.error();
    }
    if (closed) CD_TRY(runs.setStatus(*runId, screening::RunStatus::Closed));
    return closeSomeFollowUps(vault, *runId, today, closed, rng);
}

}  // namespace

Status populateDemoScreening(vault::Vault &vault, quint32 seed, const QDate &today)
{
    QRandomGenerator rng(seed ^ 0x5c4eu);
    // The school year starts on 1 September.
    const int year = today.month() >= 9 ? today.year() : today.year() - 1;
    QList<int> secondary, primary;
    for (int grade : gradesOf(vault.school().type)) {
        if (grade >= 7) secondary << grade;
        else if (grade >= 3) primary << grade;  // SCARED is for ages 8 to 18
    }
    const QDate autumnOpens(year, 9, 22), autumnCloses(year, 10, 16);
    const QDate springOpens(year + 1, 3, 9), springCloses(year + 1, 3, 27);
    QList<DemoRun> list;
    if (!secondary.isEmpty()) {
        //: a demo screening run's name; %1 is the year
        list << DemoRun{Tr::tr("%1 autumn screening").arg(year), secondary, {u"PHQ-9"_s, u"GAD-7"_s}, autumnOpens,
                        autumnCloses};
        list << DemoRun{Tr::tr("%1 spring screening").arg(year + 1), secondary, {u"PHQ-9"_s, u"GAD-7"_s}, springOpens,
                        springCloses};
    }
    if (!primary.isEmpty()) {
        //: a demo screening run's name; %1 is the year
        list << DemoRun{Tr::tr("%1 autumn screening (primary grades)").arg(year), primary, {u"SCARED"_s}, autumnOpens,
                        autumnCloses};
        list << DemoRun{Tr::tr("%1 spring screening (primary grades)").arg(year + 1), primary, {u"SCARED"_s},
                        springOpens, springCloses};
    }
    for (const DemoRun &run : list) CD_TRY(addRun(vault, run, today, rng));
    return {};
}

}  // namespace cd::demo

// Instrument scoring: every shipped instrument scores vectors worked out by hand here (each band
// edge as published, subscales, critical items, reverse-keyed items, proration, answers that are
// no option), by item id and by item position. Loading and definitions:
// test_instrument_definitions.cpp.

#include "unit/ShippedInstrument.h"

#include "screening/InstrumentReader.h"
#include "screening/Scoring.h"
#include "screening/SheetScoring.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace cd;
using namespace cd::screening;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

/// Every item answered `value`, except those in `except`.
Answers allAnswered(const Instrument &ins, int value, const QMap<QString, int> &except = {})
{
    Answers a;
    for (const Item &i : ins.items) a.insert(i.id, except.value(i.id, value));
    return a;
}

QString bandLabel(const Instrument &ins, const SheetScore &s)
{
    return s.band >= 0 ? ins.bands.at(s.band).label.value(u"en"_s) : QString();
}

/// Answers whose scored total is `total`: every item starts at the lowest score, then items are
/// raised in order to the highest until the total is reached. Items in `reversed` (the published
/// reverse-keyed items) are answered so that they score what is wanted: answer = low + high - score.
Answers answersForTotal(const Instrument &ins, int total, const QSet<QString> &reversed, int low, int high)
{
    Answers a;
    int left = total - low * static_cast<int>(ins.items.size());
    REQUIRE(left >= 0);
    for (const Item &i : ins.items) {
        const int score = low + std::min(left, high - low);
        left -= score - low;
        a.insert(i.id, reversed.contains(i.id) ? low + high - score : score);
    }
    REQUIRE(left == 0);
    return a;
}

/// A subscale's value by code (REQUIREs it).
ScaleScore subscale(const SheetScore &s, const QString &code)
{
    for (const ScaleScore &sub : s.subscales)
        if (sub.code == code) return sub;
    FAIL("no subscale " << code.toStdString());
    return {};
}

}  // namespace

// Every band edge of every shipped instrument, on both sides, with the band and whether the
// total is flagged written out from the published cut-offs (not read from the definitions):
//   PHQ-9  Kroenke, Spitzer & Williams 2001: 0-4 minimal, 5-9 mild, 10-14 moderate,
//          15-19 moderately severe, 20-27 severe; follow-up from 10.
//   GAD-7  Spitzer et al. 2006: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe; from 10.
//   SCARED Birmaher et al. 1999: 25 or more, possible anxiety disorder (0-82).
//   RSES   Rosenberg 1965 (0-3 scoring): below 15, low self-esteem (0-30).
//   CES-DC Weissman, Orvaschel & Padian 1980: above 15, possible depression (0-60).
//   K10    Andrews & Slade 2001: 10-15 low, 16-21 moderate, 22-29 high, 30-50 very high
//          distress; high and very high are followed up.
TEST_CASE("instruments: every band edge of every shipped instrument, both sides, as published", "[screening][bands]")
{
    struct Edge {
        const char *instrument;
        int total;
        const char *band;
        bool flagged;
    };
    const Edge edges[] = {
        {"PHQ-9", 0, "Minimal", false},
        {"PHQ-9", 4, "Minimal", false},
        {"PHQ-9", 5, "Mild", false},
        {"PHQ-9", 9, "Mild", false},
        {"PHQ-9", 10, "Moderate", true},
        {"PHQ-9", 14, "Moderate", true},
        {"PHQ-9", 15, "Moderately severe", true},
        {"PHQ-9", 19, "Moderately severe", true},
        {"PHQ-9", 20, "Severe", true},
        {"PHQ-9", 27, "Severe", true},
        {"GAD-7", 0, "Minimal", false},
        {"GAD-7", 4, "Minimal", false},
        {"GAD-7", 5, "Mild", false},
        {"GAD-7", 9, "Mild", false},
        {"GAD-7", 10, "Moderate", true},
        {"GAD-7", 14, "Moderate", true},
        {"GAD-7", 15, "Severe", true},
        {"GAD-7", 21, "Severe", true},
        {"SCARED", 0, "Below the cut-off", false},
        {"SCARED", 24, "Below the cut-off", false},
        {"SCARED", 25, "Possible anxiety disorder", true},
        {"SCARED", 82, "Possible anxiety disorder", true},
        {"RSES", 0, "Low self-esteem", true},
        {"RSES", 14, "Low self-esteem", true},
        {"RSES", 15, "Within the usual range", false},
        {"RSES", 30, "Within the usual range", false},
        {"CES-DC", 0, "Below the cut-off", false},
        {"CES-DC", 15, "Below the cut-off", false},
        {"CES-DC", 16, "Possible depression", true},
        {"CES-DC", 60, "Possible depression", true},
        {"K10", 10, "Low distress", false},
        {"K10", 15, "Low distress", false},
        {"K10", 16, "Moderate distress", false},
        {"K10", 21, "Moderate distress", false},
        {"K10", 22, "High distress", true},
        {"K10", 29, "High distress", true},
        {"K10", 30, "Very high distress", true},
        {"K10", 50, "Very high distress", true},
    };
    // Answer ranges and reverse-keyed items as published.
    const QMap<QString, std::tuple<int, int, QSet<QString>>> scoring = {
        {u"PHQ-9"_s, {0, 3, {}}},
        {u"GAD-7"_s, {0, 3, {}}},
        {u"SCARED"_s, {0, 2, {}}},
        {u"RSES"_s, {0, 3, {u"2"_s, u"5"_s, u"6"_s, u"8"_s, u"9"_s}}},
        {u"CES-DC"_s, {0, 3, {u"4"_s, u"8"_s, u"12"_s, u"16"_s}}},
        {u"K10"_s, {1, 5, {}}},
    };
    // The edges above are every edge: as many bands as published, each with both ends listed.
    const QMap<QString, int> bandCount = {{u"PHQ-9"_s, 5}, {u"GAD-7"_s, 4}, {u"SCARED"_s, 2},
                                          {u"RSES"_s, 2},  {u"CES-DC"_s, 2}, {u"K10"_s, 4}};
    for (auto it = bandCount.cbegin(); it != bandCount.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(shipped(it.key()).bands.size() == it.value());
        CHECK(std::count_if(std::begin(edges), std::end(edges),
                            [&](const Edge &e) { return QLatin1String(e.instrument) == it.key(); })
              == 2 * it.value());
    }

    for (const Edge &edge : edges) {
        const QString code = QLatin1String(edge.instrument);
        INFO(edge.instrument << " total " << edge.total);
        const Instrument ins = shipped(code);
        const auto &[low, high, reversed] = scoring.value(code);
        const SheetScore s = scoreSheet(ins, answersForTotal(ins, edge.total, reversed, low, high));
        CHECK(s.valid);
        CHECK(s.total == edge.total);
        CHECK(bandLabel(ins, s) == QString::fromUtf8(edge.band));
        CHECK(s.totalFlagged == edge.flagged);
    }
}

TEST_CASE("instruments: SCARED subscales on both sides of their published cut-offs", "[screening][bands]")
{
    // Birmaher et al. 1999: panic/somatic 7, generalized anxiety 9, separation anxiety 5, social
    // anxiety 8, school avoidance 3 (each "or more").
    const Instrument scared = shipped(u"SCARED"_s);
    struct Side {
        const char *code;
        QStringList items;  ///< raised to 2 in order, the last to 1 when the value is odd
        int value;
        bool flagged;
    };
    const QStringList panic = {u"1"_s, u"6"_s, u"9"_s, u"12"_s};
    const QStringList generalized = {u"5"_s, u"7"_s, u"14"_s, u"21"_s, u"23"_s};
    const QStringList separation = {u"4"_s, u"8"_s, u"13"_s};
    const QStringList social = {u"3"_s, u"10"_s, u"26"_s, u"32"_s};
    const QStringList school = {u"2"_s, u"11"_s};
    const Side sides[] = {
        {"panic", panic, 6, false},       {"panic", panic, 7, true},
        {"generalized", generalized, 8, false}, {"generalized", generalized, 9, true},
        {"separation", separation, 4, false},   {"separation", separation, 5, true},
        {"social", social, 7, false},     {"social", social, 8, true},
        {"school", school, 2, false},     {"school", school, 3, true},
    };
    for (const Side &side : sides) {
        INFO(side.code << " " << side.value);
        Answers a = allAnswered(scared, 0);
        int left = side.value;
        for (const QString &id : side.items) {
            a[id] = std::min(left, 2);
            left -= a[id];
        }
        REQUIRE(left == 0);
        const SheetScore s = scoreSheet(scared, a);
        CHECK(s.valid);
        CHECK(s.total == side.value);
        CHECK_FALSE(s.totalFlagged);  // far below 25
        const ScaleScore sub = subscale(s, QString::fromLatin1(side.code));
        CHECK(sub.value == side.value);
        CHECK(sub.flagged == side.flagged);
        CHECK(s.needsFollowUp() == side.flagged);
    }
}

TEST_CASE("instruments: a school's definition scored by mean: bands from their start up to the next", "[screening][bands]")
{
    // docs/instrument-format.md: for means, each band starts where the one before ends (the start
    // belongs to it, its end to the next), the last one ends at the highest possible mean.
    const QByteArray definition = R"({
  "format": 1, "code": "M", "version": "1", "name": "Mean test",
  "options": [{"value": 1, "label": "a"}, {"value": 2, "label": "b"}, {"value": 3, "label": "c"},
              {"value": 4, "label": "d"}],
  "items": [{"id": "1"}, {"id": "2"}],
  "total": {"items": "all", "method": "mean"},
  "bands": [
    {"min": 1, "max": 2.5, "label": "low", "flag": true},
    {"min": 2.5, "max": 4, "label": "high"}
  ]
})";
    auto ins = parseInstrument(definition, u"m.json"_s);
    INFO((ins ? QString() : ins.error().message).toStdString());
    REQUIRE(ins.ok());
    struct Case {
        int first;
        int second;
        double mean;
        const char *band;
        bool flagged;  ///< the first band flags: the only flag (no rule on the total)
    };
    const Case cases[] = {
        {1, 1, 1.0, "low", true},   {2, 2, 2.0, "low", true},    {2, 3, 2.5, "high", false},
        {3, 4, 3.5, "high", false}, {4, 4, 4.0, "high", false},
    };
    for (const Case &c : cases) {
        INFO("answers " << c.first << ", " << c.second);
        const SheetScore s = scoreSheet(*ins, {{u"1"_s, c.first}, {u"2"_s, c.second}});
        CHECK(s.valid);
        CHECK(s.total == Approx(c.mean));
        CHECK(bandLabel(*ins, s) == QString::fromLatin1(c.band));
        CHECK(s.totalFlagged == c.flagged);
    }
}

TEST_CASE("instruments: \"every answer the same\" needs more than one item", "[screening]")
{
    const QByteArray definition = R"({
  "format": 1, "code": "O", "version": "1", "name": "One item",
  "options": [{"value": 0, "label": "no"}, {"value": 1, "label": "yes"}],
  "items": [{"id": "1"}],
  "total": {"items": "all", "method": "sum"},
  "bands": [{"min": 0, "max": 1, "label": "all"}],
  "validity": {"same_answer": true}
})";
    auto ins = parseInstrument(definition, u"o.json"_s);
    INFO((ins ? QString() : ins.error().message).toStdString());
    REQUIRE(ins.ok());
    const SheetScore s = scoreSheet(*ins, {{u"1"_s, 1}});
    CHECK(s.valid);  // one answer is not "the same answer everywhere"
    CHECK(s.total == 1);
}

TEST_CASE("instruments: PHQ-9 item 9 is critical from \"several days\", never at \"not at all\"", "[screening][critical]")
{
    const Instrument phq = shipped(u"PHQ-9"_s);
    // Every other item at its highest: a total of 24, severe, yet item 9 at 0 is no critical item.
    SheetScore s = scoreSheet(phq, allAnswered(phq, 3, {{u"9"_s, 0}}));
    CHECK(s.total == 24);
    CHECK(s.critical.isEmpty());
    // Everything else at 0, item 9 at 1, 2 or 3: critical, whatever the total.
    for (int value : {1, 2, 3}) {
        INFO("item 9 = " << value);
        s = scoreSheet(phq, allAnswered(phq, 0, {{u"9"_s, value}}));
        CHECK(s.total == value);
        CHECK_FALSE(s.totalFlagged);
        REQUIRE(s.critical.size() == 1);
        CHECK(s.critical.first().item == u"9"_s);
        CHECK(s.needsFollowUp());
    }
    // No other shipped instrument has critical items.
    for (const QString &code : {u"GAD-7"_s, u"SCARED"_s, u"RSES"_s, u"CES-DC"_s, u"K10"_s})
        CHECK(shipped(code).critical.isEmpty());
}

TEST_CASE("instruments: PHQ-9 item 9 always flagged, proration, answers that are no option", "[screening]")
{
    const Instrument phq = shipped(u"PHQ-9"_s);
    // Totals worked out by hand (nine items of 0-3).
    SheetScore s = scoreSheet(phq, allAnswered(phq, 2, {{u"1"_s, 1}, {u"2"_s, 0}, {u"3"_s, 0}}));  // 1 + 0 + 0 + 6 x 2
    CHECK(s.total == 13);
    CHECK(bandLabel(phq, s) == u"Moderate"_s);
    CHECK(s.totalFlagged);

    // Item 9 answered "several days" on an otherwise clear sheet: flagged, whatever the total.
    s = scoreSheet(phq, allAnswered(phq, 0, {{u"9"_s, 1}}));
    CHECK(s.total == 1);
    REQUIRE(s.critical.size() == 1);
    CHECK(s.critical.first().item == u"9"_s);
    CHECK(s.needsFollowUp());

    // One item missing: prorated (8 answers of 2 = 16, x 9/8 = 18); two missing: invalid, yet
    // item 9 is still seen.
    Answers one = allAnswered(phq, 2);
    one.remove(u"3"_s);
    s = scoreSheet(phq, one);
    CHECK(s.valid);
    CHECK(s.missing == 1);
    CHECK(s.total == 18);
    Answers two = allAnswered(phq, 0, {{u"9"_s, 2}});
    two.remove(u"1"_s);
    two.remove(u"2"_s);
    s = scoreSheet(phq, two);
    CHECK_FALSE(s.valid);
    CHECK(s.band == -1);
    CHECK(s.critical.size() == 1);
    CHECK(s.needsFollowUp());
    // An answer that is not an option invalidates the sheet.
    s = scoreSheet(phq, allAnswered(phq, 0, {{u"4"_s, 7}}));
    CHECK_FALSE(s.valid);
}

TEST_CASE("instruments: GAD-7 and K10 bands", "[screening]")
{
    const Instrument gad = shipped(u"GAD-7"_s);
    CHECK(scoreSheet(gad, allAnswered(gad, 2, {{u"1"_s, 0}, {u"2"_s, 0}})).total == 10);
    CHECK(bandLabel(gad, scoreSheet(gad, allAnswered(gad, 2, {{u"1"_s, 0}, {u"2"_s, 0}}))) == u"Moderate"_s);
    CHECK(bandLabel(gad, scoreSheet(gad, allAnswered(gad, 2, {{u"1"_s, 1}}))) == u"Moderate"_s);  // 13
    CHECK(bandLabel(gad, scoreSheet(gad, allAnswered(gad, 2, {{u"1"_s, 3}}))) == u"Severe"_s);    // 15
    const Instrument k10 = shipped(u"K10"_s);
    CHECK(scoreSheet(k10, allAnswered(k10, 1)).total == 10);
    CHECK(bandLabel(k10, scoreSheet(k10, allAnswered(k10, 1))) == u"Low distress"_s);
    CHECK(bandLabel(k10, scoreSheet(k10, allAnswered(k10, 2, {{u"1"_s, 1}}))) == u"Moderate distress"_s);  // 19
    CHECK(bandLabel(k10, scoreSheet(k10, allAnswered(k10, 2, {{u"1"_s, 4}}))) == u"High distress"_s);      // 22
    CHECK(bandLabel(k10, scoreSheet(k10, allAnswered(k10, 3))) == u"Very high distress"_s);                 // 30
    CHECK(scoreSheet(k10, allAnswered(k10, 3)).needsFollowUp());
    CHECK_FALSE(scoreSheet(k10, allAnswered(k10, 0)).valid);  // 0 is not a K10 answer
}

TEST_CASE("instruments: Rosenberg reverses five items and flags a low total", "[screening]")
{
    const Instrument rses = shipped(u"RSES"_s);
    // "Agree" (2) everywhere: positive items 1,3,4,7,10 give 2 each = 10; reversed 2,5,6,8,9 give
    // 0+3-2 = 1 each = 5; total 15, just inside the usual range. But all answers are the same:
    // the sheet is invalid (acquiescence), never scored into a band.
    SheetScore s = scoreSheet(rses, allAnswered(rses, 2));
    CHECK(s.total == 15);
    CHECK_FALSE(s.valid);
    // Strong self-esteem: agree strongly with positive items, disagree strongly with negative.
    Answers high;
    for (const char *id : {"1", "3", "4", "7", "10"}) high.insert(QString::fromLatin1(id), 3);
    for (const char *id : {"2", "5", "6", "8", "9"}) high.insert(QString::fromLatin1(id), 0);
    s = scoreSheet(rses, high);
    CHECK(s.valid);
    CHECK(s.total == 30);
    CHECK_FALSE(s.totalFlagged);
    // Low: positive items "disagree" (1 x 5), negative items "agree" (reversed 1 x 5): 10.
    Answers low;
    for (const char *id : {"1", "3", "4", "7", "10"}) low.insert(QString::fromLatin1(id), 1);
    for (const char *id : {"2", "5", "6", "8", "9"}) low.insert(QString::fromLatin1(id), 2);
    s = scoreSheet(rses, low);
    CHECK(s.total == 10);
    CHECK(s.totalFlagged);
    CHECK(bandLabel(rses, s) == u"Low self-esteem"_s);
}

TEST_CASE("instruments: CES-DC reverse items and cut-off, SCARED subscales", "[screening]")
{
    const Instrument ces = shipped(u"CES-DC"_s);
    // All "a little" (1) except reversed items 4, 8, 12, 16 answered "a lot" (3 -> 0): 16 x 1 = 16.
    SheetScore s = scoreSheet(ces, allAnswered(ces, 1, {{u"4"_s, 3}, {u"8"_s, 3}, {u"12"_s, 3}, {u"16"_s, 3}}));
    CHECK(s.valid);
    CHECK(s.total == 16);
    CHECK(s.totalFlagged);
    s = scoreSheet(ces, allAnswered(ces, 1, {{u"1"_s, 0}, {u"4"_s, 3}, {u"8"_s, 3}, {u"12"_s, 3}, {u"16"_s, 3}}));
    CHECK(s.total == 15);
    CHECK_FALSE(s.totalFlagged);

    const Instrument scared = shipped(u"SCARED"_s);
    // School avoidance items 2, 11, 17, 36 answered 1 each: 4 >= 3, flagged; all else 0.
    s = scoreSheet(scared, allAnswered(scared, 0, {{u"2"_s, 1}, {u"11"_s, 1}, {u"17"_s, 1}, {u"36"_s, 1}}));
    CHECK(s.total == 4);
    CHECK_FALSE(s.totalFlagged);
    bool school = false;
    for (const ScaleScore &sub : s.subscales)
        if (sub.code == u"school"_s) school = sub.flagged && sub.value == 4;
    CHECK(school);
    CHECK(s.needsFollowUp());
    CHECK(scoreSheet(scared, allAnswered(scared, 1, {{u"1"_s, 0}, {u"2"_s, 0}, {u"3"_s, 0}, {u"4"_s, 0}, {u"5"_s, 0},
                                                     {u"6"_s, 0}, {u"7"_s, 0}, {u"8"_s, 0}, {u"9"_s, 0}, {u"10"_s, 0},
                                                     {u"11"_s, 0}, {u"12"_s, 0}, {u"13"_s, 0}, {u"14"_s, 0},
                                                     {u"15"_s, 0}, {u"16"_s, 0}}))
              .total
          == 25);
}

TEST_CASE("scoring by item position: rows worked out by hand", "[instruments][scoring]")
{
    const int K = kUnanswered;
    // PHQ-9, item 9 blank: 8 x 3 = 24, prorated x 9/8 = 27; severe.
    SheetScore s = scoreAnswerRow(shipped(u"PHQ-9"_s), {3, 3, 3, 3, 3, 3, 3, 3, K}, std::nullopt);
    CHECK(s.valid);
    CHECK(s.answered == 8);
    CHECK(s.missing == 1);
    CHECK(s.total == 27);
    CHECK(s.band == 4);
    CHECK(s.critical.isEmpty());
    // PHQ-9 by position: the ninth value is item 9.
    s = scoreAnswerRow(shipped(u"PHQ-9"_s), {0, 0, 0, 0, 0, 0, 0, 0, 2}, std::nullopt);
    CHECK(s.total == 2);
    REQUIRE(s.critical.size() == 1);
    CHECK(s.critical.first().item == u"9"_s);
    // RSES by position, items 2, 5, 6, 8 and 9 reversed: 3+3+3+3+3 + (3-0) x 5 = 30.
    s = scoreAnswerRow(shipped(u"RSES"_s), {3, 0, 3, 3, 0, 0, 3, 0, 0, 3}, std::nullopt);
    CHECK(s.valid);
    CHECK(s.total == 30);
    CHECK(s.band == 1);
    CHECK_FALSE(s.totalFlagged);
    // Positions decide what is reversed: 0 + (3-3) + 0 + 3 + (3-3) + (3-0) + 0 + (3-3) + (3-0) + 0 = 9.
    s = scoreAnswerRow(shipped(u"RSES"_s), {0, 3, 0, 3, 3, 0, 0, 3, 0, 0}, std::nullopt);
    CHECK(s.total == 9);
    CHECK(s.band == 0);
    CHECK(s.totalFlagged);
    // GAD-7, two blanks where one is allowed: invalid, no band, still a total (prorated 5 x 7/5).
    s = scoreAnswerRow(shipped(u"GAD-7"_s), {1, 1, K, 1, K, 1, 1}, std::nullopt);
    CHECK_FALSE(s.valid);
    CHECK(s.invalidCodes == QStringList{u"missing"_s});
    CHECK(s.missing == 2);
    CHECK(s.band == -1);
    CHECK(s.total == 7);
    // K10 answers 1-5: a 0 is no option.
    s = scoreAnswerRow(shipped(u"K10"_s), {2, 2, 2, 2, 2, 2, 2, 2, 2, 0}, std::nullopt);
    CHECK_FALSE(s.valid);
    CHECK(s.invalidCodes == QStringList{u"options"_s});
    // CES-DC, every answer 1: the same answer everywhere, invalid; 16 x 1 + 4 reversed x 2 = 24.
    s = scoreAnswerRow(shipped(u"CES-DC"_s), AnswerRow(20, 1), std::nullopt);
    CHECK_FALSE(s.valid);
    CHECK(s.invalidCodes == QStringList{u"same"_s});
    CHECK(s.total == 24);
    // A short row: the items past its end are unanswered (SCARED allows 2 of 41).
    s = scoreAnswerRow(shipped(u"SCARED"_s), AnswerRow(39, 1), std::nullopt);
    CHECK(s.valid);
    CHECK(s.missing == 2);
    CHECK(s.total == 41);  // 39, prorated x 41/39 = 41
    CHECK(s.band == 1);
}

// A cross-check of the two ways in (they share the scoring itself): what the scores should be is
// checked by the hand-worked tests above; this one shows the id map and the positions agree.
TEST_CASE("scoring by item position gives exactly the score by item id", "[instruments][scoring]")
{
    auto all = shippedInstruments();
    REQUIRE(all.ok());
    QRandomGenerator rng(4);
    for (const Instrument &ins : *all) {
        INFO(ins.code.toStdString());
        for (int n = 0; n < 300; ++n) {
            // Mostly options, some blanks, now and then a value that is no option.
            AnswerRow row(static_cast<size_t>(ins.items.size()));
            const int blanks = static_cast<int>(rng.bounded(4));
            for (int &v : row) {
                const int r = static_cast<int>(rng.bounded(100));
                v = r < blanks * 3 ? kUnanswered : r == 99 ? ins.maxValue() + 1 : ins.minValue() + static_cast<int>(rng.bounded(ins.maxValue() - ins.minValue() + 1));
            }
            if (n % 50 == 0) std::fill(row.begin(), row.end(), ins.minValue());  // every answer the same
            const std::optional<int> seconds = n % 3 ? std::optional<int>(static_cast<int>(rng.bounded(400))) : std::nullopt;
            const SheetScore byId = scoreSheet(ins, toAnswers(ins, row), seconds);
            const SheetScore byPosition = scoreAnswerRow(ins, row, seconds);
            CHECK(byPosition.valid == byId.valid);
            CHECK(byPosition.invalidCodes == byId.invalidCodes);
            CHECK(byPosition.answered == byId.answered);
            CHECK(byPosition.missing == byId.missing);
            CHECK(byPosition.total == byId.total);
            CHECK(byPosition.band == byId.band);
            CHECK(byPosition.totalFlagged == byId.totalFlagged);
            CHECK(byPosition.needsFollowUp() == byId.needsFollowUp());
            REQUIRE(byPosition.subscales.size() == byId.subscales.size());
            for (qsizetype i = 0; i < byId.subscales.size(); ++i) {
                CHECK(byPosition.subscales.at(i).value == byId.subscales.at(i).value);
                CHECK(byPosition.subscales.at(i).flagged == byId.subscales.at(i).flagged);
            }
            REQUIRE(byPosition.critical.size() == byId.critical.size());
            for (qsizetype i = 0; i < byId.critical.size(); ++i) CHECK(byPosition.critical.at(i).item == byId.critical.at(i).item);
        }
    }
}

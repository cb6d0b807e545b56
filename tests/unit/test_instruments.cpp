// Instrument definitions and scoring: every shipped instrument loads and scores vectors worked
// out by hand here; broken definitions are refused with the line and the field.

#include "screening/InstrumentReader.h"
#include "screening/Scoring.h"
#include "screening/SheetScoring.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace cd;
using namespace cd::screening;
using namespace Qt::StringLiterals;

namespace {

Instrument shipped(const QString &code)
{
    auto all = shippedInstruments();
    INFO((all ? QString() : all.error().message).toStdString());
    REQUIRE(all.ok());
    for (const Instrument &i : *all)
        if (i.code == code) return i;
    FAIL("no shipped instrument " << code.toStdString());
    return {};
}

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

}  // namespace

TEST_CASE("instruments: the six shipped definitions load", "[screening]")
{
    auto all = shippedInstruments();
    REQUIRE(all.ok());
    QStringList codes;
    for (const Instrument &i : *all) codes << i.code;
    CHECK(codes == QStringList{u"PHQ-9"_s, u"GAD-7"_s, u"SCARED"_s, u"RSES"_s, u"CES-DC"_s, u"K10"_s});
}

TEST_CASE("instruments: PHQ-9 bands at their edges, item 9 always flagged, proration", "[screening]")
{
    const Instrument phq = shipped(u"PHQ-9"_s);
    // Totals 4 | 5, 9 | 10, 14 | 15, 19 | 20, 27: nine items of 0-3.
    const QList<std::pair<Answers, QString>> edges = {
        {allAnswered(phq, 0, {{u"1"_s, 3}, {u"2"_s, 1}}), u"Minimal"_s},                              // 4
        {allAnswered(phq, 0, {{u"1"_s, 3}, {u"2"_s, 2}}), u"Mild"_s},                                 // 5
        {allAnswered(phq, 1), u"Mild"_s},                                                             // 9
        {allAnswered(phq, 1, {{u"1"_s, 2}}), u"Moderate"_s},                                          // 10
    };
    SheetScore s = scoreSheet(phq, edges.at(0).first);
    CHECK(s.total == 4);
    CHECK(bandLabel(phq, s) == u"Minimal"_s);
    CHECK_FALSE(s.needsFollowUp());
    s = scoreSheet(phq, edges.at(1).first);
    CHECK(s.total == 5);
    CHECK(bandLabel(phq, s) == u"Mild"_s);
    s = scoreSheet(phq, edges.at(2).first);
    CHECK(s.total == 9);
    CHECK_FALSE(s.totalFlagged);
    s = scoreSheet(phq, edges.at(3).first);
    CHECK(s.total == 10);
    CHECK(bandLabel(phq, s) == u"Moderate"_s);
    CHECK(s.totalFlagged);
    s = scoreSheet(phq, allAnswered(phq, 2, {{u"1"_s, 1}, {u"2"_s, 0}, {u"3"_s, 0}}));  // 1 + 0 + 0 + 6 x 2 = 13
    CHECK(s.total == 13);
    s = scoreSheet(phq, allAnswered(phq, 2, {{u"1"_s, 0}, {u"2"_s, 1}}));  // 7*2 + 1 = 15
    CHECK(s.total == 15);
    CHECK(bandLabel(phq, s) == u"Moderately severe"_s);
    s = scoreSheet(phq, allAnswered(phq, 2, {{u"1"_s, 3}}));  // 8*2 + 3 = 19
    CHECK(bandLabel(phq, s) == u"Moderately severe"_s);
    s = scoreSheet(phq, allAnswered(phq, 2, {{u"1"_s, 3}, {u"2"_s, 3}}));  // 20
    CHECK(s.total == 20);
    CHECK(bandLabel(phq, s) == u"Severe"_s);
    s = scoreSheet(phq, allAnswered(phq, 3));
    CHECK(s.total == 27);

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

TEST_CASE("instruments: a broken definition names the line and the field", "[screening]")
{
    const QByteArray base = R"({
  "format": 1, "code": "T", "version": "1", "name": "Test",
  "options": [{"value": 0, "label": "no"}, {"value": 1, "label": "yes"}],
  "items": [{"id": "1"}, {"id": "2"}, {"id": "3"}],
  "total": {"items": "all", "method": "sum"},
  "bands": [
    {"min": 0, "max": 1, "label": "low"},
    {"min": 2, "max": 3, "label": "high"}
  ]
})";
    REQUIRE(parseInstrument(base, u"t.json"_s).ok());

    QByteArray gap = base;
    gap.replace(R"({"min": 2, "max": 3, "label": "high"})", R"({"min": 3, "max": 3, "label": "high"})");
    auto e = parseInstrument(gap, u"t.json"_s);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().message.contains(u"t.json, line 8 (bands[1])"_s));
    CHECK(e.error().message.contains(u"gap"_s));

    QByteArray twice = base;
    twice.replace(R"("items": "all", "method": "sum")", R"("items": ["1", "2", "1"], "method": "sum")");
    e = parseInstrument(twice, u"t.json"_s);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().message.contains(u"line 5 (total.items[2])"_s));
    CHECK(e.error().message.contains(u"twice"_s));

    QByteArray unknown = base;
    unknown.replace(R"("items": "all", "method": "sum")", R"("items": ["1", "9"], "method": "sum")");
    CHECK(parseInstrument(unknown, u"t.json"_s).error().message.contains(u"no item \"9\""_s));

    QByteArray overlap = base;
    overlap.replace(R"({"min": 2, "max": 3, "label": "high"})", R"({"min": 1, "max": 3, "label": "high"})");
    CHECK(parseInstrument(overlap, u"t.json"_s).error().message.contains(u"overlaps"_s));

    QByteArray uncovered = base;
    uncovered.replace(R"("max": 3, "label": "high")", R"("max": 2, "label": "high")");
    CHECK(parseInstrument(uncovered, u"t.json"_s).error().message.contains(u"highest possible total, 3"_s));

    QByteArray syntax = base;
    syntax.replace(R"("version": "1",)", R"("version": "1")");
    e = parseInstrument(syntax, u"t.json"_s);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().message.startsWith(u"t.json, line 2"_s));

    QByteArray dupValue = base;
    dupValue.replace(R"({"value": 1, "label": "yes"})", R"({"value": 0, "label": "yes"})");
    CHECK(parseInstrument(dupValue, u"t.json"_s).error().message.contains(u"options[1].value"_s));
}

TEST_CASE("instruments: norm tables turn a raw score into a T-score for the grade and sex", "[screening]")
{
    const QByteArray base = R"({
  "format": 1, "code": "N", "version": "1", "name": "Norms",
  "instructions": {"en": "Answer every item.", "zh_CN": "请回答每一题。"},
  "options": [{"value": 0, "label": "no"}, {"value": 1, "label": "yes"}],
  "items": [{"id": "1"}, {"id": "2"}, {"id": "3"}, {"id": "4"}],
  "total": {"items": "all", "method": "sum"},
  "bands": [{"min": 0, "max": 4, "label": "all"}],
  "norms": [
    {"scale": "total", "mean": 2, "sd": 1},
    {"scale": "total", "grades": [7, 8], "mean": 1, "sd": 1},
    {"scale": "total", "grades": [7, 8], "sex": "F", "mean": 1.5, "sd": 0.5}
  ]
})";
    auto ins = parseInstrument(base, u"n.json"_s);
    INFO((ins ? QString() : ins.error().message).toStdString());
    REQUIRE(ins.ok());
    CHECK(ins->instructions.value(u"zh_CN"_s) == u"请回答每一题。"_s);
    CHECK(ins->tScore(u"total"_s, 3, 9, u"M"_s) == Approx(60.0));   // any grade: 50 + 10 × (3 − 2) / 1
    CHECK(ins->tScore(u"total"_s, 3, 7, u"M"_s) == Approx(70.0));   // grade 7
    CHECK(ins->tScore(u"total"_s, 3, 7, u"F"_s) == Approx(80.0));   // grade 7, girls: 50 + 10 × 1.5 / 0.5
    CHECK_FALSE(ins->tScore(u"other"_s, 3, 7, u"F"_s).has_value());

    QByteArray badSd = base;
    badSd.replace(R"("mean": 1, "sd": 1})", R"("mean": 1, "sd": 0})");
    auto e = parseInstrument(badSd, u"n.json"_s);
    REQUIRE_FALSE(e.ok());
    CHECK(e.error().message.contains(u"(norms[1].sd)"_s));
    QByteArray badGrade = base;
    badGrade.replace(R"("grades": [7, 8], "mean": 1)", R"("grades": [7, 13], "mean": 1)");
    CHECK(parseInstrument(badGrade, u"n.json"_s).error().message.contains(u"norms[1].grades[1]"_s));
    QByteArray badScale = base;
    badScale.replace(R"({"scale": "total", "mean": 2)", R"({"scale": "anxiety", "mean": 2)");
    CHECK(parseInstrument(badScale, u"n.json"_s).error().message.contains(u"norms[0].scale"_s));
    QByteArray twice = base;
    twice.replace(R"("sex": "F", "mean": 1.5)", R"("mean": 1.5)");
    CHECK(parseInstrument(twice, u"n.json"_s).error().message.contains(u"same scale, grades and sex as norms[1]"_s));
    QByteArray negative = base;
    negative.replace(R"({"value": 0, "label": "no"})", R"({"value": -1, "label": "no"})");
    CHECK(parseInstrument(negative, u"n.json"_s).error().message.contains(u"options[0].value"_s));
}

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

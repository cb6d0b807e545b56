// Instrument definitions: the shipped ones load, carry their published Simplified Chinese text or
// none invented, and name their source; a broken definition is refused with the line and the
// field; norm tables give T-scores. Scoring: test_instruments.cpp.

#include "unit/ShippedInstrument.h"

#include "screening/InstrumentReader.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::screening;
using namespace cd::test;
using namespace Qt::StringLiterals;

TEST_CASE("instruments: the six shipped definitions load", "[screening]")
{
    auto all = shippedInstruments();
    REQUIRE(all.ok());
    QStringList codes;
    for (const Instrument &i : *all) codes << i.code;
    CHECK(codes == QStringList{u"PHQ-9"_s, u"GAD-7"_s, u"SCARED"_s, u"RSES"_s, u"CES-DC"_s, u"K10"_s});
}

// The published Simplified Chinese versions (Pfizer's PHQ Screeners site, "PHQ-9 Chinese
// (Simplified) for China" and "GAD-7 Chinese (Simplified) for China"), typed here from the
// publication, not read from the definitions.
TEST_CASE("instruments: PHQ-9 and GAD-7 carry their published Simplified Chinese text, source noted",
          "[screening][language]")
{
    const QString instructions = u"在过去两个星期，有多少时候您受到以下任何问题所困扰？"_s;
    const QStringList answers{u"完全不会"_s, u"好几天"_s, u"一半以上的天数"_s, u"几乎每天"_s};
    for (const QString &code : {u"PHQ-9"_s, u"GAD-7"_s}) {
        INFO(code.toStdString());
        const Instrument ins = shipped(code);
        CHECK(ins.instructions.value(u"zh_CN"_s) == instructions);
        REQUIRE(ins.options.size() == 4);
        for (int i = 0; i < 4; ++i) {
            CHECK(ins.options[i].value == i);
            CHECK(ins.options[i].label.value(u"zh_CN"_s) == answers[i]);
        }
        for (const Item &item : ins.items) {
            CHECK_FALSE(item.text.value(u"zh_CN"_s).trimmed().isEmpty());
            CHECK_FALSE(item.text.value(u"en"_s).trimmed().isEmpty());
        }
        CHECK(ins.itemLanguages() == QStringList{u"en"_s, u"zh_CN"_s});
        CHECK(ins.itemsReadableIn(u"zh_CN"_s));
        CHECK(ins.source.value(u"zh_CN"_s).contains(code + u" Chinese (Simplified) for China"_s));
        CHECK(ins.source.value(u"zh_CN"_s).contains(u"phqscreeners.com"_s));
        CHECK(ins.licence.contains(u"No permission required to reproduce, translate, display or distribute"_s));
    }
    const Instrument phq = shipped(u"PHQ-9"_s);
    CHECK(phq.name.value(u"zh_CN"_s) == u"患者健康问卷（PHQ-9）"_s);
    REQUIRE(phq.items.size() == 9);
    CHECK(phq.items[0].text.value(u"zh_CN"_s) == u"做事时提不起劲或没有兴趣"_s);
    CHECK(phq.items[5].text.value(u"zh_CN"_s) == u"觉得自己很糟——或觉得自己很失败，或让自己或家人失望"_s);
    CHECK(phq.items[7].text.value(u"zh_CN"_s)
          == u"动作或说话速度缓慢到别人已经察觉？或正好相反——烦躁或坐立不安、动来动去的情况更胜于平常"_s);
    CHECK(phq.items[8].text.value(u"zh_CN"_s) == u"有不如死掉或用某种方式伤害自己的念头"_s);
    const Instrument gad = shipped(u"GAD-7"_s);
    CHECK(gad.name.value(u"zh_CN"_s) == u"广泛性焦虑障碍量表（GAD-7）"_s);
    REQUIRE(gad.items.size() == 7);
    CHECK(gad.items[0].text.value(u"zh_CN"_s) == u"感觉紧张，焦虑或急切"_s);
    CHECK(gad.items[6].text.value(u"zh_CN"_s) == u"感到似乎将有可怕的事情发生而害怕"_s);
}

TEST_CASE("instruments: the other shipped scales carry no invented Chinese and say to load the official text",
          "[screening][language]")
{
    for (const QString &code : {u"SCARED"_s, u"RSES"_s, u"CES-DC"_s, u"K10"_s}) {
        INFO(code.toStdString());
        const Instrument ins = shipped(code);
        CHECK_FALSE(ins.itemsReadableIn(u"zh_CN"_s));
        for (const Item &item : ins.items) CHECK_FALSE(item.text.contains(u"zh_CN"_s));
        CHECK(ins.licence.contains(u"load the official Chinese text your school holds"_s, Qt::CaseInsensitive));
    }
    CHECK(shipped(u"RSES"_s).itemLanguages() == QStringList{u"en"_s});
    CHECK(shipped(u"SCARED"_s).itemLanguages().isEmpty());
    CHECK(shipped(u"RSES"_s).itemsReadableIn(u"en_US"_s));
}

TEST_CASE("instruments: a source is a text or texts by language, anything else is refused", "[screening][language]")
{
    const QByteArray base = R"({"format": 1, "code": "S", "version": "1", "name": "Source test", SOURCE
  "options": [{"value": 0, "label": "No"}, {"value": 1, "label": "Yes"}],
  "items": [{"id": "1", "text": {"en": "One", "zh_CN": "一"}}, {"id": "2", "text": {"en": "Two"}}],
  "total": {"items": "all", "method": "sum"},
  "bands": [{"min": 0, "max": 2, "label": "All"}]})";
    auto none = parseInstrument(QByteArray(base).replace("SOURCE", ""), u"s.json"_s);
    REQUIRE(none.ok());
    CHECK(none->source.isEmpty());
    CHECK(none->itemLanguages() == QStringList{u"en"_s});  // item 2 has no Chinese
    CHECK_FALSE(none->itemsReadableIn(u"zh_CN"_s));
    auto byLanguage = parseInstrument(QByteArray(base).replace("SOURCE", R"("source": {"zh_CN": "官方译本"},)"),
                                      u"s.json"_s);
    REQUIRE(byLanguage.ok());
    CHECK(byLanguage->source.value(u"zh_CN"_s) == u"官方译本"_s);
    auto number = parseInstrument(QByteArray(base).replace("SOURCE", R"("source": 7,)"), u"s.json"_s);
    REQUIRE_FALSE(number.ok());
    CHECK(number.error().message.contains(u"source"_s));
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

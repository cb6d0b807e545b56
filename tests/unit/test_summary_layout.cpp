// The district summary's layout as data (docs/district-summary.md): the built-in layout parses,
// and a layout that names what the code does not know, or that would publish cells that add up
// without the others, is refused with the name.

#include "district/SummaryCatalogue.h"
#include "district/SummaryLayout.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace Qt::StringLiterals;
using namespace cd::district;

namespace {

QJsonObject builtInJson()
{
    QFile f(u":/district/layout-1.json"_s);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(); }

/// The built-in layout with `edit` applied to the table `id`.
QByteArray editTable(const QString &id, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = builtInJson();
    QJsonArray tables = root.value("tables"_L1).toArray();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        QJsonObject t = tables.at(i).toObject();
        if (t.value("id"_L1).toString() != id) continue;
        edit(t);
        tables.replace(i, t);
    }
    root.insert("tables"_L1, tables);
    return bytes(root);
}

QString refusal(const QByteArray &json)
{
    auto layout = parseSummaryLayout(json);
    REQUIRE_FALSE(layout.ok());
    CHECK(layout.error().code == cd::ErrorCode::InvalidInput);
    return layout.error().message;
}

QJsonObject column(const QString &measure)
{
    return QJsonObject{{"measure"_L1, measure}, {"label"_L1, QJsonObject{{"zh_CN"_L1, u"甲"_s}, {"en"_L1, u"A"_s}}}};
}

}  // namespace

TEST_CASE("summary layout: the built-in layout has the five parts and only known measures", "[district][layout]")
{
    auto layout = builtInSummaryLayout();
    REQUIRE(layout.ok());
    CHECK(layout->id == u"cd-district-summary"_s);
    CHECK(layout->version == 1);
    QStringList parts;
    for (const LayoutTable &t : layout->tables) {
        if (!parts.contains(t.part)) parts << t.part;
        CHECK_FALSE(t.title.zh.isEmpty());
        CHECK_FALSE(t.title.en.isEmpty());
        for (const LayoutColumn &c : t.columns) CHECK(measure(c.measure) != nullptr);
        // No table breaks students down below the grade.
        CHECK(QStringList{u"school"_s, u"grade"_s, u"instrument_grade"_s, u"session_kind"_s, u"concern"_s,
                          u"group_theme"_s, u"risk_level"_s, u"destination"_s}
                  .contains(t.dimension));
    }
    CHECK(parts == summaryParts());
    CHECK(layout->label(u"grade=7"_s, u"zh_CN"_s) == u"初一"_s);
    CHECK(layout->label(u"grade=7"_s, u"en"_s) == u"Grade 7"_s);
}

TEST_CASE("summary layout: an unknown measure or dimension is refused by name", "[district][layout]")
{
    CHECK(refusal(editTable(u"counseling.sessions"_s,
                            [](QJsonObject &t) { t.insert("columns"_L1, QJsonArray{column(u"student_names"_s)}); }))
              .contains(u"student_names"_s));
    CHECK(refusal(editTable(u"counseling.sessions"_s, [](QJsonObject &t) { t.insert("rows"_L1, u"class"_s); }))
              .contains(u"“class”"_s));
    CHECK(refusal(editTable(u"counseling.sessions"_s, [](QJsonObject &t) { t.insert("part"_L1, u"gossip"_s); }))
              .contains(u"gossip"_s));
}

TEST_CASE("summary layout: a measure on a breakdown it does not have is refused", "[district][layout]")
{
    // Crisis events by grade would single out: the catalogue offers them by risk level only.
    const QString message = refusal(editTable(u"intervention.crisis"_s, [](QJsonObject &t) {
        t.insert("rows"_L1, u"grade"_s);
    }));
    CHECK(message.contains(u"crisis_events"_s));
    CHECK(message.contains(u"grade"_s));
}

TEST_CASE("summary layout: cells that add up are published together or not at all", "[district][layout]")
{
    const QString message = refusal(editTable(u"monitoring.participation"_s, [](QJsonObject &t) {
        t.insert("columns"_L1, QJsonArray{column(u"expected"_s), column(u"screened"_s)});
    }));
    CHECK(message.contains(u"not_screened"_s));
    // One of them alone is fine.
    auto one = parseSummaryLayout(editTable(u"intervention.referrals"_s, [](QJsonObject &t) {
        t.insert("columns"_L1, QJsonArray{column(u"referrals"_s)});
    }));
    CHECK(one.ok());
}

TEST_CASE("summary layout: a percentage needs its counts beside it", "[district][layout]")
{
    const QString message = refusal(editTable(u"monitoring.participation"_s, [](QJsonObject &t) {
        t.insert("columns"_L1, QJsonArray{column(u"coverage"_s), column(u"screened"_s)});
    }));
    CHECK(message.contains(u"coverage"_s));
    CHECK(message.contains(u"expected"_s));
}

TEST_CASE("summary layout: titles, labels and the layout's own fields are checked", "[district][layout]")
{
    CHECK(refusal(editTable(u"counseling.sessions"_s, [](QJsonObject &t) {
              t.insert("title"_L1, QJsonObject{{"en"_L1, u"Sessions"_s}});
          })).contains(u"counseling.sessions"_s));
    QJsonObject root = builtInJson();
    QJsonObject labels = root.value("labels"_L1).toObject();
    labels.remove("level=crisis"_L1);
    root.insert("labels"_L1, labels);
    CHECK(refusal(bytes(root)).contains(u"level=crisis"_s));
    root = builtInJson();
    root.insert("layout"_L1, u"something-else"_s);
    CHECK_FALSE(refusal(bytes(root)).isEmpty());
    root = builtInJson();
    root.insert("version"_L1, 0);
    CHECK_FALSE(refusal(bytes(root)).isEmpty());
    CHECK_FALSE(refusal("{ not json").isEmpty());
    root = builtInJson();
    QJsonArray tables = root.value("tables"_L1).toArray();
    tables.append(tables.at(0));
    root.insert("tables"_L1, tables);
    CHECK(refusal(bytes(root)).contains(u"profile.staffing"_s));
}

TEST_CASE("summary layout: a newer layout loads from its bytes", "[district][layout]")
{
    QJsonObject root = builtInJson();
    root.insert("version"_L1, 2);
    QJsonArray tables;
    for (const QJsonValue &t : root.value("tables"_L1).toArray())
        if (t.toObject().value("part"_L1).toString() == u"intervention"_s) tables.append(t);
    root.insert("tables"_L1, tables);
    auto layout = parseSummaryLayout(bytes(root));
    REQUIRE(layout.ok());
    CHECK(layout->version == 2);
    CHECK(layout->tables.size() == 3);
}

#include "district/SummaryLayout.h"

#include "district/SummaryCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <mutex>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(SummaryLayout)
};

Error problem(const QString &text)
{
    return makeError(ErrorCode::InvalidInput, text);
}

/// {"zh_CN": …, "en": …}, both required (unless `optional` and absent).
std::optional<LayoutText> readText(const QJsonValue &value)
{
    if (!value.isObject()) return std::nullopt;
    const QJsonObject o = value.toObject();
    LayoutText t{o.value("zh_CN"_L1).toString().trimmed(), o.value("en"_L1).toString().trimmed()};
    if (t.zh.isEmpty() || t.en.isEmpty()) return std::nullopt;
    return t;
}

bool allowedOn(const MeasureInfo &m, const QString &dimension)
{
    return dimension == u"school"_s || m.dimensions.contains(dimension);
}

Status readColumns(const QJsonObject &o, LayoutTable &table)
{
    const QJsonArray columns = o.value("columns"_L1).toArray();
    if (columns.isEmpty())
        return problem(Tr::tr("The layout's table “%1” has no columns.").arg(table.id));
    QSet<QString> seen;
    for (const QJsonValue &value : columns) {
        const QJsonObject c = value.toObject();
        LayoutColumn column;
        column.measure = c.value("measure"_L1).toString();
        const MeasureInfo *m = measure(column.measure);
        if (!m)
            return problem(Tr::tr("The layout's table “%1” names an unknown measure “%2”.").arg(table.id, column.measure));
        if (!allowedOn(*m, table.dimension))
            return problem(Tr::tr("The layout's table “%1”: the measure “%2” cannot be broken down by “%3”.")
                               .arg(table.id, column.measure, table.dimension));
        if (seen.contains(column.measure))
            return problem(Tr::tr("The layout's table “%1” has the measure “%2” twice.").arg(table.id, column.measure));
        seen.insert(column.measure);
        const auto label = readText(c.value("label"_L1));
        if (!label)
            return problem(Tr::tr("The layout's table “%1”: the column “%2” needs a label in zh_CN and en.")
                               .arg(table.id, column.measure));
        column.label = *label;
        table.columns << column;
    }
    for (const LayoutColumn &column : std::as_const(table.columns)) {
        const MeasureInfo *m = measure(column.measure);
        if (m->kind != ValueKind::Percent) continue;
        for (const char *part : {m->numerator, m->denominator})
            if (!seen.contains(QLatin1String(part)))
                return problem(Tr::tr("The layout's table “%1”: the percentage “%2” needs the column “%3” in the same "
                                      "table.")
                                   .arg(table.id, column.measure, QLatin1String(part)));
    }
    return {};
}

Result<LayoutTable> readTable(const QJsonValue &value, const QSet<QString> &ids)
{
    const QJsonObject o = value.toObject();
    LayoutTable table;
    table.id = o.value("id"_L1).toString().trimmed();
    if (table.id.isEmpty()) return problem(Tr::tr("A table of the layout has no id."));
    if (ids.contains(table.id)) return problem(Tr::tr("The layout has two tables called “%1”.").arg(table.id));
    table.part = o.value("part"_L1).toString();
    if (!summaryParts().contains(table.part))
        return problem(Tr::tr("The layout's table “%1” names an unknown part “%2”.").arg(table.id, table.part));
    table.dimension = o.value("rows"_L1).toString();
    if (!dimension(table.dimension))
        return problem(Tr::tr("The layout's table “%1” names an unknown dimension “%2”.").arg(table.id, table.dimension));
    table.total = o.value("total"_L1).toBool(false);
    if (table.total && (table.dimension == u"school"_s || table.dimension == u"instrument_grade"_s))
        return problem(Tr::tr("The layout's table “%1” cannot have a total row: its rows are “%2”.")
                           .arg(table.id, table.dimension));
    const auto title = readText(o.value("title"_L1));
    if (!title) return problem(Tr::tr("The layout's table “%1” needs a title in zh_CN and en.").arg(table.id));
    table.title = *title;
    if (o.contains("note"_L1)) {
        const auto note = readText(o.value("note"_L1));
        if (!note) return problem(Tr::tr("The layout's table “%1” needs its note in zh_CN and en.").arg(table.id));
        table.note = *note;
    }
    CD_TRY(readColumns(o, table));
    return table;
}

/// The row labels the tables need.
QStringList neededLabels(const SummaryLayout &layout)
{
    QStringList keys;
    for (const LayoutTable &t : layout.tables) {
        if (t.total) keys << u"total"_s;
        if (t.dimension == u"school"_s) keys << u"school"_s;
        if (t.dimension == u"grade"_s || t.dimension == u"instrument_grade"_s)
            for (int g = 1; g <= 12; ++g) keys << u"grade=%1"_s.arg(g);
        if (t.dimension == u"instrument_grade"_s) keys << u"instrument_grade"_s << u"instrument"_s;
        const DimensionInfo *d = dimension(t.dimension);
        for (const QString &k : d->fixedKeys) keys << d->rowPrefix + u'=' + k;
    }
    keys.removeDuplicates();
    return keys;
}

/// Cells that add up must be published together: a table showing a total and one of its parts
/// but not the others would tell a reader more than the disclosure audit knows about.
Status checkRelationsComplete(const SummaryLayout &layout)
{
    QHash<QString, QSet<QString>> published;  // per row level: the measures published there
    for (const LayoutTable &t : layout.tables)
        for (const LayoutColumn &c : t.columns) {
            published[t.dimension].insert(c.measure);
            if (t.total || t.dimension == u"instrument_grade"_s) published[u"school"_s].insert(c.measure);
        }
    for (auto it = published.cbegin(); it != published.cend(); ++it)
        for (const MeasureRelation &r : measureRelations()) {
            const QStringList members = QStringList(r.parts) << QLatin1String(r.total);
            int present = 0;
            for (const QString &m : members) present += it.value().contains(m) ? 1 : 0;
            if (present < 2 || present == members.size()) continue;
            for (const QString &m : members)
                if (!it.value().contains(m))
                    return problem(Tr::tr("The layout publishes “%1” by “%2” without “%3”: the cells add up, so "
                                          "publish all of %4 or only one.")
                                       .arg(QLatin1String(r.total), it.key(), m, members.join(u", "_s)));
        }
    return {};
}

}  // namespace

QString LayoutText::in(const QString &language) const
{
    return language == u"zh_CN"_s ? zh : en;
}

QString SummaryLayout::label(const QString &key, const QString &language) const
{
    const auto it = labels.constFind(key);
    return it == labels.cend() ? key : it->in(language);
}

Result<SummaryLayout> parseSummaryLayout(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return problem(Tr::tr("The layout is not a JSON object (%1, at byte %2).").arg(error.errorString()).arg(error.offset));
    const QJsonObject root = doc.object();
    SummaryLayout layout;
    layout.id = root.value("layout"_L1).toString();
    if (layout.id != u"cd-district-summary"_s)
        return problem(Tr::tr("This is not a district summary layout (“layout” is “%1”).").arg(layout.id));
    layout.version = root.value("version"_L1).toInt(0);
    if (layout.version < 1) return problem(Tr::tr("The layout needs a version number from 1."));
    const QJsonArray tables = root.value("tables"_L1).toArray();
    if (tables.isEmpty()) return problem(Tr::tr("The layout has no tables."));
    QSet<QString> ids;
    for (const QJsonValue &value : tables) {
        auto table = readTable(value, ids);
        if (!table) return table.error();
        ids.insert(table->id);
        layout.tables << *table;
    }
    const QJsonObject labels = root.value("labels"_L1).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        const auto text = readText(it.value());
        if (!text) return problem(Tr::tr("The layout's label “%1” needs a text in zh_CN and en.").arg(it.key()));
        layout.labels.insert(it.key(), *text);
    }
    for (const QString &key : neededLabels(layout))
        if (!layout.labels.contains(key)) return problem(Tr::tr("The layout has no label for the row “%1”.").arg(key));
    CD_TRY(checkRelationsComplete(layout));
    return layout;
}

Result<SummaryLayout> builtInSummaryLayout()
{
    static std::once_flag once;
    static std::optional<Result<SummaryLayout>> cached;
    std::call_once(once, [] {
        QFile file(u":/district/layout-1.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            cached = makeError(ErrorCode::Internal, Tr::tr("The built-in summary layout is missing from this build."));
        else
            cached = parseSummaryLayout(file.readAll());
    });
    return *cached;
}

}  // namespace cd::district

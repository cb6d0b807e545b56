// The district merge's tables (DistrictMergeParts.h): tables and columns as the layout has them,
// rows the union of the schools' in layout order, a count the sum of the schools' (withheld with
// its published part as lower bound when any school withheld it), numbers summed, percents worked
// out again from the merged figures, and the merge's own table of the schools.

#include "district/DistrictMergeParts.h"

#include "district/SchoolProfiles.h"
#include "district/SummaryCatalogue.h"
#include "settings/Translations.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace cd::district::merge {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DistrictMerge)
};

/// Where a row goes among its table's rows: grades as numbers, an instrument's grades then the
/// instrument, fixed keys in the catalogue's order, "total" last.
std::tuple<int, QString, qint64, QString> rowRank(const QString &key)
{
    if (key == u"total"_s) return {2, {}, 0, {}};
    if (key.startsWith(u"instrument="_s)) {
        const QString instrument = key.section(u' ', 0, 0).mid(11);
        const QString grade = key.section(u' ', 1).section(u'=', 1);
        return {1, instrument, grade.isEmpty() ? LLONG_MAX : grade.toLongLong(), {}};
    }
    const QString prefix = key.section(u'=', 0, 0), value = key.section(u'=', 1);
    for (const DimensionInfo &d : dimensions())
        if (d.rowPrefix == prefix && d.fixedKeys.contains(value)) return {1, {}, d.fixedKeys.indexOf(value), {}};
    bool number = false;
    const qint64 n = value.toLongLong(&number);
    return {1, prefix, number ? n : LLONG_MAX, value};
}

/// A school type's stable key ("junior_high") in `language`, as a row of the schools' table.
QString schoolTypeName(const QString &key, const QString &language)
{
    const auto type = schoolTypeFromKey(key);
    if (!type) return key;
    const char *name = nullptr;
    switch (*type) {
    case SchoolType::Primary: name = QT_TRANSLATE_NOOP("DistrictMerge", "primary school"); break;
    case SchoolType::JuniorHigh: name = QT_TRANSLATE_NOOP("DistrictMerge", "junior high school"); break;
    case SchoolType::SeniorHigh: name = QT_TRANSLATE_NOOP("DistrictMerge", "senior high school"); break;
    case SchoolType::NineYear: name = QT_TRANSLATE_NOOP("DistrictMerge", "nine-year school"); break;
    case SchoolType::Complete: name = QT_TRANSLATE_NOOP("DistrictMerge", "complete secondary school"); break;
    case SchoolType::TwelveYear: name = QT_TRANSLATE_NOOP("DistrictMerge", "twelve-year school"); break;
    }
    return settings::translateFor(language, "DistrictMerge", name);
}

const PackageTable *findTable(const ReadPackage &p, const QString &id)
{
    for (const PackageTable &t : p.summary.tables)
        if (t.id == id) return &t;
    return nullptr;
}

}  // namespace

QString withSentence(const QString &note, const QString &sentence, const QString &language)
{
    if (note.isEmpty()) return sentence;
    return note + (language == u"zh_CN"_s ? QString() : u" "_s) + sentence;
}

QString positionKey(const QString &table, const QString &row, const QString &column)
{
    return table + u'\x1f' + row + u'\x1f' + column;
}

Merger::Merger(const QList<ReadPackage> &packages, const MergeOptions &options, int k) : m_options(options), m_k(k)
{
    for (const ReadPackage &p : packages) {
        School school;
        school.package = &p;
        indexSchool(school);
        m_schools << school;
    }
    auto layout = builtInSummaryLayout();
    if (layout && !packages.isEmpty() && layout->id == packages.first().summary.header.layoutId
        && layout->version == packages.first().summary.header.layoutVersion)
        m_layout = *layout;
}

QList<QString> Merger::tableOrder() const
{
    QList<QString> ids;
    for (const School &s : m_schools)
        for (const PackageTable &t : s.package->summary.tables)
            if (!ids.contains(t.id)) ids << t.id;
    return ids;
}

QStringList Merger::rowOrder(const QString &table) const
{
    QStringList keys;
    QSet<QString> seen;
    for (const School &s : m_schools)
        if (const PackageTable *t = findTable(*s.package, table))
            for (const PackageRow &r : t->rows)
                if (!seen.contains(r.key)) {
                    seen.insert(r.key);
                    keys << r.key;
                }
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) { return rowRank(a) < rowRank(b); });
    return keys;
}

QString Merger::rowLabel(const QString &table, const QString &row) const
{
    const QString &language = m_options.language;
    if (row == u"school"_s)  // a school's own row: in the district's tables, every school's sum
        return settings::translateFor(language, "DistrictMerge", QT_TRANSLATE_NOOP("DistrictMerge", "All schools"));
    if (m_layout) {
        if (row.startsWith(u"instrument="_s)) {
            const QString instrument = row.section(u' ', 0, 0).mid(11);
            const QString grade = row.section(u' ', 1);
            if (grade.isEmpty()) return m_layout->label(u"instrument"_s, language).replace(u"{instrument}"_s, instrument);
            return m_layout->label(u"instrument_grade"_s, language)
                .replace(u"{instrument}"_s, instrument)
                .replace(u"{grade}"_s, m_layout->label(grade, language));
        }
        return m_layout->label(row, language);
    }
    QString any;
    for (const School &s : m_schools)
        if (const PackageTable *t = findTable(*s.package, table))
            for (const PackageRow &r : t->rows)
                if (r.key == row) {
                    if (s.package->summary.header.language == language) return r.label;
                    if (any.isEmpty()) any = r.label;
                }
    return any.isEmpty() ? row : any;
}

int Merger::cellAt(Summary &out, const QString &table, const QString &row, const QString &column)
{
    const QString key = positionKey(table, row, column);
    if (const auto it = m_cells.constFind(key); it != m_cells.constEnd()) return *it;
    const MergedCount merged = m_counts.value(key);
    disclosure::Cell cell{table, row, column, merged.known, merged.sensitive};
    cell.atLeast = merged.withheld ? merged.known : 0;
    const int index = out.counts.add(cell);
    out.protection.suppressed.append(merged.withheld);
    m_cells.insert(key, index);
    return index;
}

double Merger::numberAt(const QString &position) const
{
    double sum = 0;
    for (const School &s : m_schools)
        if (const PackageValue *v = s.values.value(position)) sum += v->value.value_or(0);
    return sum;
}

Result<SummaryValue> Merger::percentAt(Summary &out, const PackageTable &table, const QString &row, int column)
{
    // A percent of counts: the cells the schools' percents name, at the merged row.
    const QString position = positionKey(table.id, row, table.columns.at(column).key);
    for (const School &s : m_schools) {
        const PackageValue *v = s.values.value(position);
        if (!v || v->numerator.isEmpty()) continue;
        const QString num = s.memberOf.value(v->numerator), den = s.memberOf.value(v->denominator);
        if (num.section(u'\x1f', 0, 1) != table.id + u'\x1f' + row || den.section(u'\x1f', 0, 1) != table.id + u'\x1f' + row)
            break;  // not of its own row's counts: refused below
        const int n = cellAt(out, table.id, row, num.section(u'\x1f', 2)), d = cellAt(out, table.id, row, den.section(u'\x1f', 2));
        const qint64 nv = out.counts.cells().at(n).value, dv = out.counts.cells().at(d).value;
        return SummaryValue::ofPercent(dv > 0 ? 100.0 * double(nv) / double(dv) : 0.0, n, d);
    }
    // A percent of numbers: the catalogue's numerator and denominator, summed over the schools.
    const MeasureInfo *m = measure(table.columns.at(column).key);
    if (!m || !m->numerator || m->kind != ValueKind::Percent)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The packages' table %1 has a rate (%2) this version of CounselDesk cannot add up over "
                                "schools. Update CounselDesk, then try again.")
                             .arg(table.id, table.columns.at(column).key));
    const double n = numberAt(positionKey(table.id, row, QLatin1String(m->numerator)));
    const double d = numberAt(positionKey(table.id, row, QLatin1String(m->denominator)));
    return SummaryValue::ofPercent(d > 0 ? 100.0 * n / d : 0.0);
}

Status Merger::buildTables(Summary &out)
{
    const QString &language = m_options.language;
    for (const QString &id : tableOrder()) {
        const PackageTable *model = nullptr;
        for (const School &s : m_schools) {
            const PackageTable *t = findTable(*s.package, id);
            if (t && (!model || s.package->summary.header.language == language)) model = t;
            if (t && s.package->summary.header.language == language) break;
        }
        SummaryTable table{id, model->part, model->title, model->note, model->columns, {}};
        if (m_layout)
            for (const LayoutTable &lt : m_layout->tables)
                if (lt.id == id) {
                    table.title = lt.title.in(language);
                    table.note = lt.note.in(language);
                    for (qsizetype c = 0; c < table.columns.size() && c < lt.columns.size(); ++c)
                        if (lt.columns.at(c).measure == table.columns.at(c).key)
                            table.columns[c].label = lt.columns.at(c).label.in(language);
                }
        for (const QString &rowKey : rowOrder(id)) {
            SummaryRow row{rowKey, rowLabel(id, rowKey), {}};
            QHash<QString, double> numbers;  // this row's summed numbers, by column
            for (int c = 0; c < table.columns.size(); ++c) {
                const SummaryColumn &column = table.columns.at(c);
                switch (column.kind) {
                case ValueKind::Count: row.values << SummaryValue::ofCount(cellAt(out, id, rowKey, column.key)); break;
                case ValueKind::Number:
                    numbers.insert(column.key, numberAt(positionKey(id, rowKey, column.key)));
                    row.values << SummaryValue::ofNumber(numbers.value(column.key));
                    break;
                case ValueKind::Percent: {
                    auto percent = percentAt(out, *model, rowKey, c);
                    if (!percent) return percent.error();
                    row.values << *percent;
                    break;
                }
                }
            }
            // Per student over the district: Σ funding ÷ Σ enrolled, floored to 0.1 yuan as a school's is.
            for (int c = 0; c < table.columns.size(); ++c)
                if (table.columns.at(c).key == u"funding_per_student"_s) {
                    const double enrolled = numbers.value(u"students_enrolled"_s);
                    const double tenths = enrolled > 0 ? std::floor(numbers.value(u"funding_yuan"_s) * 10.0 / enrolled) : 0;
                    row.values[c] = SummaryValue::ofNumber(tenths / 10.0);
                }
            table.rows << row;
        }
        const bool openHours = std::any_of(table.columns.cbegin(), table.columns.cend(),
                                           [](const SummaryColumn &c) { return c.key == u"room_open_hours"_s; });
        if (openHours)
            table.note = withSentence(table.note,
                                      settings::translateFor(language, "DistrictMerge",
                                                     QT_TRANSLATE_NOOP("DistrictMerge",
                                                                       "Room open hours are added up over the schools.")),
                                      language);
        out.tables << table;
    }
    return {};
}

SummaryTable Merger::schoolsTable(const Summary &merged) const
{
    const QString &language = merged.header.language;
    SummaryTable table;
    table.id = u"district.schools"_s;
    table.part = u"profile"_s;
    table.title = settings::translateFor(language, "DistrictMerge", QT_TRANSLATE_NOOP("DistrictMerge", "The schools"));
    table.note = settings::translateFor(language, "DistrictMerge",
                                QT_TRANSLATE_NOOP("DistrictMerge", "Each school's staffing, funding and lessons "
                                                                   "compliance, to compare with the standards: facts "
                                                                   "about the schools, not about students."));
    // The columns: every number of the schools' own rows, then the lessons' compliance.
    QList<std::pair<QString, QString>> sources;  // position (table, row) → column
    for (const School &s : m_schools)
        for (const PackageTable &t : s.package->summary.tables) {
            const bool own = t.part == u"profile"_s && !t.rows.isEmpty() && t.rows.first().key == u"school"_s;
            for (qsizetype c = 0; c < t.columns.size(); ++c) {
                const SummaryColumn &col = t.columns.at(c);
                const bool wanted = (own && col.kind == ValueKind::Number)
                                    || (t.id == u"education.lessons"_s && col.key == u"lessons_rate"_s);
                const QString position = positionKey(t.id, own ? u"school"_s : u"total"_s, col.key);
                if (!wanted || std::any_of(sources.cbegin(), sources.cend(), [&](const auto &p) { return p.first == position; }))
                    continue;
                sources << std::pair{position, col.key};
                QString label = col.label;
                for (const SummaryTable &m : merged.tables)
                    for (const SummaryColumn &mc : m.columns)
                        if (m.id == t.id && mc.key == col.key) label = mc.label;
                table.columns << SummaryColumn{col.key, label, col.kind};
            }
        }
    QList<const School *> bySchool;
    for (const School &s : m_schools) bySchool << &s;
    std::sort(bySchool.begin(), bySchool.end(), [](const School *a, const School *b) {
        return a->package->summary.header.schoolCode < b->package->summary.header.schoolCode;
    });
    for (const School *s : std::as_const(bySchool)) {
        const SummaryHeader &h = s->package->summary.header;
        //: a row of the district's table of schools: %1 the school's code, %2 its type (初级中学)
        SummaryRow row{u"school="_s + h.schoolCode,
                       settings::translateFor(language, "DistrictMerge", QT_TRANSLATE_NOOP("DistrictMerge", "%1 (%2)"))
                           .arg(h.schoolCode, schoolTypeName(h.schoolType, language)),
                       {}};
        for (const auto &[position, key] : std::as_const(sources)) {
            const PackageValue *v = s->values.value(position);
            const double value = v ? v->value.value_or(0) : 0;
            row.values << (measure(key) && measure(key)->kind == ValueKind::Percent ? SummaryValue::ofPercent(value)
                                                                                     : SummaryValue::ofNumber(value));
        }
        table.rows << row;
    }
    return table;
}

}  // namespace cd::district::merge

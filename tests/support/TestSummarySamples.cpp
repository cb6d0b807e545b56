#include "support/TestSummarySamples.h"

#include "disclosure/Suppression.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::test {

namespace {

using district::SummaryColumn;
using district::SummaryRow;
using district::SummaryTable;
using district::SummaryValue;
using district::ValueKind;

struct Words {
    bool zh;
    QString operator()(const QString &chinese, const QString &english) const { return zh ? chinese : english; }
};

QString gradeLabel(const Words &w, int grade)
{
    static const QStringList zh{u"初一"_s, u"初二"_s, u"初三"_s};
    return w(zh.value(grade - 7, u"%1年级"_s.arg(grade)), u"Grade %1"_s.arg(grade));
}

double rate(qint64 part, qint64 whole) { return whole > 0 ? 100.0 * double(part) / double(whole) : 0; }

/// Adds a count column's cells for `rows` and their total, related; returns the indexes (total last).
QList<int> countColumn(district::Summary &s, const QString &table, const QStringList &rowKeys, const QString &column,
                       const QList<qint64> &values, bool sensitive)
{
    QList<int> cells;
    qint64 total = 0;
    for (int i = 0; i < rowKeys.size(); ++i) {
        cells << s.counts.add(table, rowKeys.at(i), column, values.at(i), sensitive);
        total += values.at(i);
    }
    const int t = s.counts.add(table, u"total"_s, column, total, sensitive);
    s.counts.relate(t, cells);
    return cells << t;
}

SummaryTable staffing(const Words &w)
{
    SummaryTable t{u"profile.staffing"_s, u"profile"_s, w(u"心理教师与经费"_s, u"Counselors and funding"_s), {}, {}, {}};
    t.columns = {{u"value"_s, w(u"数值"_s, u"Value"_s), ValueKind::Number}};
    const QList<std::pair<QString, double>> rows{
        {w(u"在校生数"_s, u"Students enrolled"_s), 300},      {w(u"专职心理教师"_s, u"Full-time counselors"_s), 1},
        {w(u"兼职心理教师"_s, u"Part-time counselors"_s), 2}, {w(u"持证教师"_s, u"Certified"_s), 2},
        {w(u"专项经费（元）"_s, u"Funding (yuan)"_s), 3650},   {w(u"生均经费（元）"_s, u"Per student (yuan)"_s), 12.17}};
    int i = 0;
    for (const auto &[label, value] : rows) t.rows << SummaryRow{u"item=%1"_s.arg(++i), label, {SummaryValue::ofNumber(value)}};
    return t;
}

SummaryTable lessons(const Words &w)
{
    SummaryTable t{u"education.lessons"_s, u"education"_s, w(u"心理健康课"_s, u"Mental-health lessons"_s), {}, {}, {}};
    t.columns = {{u"classes"_s, w(u"班级数"_s, u"Classes"_s), ValueKind::Number},
                 {u"required"_s, w(u"应上课时"_s, u"Lessons required"_s), ValueKind::Number},
                 {u"delivered"_s, w(u"已上课时"_s, u"Delivered"_s), ValueKind::Number},
                 {u"rate"_s, w(u"达标率（%）"_s, u"Compliance (%)"_s), ValueKind::Percent}};
    const QList<QList<int>> values{{4, 32, 30}, {4, 32, 32}, {1, 8, 6}};
    QList<int> sum{0, 0, 0};
    for (int g = 0; g < 3; ++g) {
        const QList<int> &v = values.at(g);
        for (int i = 0; i < 3; ++i) sum[i] += v.at(i);
        t.rows << SummaryRow{u"grade=%1"_s.arg(g + 7), gradeLabel(w, g + 7),
                             {SummaryValue::ofNumber(v[0]), SummaryValue::ofNumber(v[1]), SummaryValue::ofNumber(v[2]),
                              SummaryValue::ofPercent(rate(v[2], v[1]))}};
    }
    t.rows << SummaryRow{u"total"_s, w(u"合计"_s, u"Total"_s),
                         {SummaryValue::ofNumber(sum[0]), SummaryValue::ofNumber(sum[1]), SummaryValue::ofNumber(sum[2]),
                          SummaryValue::ofPercent(rate(sum[2], sum[1]))}};
    t.note = w(u"课时按周计，截至学期末。"_s, u"Lessons counted by week, up to the end of the semester."_s);
    return t;
}

SummaryTable screening(district::Summary &s, const Words &w)
{
    SummaryTable t{u"monitoring.screening"_s, u"monitoring"_s, w(u"心理测评"_s, u"Screening"_s), {}, {}, {}};
    t.columns = {{u"expected"_s, w(u"应测人数"_s, u"Expected"_s), ValueKind::Count},
                 {u"screened"_s, w(u"实测人数"_s, u"Screened"_s), ValueKind::Count},
                 {u"flagged"_s, w(u"预警人数"_s, u"Flagged"_s), ValueKind::Count},
                 {u"flagged_rate"_s, w(u"预警率（%）"_s, u"Flagged (%)"_s), ValueKind::Percent}};
    const QStringList keys{u"grade=7"_s, u"grade=8"_s, u"grade=9"_s};
    const QList<int> expected = countColumn(s, t.id, keys, u"expected"_s, {148, 140, 12}, false);
    const QList<int> screened = countColumn(s, t.id, keys, u"screened"_s, {145, 138, 12}, false);
    const QList<int> flagged = countColumn(s, t.id, keys, u"flagged"_s, {9, 2, 6}, true);
    for (int r = 0; r <= keys.size(); ++r) {
        const qint64 f = s.counts.cells().at(flagged.at(r)).value, n = s.counts.cells().at(screened.at(r)).value;
        t.rows << SummaryRow{r < keys.size() ? keys.at(r) : u"total"_s,
                             r < keys.size() ? gradeLabel(w, r + 7) : w(u"合计"_s, u"Total"_s),
                             {SummaryValue::ofCount(expected.at(r)), SummaryValue::ofCount(screened.at(r)),
                              SummaryValue::ofCount(flagged.at(r)), SummaryValue::ofPercent(rate(f, n), flagged.at(r), screened.at(r))}};
    }
    return t;
}

SummaryTable oneCountTable(district::Summary &s, const Words &w, const QString &id, const QString &part, const QString &title,
                           const QString &column, const QList<std::pair<QString, QString>> &rows, const QList<qint64> &values,
                           bool sensitive)
{
    SummaryTable t{id, part, title, {}, {}, {}};
    t.columns = {{u"count"_s, column, ValueKind::Count}};
    QStringList keys;
    for (const auto &row : rows) keys << row.first;
    const QList<int> cells = countColumn(s, id, keys, u"count"_s, values, sensitive);
    for (int r = 0; r < rows.size(); ++r) t.rows << SummaryRow{rows.at(r).first, rows.at(r).second, {SummaryValue::ofCount(cells.at(r))}};
    t.rows << SummaryRow{u"total"_s, w(u"合计"_s, u"Total"_s), {SummaryValue::ofCount(cells.last())}};
    return t;
}

district::SummaryHeader header(const Words &w, const QString &language, int k)
{
    district::SummaryHeader h;
    h.generator = u"CounselDesk 0.1.0"_s;
    h.layoutId = u"cd-district-summary"_s;
    h.layoutVersion = 1;
    h.language = language;
    h.schoolCode = u"3301990001"_s;
    h.schoolName = w(u"测试实验中学"_s, u"Test Experimental School"_s);
    h.schoolType = u"junior_high"_s;
    h.semester = w(u"2026–2027学年第一学期"_s, u"2026–2027, first semester"_s);
    h.k = k;
    return h;
}

}  // namespace

district::Summary testSummary(const QString &language, int k)
{
    const Words w{language == u"zh_CN"_s};
    district::Summary s;
    s.header = header(w, language, k);
    s.tables << staffing(w) << lessons(w) << screening(s, w);
    s.tables << oneCountTable(s, w, u"counseling.concerns"_s, u"counseling"_s, w(u"个案（按问题类别）"_s, u"Cases by concern"_s),
                              w(u"个案数"_s, u"Cases"_s),
                              {{u"concern=study"_s, w(u"学习压力"_s, u"Study stress"_s)},
                               {u"concern=peers"_s, w(u"人际关系"_s, u"Relationships"_s)},
                               {u"concern=family"_s, w(u"家庭"_s, u"Family"_s)},
                               {u"concern=emotion"_s, w(u"情绪困扰"_s, u"Emotions"_s)},
                               {u"concern=other"_s, w(u"其他"_s, u"Other"_s)}},
                              {14, 8, 3, 11, 0}, false);
    s.tables << oneCountTable(s, w, u"intervention.referrals"_s, u"intervention"_s, w(u"转介（按去向）"_s, u"Referrals by destination"_s),
                              w(u"转介数"_s, u"Referrals"_s),
                              {{u"to=hospital"_s, w(u"专科医院"_s, u"Psychiatric hospital"_s)},
                               {u"to=clinic"_s, w(u"综合医院心理门诊"_s, u"Hospital clinic"_s)},
                               {u"to=other"_s, w(u"其他机构"_s, u"Other"_s)}},
                              {2, 1, 0}, true);
    REQUIRE(s.counts.consistencyProblem().isEmpty());
    auto protection = disclosure::protect(s.counts, k);
    REQUIRE(protection.ok());
    s.protection = *protection;
    return s;
}

district::Summary largeTestSummary(int tables, int rows, const QString &language)
{
    const Words w{language == u"zh_CN"_s};
    const QStringList parts{u"education"_s, u"monitoring"_s, u"counseling"_s, u"intervention"_s};
    district::Summary s;
    s.header = header(w, language, 5);
    for (int n = 0; n < tables; ++n) {
        const QString id = u"table%1"_s.arg(n + 1);
        SummaryTable t{id, parts.at(n % parts.size()), w(u"测试表 %1"_s, u"Test table %1"_s).arg(n + 1), {}, {}, {}};
        QList<QList<int>> cells;
        QStringList keys;
        for (int r = 0; r < rows; ++r) keys << u"row=%1"_s.arg(r + 1);
        for (int c = 0; c < 4; ++c) {
            const QString key = u"c%1"_s.arg(c + 1);
            t.columns << SummaryColumn{key, w(u"类别 %1"_s, u"Category %1"_s).arg(c + 1), ValueKind::Count};
            QList<qint64> values;
            for (int r = 0; r < rows; ++r) values << (n * 7 + r * 5 + c * 3) % 40;
            cells << countColumn(s, id, keys, key, values, c == 3);
        }
        t.columns << SummaryColumn{u"rate"_s, w(u"比例（%）"_s, u"Share (%)"_s), ValueKind::Percent};
        for (int r = 0; r <= rows; ++r) {
            SummaryRow row{r < rows ? keys.at(r) : u"total"_s,
                           r < rows ? w(u"第 %1 组"_s, u"Group %1"_s).arg(r + 1) : w(u"合计"_s, u"Total"_s), {}};
            for (int c = 0; c < 4; ++c) row.values << SummaryValue::ofCount(cells.at(c).at(r));
            const qint64 part = s.counts.cells().at(cells.at(3).at(r)).value, whole = s.counts.cells().at(cells.at(0).at(r)).value;
            row.values << SummaryValue::ofPercent(rate(part, whole + part), cells.at(3).at(r), cells.at(0).at(r));
            t.rows << row;
        }
        s.tables << t;
    }
    s.protection.suppressed = disclosure::primarySuppression(s.counts, s.header.k);
    s.protection.primary = int(std::count(s.protection.suppressed.cbegin(), s.protection.suppressed.cend(), true));
    return s;
}

}  // namespace cd::test

// A school's package against what an exporter writes (PackageConformance.h): the rows are planned
// as SummaryTables.cpp plans them, and every label, flag and derived figure compared.

#include "district/PackageConformance.h"

#include "district/SchoolProfiles.h"
#include "district/SummaryCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DistrictMerge)
};

constexpr int kFirstGrade = 1, kLastGrade = 12;

/// "grade=7" → 7; 0 for any other key.
int gradeOf(const QString &key)
{
    static const QRegularExpression grade(u"^grade=([1-9][0-9]?)$"_s);
    const auto match = grade.match(key);
    const int g = match.hasMatch() ? match.captured(1).toInt() : 0;
    return g >= kFirstGrade && g <= kLastGrade ? g : 0;
}

/// The percent as summary.json writes it (one decimal, as printed).
QString printed(double percent) { return QString::number(percent, 'f', 1); }

class Conformance {
public:
    Conformance(const ReadPackage &package, const SummaryLayout &layout) : m_p(package), m_layout(layout) {}

    Status check()
    {
        const SummaryHeader &h = m_p.summary.header;
        if (h.layoutId != m_layout.id || h.layoutVersion != m_layout.version)
            return refused(Tr::tr("it has layout %1 version %2, which this version of CounselDesk does not know (it "
                                  "knows %3 version %4)")
                               .arg(h.layoutId)
                               .arg(h.layoutVersion)
                               .arg(m_layout.id)
                               .arg(m_layout.version));
        static const QRegularExpression code(u"^[A-Za-z0-9]{1,32}$"_s);
        if (!code.match(h.schoolCode).hasMatch())
            return refused(Tr::tr("its school code \"%1\" is not 1 to 32 letters or digits").arg(h.schoolCode));
        if (!schoolTypeFromKey(h.schoolType))
            return refused(Tr::tr("its school type \"%1\" is not one CounselDesk writes").arg(h.schoolType));
        const QList<PackageTable> &tables = m_p.summary.tables;
        QStringList ids;
        for (const PackageTable &t : tables) ids << t.id;
        for (const LayoutTable &lt : m_layout.tables)
            if (!ids.contains(lt.id)) return refused(Tr::tr("it has no table \"%1\", which its layout has").arg(lt.id));
        for (qsizetype i = 0; i < tables.size(); ++i) {
            if (dimensionOf(tables.at(i).id).isEmpty())
                return refused(Tr::tr("it has a table \"%1\" that its layout does not have").arg(tables.at(i).id));
            if (i >= m_layout.tables.size() || tables.at(i).id != m_layout.tables.at(i).id)
                return refused(Tr::tr("its table \"%1\" is not where its layout puts it, or is there twice")
                                   .arg(tables.at(i).id));
        }
        for (const PackageTable &t : tables)
            for (const PackageRow &r : t.rows)
                if (const int g = gradeOf(r.key); g > 0 && dimensionOf(t.id) == u"grade"_s) m_grades.insert(g);
        for (qsizetype i = 0; i < tables.size(); ++i) CD_TRY(checkTable(tables.at(i), m_layout.tables.at(i)));
        return {};
    }

private:
    QString dimensionOf(const QString &tableId) const
    {
        for (const LayoutTable &lt : m_layout.tables)
            if (lt.id == tableId) return lt.dimension;
        return {};
    }

    Status checkTable(const PackageTable &t, const LayoutTable &lt) const
    {
        const QString language = m_p.summary.header.language;
        if (t.part != lt.part || t.title != lt.title.in(language) || t.note != lt.note.in(language))
            return refused(Tr::tr("table \"%1\" does not have its layout's part, title or note").arg(t.id));
        bool sameColumns = t.columns.size() == lt.columns.size();
        for (qsizetype c = 0; sameColumns && c < t.columns.size(); ++c)
            sameColumns = t.columns.at(c).key == lt.columns.at(c).measure
                          && t.columns.at(c).label == lt.columns.at(c).label.in(language)
                          && t.columns.at(c).kind == measure(lt.columns.at(c).measure)->kind;
        if (!sameColumns)
            return refused(Tr::tr("table \"%1\" does not have its layout's columns and their labels").arg(t.id));
        const QList<std::pair<QString, QString>> expected = expectedRows(t, lt);
        for (qsizetype r = 0; r < std::max(t.rows.size(), expected.size()); ++r) {
            const auto lacks = [&](const QString &key) {
                //: %1 a table's id, %2 the row's key ("grade=12")
                return refused(Tr::tr("table \"%1\" lacks the row \"%2\", which an exporter writes for this school")
                                   .arg(t.id, key));
            };
            if (r >= t.rows.size()) return lacks(expected.at(r).first);
            const QString key = t.rows.at(r).key;
            if (r < expected.size() && key == expected.at(r).first) {
                if (t.rows.at(r).label != expected.at(r).second)
                    return refused(Tr::tr("table \"%1\", row \"%2\" does not have its layout's label").arg(t.id, key));
                CD_TRY(checkRow(t, lt, t.rows.at(r)));
                continue;
            }
            if (std::none_of(expected.cbegin(), expected.cend(), [&](const auto &e) { return e.first == key; }))
                //: %1 a table's id, %2 a row's key the layout does not define ("level=…")
                return refused(Tr::tr("table \"%1\" has a row \"%2\" that its layout does not define").arg(t.id, key));
            if (r < expected.size()
                && std::none_of(t.rows.cbegin(), t.rows.cend(),
                                [&](const PackageRow &row) { return row.key == expected.at(r).first; }))
                return lacks(expected.at(r).first);
            return refused(Tr::tr("the rows of table \"%1\" are not in their layout's order, or one is there twice")
                               .arg(t.id));
        }
        return {};
    }

    /// The rows an exporter writes for this table (SummaryTables.cpp, planRows): key and label.
    QList<std::pair<QString, QString>> expectedRows(const PackageTable &t, const LayoutTable &lt) const
    {
        const QString language = m_p.summary.header.language;
        QList<std::pair<QString, QString>> rows;
        if (lt.dimension == u"school"_s) return {{u"school"_s, m_layout.label(u"school"_s, language)}};
        const DimensionInfo *d = dimension(lt.dimension);
        if (lt.dimension == u"instrument_grade"_s) {
            // The package's own instruments (their codes are the school's), each a grade row per
            // grade it has, then the instrument's row. A code is what the instrument format
            // allows in a row key: no space, = or |, no control character, at most 64 characters
            // (the school's own words, like its semester's name: its exporter's last guard has
            // checked them against its students).
            static const QRegularExpression row(
                u"^instrument=([^\\s=|\\x{0}-\\x{1f}]{1,64})(?: grade=([1-9][0-9]?))?$"_s);
            QMap<QString, QSet<int>> instruments;
            for (const PackageRow &r : t.rows)
                if (const auto m = row.match(r.key); m.hasMatch()) {
                    QSet<int> &grades = instruments[m.captured(1)];
                    if (const int g = m.captured(2).toInt(); g >= kFirstGrade && g <= kLastGrade) grades.insert(g);
                }
            for (auto it = instruments.cbegin(); it != instruments.cend(); ++it) {
                if (it->isEmpty()) continue;  // an instrument's row comes after its grades' rows
                QList<int> grades(it->cbegin(), it->cend());
                std::sort(grades.begin(), grades.end());
                for (int g : std::as_const(grades))
                    rows << std::pair{u"instrument=%1 grade=%2"_s.arg(it.key()).arg(g),
                                      m_layout.label(u"instrument_grade"_s, language)
                                          .replace(u"{instrument}"_s, it.key())
                                          .replace(u"{grade}"_s, m_layout.label(u"grade=%1"_s.arg(g), language))};
                rows << std::pair{u"instrument="_s + it.key(),
                                  m_layout.label(u"instrument"_s, language).replace(u"{instrument}"_s, it.key())};
            }
            return rows;
        }
        QStringList keys = d->fixedKeys;
        if (lt.dimension == u"grade"_s) {
            QList<int> grades(m_grades.cbegin(), m_grades.cend());
            std::sort(grades.begin(), grades.end());
            for (int g : std::as_const(grades)) keys << QString::number(g);
        }
        for (const QString &k : std::as_const(keys))
            rows << std::pair{d->rowPrefix + u'=' + k, m_layout.label(d->rowPrefix + u'=' + k, language)};
        if (lt.total) rows << std::pair{u"total"_s, m_layout.label(u"total"_s, language)};
        return rows;
    }

    /// A row's values as the exporter makes them: no lower bound, the catalogue's sensitive flags,
    /// percents of the row's own figures, the funding per student of its funding.
    Status checkRow(const PackageTable &t, const LayoutTable &lt, const PackageRow &r) const
    {
        const DimensionInfo *d = dimension(lt.dimension);
        const bool sensitiveRow = d->sensitiveKeys.contains(r.key.section(u'=', 1));
        QHash<QString, const PackageValue *> byColumn;
        for (qsizetype c = 0; c < t.columns.size(); ++c) byColumn.insert(t.columns.at(c).key, &r.values.at(c));
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            const PackageValue &v = r.values.at(c);
            const MeasureInfo *m = measure(t.columns.at(c).key);
            const auto at = [&](const QString &why) {
                //: %1 a table's id, %2 a row's key, %3 a column's key, %4 what is wrong there
                return refused(Tr::tr("table \"%1\", row \"%2\", column \"%3\" %4").arg(t.id, r.key, QLatin1String(m->key), why));
            };
            if (v.atLeast > 0)
                return at(Tr::tr("carries a lower bound (at_least), which only a district's merged package has"));
            if (v.kind == ValueKind::Count && v.sensitive != (m->sensitive || sensitiveRow))
                return at(Tr::tr("is not marked sensitive as its layout says"));
            // A number (classes, lessons, hours, staff, yuan) is never withheld nor sensitive: a
            // withheld one would be added up as 0 with no mark.
            if (v.kind == ValueKind::Number && (v.withheld || v.sensitive))
                return at(Tr::tr("is a number marked withheld or sensitive, which only counts of students are"));
            if (v.kind == ValueKind::Percent) CD_TRY(checkPercent(v, *m, byColumn, at));
            if (t.columns.at(c).key == u"funding_per_student"_s) {
                const PackageValue *funding = byColumn.value(u"funding_yuan"_s);
                const PackageValue *enrolled = byColumn.value(u"students_enrolled"_s);
                if (!funding || !enrolled) continue;
                const double f = funding->value.value_or(0), e = enrolled->value.value_or(0);
                // Floored to 0.1 yuan, as SummaryEducation.cpp works it out.
                const double expected = e > 0 ? std::floor(f * 10.0 / e) / 10.0 : 0;
                if (printed(v.value.value_or(0)) != printed(expected))
                    return at(Tr::tr("states %1, but its funding and students enrolled give %2")
                                  .arg(printed(v.value.value_or(0)), printed(expected)));
            }
        }
        return {};
    }

    template <typename At>
    Status checkPercent(const PackageValue &v, const MeasureInfo &m, const QHash<QString, const PackageValue *> &row,
                        const At &at) const
    {
        const PackageValue *num = row.value(QLatin1String(m.numerator));
        const PackageValue *den = row.value(QLatin1String(m.denominator));
        if (!num || !den) return {};
        const bool ofCounts = num->kind == ValueKind::Count;
        if (ofCounts && (v.numerator != num->id || v.denominator != den->id))
            return at(Tr::tr("is a percent of other counts than its row's"));
        if (!ofCounts && !v.numerator.isEmpty()) return at(Tr::tr("is a percent of other counts than its row's"));
        // Withheld exactly when either count is, or the denominator is under k (Summary::withheld).
        const bool withheld = num->withheld || den->withheld
                              || (ofCounts && den->value.value_or(0) < m_p.summary.header.k);
        if (withheld != v.withheld)
            return at(withheld ? Tr::tr("is published, though its counts are withheld or too small")
                               : Tr::tr("is withheld, though its counts are published"));
        if (withheld) return {};
        const double n = num->value.value_or(0), d = den->value.value_or(0);
        const double expected = d > 0 ? 100.0 * n / d : 0;
        // Numbers are written to 0.1 (Summary::text) and the percent from the unrounded ones: the
        // stated percent may differ by what that rounding can move it. Counts are exact.
        const double slack = ofCounts || d <= 0.05 ? 0 : 0.05 + 100.0 * 0.05 * (1.0 / (d - 0.05) + n / (d * (d - 0.05)));
        if (printed(*v.value) != printed(expected) && std::abs(*v.value - expected) > slack)
            //: %1 the percent stated, %2 the one its counts give
            return at(Tr::tr("states %1, but its counts give %2").arg(printed(*v.value), printed(expected)));
        return {};
    }

    Error refused(const QString &why) const
    {
        //: %1 a package's folder, %2 what is wrong with it
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 is not a package CounselDesk writes: %2. Nothing was merged. Ask the school to "
                                "export the package again with CounselDesk.")
                             .arg(QDir::toNativeSeparators(m_p.dir), why));
    }

    const ReadPackage &m_p;
    const SummaryLayout &m_layout;
    QSet<int> m_grades;  ///< the grades the package's tables by grade show
};

}  // namespace

Status checkSchoolPackage(const ReadPackage &package, const SummaryLayout &layout)
{
    return Conformance(package, layout).check();
}

}  // namespace cd::district

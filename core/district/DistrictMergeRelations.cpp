// The district merge's relations (DistrictMergeParts.h). Each school's relation is translated to
// merged cells: a shown count by its position (table, row, column), a hidden count by its
// signature (the relations it takes part in, written with the positions of the other members,
// instruments left out).
// The schools' relations of one kind (the same total, the same shape of parts) are joined: the
// merged total is the sum of the union of their parts. Such a relation is kept only where it holds
// for the district: every school that has any of its cells has that relation, over all of the
// cells it has. One that does not hold (a school lacks it, or counts a part another way) is left
// out, and so is a hidden count no kept relation names.

#include "district/DistrictMergeParts.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::district::merge {

namespace {

constexpr QStringView kHidden = u"H:";

bool isHidden(const QString &member) { return member.startsWith(kHidden); }

/// A row at the school's level ("total" of a table by grade is the school's row).
QString rowLevel(const QString &position)
{
    const QString row = position.section(u'\x1f', 1, 1);
    return row == u"total"_s ? u"school"_s : row;
}

/// What kind of part `part` is of `total`: a hidden count itself; else its table and column, and
/// whether it is of the total's row (the same count elsewhere, a row's breakdown) or of a smaller
/// group (a grade of the school).
QString partShape(const QString &total, const QString &part)
{
    if (isHidden(part)) return part;
    const QString shape = part.section(u'\x1f', 0, 0) + u'\x1f' + part.section(u'\x1f', 2);
    if (isHidden(total)) return shape;
    return shape + (rowLevel(part) == rowLevel(total) ? u"="_s : u"<"_s);
}

struct Group {
    QString total;
    QStringList parts;  ///< the union, in the order first seen
    bool breakdown = false;
    QHash<int, QSet<QString>> members;  ///< school → the members of its relations of this kind
    QHash<int, int> relations;          ///< school → how many it has
};

}  // namespace

void Merger::indexSchool(School &school)
{
    const PackageSummary &summary = school.package->summary;
    for (const PackageTable &t : summary.tables)
        for (const PackageRow &r : t.rows)
            for (qsizetype c = 0; c < r.values.size(); ++c) {
                const PackageValue &v = r.values.at(c);
                const QString position = positionKey(t.id, r.key, t.columns.at(c).key);
                school.values.insert(position, &v);
                if (v.kind != ValueKind::Count) continue;
                if (!school.memberOf.contains(v.id)) school.memberOf.insert(v.id, position);
                MergedCount &merged = m_counts[position];
                merged.known += v.withheld ? v.atLeast : static_cast<qint64>(v.value.value_or(0));
                merged.withheld = merged.withheld || v.withheld;
                merged.sensitive = merged.sensitive || v.sensitive;
            }
    // A hidden count's signature: the relations it takes part in, each as its role and the other
    // members (a shown one by position, a hidden one as "hidden"), sorted.
    QHash<QString, QList<int>> relationsOf;
    for (int i = 0; i < summary.relations.size(); ++i) {
        relationsOf[summary.relations.at(i).total] << i;
        for (const QString &p : summary.relations.at(i).parts) relationsOf[p] << i;
    }
    // A shown member by its table, row and column, the instrument left out of the row: the flagged
    // of a grade over all its instruments is one count of the district, whichever instruments
    // each school uses (a relation that does not hold for the district is left out below).
    static const QRegularExpression instrument(u"instrument=[^ ]*( |$)"_s);
    const auto describe = [&](const QString &id) {
        return summary.hiddenCounts.contains(id) ? u"hidden"_s : QString(school.memberOf.value(id)).remove(instrument);
    };
    QHash<QString, int> used;
    for (const QString &hidden : summary.hiddenCounts) {
        QStringList relations;
        for (int i : relationsOf.value(hidden)) {
            const PackageRelation &rel = summary.relations.at(i);
            QStringList others;
            if (rel.total != hidden) others << u"T:"_s + describe(rel.total);
            for (const QString &p : rel.parts)
                if (p != hidden) others << u"P:"_s + describe(p);
            others.sort();
            others.removeDuplicates();  // two instruments' flagged of one grade are one kind of part
            relations << (rel.total == hidden ? u"T["_s : u"P["_s) + others.join(u',') + (rel.breakdown ? u"]b"_s : u"]"_s);
        }
        relations.sort();
        QString signature = kHidden.toString() + relations.join(u';');
        if (const int n = used[signature]++; n > 0) signature += u"#%1"_s.arg(n + 1);
        school.memberOf.insert(hidden, signature);
    }
    for (const QString &member : std::as_const(school.memberOf)) school.members.insert(member);
}

int Merger::hiddenCell(Summary &out, const QString &member)
{
    if (const auto it = m_cells.constFind(member); it != m_cells.constEnd()) return *it;
    const int index = out.counts.addHidden();
    out.protection.suppressed.append(true);
    m_cells.insert(member, index);
    return index;
}

void Merger::buildRelations(Summary &out)
{
    QHash<QString, Group> groups;
    QStringList order;
    for (int s = 0; s < m_schools.size(); ++s) {
        const School &school = m_schools.at(s);
        for (const PackageRelation &rel : school.package->summary.relations) {
            const QString total = school.memberOf.value(rel.total);
            QStringList parts, shapes;
            for (const QString &p : rel.parts) {
                parts << school.memberOf.value(p);
                shapes << partShape(total, parts.last());
            }
            shapes.sort();
            shapes.removeDuplicates();
            const QString key = total + u'\x1d' + (rel.breakdown ? u'b' : u's') + u'\x1d' + shapes.join(u'\x1e');
            auto it = groups.find(key);
            if (it == groups.end()) {
                it = groups.insert(key, Group{total, {}, rel.breakdown, {}, {}});
                order << key;
            }
            for (const QString &p : std::as_const(parts))
                if (!it->parts.contains(p)) it->parts << p;
            it->members[s].insert(total);
            for (const QString &p : std::as_const(parts)) it->members[s].insert(p);
            it->relations[s] += 1;
        }
    }
    for (const QString &key : std::as_const(order)) {
        const Group &g = groups.value(key);
        const QStringList all = QStringList(g.parts) << g.total;
        bool holds = true;
        for (int s = 0; s < m_schools.size() && holds; ++s) {
            const QSet<QString> &has = m_schools.at(s).members;
            const QSet<QString> related = g.members.value(s);
            for (const QString &m : all)
                if (has.contains(m) && (g.relations.value(s) != 1 || !related.contains(m))) {
                    holds = false;
                    break;
                }
        }
        if (!holds) continue;
        const auto cellOf = [&](const QString &m) { return isHidden(m) ? hiddenCell(out, m) : m_cells.value(m, -1); };
        const int total = cellOf(g.total);
        QList<int> parts;
        for (const QString &p : g.parts) parts << cellOf(p);
        if (total < 0 || parts.contains(-1)) continue;  // a count no merged table shows
        if (g.breakdown) out.counts.breakDown(total, parts);
        else out.counts.relate(total, parts);
    }
}

}  // namespace cd::district::merge

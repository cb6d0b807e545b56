// The run's counts as CSV, through the disclosure engine (docs/screening.md, docs/disclosure.md).

#include "screening/Results.h"

#include "disclosure/Suppression.h"
#include "disclosure/Withheld.h"
#include "io/CsvWriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::screening {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ResultsCsv)
};

/// The measures of one group, in the CSV's order; `band` rows follow, one per band.
enum Measure { Expected, Taken, NotTaken, Invalid, Flagged, NotFlagged, kMeasures };
constexpr const char *kMeasureCodes[kMeasures] = {"expected", "taken", "not_taken", "invalid", "needs_follow_up",
                                                   "not_flagged"};

struct GroupCells {
    const GroupCounts *group = nullptr;
    const char *level = "";
    int measure[kMeasures] = {};
    QVector<int> band;
};

/// One group's cells and the relations inside it.
GroupCells addGroup(disclosure::CountTables &t, const QString &table, const char *level, const GroupCounts &g,
                    int bands)
{
    GroupCells cells;
    cells.group = &g;
    cells.level = level;
    const QString row = u"%1 %2 %3"_s.arg(QLatin1String(level)).arg(g.grade).arg(g.klass);
    const qint64 values[kMeasures] = {g.expected, g.taken, g.expected - g.taken, g.invalid, g.flagged,
                                      g.taken - g.flagged};
    for (int m = 0; m < kMeasures; ++m)
        cells.measure[m] = t.add(table, row, QLatin1String(kMeasureCodes[m]), values[m], m == Flagged);
    for (int b = 0; b < bands; ++b)
        // Every band above the first says something about a child's state: sensitive.
        cells.band << t.add(table, row, u"band %1"_s.arg(b + 1), b < g.perBand.size() ? g.perBand[b] : 0, b > 0);
    t.breakDown(cells.measure[Expected], {cells.measure[Taken], cells.measure[NotTaken]});
    t.breakDown(cells.measure[Taken], {cells.measure[Flagged], cells.measure[NotFlagged]});
    QList<int> sheets(cells.band.cbegin(), cells.band.cend());
    sheets << cells.measure[Invalid];
    t.breakDown(cells.measure[Taken], sheets);
    return cells;
}

/// `whole` = Σ `parts`, measure by measure and band by band.
void relateGroups(disclosure::CountTables &t, const GroupCells &whole, const QList<const GroupCells *> &parts)
{
    if (parts.isEmpty()) return;
    for (int m = 0; m < kMeasures; ++m) {
        QList<int> cells;
        for (const GroupCells *p : parts) cells << p->measure[m];
        t.relate(whole.measure[m], cells);
    }
    for (qsizetype b = 0; b < whole.band.size(); ++b) {
        QList<int> cells;
        for (const GroupCells *p : parts) cells << p->band[b];
        t.relate(whole.band[b], cells);
    }
}
}  // namespace

Result<QByteArray> resultsCsv(vault::Vault &vault, qint64 runId, int k)
{
    if (k < 2 || k > 1000)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The smallest count printed must be from 2 to 1000."));
    auto run = RunRepository(vault).get(runId);
    if (!run) return run.error();
    QString out = u"instrument,version,group,grade,class,measure,band,band_label,count\n"_s;
    for (const RunInstrument &ri : run->instruments) {
        auto summary = summarize(vault, runId, ri.code);
        if (!summary) return summary.error();
        const int bands = static_cast<int>(summary->instrument.bands.size());
        // Every table of the export is protected together: the grades add up to the run and the
        // classes to their grade, so a count withheld in one row cannot come back from another.
        disclosure::CountTables t;
        QList<GroupCells> groups;
        groups.reserve(1 + summary->byGrade.size() + summary->byClass.size());
        groups << addGroup(t, ri.code, "run", summary->all, bands);
        for (const GroupCounts &g : summary->byGrade) groups << addGroup(t, ri.code, "grade", g, bands);
        for (const GroupCounts &c : summary->byClass) groups << addGroup(t, ri.code, "class", c, bands);
        QList<const GroupCells *> grades, classes;
        for (const GroupCells &g : groups) {
            if (qstrcmp(g.level, "grade") == 0) grades << &g;
            else if (qstrcmp(g.level, "class") == 0) classes << &g;
        }
        relateGroups(t, groups.first(), grades);
        for (const GroupCells *grade : grades) {
            QList<const GroupCells *> ofGrade;
            for (const GroupCells *c : classes)
                if (c->group->grade == grade->group->grade) ofGrade << c;
            relateGroups(t, *grade, ofGrade);
        }
        auto protection = disclosure::protect(t, k);
        if (!protection) return protection.error();
        const auto count = [&](int cell) {
            return protection->suppressed[cell] ? disclosure::withheldMark() : QString::number(t.cells()[cell].value);
        };
        for (const GroupCells &g : groups) {
            const QStringList lead{io::csvCell(ri.code), io::csvCell(ri.version), QLatin1String(g.level),
                                   g.group->grade ? QString::number(g.group->grade) : QString(),
                                   io::csvCell(g.group->klass)};
            for (int m = 0; m < kMeasures; ++m)
                out += (lead + QStringList{QLatin1String(kMeasureCodes[m]), QString(), QString(), count(g.measure[m])})
                           .join(u',')
                       + u'\n';
            for (int b = 0; b < bands; ++b)
                out += (lead + QStringList{u"band"_s, QString::number(b + 1),
                                           io::csvCell(localized(summary->instrument.bands.at(b).label)),
                                           count(g.band[b])})
                           .join(u',')
                       + u'\n';
        }
    }
    return out.toUtf8();
}

}  // namespace cd::screening

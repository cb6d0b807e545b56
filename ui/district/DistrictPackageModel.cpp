#include "ui/district/DistrictPackageModel.h"

#include "core/district/SchoolProfiles.h"
#include "core/district/SemesterSummary.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {

const district::SummaryHeader *headerOf(const district::CollectedPackage &entry)
{
    return entry.package ? &entry.package->summary.header : nullptr;
}

QString layoutOf(const district::SummaryHeader &header)
{
    return u"%1 %2"_s.arg(header.layoutId).arg(header.layoutVersion);
}

/// The value most packages have (the first listed among equals).
QString mostCommon(const QStringList &values)
{
    QHash<QString, int> counts;
    for (const QString &v : values) ++counts[v];
    QString best;
    int bestCount = 0;
    for (const QString &v : values)
        if (counts.value(v) > bestCount) {
            best = v;
            bestCount = counts.value(v);
        }
    return best;
}

/// A summary's school type ("junior_high") in the interface's words.
QString schoolTypeText(const QString &key)
{
    const auto type = district::schoolTypeFromKey(key);
    return type ? district::schoolTypeName(*type) : key;
}

}  // namespace

DistrictPackageModel::DistrictPackageModel(QObject *parent) : QAbstractTableModel(parent) {}

int DistrictPackageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DistrictPackageModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DistrictPackageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const district::CollectedPackage &entry = m_entries.at(index.row());
    const district::SummaryHeader *header = headerOf(entry);
    const QString problem = m_problems.value(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        // The reason, without the folder its message starts with (the Folder column, the tooltip).
        const QString prefix = QDir::toNativeSeparators(entry.dir) + u": "_s;
        if (column == Status)
            return problem.isEmpty() ? tr("✓ Verified") : problem.startsWith(prefix) ? problem.mid(prefix.size()) : problem;
        if (column == Folder) return QDir(entry.dir).dirName();
        if (!header) return {};
        switch (column) {
        case SchoolCode: return header->schoolCode;
        case SchoolType: return schoolTypeText(header->schoolType);
        case Semester: return header->semester;
        case K: return header->k;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Status && !problem.isEmpty()) return problem;
        //: tooltip on a row of the District window's package list
        return tr("Folder: %1").arg(QDir::toNativeSeparators(entry.dir));
    }
    if (role == Qt::ForegroundRole && column == Status)
        return problem.isEmpty() ? QBrush(QColor(0x1b, 0x7a, 0x2e)) : QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role == Qt::TextAlignmentRole && column == K) return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DistrictPackageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case SchoolCode: return tr("School code");
    case SchoolType: return tr("School type");
    case Semester: return tr("Semester");
    //: the column of the smallest count a package publishes
    case K: return tr("k");
    case Folder: return tr("Folder");
    case Status: return tr("Status");
    default: return {};
    }
}

int DistrictPackageModel::add(const QList<district::CollectedPackage> &packages)
{
    beginResetModel();
    int added = 0;
    for (const district::CollectedPackage &p : packages) {
        const QString path = QDir::cleanPath(QDir(p.dir).absolutePath());
        auto same = std::find_if(m_entries.begin(), m_entries.end(), [&](const district::CollectedPackage &e) {
            return QDir::cleanPath(QDir(e.dir).absolutePath()) == path;
        });
        if (same != m_entries.end()) {
            *same = p;
            continue;
        }
        m_entries << p;
        ++added;
    }
    findProblems();
    endResetModel();
    return added;
}

void DistrictPackageModel::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    beginResetModel();
    for (int r : rows)
        if (r >= 0 && r < m_entries.size()) m_entries.removeAt(r);
    findProblems();
    endResetModel();
}

void DistrictPackageModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_problems.clear();
    endResetModel();
}

int DistrictPackageModel::problemCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(), [](const QString &p) { return !p.isEmpty(); }));
}

QList<district::ReadPackage> DistrictPackageModel::mergeable() const
{
    if (!canMerge()) return {};
    QList<district::ReadPackage> packages;
    for (const district::CollectedPackage &e : m_entries) packages << *e.package;
    return packages;
}

void DistrictPackageModel::findProblems()
{
    m_problems = QStringList(m_entries.size(), QString());
    QStringList semesters, layouts;
    QHash<QString, QList<int>> bySchool;  // school code + semester → rows
    for (int i = 0; i < m_entries.size(); ++i) {
        const district::CollectedPackage &e = m_entries.at(i);
        if (const district::SummaryHeader *h = headerOf(e)) {
            semesters << h->semester;
            layouts << layoutOf(*h);
            bySchool[h->schoolCode + u'\n' + h->semester] << i;
        } else {
            m_problems[i] = e.problem.isEmpty() ? tr("Not read.") : e.problem;
        }
    }
    const QString semester = mostCommon(semesters);
    const QString layout = mostCommon(layouts);
    for (int i = 0; i < m_entries.size(); ++i) {
        const district::SummaryHeader *h = headerOf(m_entries.at(i));
        if (!h) continue;
        const QList<int> &same = bySchool.value(h->schoolCode + u'\n' + h->semester);
        if (same.size() > 1) {
            QStringList others;
            for (int o : same)
                if (o != i) others << QDir::toNativeSeparators(m_entries.at(o).dir);
            //: %1 the other package folders of the same school and semester
            m_problems[i] = tr("The same school and semester as %1: remove one of them.").arg(others.join(u", "_s));
        } else if (h->semester != semester) {
            //: %1 this package's semester, %2 the semester of most packages
            m_problems[i] = tr("Semester “%1”, the other packages “%2”: a merge adds up one semester.")
                                .arg(h->semester, semester);
        } else if (layoutOf(*h) != layout) {
            //: %1 and %2 a layout's name and version
            m_problems[i] = tr("Table layout “%1”, the other packages “%2”: a merge needs one layout version.")
                                .arg(layoutOf(*h), layout);
        }
    }
}

}  // namespace cd::ui

#include "ui/students/StudentListModel.h"

#include "core/students/WatchList.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

StudentListModel::StudentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void StudentListModel::setStudents(QList<students::StudentSummary> list, crisis::RiskLabels labels)
{
    beginResetModel();
    m_labels = std::move(labels);
    m_rows.clear();
    m_rows.reserve(list.size());
    for (auto &s : list) {
        Row row;
        row.className = students::className(s.grade, s.klass);
        row.searchKey = (s.name + u' ' + s.pinyin + u' ' + s.initials + u' ' + s.studentNo + u' '
                         + students::gradeName(s.grade) + u' ' + row.className)
                            .toLower();
        row.summary = std::move(s);
        m_rows.append(std::move(row));
    }
    endResetModel();
}

int StudentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StudentListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StudentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole) return row.summary.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
    case Number: return row.summary.studentNo;
    case Name: return row.summary.name;
    case Sex: return students::sexName(row.summary.sex);
    case Class: return row.className;
    case Risk: {
        const auto level = students::riskFromCode(row.summary.watchLevel);
        return level ? m_labels.label(*level) : QVariant();
    }
    case Status: return students::statusName(row.summary.status);
    default: return {};
    }
}

QVariant StudentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Number: return tr("Student number");
    case Name: return tr("Name");
    case Sex: return tr("Sex");
    case Class: return tr("Class");
    case Risk: return tr("Watch list");
    case Status: return tr("Status");
    default: return {};
    }
}

StudentFilterProxy::StudentFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void StudentFilterProxy::setQuery(const QString &query)
{
    m_terms = query.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void StudentFilterProxy::setGrade(int grade)
{
    m_grade = grade;
    invalidateFilter();
}

QStringList StudentListModel::classesOf(int grade) const
{
    QStringList classes;
    for (const Row &row : m_rows)
        if (row.summary.grade == grade && !row.summary.klass.isEmpty() && !classes.contains(row.summary.klass))
            classes << row.summary.klass;
    std::sort(classes.begin(), classes.end(), [](const QString &a, const QString &b) {
        bool aNumber = false;
        bool bNumber = false;
        const int x = a.toInt(&aNumber);
        const int y = b.toInt(&bNumber);
        if (aNumber && bNumber) return x < y;
        if (aNumber != bNumber) return aNumber;
        return a < b;
    });
    return classes;
}

void StudentFilterProxy::setClass(const QString &klass)
{
    m_class = klass;
    invalidateFilter();
}

void StudentFilterProxy::setFocus(Focus focus)
{
    m_focus = focus;
    invalidateFilter();
}

void StudentFilterProxy::setIncludeLeft(bool include)
{
    m_includeLeft = include;
    invalidateFilter();
}

bool StudentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const StudentListModel *>(sourceModel());
    const students::StudentSummary &s = model->at(sourceRow);
    if (!m_includeLeft && s.status != students::Enrolment::Active) return false;
    if (m_grade && s.grade != m_grade) return false;
    if (!m_class.isEmpty() && s.klass != m_class) return false;
    switch (m_focus) {
    case Focus::Everyone: break;
    case Focus::WatchList:
        if (s.watchLevel.isEmpty()) return false;
        break;
    case Focus::HighRisk:
        if (s.watchLevel != u"high"_s && s.watchLevel != u"crisis"_s) return false;
        break;
    case Focus::OpenCase:
        if (!s.openCase) return false;
        break;
    }
    const QString &key = model->searchKey(sourceRow);
    for (const QString &term : m_terms)
        if (!key.contains(term)) return false;
    return true;
}

bool StudentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = static_cast<const StudentListModel *>(sourceModel());
    const auto &a = model->at(left.row());
    const auto &b = model->at(right.row());
    switch (left.column()) {
    case StudentListModel::Name: return a.pinyin < b.pinyin;  // 拼音 order, as Chinese lists sort
    case StudentListModel::Class: {
        const auto number = [](const QString &klass) {
            bool ok = false;
            const int n = klass.toInt(&ok);
            return ok ? n : 100000;  // named classes after numbered ones
        };
        return std::make_tuple(a.grade, number(a.klass), a.klass, a.studentNo)
             < std::make_tuple(b.grade, number(b.klass), b.klass, b.studentNo);
    }
    default: return QSortFilterProxyModel::lessThan(left, right);
    }
}

}  // namespace ui
}  // namespace cd

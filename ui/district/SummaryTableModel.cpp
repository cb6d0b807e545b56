#include "ui/district/SummaryTableModel.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace cd::ui {

SummaryTableModel::SummaryTableModel(const district::Summary &summary, int table, QObject *parent)
    : QAbstractTableModel(parent), m_summary(summary), m_table(table)
{
}

int SummaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(table().rows.size());
}

int SummaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(table().columns.size());
}

QVariant SummaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) return {};
    const district::SummaryRow &row = table().rows.at(index.row());
    if (index.column() >= row.values.size()) return {};
    const district::SummaryValue &value = row.values.at(index.column());
    switch (role) {
    case Qt::DisplayRole: return m_summary.text(value);
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!m_summary.withheld(value)) return {};
        if (const qint64 atLeast = m_summary.lowerBound(value); atLeast > 0)
            //: a district's merged count printed "≥n"
            return tr("At least %1: some schools withheld part of this count so that no student can be identified, "
                      "so only the part the others published is known.")
                .arg(atLeast);
        if (value.kind == district::ValueKind::Percent)
            return tr("Withheld: this rate is worked out from a count that is withheld or from fewer than %1 "
                      "students.")
                .arg(m_summary.header.k);
        return tr("Withheld so that no student can be identified: the count is small (1 to %1), close to its total, "
                  "or could otherwise be worked out from the published counts.")
            .arg(m_summary.header.k - 1);
    case Qt::FontRole:
        if (row.key == u"total"_s) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return {};
    }
}

QVariant SummaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool columns = orientation == Qt::Horizontal;
    if (section < 0 || section >= (columns ? columnCount() : rowCount())) return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:  // a long heading is wrapped and may be elided: whole in the tooltip
        return columns ? table().columns.at(section).label : table().rows.at(section).label;
    case Qt::TextAlignmentRole:
        return int((columns ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default: return {};
    }
}

}  // namespace cd::ui

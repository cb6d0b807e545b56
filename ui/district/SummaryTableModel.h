#pragma once
// One table of a district summary as a read-only model for the preview: a column per summary
// column, a row per summary row (its label the vertical header), each value as Summary::text
// prints it, numbers right-aligned; a withheld value shows the withheld mark with a tooltip
// saying why. Kept in the layout's order: not sortable.

#include "core/district/Summary.h"

#include <QAbstractTableModel>

namespace cd::ui {

class SummaryTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// `summary` must outlive the model.
    SummaryTableModel(const district::Summary &summary, int table, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const district::SummaryTable &table() const { return m_summary.tables.at(m_table); }

private:
    const district::Summary &m_summary;
    int m_table;
};

}  // namespace cd::ui

#pragma once
// The District window's list of school packages (docs/district-merge.md): a row per folder read,
// with its school code, school type, semester, k, folder and status: "✓ verified", or in red why it
// cannot be merged: the reader's reason it was rejected (naming the file), another package of the
// same school and semester (naming the other folders), or another semester or layout than the
// rest. The merge itself refuses the same; the list shows it on the rows involved beforehand.

#include "core/district/DistrictMerge.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace cd::ui {

class DistrictPackageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SchoolCode, SchoolType, Semester, K, Folder, Status, ColumnCount };

    explicit DistrictPackageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Adds what was collected; a folder already listed is read again in its place. Returns how
    /// many rows were new.
    int add(const QList<district::CollectedPackage> &packages);
    void removeRows(QList<int> rows);
    void clear();

    const QList<district::CollectedPackage> &entries() const { return m_entries; }
    /// Why row `row` cannot be merged (translated, whole); empty when it can.
    QString problem(int row) const { return m_problems.value(row); }
    /// Rows that cannot be merged.
    int problemCount() const;
    /// At least one package listed, and none with a problem.
    bool canMerge() const { return !m_entries.isEmpty() && problemCount() == 0; }
    /// Every package, when there is at least one and none has a problem; else empty.
    QList<district::ReadPackage> mergeable() const;

private:
    void findProblems();

    QList<district::CollectedPackage> m_entries;
    QStringList m_problems;  ///< one per entry
};

}  // namespace cd::ui

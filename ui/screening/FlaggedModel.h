#pragma once
// The flagged list of a run as a table: who needs a counselor's look after the screening, why,
// and where their follow-up stands. Rows stay in the core's order (most serious first) until the
// user sorts; sorting uses SortRole (numbers and dates, not their text).

#include "core/screening/Results.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace cd {
namespace ui {

class FlaggedModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StudentNo, Name, Class, InstrumentColumn, Total, BandColumn, TScore, Why, FollowUpColumn,
                  Interview, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        StudentIdRole,
        InstrumentRole,  ///< the instrument code
        OpenRole,        ///< "open" while the follow-up is open (or missing), else "closed"
    };

    explicit FlaggedModel(QObject *parent = nullptr);

    /// `definitions`: instrument code -> the run's definition (band names, critical reasons).
    void setSheets(const QList<screening::FlaggedSheet> &sheets,
                   const QHash<QString, screening::Instrument> &definitions);
    const QList<screening::FlaggedSheet> &sheets() const { return m_sheets; }
    const screening::FlaggedSheet &sheet(int row) const { return m_sheets.at(row); }
    /// The row of a student's sheet of `instrument`, or -1.
    int rowOf(qint64 studentId, const QString &instrument) const;

    /// Why the sheet is flagged, in a few words ("Critical item, over the cut-off").
    QString whyText(const screening::FlaggedSheet &sheet) const;
    /// The details: critical items' reasons, invalid reasons.
    QString whyDetails(const screening::FlaggedSheet &sheet) const;
    QString bandName(const screening::FlaggedSheet &sheet) const;
    QString instrumentName(const QString &code) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const screening::FlaggedSheet &sheet, int column) const;
    QVariant sortKey(const screening::FlaggedSheet &sheet, int row, int column) const;

    QList<screening::FlaggedSheet> m_sheets;
    QHash<QString, screening::Instrument> m_definitions;
};

/// Sorting and the "open follow-ups only" filter over a FlaggedModel.
class FlaggedProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FlaggedProxy(QObject *parent = nullptr);
    void setOpenOnly(bool on);
    bool openOnly() const { return m_openOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_openOnly = false;
};

}  // namespace ui
}  // namespace cd

#pragma once
// The grid of paper sheets typed in by hand: one row per participant of a run (student number,
// name, class, one column per item of the chosen instrument, a status column). A row keeps its
// answers until it is saved as a whole sheet; saved rows show their band or why they are invalid.
// The filter proxy shows the students without a sheet (plus any row touched since loading) and
// searches by student number, name or pinyin.

#include "core/common/Result.h"
#include "core/screening/Instrument.h"
#include "core/screening/RunRepository.h"
#include "core/screening/SheetStore.h"
#include "ui/screening/CriticalAlert.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>
#include <QSortFilterProxyModel>

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class SheetGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, NameColumn, ClassColumn, FirstItemColumn };

    SheetGridModel(vault::Vault &vault, qint64 runId, QObject *parent = nullptr);

    /// Loads the participants and their sheets of `instrument` (unsaved changes are dropped).
    Status load(const QString &instrument);
    const screening::Instrument &instrument() const { return m_instrument; }
    int itemCount() const { return static_cast<int>(m_instrument.items.size()); }
    int statusColumn() const { return FirstItemColumn + itemCount(); }
    bool isItemColumn(int column) const { return column >= FirstItemColumn && column < statusColumn(); }

    bool isOptionValue(int value) const;
    /// Every option value is a single digit 0–9: one key press enters an answer.
    bool directEntry() const;
    /// "0, 1, 2, 3" (translated list separator).
    QString allowedValues() const;
    /// "0 = Not at all · 1 = Several days · …"
    QString optionLegend() const;

    const screening::Participant &participant(int row) const { return m_rows.at(row).student; }
    const screening::AnswerRow &answers(int row) const { return m_rows.at(row).answers; }
    /// A sheet was in the vault when the grid was loaded.
    bool hadSheet(int row) const { return m_rows.at(row).hadSheet; }
    bool touched(int row) const { return m_rows.at(row).touched; }
    const QString &searchKey(int row) const { return m_rows.at(row).searchKey; }
    int rowOf(const QString &studentNo) const;

    /// Sets one answer (-1: unanswered); false when `value` is not an option value. The old value
    /// goes on the row's undo list.
    bool setAnswer(int row, int item, int value);
    /// Undoes the last change of an unsaved row; returns the item changed back, or -1.
    int undo(int row);
    bool isDirty(int row) const { return m_rows.at(row).dirty; }
    QList<int> dirtyRows() const;
    /// Saves the row as a complete sheet (entered on the grid) and shows its score; false (with
    /// the reason in the status column and lastError()) when the vault refused it.
    bool saveRow(int row);
    const QString &lastError() const { return m_lastError; }
    /// The critical answers of the rows saved since the last call (the dialog stops for them).
    QList<CriticalAnswer> takeCriticalAnswers();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    enum class State { Empty, Saved, Invalid, Unsaved, Failed, Critical };
    struct Row {
        screening::Participant student;
        QString className;
        QString searchKey;
        screening::AnswerRow answers;
        bool hadSheet = false;
        bool touched = false;
        bool dirty = false;
        State state = State::Empty;
        QString status;
        QString statusTip;
        QList<QPair<int, int>> undo;  ///< (item, value before the change)
    };
    static void showScore(const screening::Instrument &instrument, Row &row,
                          const std::optional<screening::StoredScore> &score);
    static void showPlainScore(const screening::Instrument &instrument, Row &row,
                               const std::optional<screening::StoredScore> &score);
    void rowChanged(int row);

    vault::Vault &m_vault;
    qint64 m_runId;
    screening::Instrument m_instrument;
    QList<Row> m_rows;
    QString m_lastError;
    QList<CriticalAnswer> m_critical;
};

class SheetGridFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SheetGridFilter(QObject *parent = nullptr);
    /// Only students without a sheet when the grid was loaded (rows touched since stay shown).
    void setOnlyWithoutSheet(bool only);
    void setQuery(const QString &query);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyWithoutSheet = true;
    QString m_query;
};

}  // namespace ui
}  // namespace cd

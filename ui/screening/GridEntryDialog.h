#pragma once
// Typing in paper answer sheets, fast: choose the instrument, and type one key per answer in the
// grid (the option's value; Space or Delete for an unanswered item). The cursor moves on by
// itself, each row is saved as a sheet at its end or when the cursor leaves it (Ctrl+S saves
// every unsaved row), Ctrl+Z undoes the last change of the row being typed. Existing sheets load
// their answers and can be corrected. Instruments with values above 9 or below 0 take the value
// and Enter. A row saved with a critical answer stops at once with the next steps
// (ui/screening/CriticalAlert.h); the row stays saved whatever is chosen.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class SheetGridModel;
class SheetGridFilter;

class GridEntryDialog : public QDialog {
    Q_OBJECT
public:
    GridEntryDialog(vault::Vault &vault, qint64 runId, QWidget *parent = nullptr);

    /// Switches the grid to `code` (asks first about unsaved rows); false when refused or unknown.
    bool selectInstrument(const QString &code);
    /// Puts the cursor on the first item of a student's row (clearing the search if needed).
    bool goToStudent(const QString &studentNo);
    /// Saves every unsaved row; false when one was refused (its status says why).
    bool saveAll();
    /// Closing with unsaved rows asks: save them, discard them, or stay.
    void done(int result) override;

    SheetGridModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The line under the grid (refused keys, save errors).
    QString message() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadInstrument(const QString &code);
    /// Unsaved rows: true when it is fine to go on (saved or discarded), false to stay.
    bool settleUnsaved();
    void enter(const QModelIndex &proxyIndex, int value);
    void refuse(const QString &typed);
    void undo();
    void currentChanged(const QModelIndex &current, const QModelIndex &previous);
    void updateCount();
    void showMessage(const QString &text, bool problem);
    /// A saved row with a critical answer stops the counselor at once (not while locking).
    void stopForCritical();

    vault::Vault &m_vault;
    qint64 m_runId;
    SheetGridModel *m_model;
    SheetGridFilter *m_filter;
    QComboBox *m_instrument;
    QCheckBox *m_onlyMissing;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_legend;
    QLabel *m_message;
    QLabel *m_count;
    QString m_code;  ///< the instrument shown
};

}  // namespace ui
}  // namespace cd

#pragma once
// Importing an answer file into a run: choose the instrument and the file, check the guessed
// columns and answer codes against a preview, then a dry run lists every unmatched student and
// bad cell; the import writes all good sheets at once, and leaves out rows with problems only
// when the counselor ticks that choice. Sheets imported with a critical answer are summed up at
// once, with the next steps.

#include "core/io/Table.h"
#include "core/screening/AnswerImport.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class AnswerImportDialog : public QDialog {
    Q_OBJECT
public:
    AnswerImportDialog(vault::Vault &vault, qint64 runId, QWidget *parent = nullptr);
    /// Loads a file (the button's file dialog calls this; tests call it directly).
    bool loadFile(const QString &path);
    /// Page 2: the dry run. False when the mapping has a problem (shown).
    bool check();
    /// Writes the sheets; false when refused (the reason is shown).
    bool runImport();
    const screening::AnswerPlan *plan() const { return m_plan ? &*m_plan : nullptr; }
    /// The counselor asked, from the critical-answer summary, to see the run's flagged list.
    bool flaggedListRequested() const { return m_showFlagged; }

private:
    void chooseFile();
    void instrumentChanged();
    void applyGuess();
    void rebuildMappingWidgets();
    void readMapping();
    void readCodeTable();
    void fillPreview();
    void fillCodes();
    void showProblem();
    /// After the import: one summary of the imported sheets with a critical answer.
    void summarizeCritical();

    vault::Vault &m_vault;
    qint64 m_runId;
    std::optional<io::Table> m_table;
    std::optional<screening::Instrument> m_instrument;
    screening::AnswerMapping m_mapping;
    std::optional<screening::AnswerPlan> m_plan;
    bool m_updating = false;
    bool m_showFlagged = false;

    QStackedWidget *m_pages;
    QComboBox *m_instrumentCombo;
    QLabel *m_fileLabel;
    QSpinBox *m_headerRow;
    QComboBox *m_studentNo;
    QComboBox *m_seconds;
    QTableWidget *m_items;
    QTableWidget *m_codes;
    QWidget *m_numbersAre = nullptr;  ///< the choice shown while the numbers are ambiguous
    QTableWidget *m_preview;
    QLabel *m_problem;
    QLabel *m_summary;
    QListWidget *m_problems;
    QCheckBox *m_skipBadRows;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_import;
};

}  // namespace ui
}  // namespace cd

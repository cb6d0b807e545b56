#pragma once
// Importing the school roster: choose a CSV or .xlsx file, check the column mapping against a
// preview, see the dry run (every row added, updated, unchanged or rejected, with the reason),
// then import the valid rows in one transaction.

#include "core/io/Table.h"
#include "core/roster/RosterImport.h"
#include "core/roster/RosterMapping.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class RosterImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit RosterImportDialog(vault::Vault &vault, QWidget *parent = nullptr);

    /// Loads a file (the "Choose file…" button asks for one); false with a message when unreadable.
    bool loadFile(const QString &path);
    /// Plans the import with the current mapping and shows the dry run.
    bool showDryRun();
    /// Writes the valid rows; closes the dialog on success.
    bool runImport();
    const roster::ImportPlan &plan() const { return m_plan; }

private:
    void chooseFile();
    void showPreview();
    void readMappingFromCombos();

    vault::Vault &m_vault;
    io::Table m_table;
    roster::ColumnMapping m_mapping;
    roster::ImportPlan m_plan;
    QString m_signature;
    QStackedWidget *m_pages;
    QLabel *m_fileLabel;
    QLabel *m_problem;
    QTableWidget *m_preview;
    QMap<roster::Field, QComboBox *> m_combos;
    QLabel *m_summary;
    QTableWidget *m_results;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_import;
};

}  // namespace ui
}  // namespace cd

#include "ui/students/RosterImportDialog.h"
#include "core/io/TableFile.h"

#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBoxes.h"
#include "core/vault/Vault.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
constexpr int kPreviewRows = 8;

QString actionName(roster::RowAction action)
{
    switch (action) {
    case roster::RowAction::Add: return RosterImportDialog::tr("Add");
    case roster::RowAction::Update: return RosterImportDialog::tr("Update");
    case roster::RowAction::Unchanged: return RosterImportDialog::tr("Unchanged");
    case roster::RowAction::Reject: return RosterImportDialog::tr("Rejected");
    }
    return {};
}
}  // namespace

RosterImportDialog::RosterImportDialog(vault::Vault &vault, QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_pages(new QStackedWidget(this)),
      m_fileLabel(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_preview(new QTableWidget(this)),
      m_summary(new QLabel(this)),
      m_results(new QTableWidget(this)),
      m_back(new QPushButton(tr("< &Back"), this)),
      m_next(new QPushButton(tr("&Check rows >"), this)),
      m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(u"rosterImportDialog"_s);
    setWindowTitle(tr("Import roster"));
    resize(900, 620);

    // Page 1: file, preview, mapping.
    auto *mappingPage = new QWidget(this);
    auto *choose = new QPushButton(tr("Choose &file…"), mappingPage);
    choose->setObjectName(u"chooseRosterFile"_s);
    m_fileLabel->setObjectName(u"rosterFileLabel"_s);
    m_fileLabel->setText(tr("A CSV file (UTF-8 or GB18030/GBK) or an Excel .xlsx workbook with a header row such as 学号, "
                            "姓名, 性别, 出生日期, 年级, 班级."));
    m_fileLabel->setWordWrap(true);
    m_problem->setObjectName(u"mappingProblem"_s);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);
    m_preview->setObjectName(u"rosterPreview"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    auto *mapForm = new QFormLayout;
    for (roster::Field field : roster::kAllFields) {
        auto *combo = new QComboBox(mappingPage);
        combo->setObjectName(u"map_"_s + roster::fieldCode(field));
        m_combos.insert(field, combo);
        //: a form label: the field name followed by a colon
        mapForm->addRow(tr("%1:").arg(roster::fieldName(field)), combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this]() {
            readMappingFromCombos();
            m_problem->setText(m_mapping.problem());
            m_next->setEnabled(m_mapping.problem().isEmpty());
        });
    }
    auto *top = new QHBoxLayout;
    top->addWidget(m_fileLabel, 1);
    top->addWidget(choose);
    auto *mappingLayout = new QVBoxLayout(mappingPage);
    mappingLayout->addLayout(top);
    mappingLayout->addWidget(m_preview, 1);
    mappingLayout->addWidget(new QLabel(tr("Which column holds what:"), mappingPage));
    mappingLayout->addLayout(mapForm);
    mappingLayout->addWidget(m_problem);
    connect(choose, &QPushButton::clicked, this, &RosterImportDialog::chooseFile);

    // Page 2: the dry run.
    auto *dryRunPage = new QWidget(this);
    m_summary->setObjectName(u"dryRunSummary"_s);
    m_summary->setWordWrap(true);
    m_results->setObjectName(u"dryRunResults"_s);
    m_results->setColumnCount(5);
    m_results->setHorizontalHeaderLabels({tr("Row"), tr("Result"), tr("Student number"), tr("Name"), tr("Details")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSortingEnabled(true);
    auto *dryLayout = new QVBoxLayout(dryRunPage);
    dryLayout->addWidget(m_summary);
    dryLayout->addWidget(m_results, 1);

    m_pages->addWidget(mappingPage);
    m_pages->addWidget(dryRunPage);

    auto *cancel = new QPushButton(tr("Cancel"), this);
    m_back->setObjectName(u"rosterBack"_s);
    m_next->setObjectName(u"rosterCheck"_s);
    m_import->setObjectName(u"rosterImport"_s);
    m_next->setEnabled(false);
    m_import->hide();
    m_back->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_import);
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_next, &QPushButton::clicked, this, &RosterImportDialog::showDryRun);
    connect(m_import, &QPushButton::clicked, this, &RosterImportDialog::runImport);
    connect(m_back, &QPushButton::clicked, this, [this]() {
        m_pages->setCurrentIndex(0);
        m_back->hide();
        m_import->hide();
        m_next->show();
    });
}

void RosterImportDialog::chooseFile()
{
    const QString path = FileDialogs::openFileName(this, tr("Choose the roster"),
                                                   tr("Rosters (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty()) loadFile(path);
}

bool RosterImportDialog::loadFile(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto table = io::readTableFile(path);
    QApplication::restoreOverrideCursor();
    if (!table) {
        MessageBoxes::error(this, tr("Import roster"), table.error().message);
        return false;
    }
    m_table = std::move(*table);
    m_mapping = roster::guessMapping(m_table);
    m_signature = roster::headerSignature(m_table, m_mapping.headerRow);
    if (auto remembered = roster::rememberedMapping(m_vault, m_signature); remembered && *remembered)
        m_mapping.columns = **remembered;
    m_fileLabel->setText(tr("%1 (%2, %n row(s))", nullptr, static_cast<int>(m_table.rows.size()))
                             .arg(QDir::toNativeSeparators(path), m_table.encoding));
    showPreview();
    return true;
}

void RosterImportDialog::showPreview()
{
    const int columns = m_table.columnCount();
    const int first = std::max(0, m_mapping.headerRow);
    const int shown = std::min<int>(kPreviewRows, static_cast<int>(m_table.rows.size()) - first);
    m_preview->clear();
    m_preview->setColumnCount(columns);
    m_preview->setRowCount(std::max(0, shown));
    QStringList headers;
    for (int c = 0; c < columns; ++c) headers << io::columnLetters(c);
    m_preview->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < shown; ++r)
        for (int c = 0; c < columns; ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(m_table.rows[first + r].cells.value(c)));
    m_preview->resizeColumnsToContents();

    const QStringList header = m_mapping.headerRow >= 0 ? m_table.rows[m_mapping.headerRow].cells : QStringList();
    for (auto it = m_combos.begin(); it != m_combos.end(); ++it) {
        QComboBox *combo = it.value();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < columns; ++c)
            combo->addItem(tr("Column %1: %2").arg(headers[c], header.value(c)), c);
        combo->setCurrentIndex(std::max(0, combo->findData(m_mapping.column(it.key()))));
    }
    readMappingFromCombos();
    m_problem->setText(m_mapping.problem());
    m_next->setEnabled(m_mapping.problem().isEmpty());
}

void RosterImportDialog::readMappingFromCombos()
{
    m_mapping.columns.clear();
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it)
        if (it.value()->currentData().toInt() >= 0) m_mapping.columns.insert(it.key(), it.value()->currentData().toInt());
}

bool RosterImportDialog::showDryRun()
{
    readMappingFromCombos();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = roster::planRosterImport(m_vault, m_table, m_mapping);
    QApplication::restoreOverrideCursor();
    if (!plan) {
        MessageBoxes::error(this, tr("Import roster"), plan.error().message);
        return false;
    }
    m_plan = *plan;
    m_results->setSortingEnabled(false);
    m_results->setRowCount(static_cast<int>(m_plan.rows.size()));
    for (int r = 0; r < m_plan.rows.size(); ++r) {
        const roster::PlannedRow &row = m_plan.rows[r];
        auto *number = new QTableWidgetItem;
        number->setData(Qt::DisplayRole, row.sourceRow);
        m_results->setItem(r, 0, number);
        m_results->setItem(r, 1, new QTableWidgetItem(actionName(row.action)));
        m_results->setItem(r, 2, new QTableWidgetItem(row.student.studentNo));
        m_results->setItem(r, 3, new QTableWidgetItem(row.student.name));
        m_results->setItem(r, 4, new QTableWidgetItem(row.action == roster::RowAction::Reject ? row.reason
                                                                                             : row.changes.join(u" · "_s)));
        if (row.action == roster::RowAction::Reject)
            for (int c = 0; c < 5; ++c) m_results->item(r, c)->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    m_results->setSortingEnabled(true);
    m_results->resizeColumnsToContents();
    const int writes = m_plan.count(roster::RowAction::Add) + m_plan.count(roster::RowAction::Update);
    m_summary->setText(tr("To add: %1 · To update: %2 · Unchanged: %3 · Rejected: %4. Nothing has been written yet. "
                          "Rejected rows are skipped; fix them in the file and import it again.")
                           .arg(m_plan.count(roster::RowAction::Add))
                           .arg(m_plan.count(roster::RowAction::Update))
                           .arg(m_plan.count(roster::RowAction::Unchanged))
                           .arg(m_plan.count(roster::RowAction::Reject)));
    m_import->setText(tr("&Import %n student(s)", nullptr, writes));
    m_import->setEnabled(writes > 0);
    m_pages->setCurrentIndex(1);
    m_next->hide();
    m_back->show();
    m_import->show();
    return true;
}

bool RosterImportDialog::runImport()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto summary = roster::applyRosterImport(m_vault, m_plan, m_signature, m_mapping);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        MessageBoxes::error(this, tr("Import roster"),
                            tr("Nothing was imported: %1").arg(summary.error().message));
        return false;
    }
    MessageBoxes::information(parentWidget(), tr("Import roster"),
                              tr("Imported: %1 added, %2 updated, %3 unchanged, %4 rejected.")
                                  .arg(summary->added)
                                  .arg(summary->updated)
                                  .arg(summary->unchanged)
                                  .arg(summary->rejected));
    accept();
    return true;
}

}  // namespace ui
}  // namespace cd

#include "ui/screening/AnswerImportDialog.h"

#include "core/screening/SheetStore.h"
#include "ui/screening/CriticalAlert.h"
#include "ui/common/WindowFit.h"
#include "core/io/TableFile.h"

#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBoxes.h"
#include "core/roster/RosterImport.h"
#include "core/screening/RunRepository.h"
#include "core/vault/Vault.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
constexpr int kPreviewRows = 8;

/// A column combo: "(none)" then every column by letter and heading.
void fillColumnCombo(QComboBox *combo, const io::Table &table, const screening::AnswerMapping &m, int columns,
                     const QString &noneText)
{
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(noneText, -1);
    for (int c = 0; c < columns; ++c) combo->addItem(screening::columnName(table, m, c), c);
}

void selectData(QComboBox *combo, int value)
{
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

}  // namespace

AnswerImportDialog::AnswerImportDialog(vault::Vault &vault, qint64 runId, QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_runId(runId),
      m_pages(new QStackedWidget(this)),
      m_instrumentCombo(new QComboBox(this)),
      m_fileLabel(new QLabel(this)),
      m_headerRow(new QSpinBox(this)),
      m_studentNo(new QComboBox(this)),
      m_seconds(new QComboBox(this)),
      m_items(new QTableWidget(this)),
      m_codes(new QTableWidget(this)),
      m_preview(new QTableWidget(this)),
      m_problem(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_problems(new QListWidget(this)),
      m_skipBadRows(new QCheckBox(tr("Import the other rows and &leave out the rows with problems"), this)),
      m_back(new QPushButton(tr("< &Back"), this)),
      m_next(new QPushButton(tr("&Check rows >"), this)),
      m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(u"answerImportDialog"_s);
    setWindowTitle(tr("Import answers"));
    resize(1000, 680);

    auto run = screening::RunRepository(vault).get(runId);
    if (run)
        for (const screening::RunInstrument &ri : run->instruments) m_instrumentCombo->addItem(ri.code, ri.code);
    m_instrumentCombo->setObjectName(u"importInstrument"_s);
    auto *choose = new QPushButton(tr("Choose &file…"), this);
    choose->setObjectName(u"chooseAnswerFile"_s);
    m_fileLabel->setObjectName(u"answerFileLabel"_s);
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setText(tr("A CSV file or an Excel .xlsx workbook, one row per student, as a survey tool or a "
                            "scanner exports it: a student number column and one column per item."));
    m_headerRow->setObjectName(u"headerRow"_s);
    m_headerRow->setMinimum(1);
    m_headerRow->setToolTip(tr("The row that holds the column headings (rows above it are ignored)."));
    m_studentNo->setObjectName(u"studentNoColumn"_s);
    m_seconds->setObjectName(u"secondsColumn"_s);
    m_seconds->setToolTip(tr("Optional: how long the student took, for the too-fast rule of some instruments."));
    m_items->setObjectName(u"itemColumns"_s);
    m_items->setColumnCount(2);
    m_items->setHorizontalHeaderLabels({tr("Item"), tr("Column")});
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_items->verticalHeader()->hide();
    m_items->setWordWrap(false);
    m_codes->setObjectName(u"answerCodes"_s);
    m_codes->setColumnCount(2);
    m_codes->setHorizontalHeaderLabels({tr("In the file"), tr("Answer")});
    m_codes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_codes->verticalHeader()->hide();
    m_codes->setToolTip(tr("What each answer written in the file means. Leave a code unmapped to have its cells "
                           "reported as errors."));
    m_preview->setObjectName(u"answerPreview"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problem->setObjectName(u"answerMappingProblem"_s);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->setWordWrap(true);

    auto *mappingPage = new QWidget(this);
    auto *top = new QFormLayout;
    top->addRow(tr("I&nstrument:"), m_instrumentCombo);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(choose);
    fileRow->addStretch(1);
    top->addRow(tr("File:"), fileRow);
    top->addRow(QString(), m_fileLabel);  // a row of its own: wrapped text gets its height
    top->addRow(tr("&Header row:"), m_headerRow);
    top->addRow(tr("&Student number column:"), m_studentNo);
    top->addRow(tr("&Time taken column:"), m_seconds);
    auto *itemsBox = new QGroupBox(tr("Items"), this);
    (new QVBoxLayout(itemsBox))->addWidget(m_items);
    auto *codesBox = new QGroupBox(tr("Answer codes"), this);
    auto *codesLayout = new QVBoxLayout(codesBox);
    m_numbersAre = new QWidget(codesBox);
    auto *numbersRow = new QHBoxLayout(m_numbersAre);
    numbersRow->setContentsMargins(0, 0, 0, 0);
    auto *asValues = new QPushButton(tr("The numbers are the values"), m_numbersAre);
    asValues->setObjectName(u"numbersAreValues"_s);
    auto *asOrder = new QPushButton(tr("1 = the first answer"), m_numbersAre);
    asOrder->setObjectName(u"numbersAreOrder"_s);
    numbersRow->addWidget(asValues);
    numbersRow->addWidget(asOrder);
    numbersRow->addStretch(1);
    codesLayout->addWidget(m_numbersAre);
    codesLayout->addWidget(m_codes);
    for (auto [b, values] : {std::pair{asValues, true}, std::pair{asOrder, false}})
        connect(b, &QPushButton::clicked, this, [this, values = values]() {
            m_mapping.setNumbersAreValues(*m_instrument, values, screening::distinctAnswerCodes(*m_table, m_mapping));
            fillCodes();
            readMapping();
        });
    auto *split = new QSplitter(this);
    split->addWidget(itemsBox);
    split->addWidget(codesBox);
    auto *mappingLayout = new QVBoxLayout(mappingPage);
    mappingLayout->addLayout(top);
    mappingLayout->addWidget(split, 2);
    mappingLayout->addWidget(new QLabel(tr("The first rows of the file:"), this));
    mappingLayout->addWidget(m_preview, 1);
    mappingLayout->addWidget(m_problem);

    auto *resultPage = new QWidget(this);
    m_summary->setObjectName(u"answerImportSummary"_s);
    m_summary->setWordWrap(true);
    m_problems->setObjectName(u"answerProblems"_s);
    m_skipBadRows->setObjectName(u"skipBadRows"_s);
    auto *resultLayout = new QVBoxLayout(resultPage);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(m_problems, 1);
    resultLayout->addWidget(m_skipBadRows);
    // On a small screen the columns, codes and preview scroll together rather than squeeze.
    mappingPage->setObjectName(u"answerMappingPage"_s);
    m_pages->addWidget(windowfit::scrollable(mappingPage));
    m_pages->addWidget(resultPage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_back->setObjectName(u"answerBack"_s);
    m_next->setObjectName(u"answerCheck"_s);
    m_next->setDefault(true);
    m_import->setObjectName(u"answerImport"_s);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_back);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_next);
    buttonRow->addWidget(m_import);
    buttonRow->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttonRow);

    connect(choose, &QPushButton::clicked, this, &AnswerImportDialog::chooseFile);
    connect(m_instrumentCombo, &QComboBox::currentIndexChanged, this, &AnswerImportDialog::instrumentChanged);
    // The spin box shows the file's own row number (the preview's), blank rows included.
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int sourceRow) {
        if (m_updating || !m_table) return;
        int index = 0;
        while (index + 1 < m_table->rows.size() && m_table->rows.at(index).sourceRow < sourceRow) ++index;
        m_mapping.headerRow = index;
        rebuildMappingWidgets();
    });
    for (QComboBox *combo : {m_studentNo, m_seconds})
        connect(combo, &QComboBox::currentIndexChanged, this, &AnswerImportDialog::readMapping);
    connect(m_back, &QPushButton::clicked, this, [this]() {
        m_pages->setCurrentIndex(0);
        showProblem();
    });
    connect(m_next, &QPushButton::clicked, this, &AnswerImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &AnswerImportDialog::runImport);
    connect(m_skipBadRows, &QCheckBox::toggled, this, &AnswerImportDialog::showProblem);
    connect(buttons, &QDialogButtonBox::rejected, this, &AnswerImportDialog::reject);
    instrumentChanged();
}

void AnswerImportDialog::chooseFile()
{
    const QString path = FileDialogs::openFileName(this, tr("Answer file"),
                                                   tr("Answer files (*.csv *.xlsx *.txt);;All files (*)"));
    if (!path.isEmpty()) loadFile(path);
}

bool AnswerImportDialog::loadFile(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto table = io::readTableFile(path);
    QApplication::restoreOverrideCursor();
    if (!table) {
        MessageBoxes::error(this, tr("Import answers"), table.error().message);
        return false;
    }
    m_table = std::move(*table);
    //: the chosen file and how it was read, e.g. "answers.csv (GB18030, 512 rows)"
    m_fileLabel->setText(tr("%1 (%2, %n row(s))", nullptr, static_cast<int>(m_table->rows.size()))
                             .arg(QFileInfo(path).fileName(), m_table->encoding));
    applyGuess();
    return true;
}

void AnswerImportDialog::instrumentChanged()
{
    m_instrument.reset();
    auto ins = screening::RunRepository(m_vault).instrument(m_runId, m_instrumentCombo->currentData().toString());
    if (ins) m_instrument = *ins;
    else m_problem->setText(ins.error().message);
    applyGuess();
}

void AnswerImportDialog::applyGuess()
{
    m_plan.reset();
    m_pages->setCurrentIndex(0);
    if (!m_table || !m_instrument) {
        showProblem();
        return;
    }
    m_mapping = screening::guessAnswerMapping(*m_table, *m_instrument);
    rebuildMappingWidgets();
}

void AnswerImportDialog::rebuildMappingWidgets()
{
    m_updating = true;
    const int columns = m_table->columnCount();
    m_headerRow->setRange(1, std::max(1, m_table->rows.isEmpty() ? 1 : m_table->rows.last().sourceRow));
    m_headerRow->setValue(m_table->rows.value(m_mapping.headerRow).sourceRow);
    fillColumnCombo(m_studentNo, *m_table, m_mapping, columns, tr("(choose a column)"));
    selectData(m_studentNo, m_mapping.studentNoColumn);
    fillColumnCombo(m_seconds, *m_table, m_mapping, columns, tr("(not in the file)"));
    selectData(m_seconds, m_mapping.secondsColumn);
    m_items->setRowCount(static_cast<int>(m_instrument->items.size()));
    for (int i = 0; i < m_instrument->items.size(); ++i) {
        const screening::Item &item = m_instrument->items.at(i);
        const QString text = screening::localized(item.text);
        auto *label = new QTableWidgetItem(text.isEmpty() ? item.id : tr("%1. %2").arg(item.id, text.left(40)));
        label->setFlags(Qt::ItemIsEnabled);
        m_items->setItem(i, 0, label);
        auto *combo = new QComboBox(m_items);
        combo->setObjectName(u"itemColumn_"_s + item.id);
        fillColumnCombo(combo, *m_table, m_mapping, columns, tr("(choose a column)"));
        selectData(combo, m_mapping.itemColumns.value(i, -1));
        connect(combo, &QComboBox::currentIndexChanged, this, &AnswerImportDialog::readMapping);
        m_items->setCellWidget(i, 1, combo);
    }
    m_updating = false;
    fillCodes();
    fillPreview();
    showProblem();
}

void AnswerImportDialog::fillCodes()
{
    QStringList codes = screening::distinctAnswerCodes(*m_table, m_mapping);
    if (!m_mapping.codes.isEmpty())  // in the order of the answers they stand for; unknown ones last
        std::stable_sort(codes.begin(), codes.end(), [this](const QString &a, const QString &b) {
            return m_mapping.codes.value(a, INT_MAX) < m_mapping.codes.value(b, INT_MAX);
        });
    m_codes->setRowCount(static_cast<int>(codes.size()));
    for (int r = 0; r < codes.size(); ++r) {
        auto *code = new QTableWidgetItem(codes.at(r));
        code->setFlags(Qt::ItemIsEnabled);
        m_codes->setItem(r, 0, code);
        auto *combo = new QComboBox(m_codes);
        combo->setObjectName(u"code_"_s + codes.at(r));
        combo->addItem(tr("(not an answer: report it)"), -1);
        for (const screening::AnswerOption &o : m_instrument->options) {
            const QString label = screening::localized(o.label);
            combo->addItem(label.isEmpty() ? QString::number(o.value) : tr("%1 = %2").arg(o.value).arg(label), o.value);
        }
        const int value = m_mapping.codes.isEmpty() ? (codes.at(r).toInt() >= 0 ? codes.at(r).toInt() : -1)
                                                    : m_mapping.codes.value(codes.at(r), -1);
        bool isNumber = false;
        codes.at(r).toInt(&isNumber);
        selectData(combo, m_mapping.codes.isEmpty() && !isNumber ? -1 : value);
        connect(combo, &QComboBox::currentIndexChanged, this, [this]() {
            m_mapping.codesAmbiguous = false;  // the counselor said what a code means
            readMapping();
        });
        m_codes->setCellWidget(r, 1, combo);
    }
}

void AnswerImportDialog::readMapping()
{
    if (m_updating || !m_table || !m_instrument) return;
    m_plan.reset();
    m_mapping.studentNoColumn = m_studentNo->currentData().toInt();
    m_mapping.secondsColumn = m_seconds->currentData().toInt();
    for (int i = 0; i < m_items->rowCount(); ++i)
        m_mapping.itemColumns[i] = static_cast<QComboBox *>(m_items->cellWidget(i, 1))->currentData().toInt();
    // The code table is explicit once shown: every code the user mapped (not while the numbers
    // are still undecided: that needs the counselor's choice).
    if (!m_mapping.codesAmbiguous) readCodeTable();
    fillPreview();
    showProblem();
}

void AnswerImportDialog::readCodeTable()
{
    m_mapping.codes.clear();
    for (int r = 0; r < m_codes->rowCount(); ++r) {
        const int value = static_cast<QComboBox *>(m_codes->cellWidget(r, 1))->currentData().toInt();
        if (value >= 0) m_mapping.codes.insert(m_codes->item(r, 0)->text(), value);
    }
}

void AnswerImportDialog::fillPreview()
{
    const int columns = m_table->columnCount();
    m_preview->setColumnCount(columns);
    QStringList headers;
    for (int c = 0; c < columns; ++c) headers << screening::columnName(*m_table, m_mapping, c);
    m_preview->setHorizontalHeaderLabels(headers);
    const int first = m_mapping.headerRow + 1;
    const int rows = std::clamp(static_cast<int>(m_table->rows.size()) - first, 0, kPreviewRows);
    m_preview->setRowCount(rows);
    QStringList rowLabels;
    for (int r = 0; r < rows; ++r) {
        const io::TableRow &row = m_table->rows.at(first + r);
        rowLabels << QString::number(row.sourceRow);
        for (int c = 0; c < columns; ++c) m_preview->setItem(r, c, new QTableWidgetItem(row.cells.value(c)));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
}

void AnswerImportDialog::showProblem()
{
    QString problem;
    if (!m_instrument) problem = tr("Choose an instrument.");
    else if (!m_table) problem = tr("Choose a file.");
    else problem = m_mapping.problem(*m_instrument, *m_table);
    m_problem->setText(problem);
    for (QWidget *w : std::initializer_list<QWidget *>{m_headerRow, m_studentNo, m_seconds, m_items, m_codes})
        w->setEnabled(m_table.has_value() && m_instrument.has_value());
    m_numbersAre->setVisible(m_mapping.codesAmbiguous);
    const bool onMapping = m_pages->currentIndex() == 0;
    m_next->setVisible(onMapping);
    m_next->setEnabled(problem.isEmpty());
    m_back->setVisible(!onMapping);
    m_import->setVisible(!onMapping);
    m_import->setEnabled(m_plan && !m_plan->sheets.isEmpty() && (m_plan->problems.isEmpty() || m_skipBadRows->isChecked()));
    m_skipBadRows->setVisible(m_plan && !m_plan->problems.isEmpty());
}

bool AnswerImportDialog::check()
{
    if (!m_table || !m_instrument) return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = screening::planAnswerImport(m_vault, m_runId, m_instrument->code, *m_table, m_mapping);
    QApplication::restoreOverrideCursor();
    if (!plan) {
        m_problem->setText(plan.error().message);
        return false;
    }
    m_plan = std::move(*plan);
    int replacing = 0;
    for (const screening::PlannedSheet &s : m_plan->sheets) replacing += s.replaces ? 1 : 0;
    QStringList parts{tr("%n sheet(s) can be imported", nullptr, static_cast<int>(m_plan->sheets.size()))};
    if (replacing > 0) parts << tr("%n of them replace(s) a sheet entered before", nullptr, replacing);
    parts << (m_plan->rejectedRows > 0 ? tr("%n row(s) have problems, listed below", nullptr, m_plan->rejectedRows)
                                       : tr("no row has a problem"));
    //: joins the parts of the dry run's summary: "12 sheets can be imported; 3 rows have problems, listed below"
    m_summary->setText(parts.join(tr("; ")));
    m_problems->clear();
    for (const screening::CellProblem &p : m_plan->problems) m_problems->addItem(p.message);
    m_skipBadRows->setChecked(false);
    m_pages->setCurrentIndex(1);
    showProblem();
    return true;
}

bool AnswerImportDialog::runImport()
{
    if (!m_plan) return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = screening::applyAnswerImport(m_vault, m_runId, *m_plan, m_skipBadRows->isChecked());
    QApplication::restoreOverrideCursor();
    if (!done) {
        MessageBoxes::error(this, tr("Import answers"), done.error().message);
        return false;
    }
    MessageBoxes::information(this, tr("Import answers"),
                              tr("%n sheet(s) imported and scored. Need follow-up: %1. Invalid: %2.", nullptr,
                                 done->imported)
                                  .arg(done->flagged)
                                  .arg(done->invalid));
    summarizeCritical();
    accept();
    return true;
}

void AnswerImportDialog::summarizeCritical()
{
    if (!m_plan || !m_instrument) return;
    auto sheets = screening::SheetStore(m_vault, m_runId).completeSheets(m_plan->instrument);
    if (!sheets) return;  // the import stands; the flagged list shows them
    QList<CriticalAnswer> critical;
    for (const screening::PlannedSheet &planned : m_plan->sheets) {
        const auto it = sheets->constFind(planned.studentId);
        if (it == sheets->cend() || !it->score) continue;
        screening::Participant student;
        student.studentId = planned.studentId;
        student.studentNo = planned.studentNo;
        student.name = planned.name;
        critical << criticalAnswers(*m_instrument, student, *it->score, it->answers);
    }
    summarizeCriticalAnswers(m_vault, critical, this, [this]() { m_showFlagged = true; });
}

}  // namespace ui
}  // namespace cd

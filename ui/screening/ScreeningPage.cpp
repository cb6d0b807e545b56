#include "ui/screening/ScreeningPage.h"
#include "ui/common/Dates.h"

#include "ui/common/TableRows.h"
#include "ui/common/MessageBoxes.h"
#include "ui/screening/AnswerImportDialog.h"
#include "ui/screening/CriticalAlert.h"
#include "ui/common/LockState.h"
#include "ui/screening/FlaggedModel.h"
#include "ui/screening/GridEntryDialog.h"
#include "ui/screening/InstrumentsDialog.h"
#include "ui/screening/KioskStart.h"
#include "ui/screening/KioskWindow.h"
#include "ui/screening/NotTakenPane.h"
#include "ui/screening/ResultsView.h"
#include "ui/screening/RunDialog.h"
#include "core/screening/RunRepository.h"
#include "core/students/Student.h"
#include "core/vault/Vault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
enum Column { NameColumn, StatusColumn, DatesColumn, InstrumentsColumn, TargetsColumn, ProgressColumn, ColumnCount };

QPushButton *button(QWidget *parent, const QString &text, const QString &objectName, const QString &tip)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setToolTip(tip);
    return b;
}
}  // namespace

ScreeningPage::ScreeningPage(vault::Vault &vault, QWidget *parent)
    : QWidget(parent),
      m_vault(vault),
      m_runs(new QTableWidget(this)),
      m_runSummary(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_notTaken(new NotTakenPane(vault, this))
{
    setObjectName(u"screeningPage"_s);
    auto *newRunButton = button(this, tr("&New run…"), u"newRun"_s,
                                tr("Plan a screen of some grades or classes with some instruments"));
    m_edit = button(this, tr("C&hange…"), u"editRun"_s, tr("Change the run's name, dates, instruments or grades"));
    m_open = button(this, tr("&Open run"), u"openRun"_s, tr("Open the run for answers, or close it"));
    m_refresh = button(this, tr("Refresh &list"), u"refreshRunList"_s,
                       tr("Add students who joined the chosen grades or classes since the run was created"));
    m_delete = button(this, tr("Delete…"), u"deleteRun"_s, tr("Delete the run with all its answers (room lead only)"));
    auto *instruments = button(this, tr("&Instruments…"), u"showInstruments"_s,
                               tr("The scales this vault can use, and loading a school's own definition"));
    m_import = button(this, tr("Import &answers…"), u"importAnswers"_s,
                      tr("Read an answer file (CSV or .xlsx) from a survey tool or a scanner"));
    m_grid = button(this, tr("Enter &paper sheets…"), u"enterSheets"_s,
                    tr("Type paper answer sheets in a grid, one row per student"));
    m_kiosk = button(this, tr("Start &kiosk…"), u"startKiosk"_s,
                     tr("Students answer at this computer, one item per screen; the PIN you choose leaves it"));
    m_delete->setVisible(vault.isLead());

    m_runs->setObjectName(u"runTable"_s);
    m_runs->setColumnCount(ColumnCount);
    m_runs->setHorizontalHeaderLabels(
        {tr("Run"), tr("Status"), tr("Dates"), tr("Instruments"), tr("Grades and classes"), tr("Answered")});
    m_runs->horizontalHeader()->setSectionResizeMode(TargetsColumn, QHeaderView::Stretch);
    m_runs->verticalHeader()->hide();
    fitRowsToText(m_runs);
    // At least one run shows, however small the screen (the splitter gives it more).
    m_runs->setMinimumHeight(m_runs->horizontalHeader()->sizeHint().height()
                             + m_runs->verticalHeader()->defaultSectionSize() + 2 * m_runs->frameWidth());
    m_runs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runSummary->setObjectName(u"runSummary"_s);
    m_runSummary->setWordWrap(true);

    m_tabs->setObjectName(u"runTabs"_s);
    m_tabs->addTab(m_notTaken, tr("Not taken yet"));

    auto *runButtons = new QHBoxLayout;
    for (QPushButton *b : {newRunButton, m_edit, m_open, m_refresh, m_delete}) runButtons->addWidget(b);
    runButtons->addStretch(1);
    runButtons->addWidget(instruments);
    // The chosen run: what state it is in, beside the three ways its answers come in.
    auto *runBar = new QHBoxLayout;
    runBar->addWidget(m_runSummary, 1);
    for (QPushButton *b : {m_import, m_grid, m_kiosk}) runBar->addWidget(b);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(runBar);
    lowerLayout->addWidget(m_tabs, 1);
    // The runs take the room of a few rows (the splitter moves); the chosen run's tabs the rest.
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_runs);
    m_split->addWidget(lower);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(runButtons);
    layout->addWidget(m_split, 1);

    connect(newRunButton, &QPushButton::clicked, this, &ScreeningPage::newRun);
    connect(m_edit, &QPushButton::clicked, this, &ScreeningPage::editRun);
    connect(m_open, &QPushButton::clicked, this, &ScreeningPage::toggleOpen);
    connect(m_refresh, &QPushButton::clicked, this, &ScreeningPage::refreshList);
    connect(m_delete, &QPushButton::clicked, this, &ScreeningPage::deleteRun);
    connect(instruments, &QPushButton::clicked, this, &ScreeningPage::showInstruments);
    connect(m_grid, &QPushButton::clicked, this, &ScreeningPage::enterSheets);
    connect(m_kiosk, &QPushButton::clicked, this, &ScreeningPage::startKioskMode);
    connect(m_import, &QPushButton::clicked, this, &ScreeningPage::importAnswers);
    connect(m_runs, &QTableWidget::itemSelectionChanged, this, &ScreeningPage::keepARunChosen);
    connect(m_runs, &QTableWidget::cellDoubleClicked, this, &ScreeningPage::editRun);
    connect(m_notTaken, &NotTakenPane::counted, this, [this](int students) {
        m_tabs->setTabText(m_tabs->indexOf(m_notTaken),
                           m_resultsRun ? tr("Not taken yet (%n)", nullptr, students) : tr("Not taken yet"));
    });
    runChanged();
}

void ScreeningPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

qint64 ScreeningPage::currentRunId() const
{
    const auto rows = m_runs->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_runs->item(rows.first().row(), NameColumn)->data(Qt::UserRole).toLongLong();
}

void ScreeningPage::selectRun(qint64 runId)
{
    for (int r = 0; r < m_runs->rowCount(); ++r)
        if (m_runs->item(r, NameColumn)->data(Qt::UserRole).toLongLong() == runId) m_runs->selectRow(r);
}

void ScreeningPage::reload()
{
    const qint64 keep = currentRunId();
    screening::RunRepository repo(m_vault);
    auto runs = repo.list();
    if (!runs) {
        m_runSummary->setText(runs.error().message);
        return;
    }
    const QSignalBlocker block(m_runs);
    m_runs->setRowCount(static_cast<int>(runs->size()));
    for (int r = 0; r < runs->size(); ++r) {
        const screening::Run &run = runs->at(r);
        auto progress = repo.progress(run.id);
        QStringList answered;
        for (const QString &code : run.instrumentCodes())
            //: how many of the expected students answered an instrument, e.g. "PHQ-9 412/450"
            answered << tr("%1 %2/%3").arg(code).arg(progress ? progress->taken.value(code) : 0).arg(progress ? progress->expected : 0);
        //: a run's dates: from – to
        const QString dates = tr("%1 – %2").arg(dates::date(run.opensOn),
                                                dates::date(run.closesOn));
        const QStringList cells{run.name, screening::runStatusName(run.status), dates, run.instrumentCodes().join(tr(", ")),
                                run.targetNames(), answered.join(tr(", "))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, run.id);
            m_runs->setItem(r, c, item);
        }
    }
    m_runs->resizeColumnsToContents();
    if (!m_runsSized && m_runs->rowCount() > 0) {
        // Room for up to three runs (a school year has two or three); the rest for the results.
        m_runsSized = true;
        const int rows = std::min(m_runs->rowCount(), 3);
        int height = m_runs->horizontalHeader()->sizeHint().height() + rows * m_runs->rowHeight(0)
                     + 2 * m_runs->frameWidth();
        if (m_runs->horizontalHeader()->length() > m_runs->viewport()->width())  // a narrow screen
            height += m_runs->horizontalScrollBar()->sizeHint().height();
        m_split->setSizes({height, std::max(height, m_split->height() - height)});
    }
    if (keep) selectRun(keep);
    else if (m_runs->rowCount() > 0) m_runs->selectRow(0);
    runChanged();
}

void ScreeningPage::keepARunChosen()
{
    // A click on the table's empty part (or Ctrl+click on the chosen run) would leave no run
    // chosen while there are runs: the one shown stays chosen.
    if (currentRunId() == 0 && m_runs->rowCount() > 0) {
        const QSignalBlocker block(m_runs);
        if (m_resultsRun) selectRun(m_resultsRun);
        if (currentRunId() == 0) m_runs->selectRow(0);
    }
    runChanged();
}

void ScreeningPage::runChanged()
{
    const qint64 id = currentRunId();
    auto run = id ? screening::RunRepository(m_vault).get(id) : Result<screening::Run>(makeError(ErrorCode::NotFound, {}));
    const bool have = run.ok();
    const bool open = have && run->status == screening::RunStatus::Open;
    for (QPushButton *b : {m_edit, m_open, m_refresh, m_delete}) b->setEnabled(have);
    for (QPushButton *b : {m_import, m_grid, m_kiosk}) b->setEnabled(open);
    m_refresh->setEnabled(have && run->status != screening::RunStatus::Closed);
    m_open->setText(open ? tr("Clo&se run") : have && run->status == screening::RunStatus::Closed ? tr("Re&open run")
                                                                                               : tr("&Open run"));
    if (!have) {
        // Runs exist whenever the table has rows, and then one is always chosen (keepARunChosen).
        m_runSummary->setText(m_runs->rowCount() == 0
                                  ? tr("No run yet. A run screens some grades or classes with some instruments "
                                       "between two dates: start with New run…")
                                  : run.error().message);
    } else {
        const QString name = run->name.toHtmlEscaped();
        m_runSummary->setText(open ? tr("<b>%1</b> is open: answers can come in.").arg(name)
                              : run->status == screening::RunStatus::Closed
                                  ? tr("<b>%1</b> is closed. Reopen it to enter more answers.").arg(name)
                                  : tr("<b>%1</b> is planned. Open it to enter answers.").arg(name));
    }
    // The results of the run on the first tab, its flagged list on the second (a view belongs to
    // one run); the tab the user was on stays chosen.
    if (!m_results || m_resultsRun != id) {
        const int tab = m_tabs->currentIndex();
        delete m_results;  // and its flagged list
        m_results = nullptr;
        m_resultsRun = have ? id : 0;
        if (have) {
            auto *view = new ResultsView(m_vault, id, m_tabs);
            view->setObjectName(u"runResults"_s);
            QWidget *flagged = view->takeFlaggedPane();
            m_tabs->insertTab(0, view, tr("&Results"));
            m_tabs->insertTab(1, flagged, flaggedTabText(view->flaggedModel()->rowCount()));
            m_tabs->setTabToolTip(1, tr("The sheets of every instrument in this run that need a counselor to look, "
                                        "one row per sheet"));
            connect(view, &ResultsView::flaggedCounted, this, [this, flagged](int sheets, int) {
                m_tabs->setTabText(m_tabs->indexOf(flagged), flaggedTabText(sheets));
            });
            m_tabs->setCurrentIndex(std::max(0, tab));
            m_results = view;
        }
    } else {
        static_cast<ResultsView *>(m_results)->reload();
    }
    m_notTaken->setRun(m_resultsRun);
}

QString ScreeningPage::flaggedTabText(int sheets)
{
    //: the tab of a run's flagged list: how many sheets of all its instruments are on it
    return tr("Flagged sheets (%1)").arg(QLocale().toString(sheets));
}

void ScreeningPage::newRun()
{
    RunDialog dialog(m_vault, screening::Run{}, false, this);
    if (dialog.exec() != QDialog::Accepted) return;
    reload();
    selectRun(dialog.enteredRun().id);
}

void ScreeningPage::editRun()
{
    screening::RunRepository repo(m_vault);
    auto run = repo.get(currentRunId());
    if (!run) return;
    auto progress = repo.progress(run->id);
    bool answered = false;
    if (progress)
        for (int n : progress->taken) answered = answered || n > 0;
    RunDialog dialog(m_vault, *run, answered, this);
    if (dialog.exec() == QDialog::Accepted) reload();
}

void ScreeningPage::toggleOpen()
{
    screening::RunRepository repo(m_vault);
    auto run = repo.get(currentRunId());
    if (!run) return;
    const bool closing = run->status == screening::RunStatus::Open;
    if (closing) {
        auto progress = repo.progress(run->id);
        int missing = 0;
        if (progress)
            for (const QString &code : run->instrumentCodes()) missing += progress->expected - progress->taken.value(code);
        if (missing > 0
            && !MessageBoxes::confirm(this, tr("Close run"),
                                      tr("%n answer sheet(s) are still missing. Close \"%1\" anyway? It can be reopened.",
                                         nullptr, missing)
                                          .arg(run->name),
                                      tr("Clo&se run")))
            return;
    }
    const Status s = repo.setStatus(run->id, closing ? screening::RunStatus::Closed : screening::RunStatus::Open);
    if (!s) MessageBoxes::error(this, tr("Screening"), s.error().message);
    reload();
}

void ScreeningPage::refreshList()
{
    auto added = screening::RunRepository(m_vault).refreshParticipants(currentRunId());
    if (!added) {
        MessageBoxes::error(this, tr("Refresh list"), added.error().message);
        return;
    }
    MessageBoxes::information(this, tr("Refresh list"),
                              *added ? tr("%n student(s) added to the run's list.", nullptr, *added)
                                     : tr("The run's list is up to date."));
    reload();
}

void ScreeningPage::deleteRun()
{
    screening::RunRepository repo(m_vault);
    auto run = repo.get(currentRunId());
    if (!run) return;
    if (!MessageBoxes::confirm(this, tr("Delete run"),
                               tr("Delete \"%1\" with every answer sheet, score and follow-up in it? This cannot be "
                                  "undone (a backup made before keeps it).")
                                   .arg(run->name),
                               tr("&Delete run"), true))
        return;
    const Status s = repo.remove(run->id);
    if (!s) MessageBoxes::error(this, tr("Delete run"), s.error().message);
    reload();
}

void ScreeningPage::importAnswers()
{
    if (!currentRunId()) return;
    AnswerImportDialog dialog(m_vault, currentRunId(), this);
    dialog.exec();
    reload();
    if (dialog.flaggedListRequested() && m_results) m_tabs->setCurrentIndex(1);  // the flagged list
}

void ScreeningPage::enterSheets()
{
    if (!currentRunId()) return;
    GridEntryDialog dialog(m_vault, currentRunId(), this);
    dialog.exec();
    reload();
}

void ScreeningPage::startKioskMode()
{
    if (!currentRunId()) return;
    KioskWindow *kiosk = startKiosk(this, m_vault, currentRunId());
    if (!kiosk) return;
    Q_EMIT kioskActive(true);
    // Left with the PIN. (A lock deletes the kiosk with this page; the shell restarts its idle
    // watch at the next unlock.)
    connect(kiosk, &KioskWindow::pinGuessing, this, &ScreeningPage::lockRequested);
    connect(kiosk, &KioskWindow::finished, this, [this, kiosk]() {
        const QList<CriticalAnswer> critical = kiosk->criticalAnswers();
        if (critical.isEmpty()) {
            Q_EMIT kioskActive(false);
            reload();
            return;
        }
        // A critical answer was given: the counselor is told before the page comes back (once the
        // kiosk, modal and on top, has gone).
        QTimer::singleShot(0, this, [this, critical]() {
            if (!lockInProgress()) stopForEachStudent(m_vault, critical, tr("Back to the screening page"), this);
            Q_EMIT kioskActive(false);
            reload();
        });
    });
}

void ScreeningPage::showInstruments()
{
    InstrumentsDialog dialog(m_vault, this);
    dialog.exec();
    reload();
}

}  // namespace ui
}  // namespace cd

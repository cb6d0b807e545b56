#include "ui/screening/ResultsView.h"

#include "ui/common/TableRows.h"
#include "core/audit/AuditTarget.h"

#include "ui/common/MessageBoxes.h"
#include "ui/common/Printing.h"
#include "ui/common/StatusWidgets.h"
#include "ui/screening/BandChart.h"
#include "ui/screening/FlaggedActions.h"
#include "ui/screening/FlaggedModel.h"
#include "ui/screening/ScreeningReports.h"
#include "ui/common/AreaRegistry.h"
#include "ui/common/LockState.h"
#include "core/vault/Vault.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
int percentOf(int part, int whole) { return whole > 0 ? int(double(part) * 100.0 / whole + 0.5) : 0; }
}  // namespace

ResultsView::ResultsView(vault::Vault &vault, qint64 runId, QWidget *parent)
    : QWidget(parent), m_vault(vault), m_reauth(vault)
{
    setObjectName(u"screeningResultsView"_s);
    buildLayout();
    screening::RunRepository runs(vault);
    auto run = runs.get(runId);
    if (!run) {
        m_error->setText(run.error().message);
        m_error->show();
        return;
    }
    m_run = *run;
    for (const screening::RunInstrument &ri : m_run.instruments) {
        auto definition = runs.instrument(runId, ri.code);
        if (!definition) {
            m_error->setText(definition.error().message);
            m_error->show();
            return;
        }
        m_definitions.insert(ri.code, *definition);
        const QString name = screening::localized(definition->name);
        m_instrument->addItem(name.contains(ri.code) ? name : u"%1 — %2"_s.arg(ri.code, name), ri.code);
    }
    bool norms = false;  // a T-score column only when some instrument has norms
    for (const screening::Instrument &definition : std::as_const(m_definitions)) norms |= !definition.norms.isEmpty();
    m_table->setColumnHidden(FlaggedModel::TScore, !norms);
    m_loaded = true;
    connect(m_instrument, &QComboBox::currentIndexChanged, this, &ResultsView::loadSummary);
    reload();
}

void ResultsView::buildLayout()
{
    m_instrument = new QComboBox(this);
    m_instrument->setObjectName(u"resultsInstrument"_s);
    m_instrument->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // A long instrument name must not make the page wider than a small screen: it may shrink.
    m_instrument->setMinimumWidth(m_instrument->fontMetrics().averageCharWidth() * 16);
    m_byGrade = new QRadioButton(tr("&By grade"), this);
    m_byGrade->setObjectName(u"chartByGrade"_s);
    m_byGrade->setChecked(true);
    m_byClass = new QRadioButton(tr("B&y class"), this);
    m_byClass->setObjectName(u"chartByClass"_s);
    auto *grouping = new QButtonGroup(this);
    grouping->addButton(m_byGrade);
    grouping->addButton(m_byClass);
    m_percent = new QCheckBox(tr("Percen&tages"), this);
    m_percent->setObjectName(u"chartPercent"_s);
    m_notTaken = new QCheckBox(tr("Show not tak&en"), this);
    m_notTaken->setObjectName(u"chartNotTaken"_s);
    m_participation = new QLabel(this);
    m_participation->setObjectName(u"participationLine"_s);
    m_participation->setWordWrap(true);
    m_error = makeErrorLabel(this, u"resultsError"_s);
    m_chart = new BandChart(this);
    // The chart asks for room for every class's label; on a small screen it scrolls instead of
    // making the window taller than the screen.
    m_chartArea = new QScrollArea(this);
    m_chartArea->setObjectName(u"bandChartArea"_s);
    m_chartArea->setWidget(m_chart);
    m_chartArea->setWidgetResizable(true);
    m_chartArea->setFrameShape(QFrame::NoFrame);
    m_chartArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chartArea->setMinimumHeight(80);

    auto *groupReport = new QPushButton(tr("&Group report"), this);
    groupReport->setObjectName(u"groupReportButton"_s);
    groupReport->setToolTip(tr("Counts per grade and class, the chart and the follow-ups; no student names"));
    auto *groupMenu = new QMenu(groupReport);
    connect(groupMenu->addAction(tr("&Print…")), &QAction::triggered, this, &ResultsView::printGroupReport);
    connect(groupMenu->addAction(tr("Save as P&DF…")), &QAction::triggered, this, &ResultsView::saveGroupReportPdf);
    groupReport->setMenu(groupMenu);

    auto *top = new QHBoxLayout;
    auto *instrumentLabel = new QLabel(tr("Instru&ment:"), this);
    instrumentLabel->setBuddy(m_instrument);
    top->addWidget(instrumentLabel);
    top->addWidget(m_instrument);
    top->addStretch(1);
    top->addWidget(groupReport);
    auto *options = new QHBoxLayout;
    options->addWidget(m_byGrade);
    options->addWidget(m_byClass);
    options->addSpacing(8);
    options->addWidget(m_percent);
    options->addWidget(m_notTaken);
    options->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_participation);
    layout->addWidget(m_error);
    layout->addLayout(options);
    buildFlaggedPane();
    // On its own, the view shows the flagged list under the chart; the screening page gives the
    // list a tab of its own (takeFlaggedPane).
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_chartArea);
    m_splitter->addWidget(m_flaggedPane);
    layout->addWidget(m_splitter, 1);

    connect(m_byGrade, &QRadioButton::toggled, this, [this](bool byGrade) {
        m_chart->setGrouping(byGrade ? BandChart::Grouping::ByGrade : BandChart::Grouping::ByClass);
    });
    connect(m_percent, &QCheckBox::toggled, m_chart, &BandChart::setPercentages);
    connect(m_notTaken, &QCheckBox::toggled, m_chart, &BandChart::setShowNotTaken);
    connect(m_notTaken, &QCheckBox::toggled, this,
            [this](bool on) { m_chartArea->setVisible(m_summary.all.taken > 0 || on); });
    connect(m_openOnly, &QCheckBox::toggled, this, &ResultsView::setOpenOnly);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResultsView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &ResultsView::openRecord);
    connect(m_table, &QTableView::customContextMenuRequested, this, &ResultsView::showContextMenu);
    updateActions();
}

void ResultsView::buildFlaggedPane()
{
    m_flaggedPane = new QWidget(this);
    m_flaggedPane->setObjectName(u"flaggedPane"_s);
    m_model = new FlaggedModel(this);
    m_proxy = new FlaggedProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(m_flaggedPane);
    m_table->setObjectName(u"flaggedTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);  // the core's order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    fitRowsToText(m_table);
    // Every column as wide as its text ("Critical item, high score" whole, in English too); the
    // last takes what is left; a narrow window scrolls sideways rather than cut a reason short.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_openOnly = new QCheckBox(m_flaggedPane);
    m_openOnly->setObjectName(u"openOnly"_s);

    const auto makeAction = [this](const QString &text, const QString &name, void (ResultsView::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_watchAction = makeAction(tr("Add to &watch list…"), u"watchAction"_s, &ResultsView::addToWatchList);
    m_caseAction = makeAction(tr("Open a &case…"), u"caseAction"_s, &ResultsView::openCase);
    m_interviewAction = makeAction(tr("Schedule inter&view…"), u"interviewAction"_s, &ResultsView::scheduleInterview);
    m_followUpAction = makeAction(tr("Close follow-&up…"), u"followUpAction"_s, &ResultsView::closeFollowUp);
    m_recordAction = makeAction(tr("Open growth &record"), u"recordAction"_s, &ResultsView::openRecord);

    m_individualButton = new QPushButton(tr("In&dividual report"), m_flaggedPane);
    m_individualButton->setObjectName(u"individualReportButton"_s);
    m_individualButton->setToolTip(tr("The selected student's scores, trend and follow-up (confidential)"));
    auto *individualMenu = new QMenu(m_individualButton);
    connect(individualMenu->addAction(tr("&Print…")), &QAction::triggered, this, &ResultsView::printIndividualReport);
    connect(individualMenu->addAction(tr("Save as P&DF…")), &QAction::triggered, this,
            &ResultsView::saveIndividualReportPdf);
    m_individualButton->setMenu(individualMenu);

    // Under the list, what to do with the selected student, the filter and the report; how many
    // are on the list is said by the tab (ScreeningPage) and the filter. A tool bar: what does not
    // fit a narrow window goes into its » menu.
    auto *actions = new QToolBar(m_flaggedPane);
    actions->setObjectName(u"flaggedActions"_s);
    actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : {m_watchAction, m_caseAction, m_interviewAction, m_followUpAction}) {
        actions->addAction(action);
        if (auto *button = qobject_cast<QToolButton *>(actions->widgetForAction(action))) {
            button->setObjectName(action->objectName() + u"Button"_s);
            button->setAutoRaise(false);  // buttons that look like buttons, as elsewhere on the page
        }
    }
    auto *actionBar = new QHBoxLayout;
    actionBar->addWidget(actions, 1);
    actionBar->addWidget(m_openOnly);
    actionBar->addWidget(m_individualButton);

    auto *listLayout = new QVBoxLayout(m_flaggedPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addLayout(actionBar);
}

QWidget *ResultsView::takeFlaggedPane()
{
    m_flaggedPane->setParent(nullptr);  // out of the splitter; the caller gives it a new parent
    m_splitter->hide();
    layout()->removeWidget(m_splitter);
    static_cast<QVBoxLayout *>(layout())->addWidget(m_chartArea, 1);
    return m_flaggedPane;
}

ResultsView::~ResultsView()
{
    // Placed elsewhere by takeFlaggedPane, the list still belongs to this view.
    if (m_flaggedPane && m_flaggedPane->parent() != m_splitter) delete m_flaggedPane.data();
}

QString ResultsView::currentInstrument() const { return m_instrument->currentData().toString(); }

void ResultsView::setInstrument(const QString &code)
{
    const int index = m_instrument->findData(code);
    if (index >= 0) m_instrument->setCurrentIndex(index);
}

void ResultsView::reload()
{
    if (!m_loaded) return;
    loadSummary();
    loadFlagged();
}

void ResultsView::loadSummary()
{
    const QString code = currentInstrument();
    if (code.isEmpty()) return;
    auto summary = screening::summarize(m_vault, m_run.id, code);
    if (!summary) {
        m_error->setText(summary.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    m_summary = *summary;
    m_chart->setSummary(m_summary);
    // No sheet yet: an empty chart says nothing the participation line does not.
    m_chartArea->setVisible(m_summary.all.taken > 0 || m_notTaken->isChecked());
    m_participation->setText(participationText());
    m_participation->setToolTip(
        tr("<p><b>Flagged for follow-up</b>: this instrument's sheets whose score or answers need a counselor to "
           "look (a band that flags, a critical item, an invalid sheet).</p><p><b>Students in follow-up</b>: one "
           "follow-up per flagged student for the whole run, whatever instrument flagged them; open until someone "
           "confirms the concern or clears it.</p><p>The <i>Flagged sheets</i> tab lists the sheets of every "
           "instrument.</p>"));
}

QString ResultsView::participationText() const
{
    // Each figure said once, with what it counts: sheets are one instrument's, follow-ups are one
    // per student for the whole run (a student flagged by two instruments has one).
    const screening::GroupCounts &all = m_summary.all;
    const QLocale locale;
    //: Participation in one instrument: code, taken, expected, percent, invalid sheets, flagged sheets.
    const QString sheets = tr("%1: %2 of %3 students took it (%4%). Sheets invalid: %5; flagged for follow-up: %6.")
                               .arg(m_summary.instrument.code, locale.toString(all.taken), locale.toString(all.expected),
                                    locale.toString(percentOf(all.taken, all.expected)), locale.toString(all.invalid),
                                    locale.toString(all.flagged));
    //: The run's follow-ups, one per flagged student over all its instruments: open, confirmed, cleared.
    const QString followUps = tr("Students in follow-up (all instruments): %1 still open, %2 confirmed, %3 cleared.")
                                  .arg(locale.toString(m_summary.followUpsOpen),
                                       locale.toString(m_summary.followUpsConfirmed),
                                       locale.toString(m_summary.followUpsCleared));
    //: Two sentences one after the other (no space between them in Chinese)
    return tr("%1 %2").arg(sheets, followUps);
}

void ResultsView::loadFlagged()
{
    const screening::FlaggedSheet *selected = selectedSheet();
    const qint64 keepStudent = selected ? selected->student.studentId : 0;
    const QString keepInstrument = selected ? selected->instrument : QString();
    auto sheets = screening::flaggedSheets(m_vault, m_run.id);
    if (!sheets) {
        m_error->setText(sheets.error().message);
        m_error->show();
        return;
    }
    m_model->setSheets(*sheets, m_definitions);
    m_table->resizeColumnsToContents();
    int open = 0;
    for (const screening::FlaggedSheet &s : *sheets)
        if (!s.followUp || s.followUp->status == screening::FollowUpStatus::Open) ++open;
    //: Filter of the flagged list: only the sheets of students whose follow-up is still open (how many)
    m_openOnly->setText(tr("Only open &follow-ups (%1 sheets)").arg(QLocale().toString(open)));
    m_openOnly->setToolTip(tr("Flagged sheets of all instruments: %1; of students whose follow-up is still open: %2")
                               .arg(QLocale().toString(int(sheets->size())), QLocale().toString(open)));
    Q_EMIT flaggedCounted(int(sheets->size()), open);
    if (keepStudent) selectSheet(keepStudent, keepInstrument);
    updateActions();
}

bool ResultsView::selectSheet(qint64 studentId, const QString &instrument)
{
    const int row = m_model->rowOf(studentId, instrument);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (!index.isValid()) {
        m_table->clearSelection();
        return false;
    }
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

const screening::FlaggedSheet *ResultsView::selectedSheet() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) return nullptr;
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    return source.isValid() ? &m_model->sheet(source.row()) : nullptr;
}

void ResultsView::setOpenOnly(bool on)
{
    if (m_openOnly->isChecked() != on) m_openOnly->setChecked(on);  // comes back here through toggled
    m_proxy->setOpenOnly(on);
    updateActions();
}

void ResultsView::updateActions()
{
    const screening::FlaggedSheet *s = selectedSheet();
    const bool followUp = s && s->followUp;
    const bool closed = followUp && s->followUp->status != screening::FollowUpStatus::Open;
    m_watchAction->setEnabled(s);
    m_caseAction->setEnabled(s);
    m_recordAction->setEnabled(s);
    m_interviewAction->setEnabled(followUp && !closed);
    m_followUpAction->setEnabled(followUp);
    m_followUpAction->setText(closed ? tr("Reopen follow-&up…") : tr("Close follow-&up…"));
    m_individualButton->setEnabled(s);
}

void ResultsView::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid()) return;
    QMenu menu(this);
    menu.addActions({m_watchAction, m_caseAction, m_interviewAction, m_followUpAction});
    menu.addSeparator();
    menu.addAction(m_recordAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

QString ResultsView::whyOf(const screening::FlaggedSheet &sheet) const { return m_model->whyText(sheet); }

template <typename Action>
void ResultsView::onSelected(Action action)
{
    const screening::FlaggedSheet *s = selectedSheet();
    if (!s) return;
    const screening::FlaggedSheet sheet = *s;  // the model is reset by the reload
    const FlaggedContext context{m_vault, m_run, sheet, m_model->instrumentName(sheet.instrument), whyOf(sheet)};
    if (!action(this, context)) return;
    reload();
    Q_EMIT resultsChanged();
}

void ResultsView::addToWatchList() { onSelected(&flagged::addToWatchList); }
void ResultsView::openCase() { onSelected(&flagged::openCase); }
void ResultsView::scheduleInterview() { onSelected(&flagged::scheduleInterview); }
void ResultsView::closeFollowUp() { onSelected(&flagged::closeOrReopenFollowUp); }

void ResultsView::openRecord()
{
    const screening::FlaggedSheet *s = selectedSheet();
    if (!s) return;
    AreaRegistry::instance().openStudentRecord(m_vault, s->student.studentId, this);
    if (!lockInProgress()) reload();  // the record may have changed the watch list or cases
}

bool ResultsView::outputReport(QTextDocument &document, const QString &title, const QString &fileName, bool pdf)
{
    if (!pdf) return printDocument(this, document, title);
    return !savePdfAs(this, document, title, fileName, title).isEmpty();
}

void ResultsView::auditGroupReport()
{
    // Counts only; audited once it has left the app.
    const Status st = m_vault.recordEvent(audit::action::ScreeningReportPrinted, audit::runTarget(m_run.id),
                                          currentInstrument());
    if (!st) MessageBoxes::error(this, tr("Screening report"), st.error().message);
}

void ResultsView::printGroupReport()
{
    if (!m_reauth.confirm(this, tr("The group report shows the run's counts per grade and class.")))
        return;
    QTextDocument document;
    buildGroupReport(document, m_vault.school().name, m_run, m_summary);
    if (outputReport(document, tr("Screening report"), {}, false)) auditGroupReport();
}

void ResultsView::saveGroupReportPdf()
{
    if (!m_reauth.confirm(this, tr("The group report shows the run's counts per grade and class.")))
        return;
    QTextDocument document;
    buildGroupReport(document, m_vault.school().name, m_run, m_summary);
    if (outputReport(document, tr("Save the group report as PDF"),
                     //: File name of the group report: run name, instrument code.
                     tr("%1 %2 group report.pdf").arg(m_run.name, currentInstrument()), true))
        auditGroupReport();
}

bool ResultsView::prepareIndividualReport(QTextDocument &document)
{
    const screening::FlaggedSheet *s = selectedSheet();
    if (!s) return false;
    const screening::Participant student = s->student;
    if (!m_reauth.confirm(this, tr("The individual report shows one student's screening results.")))
        return false;
    // Identifiable data: audited before it is built, whether or not the print goes through.
    Status st = m_vault.recordEvent(audit::action::ScreeningReportPrinted,
                                    audit::studentTarget(student.studentId), audit::runTarget(m_run.id));
    if (st) st = buildIndividualReport(document, m_vault, m_run, student);
    if (!st) {
        MessageBoxes::error(this, tr("Individual report"), st.error().message);
        return false;
    }
    return true;
}

void ResultsView::printIndividualReport()
{
    QTextDocument document;
    if (prepareIndividualReport(document)) outputReport(document, tr("Individual screening report"), {}, false);
}

void ResultsView::saveIndividualReportPdf()
{
    const screening::FlaggedSheet *s = selectedSheet();
    if (!s) return;
    //: File name of an individual report: run name, student number.
    const QString fileName = tr("%1 %2 screening report.pdf").arg(m_run.name, s->student.studentNo);
    QTextDocument document;
    if (prepareIndividualReport(document)) outputReport(document, tr("Save the individual report as PDF"), fileName, true);
}

}  // namespace ui
}  // namespace cd

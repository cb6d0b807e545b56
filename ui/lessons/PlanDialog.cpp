#include "ui/lessons/PlanDialog.h"

#include "core/common/Clock.h"
#include "core/lessons/Lessons.h"
#include "ui/common/Async.h"
#include "ui/common/StatusWidgets.h"
#include "ui/common/TableRows.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
QTableWidget *previewTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSortingEnabled(true);
    fitRowsToText(table);
    return table;
}

QTableWidgetItem *number(int n)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, n);
    return item;
}
}  // namespace

PlanDialog::PlanDialog(vault::Vault &vault, const lessons::Semester &semester, QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_semester(semester),
      m_fromWeek(new QSpinBox(this)),
      m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)),
      m_error(makeErrorLabel(this, u"planError"_s)),
      m_loads(previewTable(this, u"planLoads"_s, {tr("Teacher"), tr("Planned"), tr("Kept"), tr("Busiest week")})),
      m_gaps(previewTable(this, u"planGaps"_s, {tr("Class"), tr("Weeks"), tr("Short"), tr("Why")}))
{
    setObjectName(u"planDialog"_s);
    setWindowTitle(tr("Build the plan of %1").arg(semester.name));
    auto *intro = new QLabel(tr("The planner places every class's lessons in every window of the semester from the week "
                                "chosen on, or the plan with the fewest gaps when that is not possible. Lessons held, "
                                "cancelled or edited by hand are kept. Nothing is saved until Save."),
                             this);
    intro->setWordWrap(true);
    const int today = semester.weekOf(clock::today());
    m_fromWeek->setObjectName(u"planFromWeek"_s);
    m_fromWeek->setRange(semester.firstWeek(), qMax(semester.firstWeek(), semester.weekCount()));
    m_fromWeek->setValue(qBound(semester.firstWeek(), today, semester.weekCount()));
    m_fromWeek->setToolTip(tr("Weeks before this one are left as they are"));
    auto *fromLabel = new QLabel(tr("&From week:"), this);
    fromLabel->setBuddy(m_fromWeek);
    m_build = new QPushButton(tr("&Build plan"), this);
    m_build->setObjectName(u"buildPlan"_s);
    m_build->setDefault(true);
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(u"stopPlan"_s);
    m_stop->setEnabled(false);
    m_progress->setObjectName(u"planProgress"_s);
    m_progress->setVisible(false);
    m_summary->setObjectName(u"planSummary"_s);
    m_summary->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(fromLabel);
    row->addWidget(m_fromWeek);
    row->addWidget(m_build);
    row->addWidget(m_stop);
    row->addWidget(m_progress, 1);
    row->addStretch(0);
    for (QWidget *w : {static_cast<QWidget *>(m_fromWeek), static_cast<QWidget *>(m_build), static_cast<QWidget *>(m_stop)})
        w->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_gaps);
    split->addWidget(m_loads);
    split->setStretchFactor(0, 2);
    m_gaps->setToolTip(tr("Every class and window the plan cannot fill, with the reason"));
    m_loads->setToolTip(tr("Each teacher's lessons: planned now, kept from before, and the busiest week"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"savePlan"_s);
    m_save->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    connect(m_build, &QPushButton::clicked, this, &PlanDialog::build);
    connect(m_stop, &QPushButton::clicked, this, [this]() {
        if (m_cancel) *m_cancel = true;
    });
    connect(m_fromWeek, &QSpinBox::valueChanged, this, [this]() {  // the preview was for another week
        m_plan.reset();
        m_save->setEnabled(false);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(760, 520);
}

void PlanDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_build->setEnabled(!busy);
    m_fromWeek->setEnabled(!busy);
    m_stop->setEnabled(busy);
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    if (busy) m_save->setEnabled(false);
}

void PlanDialog::build()
{
    if (m_busy) return;
    m_error->hide();
    auto input = lessons::Lessons(m_vault).plannerInput(m_semester.id, m_fromWeek->value());
    if (!input) {
        m_error->setText(input.error().message);
        m_error->show();
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    lessons::PlannerInput in = *input;
    in.cancel = m_cancel.get();
    setBusy(true);
    m_summary->setText(tr("Planning…"));
    auto cancel = m_cancel;  // kept alive by the worker for as long as it runs
    runAsync<Result<lessons::Plan>>(
        this, [in, cancel]() { return lessons::planLessons(in); },
        [this](Result<lessons::Plan> plan) {
            setBusy(false);
            showPlan(plan);
        });
}

void PlanDialog::showPlan(const Result<lessons::Plan> &result)
{
    m_loads->setSortingEnabled(false);
    m_gaps->setSortingEnabled(false);
    m_loads->setRowCount(0);
    m_gaps->setRowCount(0);
    if (!result) {
        m_plan.reset();
        m_summary->clear();
        m_error->setText(result.error().message);
        m_error->show();
        return;
    }
    m_plan = std::make_unique<lessons::Plan>(*result);
    const lessons::Plan &plan = *m_plan;
    const QString lessonsText = tr("%n lesson(s) planned", nullptr, int(plan.lessons.size()));
    m_summary->setText(plan.missingTotal == 0
                           //: the plan's preview: "120 lessons planned: every class has its lessons in every window."
                           ? tr("%1: every class has its lessons in every window.").arg(lessonsText)
                           //: the plan's preview: "110 lessons planned; 10 lessons short, listed below with the reasons."
                           : tr("%1; %2 short, listed below with the reasons.")
                                 .arg(lessonsText, tr("%n lesson(s)", nullptr, plan.missingTotal)));
    for (const lessons::TeacherLoad &load : plan.loads) {
        const int row = m_loads->rowCount();
        m_loads->insertRow(row);
        m_loads->setItem(row, 0, new QTableWidgetItem(load.name));
        m_loads->setItem(row, 1, number(load.planned));
        m_loads->setItem(row, 2, number(load.fixed));
        m_loads->setItem(row, 3, number(load.maxPerWeek));
    }
    for (const lessons::PlanGap &gap : plan.gaps) {
        const int row = m_gaps->rowCount();
        m_gaps->insertRow(row);
        m_gaps->setItem(row, 0, new QTableWidgetItem(lessons::ClassKey{gap.grade, gap.className}.displayName()));
        //: a planning window: "7–8" (weeks)
        m_gaps->setItem(row, 1, new QTableWidgetItem(tr("%1–%2").arg(gap.firstWeek).arg(gap.lastWeek)));
        m_gaps->setItem(row, 2, number(gap.missing));
        auto *why = new QTableWidgetItem(gap.message);
        why->setToolTip(gap.message);
        m_gaps->setItem(row, 3, why);
    }
    for (QTableWidget *table : {m_loads, m_gaps}) {
        table->resizeColumnsToContents();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setSortingEnabled(true);
    }
    m_gaps->setVisible(!plan.gaps.isEmpty());
    m_save->setEnabled(true);
}

bool PlanDialog::save()
{
    if (!m_plan || m_busy) return false;
    lessons::PlanOptions options;
    options.fromWeek = m_fromWeek->value();
    auto saved = lessons::Lessons(m_vault).plan(m_semester.id, options);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return false;
    }
    return true;
}

void PlanDialog::reject()
{
    if (m_cancel) *m_cancel = true;  // a plan still being built is dropped
    QDialog::reject();
}

}  // namespace cd::ui

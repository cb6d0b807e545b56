#include "ui/lessons/LessonsPage.h"

#include "core/common/Clock.h"
#include "core/lessons/Semesters.h"
#include "core/vault/Vault.h"
#include "ui/common/Dates.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/StatusWidgets.h"
#include "ui/common/WindowFit.h"
#include "ui/lessons/ComplianceView.h"
#include "ui/lessons/PlanDialog.h"
#include "ui/lessons/SemesterDialog.h"
#include "ui/lessons/SemesterWeeks.h"
#include "ui/lessons/TimetableGrid.h"
#include "ui/lessons/TimetableInputs.h"
#include "ui/lessons/TopicsDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

LessonsPage::LessonsPage(vault::Vault &vault, QWidget *parent)
    : QWidget(parent),
      m_vault(vault),
      m_chooser(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_error(makeErrorLabel(this, u"lessonsError"_s)),
      m_tabs(new QTabWidget(this)),
      m_weeks(makeWeeksTable(this)),
      m_inputs(new TimetableInputs(vault, this)),
      m_grid(new TimetableGrid(vault, this)),
      m_compliance(new ComplianceView(vault, this))
{
    setObjectName(u"lessonsPage"_s);
    auto *title = makeTitle(this, tr("Mental-health lessons"));
    m_chooser->setObjectName(u"lessonsSemester"_s);
    m_chooser->setToolTip(tr("The semester shown: the current one when the page opens"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(12);
    auto *chooserLabel = new QLabel(tr("Se&mester:"), this);
    chooserLabel->setBuddy(m_chooser);
    auto *add = new QPushButton(tr("&New semester…"), this);
    add->setObjectName(u"newSemester"_s);
    add->setToolTip(tr("A new semester: its dates, holidays and exams, periods of the day and targets"));
    m_edit = new QPushButton(tr("&Edit semester…"), this);
    m_edit->setObjectName(u"editSemester"_s);
    m_edit->setToolTip(tr("Change the semester's dates, holidays and exams, periods or targets"));
    m_remove = new QPushButton(tr("Remove semeste&r…"), this);
    m_remove->setObjectName(u"removeSemester"_s);
    m_remove->setToolTip(tr("Removes the semester and everything planned in it (room lead only; asks first)"));
    m_remove->setVisible(vault.isLead());
    auto *topics = new QPushButton(tr("Topic library…"), this);
    topics->setObjectName(u"lessonTopics"_s);
    // No Alt-letter: every letter of it is taken on this page or the menu bar.
    topics->setToolTip(tr("The library of lesson topics per grade, in the order plans give them"));
    m_plan = new QPushButton(tr("&Build plan…"), this);
    m_plan->setObjectName(u"buildPlan"_s);
    m_plan->setToolTip(tr("Runs the planner on the timetable inputs and shows the plan before saving it"));
    m_summary->setObjectName(u"semesterSummary"_s);
    m_summary->setWordWrap(true);

    m_tabs->setObjectName(u"lessonsTabs"_s);
    m_tabs->addTab(m_weeks, tr("&Weeks"));
    m_tabs->addTab(m_inputs, tr("Timetable &inputs"));
    m_tabs->setTabToolTip(1, tr("Teachers, their classes, when they are unavailable, and each class's open slots"));
    m_tabs->addTab(m_grid, tr("Timetab&le"));
    m_tabs->setTabToolTip(2, tr("The lessons of a week: edit, move, mark delivered or cancelled"));
    m_tabs->addTab(m_compliance, tr("Com&pliance"));
    m_tabs->setTabToolTip(3, tr("Per class and grade: lessons required so far, delivered, behind; class meetings"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        if (m_tabs->currentWidget() == m_compliance) m_compliance->reload();  // lessons change on the other tabs
    });

    auto *top = new QHBoxLayout;
    top->addWidget(chooserLabel);
    top->addWidget(m_chooser, 1);
    top->addWidget(add);
    top->addWidget(m_edit);
    top->addWidget(m_remove);
    // The page scrolls rather than make the main window wider than a small screen.
    auto *body = new QWidget(this);
    body->setObjectName(u"lessonsBody"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(windowfit::scrollable(body));
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addLayout(top);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(topics);
    summaryRow->addWidget(m_plan);
    layout->addLayout(summaryRow);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, &LessonsPage::showSemester);
    connect(add, &QPushButton::clicked, this, &LessonsPage::newSemester);
    connect(m_edit, &QPushButton::clicked, this, &LessonsPage::editSemester);
    connect(m_remove, &QPushButton::clicked, this, &LessonsPage::removeSemester);
    connect(m_plan, &QPushButton::clicked, this, &LessonsPage::buildPlan);
    connect(topics, &QPushButton::clicked, this, [this]() {
        TopicsDialog dialog(m_vault, this);
        dialog.exec();
    });
    reload();
}

void LessonsPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void LessonsPage::reload(qint64 chooseId)
{
    qint64 keep = chooseId;
    if (keep == 0 && m_chooser->currentIndex() >= 0) keep = m_chooser->currentData().toLongLong();
    if (keep == 0) {
        auto current = lessons::Semesters(m_vault).current(clock::today());
        if (current && *current) keep = (*current)->id;
    }
    auto all = lessons::Semesters(m_vault).list();
    m_error->setVisible(!all);
    if (!all) m_error->setText(all.error().message);
    m_semesters = all ? *all : QList<lessons::Semester>();
    {
        const QSignalBlocker block(m_chooser);
        m_chooser->clear();
        for (const lessons::Semester &s : m_semesters) m_chooser->addItem(s.name, s.id);
        m_chooser->setCurrentIndex(qMax(0, m_chooser->findData(keep)));
    }
    showSemester();
}

std::optional<lessons::Semester> LessonsPage::semester() const
{
    const qint64 id = m_chooser->currentData().toLongLong();
    for (const lessons::Semester &s : m_semesters)
        if (s.id == id) return s;
    return std::nullopt;
}

void LessonsPage::showSemester()
{
    const std::optional<lessons::Semester> s = semester();
    if (!m_inputs->setSemester(s)) {  // unsaved inputs kept: stay on their semester
        const QSignalBlocker block(m_chooser);
        m_chooser->setCurrentIndex(qMax(0, m_chooser->findData(m_shownId)));
        return;
    }
    m_shownId = s ? s->id : 0;
    m_grid->setSemester(s);
    m_compliance->setSemester(s);
    m_edit->setEnabled(s.has_value());
    m_remove->setEnabled(s.has_value());
    m_plan->setEnabled(s.has_value());
    if (!s) {
        m_summary->setText(tr("The school has no semester yet: start with New semester…"));
    } else {
        int holidays = 0, exams = 0;
        for (const lessons::SemesterBreak &b : s->breaks) ++(b.kind == lessons::BreakKind::Exam ? exams : holidays);
        //: a semester at a glance: "2026-09-01 to 2027-01-22, weeks 1 to 21; 3 holidays, 2 exam periods, 8 periods a day"
        m_summary->setText(tr("%1 to %2, weeks %3 to %4; %5, %6, %7")
                               .arg(dates::date(s->startsOn), dates::date(s->endsOn))
                               .arg(s->firstWeek())
                               .arg(s->weekCount())
                               .arg(tr("%n holiday(s)", nullptr, holidays), tr("%n exam period(s)", nullptr, exams),
                                    tr("%n period(s) a day", nullptr, int(s->periods.size()))));
    }
    fillWeeksTable(m_weeks, s);
    Q_EMIT semesterChanged(s);
}

void LessonsPage::newSemester()
{
    SemesterDialog dialog(m_vault, SemesterDialog::proposal(m_semesters, clock::today()), this);
    if (dialog.exec() == QDialog::Accepted) reload(dialog.savedId());
}

void LessonsPage::editSemester()
{
    const std::optional<lessons::Semester> s = semester();
    if (!s) return;
    SemesterDialog dialog(m_vault, *s, this);
    if (dialog.exec() == QDialog::Accepted) reload(dialog.savedId());
}

void LessonsPage::buildPlan()
{
    const std::optional<lessons::Semester> s = semester();
    if (!s) return;
    if (m_inputs->isDirty() && !m_inputs->save()) {  // the planner plans what is saved
        m_tabs->setCurrentWidget(m_inputs);
        return;
    }
    PlanDialog dialog(m_vault, *s, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_grid->setSemester(s);
        m_tabs->setCurrentWidget(m_grid);
    }
}

void LessonsPage::removeSemester()
{
    const std::optional<lessons::Semester> s = semester();
    if (!s) return;
    if (!MessageBoxes::confirm(this, tr("Remove semester"),
                               tr("Remove the semester \"%1\" (%2 to %3)? Its lessons, teachers and open slots, room hours, duty "
                                  "roster and school events go with it; groups stay. This cannot be undone.")
                                   .arg(s->name, dates::date(s->startsOn), dates::date(s->endsOn)),
                               tr("Remove"), true))
        return;
    const Status removed = lessons::Semesters(m_vault).remove(s->id);
    if (!removed) {
        MessageBoxes::error(this, tr("Remove semester"), removed.error().message);
        return;
    }
    m_chooser->setCurrentIndex(-1);
    reload();
}

}  // namespace cd::ui

#include "ui/groups/EventsPane.h"

#include "core/common/Clock.h"
#include "core/lessons/Semesters.h"
#include "ui/common/Dates.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/TableRows.h"
#include "ui/groups/EventDialog.h"

#include <QComboBox>

#include <algorithm>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
QTableWidgetItem *item(const QString &text, const QVariant &key = {})
{
    auto *i = new QTableWidgetItem(text);
    if (key.isValid()) i->setData(Qt::UserRole, key);
    return i;
}

QTableWidgetItem *number(int n)
{
    auto *i = new QTableWidgetItem;
    i->setData(Qt::DisplayRole, n);
    return i;
}
}  // namespace

EventsPane::EventsPane(vault::Vault &vault, QWidget *parent)
    : QWidget(parent), m_vault(vault), m_semester(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_counts(new QLabel(this)), m_missing(new QLabel(this)), m_table(new QTableWidget(0, 7, this)),
      m_new(new QPushButton(tr("&New event…"), this)), m_edit(new QPushButton(tr("&Edit…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(u"eventsPane"_s);
    m_semester->setObjectName(u"eventSemester"_s);
    m_semester->setToolTip(tr("The semester whose events and targets are shown"));
    m_semester->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_semester->setMinimumContentsLength(14);
    m_kind->setObjectName(u"eventKindFilter"_s);
    m_kind->addItem(tr("All kinds"), -1);
    for (groups::EventKind kind : groups::eventKinds()) m_kind->addItem(groups::eventKindName(kind), static_cast<int>(kind));
    m_counts->setObjectName(u"eventCounts"_s);
    m_counts->setWordWrap(true);
    m_missing->setObjectName(u"eventsMissing"_s);
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(u"color: #b00020;"_s);
    m_table->setObjectName(u"eventTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Format"), tr("Topic"), tr("Audience"), tr("Head count"), tr("Minutes")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_new->setObjectName(u"newEventButton"_s);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_new->setToolTip(tr("Record an activity, a family-education event or a teacher training (Ctrl+Shift+V)"));
    m_edit->setObjectName(u"editEventButton"_s);
    m_edit->setToolTip(tr("Change the chosen event"));
    m_remove->setObjectName(u"removeEventButton"_s);
    m_remove->setToolTip(tr("Remove the chosen event"));

    auto *bar = new QHBoxLayout;
    auto *semesterLabel = new QLabel(tr("Se&mester:"), this);
    semesterLabel->setBuddy(m_semester);
    bar->addWidget(semesterLabel);
    bar->addWidget(m_semester);
    auto *kindLabel = new QLabel(tr("Sho&w:"), this);
    kindLabel->setBuddy(m_kind);
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_counts);
    layout->addWidget(m_missing);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_semester, &QComboBox::currentIndexChanged, this, &EventsPane::showEvents);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventsPane::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &EventsPane::newEvent);
    connect(m_edit, &QPushButton::clicked, this, &EventsPane::editEvent);
    connect(m_remove, &QPushButton::clicked, this, &EventsPane::removeEvent);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &EventsPane::editEvent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this]() {
        const bool chosen = !m_table->selectionModel()->selectedRows().isEmpty();
        m_edit->setEnabled(chosen);
        m_remove->setEnabled(chosen);
    });
    loadSemesters();
}

void EventsPane::loadSemesters()
{
    auto all = lessons::Semesters(m_vault).list();
    m_semesters = all ? *all : QList<lessons::Semester>();
    const QSignalBlocker block(m_semester);
    m_semester->clear();
    for (const lessons::Semester &s : std::as_const(m_semesters)) m_semester->addItem(s.name, s.id);
    auto current = lessons::Semesters(m_vault).current(clock::today());
    if (current && *current) m_semester->setCurrentIndex(m_semester->findData((*current)->id));
    showEvents();
}

void EventsPane::reload() { loadSemesters(); }

const lessons::Semester *EventsPane::semester() const
{
    const qint64 id = m_semester->currentData().toLongLong();
    for (const lessons::Semester &s : m_semesters)
        if (s.id == id) return &s;
    return nullptr;
}

void EventsPane::showEvents()
{
    const lessons::Semester *s = semester();
    m_events.clear();
    if (s) {
        auto events = groups::SchoolEvents(m_vault).list(s->id);
        if (!events) MessageBoxes::error(this, tr("School events"), events.error().message);
        else m_events = *events;
    }
    m_new->setEnabled(s != nullptr);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const groups::SchoolEvent &e : std::as_const(m_events)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, item(dates::date(e.heldOn), e.id));
        m_table->setItem(row, 1, item(groups::eventKindName(e.kind), static_cast<int>(e.kind)));
        m_table->setItem(row, 2, item(groups::eventFormatName(e.format)));
        m_table->setItem(row, 3, item(e.topic));
        m_table->setItem(row, 4, item(e.audience));
        m_table->setItem(row, 5, number(e.headCount));
        m_table->setItem(row, 6, e.minutes > 0 ? number(e.minutes) : item(QString()));
    }
    m_table->setSortingEnabled(true);
    m_table->sortItems(m_table->horizontalHeader()->sortIndicatorSection(), m_table->horizontalHeader()->sortIndicatorOrder());
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(3, std::min(m_table->columnWidth(3), fontMetrics().averageCharWidth() * 36));
    fitRowsToText(m_table);
    applyFilter();
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);

    if (!s) {
        m_counts->setText(tr("No semester yet: set one up on the Lessons page, then record its events here."));
        m_missing->clear();
        m_missing->hide();
        return;
    }
    const groups::EventTally t = groups::tallyEvents(*s, m_events, clock::today());
    int monthsWith = 0, monthsBegun = 0;
    for (const groups::MonthActivities &m : t.months) {
        monthsBegun += m.started ? 1 : 0;
        monthsWith += (m.started && m.held >= t.activitiesPerMonth) ? 1 : 0;
    }
    m_counts->setText(tr("Family education: %1 of %2 held. Teacher trainings: %3 of %4 held (%5 min). "
                         "Whole-school activities: %6 of %7 months so far with %8 or more.")
                          .arg(t.familyHeld)
                          .arg(t.familyTarget)
                          .arg(t.trainingsHeld)
                          .arg(t.trainingsTarget)
                          .arg(t.trainingMinutes)
                          .arg(monthsWith)
                          .arg(monthsBegun)
                          .arg(t.activitiesPerMonth));
    const QStringList missing = t.missing();
    m_missing->setText(missing.join(u'\n'));
    m_missing->setVisible(!missing.isEmpty());
}

QString EventsPane::tallyText() const
{
    return m_missing->isVisible() ? m_counts->text() + u'\n' + m_missing->text() : m_counts->text();
}

void EventsPane::applyFilter()
{
    const int kind = m_kind->currentData().toInt();
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->setRowHidden(row, kind >= 0 && m_table->item(row, 1)->data(Qt::UserRole).toInt() != kind);
}

void EventsPane::newEvent()
{
    const lessons::Semester *s = semester();
    if (!s) return;
    groups::SchoolEvent e;
    e.semesterId = s->id;
    e.heldOn = s->contains(clock::today()) ? clock::today() : s->startsOn;
    if (const int kind = m_kind->currentData().toInt(); kind >= 0) e.kind = static_cast<groups::EventKind>(kind);
    EventDialog dialog(m_vault, e, this);
    if (dialog.exec() == QDialog::Accepted) showEvents();
}

void EventsPane::editEvent()
{
    const int row = m_table->currentRow();
    if (row < 0) return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const groups::SchoolEvent &e : std::as_const(m_events)) {
        if (e.id != id) continue;
        EventDialog dialog(m_vault, e, this);
        if (dialog.exec() == QDialog::Accepted) showEvents();
        return;
    }
}

void EventsPane::removeEvent()
{
    const int row = m_table->currentRow();
    if (row < 0) return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (!MessageBoxes::confirm(this, tr("Remove event"),
                               tr("Remove \"%1\" of %2? It no longer counts toward the semester's targets.")
                                   .arg(m_table->item(row, 3)->text(), m_table->item(row, 0)->text()),
                               tr("Remove"), true))
        return;
    const Status removed = groups::SchoolEvents(m_vault).remove(id);
    if (!removed) MessageBoxes::error(this, tr("Remove event"), removed.error().message);
    showEvents();
}

}  // namespace cd::ui

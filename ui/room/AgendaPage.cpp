#include "ui/room/AgendaPage.h"

#include "core/cases/CaseRepository.h"
#include "core/common/Clock.h"
#include "core/lessons/Semesters.h"
#include "core/room/Appointments.h"
#include "core/room/IcsExport.h"
#include "core/room/RoomSchedule.h"
#include "core/vault/Vault.h"
#include "ui/cases/SessionEditor.h"
#include "ui/common/Dates.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Printing.h"
#include "ui/common/TableRows.h"
#include "ui/common/UserNames.h"
#include "ui/room/AppointmentDialog.h"
#include "ui/room/DutyRosterDialog.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
enum Column { DayColumn, TimeColumn, WhatColumn, WhoColumn, StatusColumn };

QString itemStatus(const room::AgendaItem &item)
{
    if (item.kind == room::AgendaItem::Kind::Appointment)
        return room::statusName(room::statusFromCode(item.status).value_or(room::AppointmentStatus::Booked));
    return QString();
}
}  // namespace

AgendaPage::AgendaPage(vault::Vault &vault, QWidget *parent)
    : QWidget(parent), m_vault(vault), m_day(QDate::currentDate()), m_span(new QComboBox(this)),
      m_whose(new QComboBox(this)), m_range(new QLabel(this)), m_filter(new QLineEdit(this)),
      m_table(new QTableWidget(0, 5, this)), m_kept(new QPushButton(tr("&Kept…"), this)),
      m_missed(new QPushButton(tr("&Missed"), this)), m_cancel(new QPushButton(tr("Cance&l appointment…"), this))
{
    setObjectName(u"agendaPage"_s);
    m_span->setObjectName(u"agendaSpan"_s);
    m_span->addItem(tr("Day"));
    m_span->addItem(tr("Week"));
    m_span->setCurrentIndex(1);
    m_span->setToolTip(tr("Show one day or the whole week (Ctrl+D / Ctrl+W)"));
    m_whose->setObjectName(u"agendaWhose"_s);
    m_whose->addItem(tr("My agenda"), vault.currentUser().login);
    m_whose->addItem(tr("The whole room"), QString());
    m_range->setObjectName(u"agendaRange"_s);
    m_range->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // a small screen cuts it, not the page
    m_range->setMinimumWidth(m_range->fontMetrics().horizontalAdvance(u"2026-12-06"_s));
    m_filter->setObjectName(u"agendaFilter"_s);
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(m_filter->fontMetrics().horizontalAdvance(u"M"_s) * 12);
    m_filter->setToolTip(tr("Show only the rows containing this text"));
    m_table->setObjectName(u"agendaTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("Time"), tr("What"), tr("Who"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    fitRowsToText(m_table);
    m_table->setToolTip(tr("Double-click a row to open it"));

    auto *previous = new QToolButton(this);
    previous->setObjectName(u"agendaPrevious"_s);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("The day or week before (Ctrl+Page Up)"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    auto *next = new QToolButton(this);
    next->setObjectName(u"agendaNext"_s);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("The day or week after (Ctrl+Page Down)"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    auto *today = new QPushButton(tr("&Today"), this);
    today->setObjectName(u"agendaToday"_s);
    today->setToolTip(tr("Back to today (Ctrl+T)"));
    today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    auto *book = new QPushButton(tr("&New appointment…"), this);
    book->setObjectName(u"newAppointment"_s);
    book->setToolTip(tr("Book a talk a student, teacher or parent asked for (Ctrl+N)"));
    book->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    auto *roster = new QPushButton(tr("Duty &roster…"), this);
    roster->setObjectName(u"dutyRoster"_s);
    roster->setToolTip(tr("The room's open hours and who is on duty; print it for the door"));
    auto *ics = new QPushButton(tr("E&xport calendar…"), this);
    ics->setObjectName(u"exportCalendar"_s);
    ics->setToolTip(tr("Your lessons, duty and appointments of the semester as an .ics file, without any student's name"));
    m_kept->setObjectName(u"appointmentKept"_s);
    m_kept->setToolTip(tr("The talk took place: write the session in the student's case"));
    m_missed->setObjectName(u"appointmentMissed"_s);
    m_cancel->setObjectName(u"appointmentCancel"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_span);
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addWidget(m_range, 1);
    bar->addWidget(m_whose);
    auto *actions = new QHBoxLayout;
    actions->addWidget(book);
    actions->addWidget(m_kept);
    actions->addWidget(m_missed);
    actions->addWidget(m_cancel);
    actions->addStretch();
    actions->addWidget(m_filter);
    auto *room = new QHBoxLayout;  // a row of its own: the page fits a small screen's width
    room->addStretch();
    room->addWidget(roster);
    room->addWidget(ics);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addLayout(room);

    connect(m_span, &QComboBox::currentIndexChanged, this, [this](int index) { setWeekView(index == 1); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this), &QShortcut::activated, this, [this] { setWeekView(false); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), this), &QShortcut::activated, this, [this] { setWeekView(true); });
    connect(m_whose, &QComboBox::currentIndexChanged, this, &AgendaPage::reload);
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(today, &QPushButton::clicked, this, [this] { showDate(QDate::currentDate()); });
    connect(book, &QPushButton::clicked, this, &AgendaPage::newAppointment);
    connect(roster, &QPushButton::clicked, this, &AgendaPage::editRoster);
    connect(ics, &QPushButton::clicked, this, &AgendaPage::exportCalendar);
    connect(m_kept, &QPushButton::clicked, this, [this] { markSelected(room::AppointmentStatus::Kept); });
    connect(m_missed, &QPushButton::clicked, this, [this] { markSelected(room::AppointmentStatus::Missed); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { markSelected(room::AppointmentStatus::Cancelled); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openRow(row); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const Row *r = selectedRow();
        const bool appointment = r && !r->desk && r->item.kind == room::AgendaItem::Kind::Appointment;
        for (QPushButton *b : {m_kept, m_missed, m_cancel}) b->setEnabled(appointment);
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            bool match = text.trimmed().isEmpty();
            for (int c = 0; c < m_table->columnCount() && !match; ++c)
                match = m_table->item(row, c) && m_table->item(row, c)->text().contains(text.trimmed(), Qt::CaseInsensitive);
            m_table->setRowHidden(row, !match);
        }
    });
    reload();
}

QDate AgendaPage::firstDay() const { return m_week ? m_day.addDays(1 - m_day.dayOfWeek()) : m_day; }
QDate AgendaPage::lastDay() const { return m_week ? firstDay().addDays(6) : m_day; }

void AgendaPage::showDate(const QDate &day)
{
    m_day = day;
    reload();
}

void AgendaPage::setWeekView(bool week)
{
    m_week = week;
    const QSignalBlocker block(m_span);
    m_span->setCurrentIndex(week ? 1 : 0);
    reload();
}

void AgendaPage::step(int direction) { showDate(m_day.addDays(direction * (m_week ? 7 : 1))); }

void AgendaPage::reload()
{
    m_range->setText(m_week ? tr("%1 to %2").arg(dates::date(firstDay()), dates::date(lastDay()))
                            : tr("%1, %2").arg(room::weekdayName(m_day.dayOfWeek()), dates::date(m_day)));
    m_rows.clear();
    auto items = room::agenda(m_vault, {firstDay(), lastDay(), m_whose->currentData().toString(), false});
    if (!items) MessageBoxes::error(this, tr("Agenda"), items.error().message);
    else
        for (const room::AgendaItem &i : *items) m_rows.append({false, i, {}});
    // What the areas' desk sections have due in these days: follow-ups, reviews, slips.
    for (const DeskSectionSpec &section : AreaRegistry::instance().deskSections())
        for (const DeskItem &d : section.items(m_vault))
            if (d.due.isValid() && d.due.date() >= firstDay() && d.due.date() <= lastDay()) m_rows.append({true, {}, d});

    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        const QDateTime starts = r.desk ? r.deskItem.due : r.item.starts;
        const QString day = dates::date(starts.date()) + u' ' + room::weekdayName(starts.date().dayOfWeek());
        const QString time = r.desk ? (starts.time() == QTime(0, 0) ? QString() : dates::time(starts.time()))
                                    : dates::time(starts.time()) + u"–"_s + dates::time(r.item.ends.time());
        const QString what = r.desk ? r.deskItem.text : room::agendaTitle(r.item, true);
        const QString who = r.desk ? QString() : r.item.kind == room::AgendaItem::Kind::Duty && r.item.who == r.item.person
                                                     ? r.item.person
                                                     : userName(m_vault, r.item.who);
        const QString status = r.desk ? (r.deskItem.overdue ? tr("Overdue") : tr("Due")) : itemStatus(r.item);
        const QStringList cells = {day, time, what, who, status};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells[c]);
            cell->setData(Qt::UserRole, row);
            if (r.desk && r.deskItem.overdue) cell->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(row, c, cell);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->sortItems(DayColumn);
    for (QPushButton *b : {m_kept, m_missed, m_cancel}) b->setEnabled(false);
    if (!m_filter->text().isEmpty()) Q_EMIT m_filter->textChanged(m_filter->text());
}

QStringList AgendaPage::rowTitles() const
{
    QStringList titles;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (!m_table->isRowHidden(row)) titles << m_table->item(row, WhatColumn)->text();
    return titles;
}

const AgendaPage::Row *AgendaPage::selectedRow() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty()) return nullptr;
    const int index = selected.first()->data(Qt::UserRole).toInt();
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

void AgendaPage::newAppointment()
{
    room::Appointment a;
    const QDate day = m_day < QDate::currentDate() ? QDate::currentDate() : m_day;
    a.startsAt = QDateTime(day, QTime(12, 0));
    a.counselor = m_vault.currentUser().login;
    AppointmentDialog dialog(m_vault, a, this);
    if (dialog.exec() == QDialog::Accepted) reload();
}

void AgendaPage::openRow(int row)
{
    m_table->selectRow(row);
    const Row *r = selectedRow();
    if (!r) return;
    if (r->desk) {
        if (r->deskItem.open) r->deskItem.open(m_vault, this);
        reload();
        return;
    }
    switch (r->item.kind) {
    case room::AgendaItem::Kind::Appointment: {
        auto a = room::Appointments(m_vault).get(r->item.id);
        if (!a) {
            MessageBoxes::error(this, tr("Agenda"), a.error().message);
            return;
        }
        AppointmentDialog dialog(m_vault, *a, this);
        if (dialog.exec() == QDialog::Accepted) reload();
        return;
    }
    case room::AgendaItem::Kind::Duty: editRoster(); return;
    case room::AgendaItem::Kind::Lesson:
    case room::AgendaItem::Kind::GroupSession:
        MessageBoxes::information(this, tr("Agenda"),
                                  tr("%1\n%2 %3–%4").arg(room::agendaTitle(r->item, true), dates::date(r->item.starts.date()),
                                                         dates::time(r->item.starts.time()), dates::time(r->item.ends.time())));
        return;
    }
}

void AgendaPage::markSelected(room::AppointmentStatus status)
{
    const Row *r = selectedRow();
    if (!r || r->desk || r->item.kind != room::AgendaItem::Kind::Appointment) return;
    const room::AgendaItem item = r->item;
    if (status == room::AppointmentStatus::Cancelled &&
        !MessageBoxes::confirm(this, tr("Cancel the appointment"),
                               tr("Cancel the appointment on %1? It stays in the record as cancelled.")
                                   .arg(dates::dateTime(item.starts)),
                               tr("Cancel &appointment"), true))
        return;
    const Status st = room::Appointments(m_vault).setStatus(item.id, status);
    if (!st) {
        MessageBoxes::error(this, tr("Agenda"), st.error().message);
        return;
    }
    if (status == room::AppointmentStatus::Kept) keepAppointment(item);
    reload();
}

void AgendaPage::keepAppointment(const room::AgendaItem &item)
{
    if (item.studentId <= 0) return;
    auto cases = cases::CaseRepository(m_vault).casesOf(item.studentId);
    qint64 caseId = 0;
    if (cases)
        for (const cases::Case &c : *cases)
            if (c.open) caseId = c.id;
    if (caseId == 0) {
        if (MessageBoxes::confirm(this, tr("Write the session"),
                                  tr("%1 has no open case to write the session in. Open their growth record to open one?")
                                      .arg(item.studentName),
                                  tr("&Open the record")))
            AreaRegistry::instance().openStudentRecord(m_vault, item.studentId, this);
        return;
    }
    cases::Session session;
    session.caseId = caseId;
    session.heldOn = item.starts.date();
    session.minutes = static_cast<int>(item.starts.secsTo(item.ends) / 60);
    const auto requester = static_cast<room::Requester>(item.requester);
    session.kind = requester == room::Requester::Teacher  ? cases::SessionKind::Teacher
                   : requester == room::Requester::Parent ? cases::SessionKind::Guardian
                                                          : cases::SessionKind::Individual;
    SessionEditor editor(m_vault, session, this);
    editor.exec();
    if (editor.savedId() > 0) {
        const Status linked = room::Appointments(m_vault).setStatus(item.id, room::AppointmentStatus::Kept, editor.savedId());
        if (!linked) MessageBoxes::error(this, tr("Agenda"), linked.error().message);
    }
}

void AgendaPage::editRoster()
{
    DutyRosterDialog dialog(m_vault, this);
    dialog.exec();
    reload();
}

void AgendaPage::exportCalendar()
{
    const QString title = tr("Export your calendar");
    auto semester = lessons::Semesters(m_vault).current(m_day);
    if (!semester || !*semester) {
        MessageBoxes::error(this, title, tr("There is no semester to export: set one up on the Lessons page first."));
        return;
    }
    //: File name of the .ics export: the semester's name
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("%1 calendar.ics").arg((*semester)->name));
    QString path = FileDialogs::saveFileName(this, title, suggested, tr("iCalendar (*.ics)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(u".ics"_s, Qt::CaseInsensitive)) path += u".ics"_s;
    auto written = room::exportCalendar(m_vault, (*semester)->id, m_vault.currentUser().login, path);
    if (!written) {
        MessageBoxes::error(this, title, written.error().message);
        return;
    }
    tellSaved(this, title, path);
}

}  // namespace cd::ui

#include "ui/room/DutyRosterDialog.h"

#include "core/common/Clock.h"
#include "core/lessons/Semesters.h"
#include "core/vault/Vault.h"
#include "ui/common/Dates.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Printing.h"
#include "ui/room/RosterDocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
QComboBox *weekdayBox(int weekday)
{
    auto *box = new QComboBox;
    for (int day = 1; day <= 7; ++day) box->addItem(room::weekdayName(day), day);
    box->setCurrentIndex(weekday - 1);
    return box;
}

QTimeEdit *timeBox(const QTime &time)
{
    auto *box = new QTimeEdit(time);
    box->setDisplayFormat(u"HH:mm"_s);
    return box;
}

int weekdayAt(const QTableWidget *t, int row) { return qobject_cast<QComboBox *>(t->cellWidget(row, 0))->currentData().toInt(); }
QTime timeAt(const QTableWidget *t, int row, int column) { return qobject_cast<QTimeEdit *>(t->cellWidget(row, column))->time(); }
}  // namespace

DutyRosterDialog::DutyRosterDialog(vault::Vault &vault, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_semester(new QComboBox(this)), m_hours(new QTableWidget(0, 3, this)),
      m_shifts(new QTableWidget(0, 5, this)), m_check(new QLabel(this))
{
    setObjectName(u"dutyRosterDialog"_s);
    setWindowTitle(tr("Open hours and duty roster"));
    m_semester->setObjectName(u"rosterSemester"_s);
    m_hours->setObjectName(u"openHoursTable"_s);
    m_shifts->setObjectName(u"dutyShiftsTable"_s);
    m_check->setObjectName(u"rosterCheck"_s);
    m_check->setWordWrap(true);
    m_hours->setHorizontalHeaderLabels({tr("Day"), tr("From"), tr("To")});
    m_shifts->setHorizontalHeaderLabels({tr("Day"), tr("From"), tr("To"), tr("On duty"), tr("User")});
    for (QTableWidget *t : {m_hours, m_shifts}) {
        t->verticalHeader()->hide();
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_hours->setToolTip(tr("When the room is open to students each week"));
    m_shifts->setToolTip(tr("Who is in the room when; a user's shifts show in their agenda and calendar export"));

    if (auto list = lessons::Semesters(vault).list()) m_semesters = *list;
    auto current = lessons::Semesters(vault).current(clock::today());
    for (const lessons::Semester &s : m_semesters) m_semester->addItem(s.name, s.id);
    if (current && *current) m_semester->setCurrentIndex(m_semester->findData((*current)->id));

    auto *addHoursButton = new QPushButton(tr("Add open &hours"), this);
    auto *removeHours = new QPushButton(tr("Remove hou&rs…"), this);
    auto *addShiftButton = new QPushButton(tr("Add shi&ft"), this);
    auto *removeShift = new QPushButton(tr("Remo&ve shift…"), this);
    removeShift->setObjectName(u"removeShift"_s);
    auto *print = new QPushButton(tr("&Print…"), this);
    auto *pdf = new QPushButton(tr("Save as P&DF…"), this);
    print->setObjectName(u"rosterPrint"_s);
    pdf->setObjectName(u"rosterPdf"_s);
    print->setToolTip(tr("The weekly roster for the room's door, in a print preview"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Semester:"), this));
    top->addWidget(m_semester, 1);
    auto *hoursBar = new QHBoxLayout;
    hoursBar->addWidget(new QLabel(tr("Open hours"), this), 1);
    hoursBar->addWidget(addHoursButton);
    hoursBar->addWidget(removeHours);
    auto *shiftBar = new QHBoxLayout;
    shiftBar->addWidget(new QLabel(tr("Duty roster"), this), 1);
    shiftBar->addWidget(addShiftButton);
    shiftBar->addWidget(removeShift);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(print);
    bottom->addWidget(pdf);
    bottom->addStretch();
    bottom->addWidget(buttons);
    // Side by side: a small screen is short rather than narrow.
    auto *hoursColumn = new QVBoxLayout;
    hoursColumn->addLayout(hoursBar);
    hoursColumn->addWidget(m_hours, 1);
    auto *shiftColumn = new QVBoxLayout;
    shiftColumn->addLayout(shiftBar);
    shiftColumn->addWidget(m_shifts, 1);
    auto *tables = new QHBoxLayout;
    tables->addLayout(hoursColumn, 2);
    tables->addLayout(shiftColumn, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(tables, 1);
    layout->addWidget(m_check);
    layout->addLayout(bottom);
    const int em = fontMetrics().horizontalAdvance(u"M"_s);
    resize(em * 75, em * 40);

    connect(m_semester, &QComboBox::currentIndexChanged, this, &DutyRosterDialog::load);
    connect(addHoursButton, &QPushButton::clicked, this, [this] { addHours({1, QTime(12, 0), QTime(13, 0)}); });
    connect(addShiftButton, &QPushButton::clicked, this, [this] {
        addShift({0, 1, QTime(12, 0), QTime(13, 0), m_vault.currentUser().displayName, m_vault.currentUser().login, {}});
    });
    connect(removeHours, &QPushButton::clicked, this, [this] { removeRow(m_hours); });
    connect(removeShift, &QPushButton::clicked, this, [this] { removeRow(m_shifts); });
    connect(print, &QPushButton::clicked, this, &DutyRosterDialog::print);
    connect(pdf, &QPushButton::clicked, this, &DutyRosterDialog::savePdf);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &DutyRosterDialog::reject);
    for (QWidget *w : {static_cast<QWidget *>(addHoursButton), static_cast<QWidget *>(addShiftButton), static_cast<QWidget *>(print),
                       static_cast<QWidget *>(pdf), static_cast<QWidget *>(buttons)})
        w->setEnabled(hasSemester());
    load();
}

void DutyRosterDialog::load()
{
    m_loading = true;
    m_hours->setRowCount(0);
    m_shifts->setRowCount(0);
    const qint64 id = m_semester->currentData().toLongLong();
    if (id != 0) {
        auto schedule = room::RoomSchedules(m_vault).load(id);
        if (schedule) {
            for (const room::OpenHours &h : schedule->hours) addHours(h);
            for (const room::DutyShift &s : schedule->shifts) addShift(s);
        } else {
            MessageBoxes::error(this, windowTitle(), schedule.error().message);
        }
    }
    m_loading = false;
    updateCheck();
}

int DutyRosterDialog::addStretchRow(QTableWidget *table, int weekday, const QTime &starts, const QTime &ends)
{
    const int row = table->rowCount();
    table->insertRow(row);
    auto *day = weekdayBox(weekday);
    auto *from = timeBox(starts);
    auto *to = timeBox(ends);
    table->setCellWidget(row, 0, day);
    table->setCellWidget(row, 1, from);
    table->setCellWidget(row, 2, to);
    connect(day, &QComboBox::currentIndexChanged, this, &DutyRosterDialog::updateCheck);
    connect(from, &QTimeEdit::timeChanged, this, &DutyRosterDialog::updateCheck);
    connect(to, &QTimeEdit::timeChanged, this, &DutyRosterDialog::updateCheck);
    return row;
}

void DutyRosterDialog::addHours(const room::OpenHours &hours)
{
    addStretchRow(m_hours, hours.weekday, hours.starts, hours.ends);
    updateCheck();
}

void DutyRosterDialog::addShift(const room::DutyShift &shift)
{
    const int row = addStretchRow(m_shifts, shift.weekday, shift.starts, shift.ends);
    auto *person = new QLineEdit(shift.person);
    auto *user = new QComboBox;
    user->addItem(tr("(not a user)"), QString());
    if (auto users = m_vault.users())
        for (const vault::UserInfo &u : *users) user->addItem(u.displayName, u.login);
    user->setCurrentIndex(std::max(0, user->findData(shift.login)));
    person->setProperty("shiftId", shift.id);
    m_shifts->setCellWidget(row, 3, person);
    m_shifts->setCellWidget(row, 4, user);
    connect(person, &QLineEdit::textChanged, this, &DutyRosterDialog::updateCheck);
    connect(user, &QComboBox::currentIndexChanged, this, [person, user] {
        if (!user->currentData().toString().isEmpty()) person->setText(user->currentText());
    });
    updateCheck();
}

void DutyRosterDialog::removeRow(QTableWidget *table)
{
    const int row = table->currentRow();
    if (row < 0) return;
    if (!MessageBoxes::confirm(this, windowTitle(), tr("Remove the selected row? It goes when you save."), tr("&Remove"), true))
        return;
    table->removeRow(row);
    updateCheck();
}

room::RoomSchedule DutyRosterDialog::schedule() const
{
    room::RoomSchedule s;
    for (int row = 0; row < m_hours->rowCount(); ++row)
        s.hours.append({weekdayAt(m_hours, row), timeAt(m_hours, row, 1), timeAt(m_hours, row, 2)});
    for (int row = 0; row < m_shifts->rowCount(); ++row) {
        auto *person = qobject_cast<QLineEdit *>(m_shifts->cellWidget(row, 3));
        auto *user = qobject_cast<QComboBox *>(m_shifts->cellWidget(row, 4));
        s.shifts.append({person->property("shiftId").toLongLong(), weekdayAt(m_shifts, row), timeAt(m_shifts, row, 1),
                         timeAt(m_shifts, row, 2), person->text().trimmed(), user->currentData().toString(), QString()});
    }
    return s;
}

QString DutyRosterDialog::checkText() const { return m_check->text(); }

void DutyRosterDialog::updateCheck()
{
    if (m_loading) return;
    const int index = m_semester->currentIndex();
    if (index < 0 || index >= m_semesters.size()) {
        m_check->setText(tr("Set up a semester on the Lessons page first: open hours and duty belong to a semester."));
        return;
    }
    const room::RoomSchedule s = schedule();
    QStringList lines = room::scheduleProblems(s);
    const room::ScheduleCheck check = room::checkSchedule(m_semesters.at(index), s);
    lines += check.warnings;
    if (check.meetsTarget())
        lines.prepend(tr("Open %1 h %2 min a week outside class (target %3 h).")
                          .arg(check.openMinutesOutsideClass / 60)
                          .arg(check.openMinutesOutsideClass % 60)
                          .arg(check.targetHours));
    m_check->setText(lines.join(u'\n'));
    m_check->setStyleSheet(lines.size() > (check.meetsTarget() ? 1 : 0) ? u"color: #8a5a00;"_s : QString());
}

bool DutyRosterDialog::save()
{
    const qint64 id = m_semester->currentData().toLongLong();
    if (id == 0) return false;
    const Status st = room::RoomSchedules(m_vault).save(id, schedule());
    if (!st) {
        MessageBoxes::error(this, windowTitle(), st.error().message);
        return false;
    }
    return true;
}

void DutyRosterDialog::print()
{
    const int index = m_semester->currentIndex();
    if (index < 0 || index >= m_semesters.size()) return;
    QTextDocument document;
    buildRosterDocument(document, m_vault.school().name, m_semesters.at(index), schedule());
    printDocument(this, document, tr("Duty roster"));
}

void DutyRosterDialog::savePdf()
{
    const int index = m_semester->currentIndex();
    if (index < 0 || index >= m_semesters.size()) return;
    QTextDocument document;
    buildRosterDocument(document, m_vault.school().name, m_semesters.at(index), schedule());
    //: File name of the printed duty roster: the semester's name
    savePdfAs(this, document, tr("Save the duty roster as PDF"), tr("%1 duty roster.pdf").arg(m_semesters.at(index).name),
              tr("Duty roster"));
}

}  // namespace cd::ui

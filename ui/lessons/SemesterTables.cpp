#include "ui/lessons/SemesterTables.h"

#include "ui/common/Dates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {

QDateEdit *dateEdit(QWidget *parent, const QDate &day)
{
    auto *edit = new QDateEdit(day, parent);
    edit->setDisplayFormat(dates::dateFormat());
    edit->setCalendarPopup(true);
    return edit;
}

QTimeEdit *timeEdit(QWidget *parent, const QTime &at)
{
    auto *edit = new QTimeEdit(at, parent);
    edit->setDisplayFormat(u"HH:mm"_s);
    return edit;
}

QWidget *buttonRow(QWidget *parent, QPushButton *add, QPushButton *remove)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(add);
    layout->addWidget(remove);
    layout->addStretch(1);
    return row;
}

enum BreakColumn { KindColumn, FromColumn, ToColumn, LabelColumn };

}  // namespace

BreaksTable::BreaksTable(QWidget *parent) : QWidget(parent), m_table(new QTableWidget(0, 4, this))
{
    m_table->setObjectName(u"semesterBreaks"_s);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("First day"), tr("Last day"), tr("Label")});
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Holidays (no school) and exam periods (school, but no lessons), both days included"));
    auto *add = new QPushButton(tr("&Add holiday or exam"), this);
    add->setObjectName(u"addBreak"_s);
    add->setToolTip(tr("A new row: pick its kind and its first and last day"));
    auto *remove = new QPushButton(tr("Remo&ve row"), this);
    remove->setObjectName(u"removeBreak"_s);
    remove->setToolTip(tr("Removes the selected holiday or exam period"));
    connect(add, &QPushButton::clicked, this, [this]() {
        const QDate day = m_defaultDay.isValid() ? m_defaultDay : QDate::currentDate();
        addBreak({lessons::BreakKind::Holiday, day, day, {}});
        m_table->setCurrentCell(m_table->rowCount() - 1, LabelColumn);
    });
    connect(remove, &QPushButton::clicked, this, &BreaksTable::removeSelected);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttonRow(this, add, remove));
}

void BreaksTable::setBreaks(const QList<lessons::SemesterBreak> &breaks)
{
    m_table->setRowCount(0);
    for (const lessons::SemesterBreak &b : breaks) addBreak(b);
}

void BreaksTable::addBreak(const lessons::SemesterBreak &b)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *kind = new QComboBox(m_table);
    for (lessons::BreakKind k : {lessons::BreakKind::Holiday, lessons::BreakKind::Exam})
        kind->addItem(lessons::breakKindName(k), static_cast<int>(k));
    kind->setCurrentIndex(kind->findData(static_cast<int>(b.kind)));
    auto *from = dateEdit(m_table, b.from);
    auto *to = dateEdit(m_table, b.to);
    auto *label = new QLineEdit(b.label, m_table);
    label->setMaxLength(60);
    label->setPlaceholderText(tr("e.g. National Day, mid-term exams"));
    m_table->setCellWidget(row, KindColumn, kind);
    m_table->setCellWidget(row, FromColumn, from);
    m_table->setCellWidget(row, ToColumn, to);
    m_table->setCellWidget(row, LabelColumn, label);
    // A one-day break is the usual start: moving its first day drags its last day along.
    connect(from, &QDateEdit::dateChanged, to, [to](const QDate &d) {
        if (to->date() < d) to->setDate(d);
    });
    connect(kind, &QComboBox::currentIndexChanged, this, &BreaksTable::changed);
    connect(from, &QDateEdit::dateChanged, this, &BreaksTable::changed);
    connect(to, &QDateEdit::dateChanged, this, &BreaksTable::changed);
    connect(label, &QLineEdit::textChanged, this, &BreaksTable::changed);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    Q_EMIT changed();
}

void BreaksTable::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0) rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows) m_table->removeRow(row);
    if (!rows.isEmpty()) Q_EMIT changed();
}

QList<lessons::SemesterBreak> BreaksTable::breaks() const
{
    QList<lessons::SemesterBreak> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        lessons::SemesterBreak b;
        b.kind = static_cast<lessons::BreakKind>(
            qobject_cast<QComboBox *>(m_table->cellWidget(row, KindColumn))->currentData().toInt());
        b.from = qobject_cast<QDateEdit *>(m_table->cellWidget(row, FromColumn))->date();
        b.to = qobject_cast<QDateEdit *>(m_table->cellWidget(row, ToColumn))->date();
        b.label = qobject_cast<QLineEdit *>(m_table->cellWidget(row, LabelColumn))->text().trimmed();
        list << b;
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const lessons::SemesterBreak &a, const lessons::SemesterBreak &b) { return a.from < b.from; });
    return list;
}

PeriodsTable::PeriodsTable(QWidget *parent) : QWidget(parent), m_table(new QTableWidget(0, 2, this))
{
    m_table->setObjectName(u"semesterPeriods"_s);
    m_table->setHorizontalHeaderLabels({tr("Starts"), tr("Ends")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setToolTip(tr("The periods of a school day, in order: lessons are planned into them"));
    auto *add = new QPushButton(tr("Add p&eriod"), this);
    add->setObjectName(u"addPeriod"_s);
    add->setToolTip(tr("Adds a period after the last one"));
    auto *remove = new QPushButton(tr("Remove &last period"), this);
    remove->setObjectName(u"removePeriod"_s);
    connect(add, &QPushButton::clicked, this, &PeriodsTable::addPeriod);
    connect(remove, &QPushButton::clicked, this, &PeriodsTable::removeLast);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttonRow(this, add, remove));
}

void PeriodsTable::setPeriods(const QList<lessons::DayPeriod> &periods)
{
    m_table->setRowCount(0);
    for (const lessons::DayPeriod &p : periods) appendRow(p.starts, p.ends);
}

void PeriodsTable::appendRow(const QTime &starts, const QTime &ends)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    //: the number of a period of the school day in the periods table ("Period 3")
    m_table->setVerticalHeaderItem(row, new QTableWidgetItem(tr("Period %1").arg(row + 1)));
    auto *from = timeEdit(m_table, starts);
    auto *to = timeEdit(m_table, ends);
    m_table->setCellWidget(row, 0, from);
    m_table->setCellWidget(row, 1, to);
    connect(from, &QTimeEdit::timeChanged, this, &PeriodsTable::changed);
    connect(to, &QTimeEdit::timeChanged, this, &PeriodsTable::changed);
    Q_EMIT changed();
}

void PeriodsTable::addPeriod()
{
    const QList<lessons::DayPeriod> now = periods();
    const QTime starts = now.isEmpty() ? QTime(8, 0) : now.last().ends.addSecs(10 * 60);
    appendRow(starts, starts.addSecs(45 * 60));
}

void PeriodsTable::removeLast()
{
    if (m_table->rowCount() == 0) return;
    m_table->removeRow(m_table->rowCount() - 1);
    Q_EMIT changed();
}

QList<lessons::DayPeriod> PeriodsTable::periods() const
{
    QList<lessons::DayPeriod> list;
    for (int row = 0; row < m_table->rowCount(); ++row)
        list.append({row + 1, qobject_cast<QTimeEdit *>(m_table->cellWidget(row, 0))->time(),
                     qobject_cast<QTimeEdit *>(m_table->cellWidget(row, 1))->time()});
    return list;
}

}  // namespace cd::ui

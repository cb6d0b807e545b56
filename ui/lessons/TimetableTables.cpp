#include "ui/lessons/TimetableTables.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(TimetableTables)
};

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

/// The table with Add and Remove buttons under it.
void layOut(QWidget *owner, QTableWidget *table, QPushButton *add, QPushButton *remove)
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    QObject::connect(remove, &QPushButton::clicked, owner, [table]() {
        if (table->currentRow() >= 0) table->removeRow(table->currentRow());
    });
}

void fillCombo(QComboBox *combo, const QStringList &names, const QString &keep)
{
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(QString());
    combo->addItems(names);
    combo->setCurrentIndex(qMax(0, combo->findText(keep)));
}

template <typename W>
W *cell(const QTableWidget *table, int row, int column)
{
    return qobject_cast<W *>(table->cellWidget(row, column));
}
}  // namespace

QString weekdayName(int weekday)
{
    switch (weekday) {
    case 1: return Tr::tr("Monday");
    case 2: return Tr::tr("Tuesday");
    case 3: return Tr::tr("Wednesday");
    case 4: return Tr::tr("Thursday");
    case 5: return Tr::tr("Friday");
    case 6: return Tr::tr("Saturday");
    default: return Tr::tr("Sunday");
    }
}

// ---- teachers ----

TeachersTable::TeachersTable(QWidget *parent)
    : QWidget(parent),
      m_table(makeTable(this, u"timetableTeachers"_s, {tr("Name"), tr("Vault user"), tr("Most lessons a day")}))
{
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setToolTip(tr("The counselors who teach the lessons; the vault user links a teacher to their login"));
    auto *add = new QPushButton(tr("&Add teacher"), this);
    add->setObjectName(u"addTeacher"_s);
    auto *remove = new QPushButton(tr("&Delete teacher"), this);
    remove->setObjectName(u"removeTeacher"_s);
    remove->setToolTip(tr("Removes the selected teacher; their classes are left without a teacher"));
    layOut(this, m_table, add, remove);
    connect(add, &QPushButton::clicked, this, [this]() {
        addTeacher({});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->cellWidget(m_table->rowCount() - 1, 0)->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, &TeachersTable::changed);
}

void TeachersTable::setUsers(const QList<vault::UserInfo> &users) { m_users = users; }

void TeachersTable::setTeachers(const QList<lessons::TimetableTeacher> &teachers)
{
    m_table->setRowCount(0);
    for (const lessons::TimetableTeacher &t : teachers) addTeacher(t);
    Q_EMIT changed();
}

void TeachersTable::addTeacher(const lessons::TimetableTeacher &teacher)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QLineEdit(teacher.name, m_table);
    name->setMaxLength(40);
    name->setProperty("teacherId", teacher.id);
    name->setPlaceholderText(tr("e.g. Ms Wang"));
    auto *user = new QComboBox(m_table);
    user->addItem(tr("(none)"), QString());
    for (const vault::UserInfo &u : m_users)
        if (u.active || u.login == teacher.login)
            user->addItem(u.displayName.isEmpty() ? u.login : u.displayName, u.login);
    user->setCurrentIndex(qMax(0, user->findData(teacher.login)));
    auto *most = new QSpinBox(m_table);
    most->setRange(1, 16);
    most->setValue(teacher.maxPerDay);
    m_table->setCellWidget(row, 0, name);
    m_table->setCellWidget(row, 1, user);
    m_table->setCellWidget(row, 2, most);
    connect(name, &QLineEdit::textChanged, this, &TeachersTable::changed);
    connect(user, &QComboBox::currentIndexChanged, this, &TeachersTable::changed);
    connect(most, &QSpinBox::valueChanged, this, &TeachersTable::changed);
    m_table->resizeColumnToContents(1);
    Q_EMIT changed();
}

QList<lessons::TimetableTeacher> TeachersTable::teachers() const
{
    QList<lessons::TimetableTeacher> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        lessons::TimetableTeacher t;
        auto *name = cell<QLineEdit>(m_table, row, 0);
        t.id = name->property("teacherId").toLongLong();
        t.name = name->text().trimmed();
        t.login = cell<QComboBox>(m_table, row, 1)->currentData().toString();
        t.maxPerDay = cell<QSpinBox>(m_table, row, 2)->value();
        list << t;
    }
    return list;
}

QStringList TeachersTable::names() const
{
    QStringList list;
    for (const lessons::TimetableTeacher &t : teachers())
        if (!t.name.isEmpty()) list << t.name;
    return list;
}

// ---- class assignments ----

AssignmentsTable::AssignmentsTable(QWidget *parent)
    : QWidget(parent), m_table(makeTable(this, u"timetableAssignments"_s, {tr("Class"), tr("Teacher")}))
{
    m_table->setToolTip(tr("Every class on the roster with the teacher of its mental-health lessons"));
    m_table->setSortingEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
}

void AssignmentsTable::setClasses(const QList<lessons::ClassKey> &classes,
                                  const QList<lessons::ClassAssignment> &assignments)
{
    m_classes = classes;
    m_table->setRowCount(0);
    for (const lessons::ClassKey &cls : classes) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *item = new QTableWidgetItem(cls.displayName());
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, 0, item);
        QString teacher;
        for (const lessons::ClassAssignment &a : assignments)
            if (a.cls == cls) teacher = a.teacher;
        auto *combo = new QComboBox(m_table);
        fillCombo(combo, m_names.contains(teacher) || teacher.isEmpty() ? m_names : m_names + QStringList{teacher}, teacher);
        m_table->setCellWidget(row, 1, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &AssignmentsTable::changed);
    }
    m_table->resizeColumnToContents(0);
}

void AssignmentsTable::setTeacherNames(const QStringList &names)
{
    m_names = names;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *combo = cell<QComboBox>(m_table, row, 1);
        fillCombo(combo, names, combo->currentText());
    }
}

QList<lessons::ClassAssignment> AssignmentsTable::assignments() const
{
    QList<lessons::ClassAssignment> list;
    for (int row = 0; row < m_table->rowCount() && row < m_classes.size(); ++row) {
        const QString teacher = cell<QComboBox>(m_table, row, 1)->currentText();
        if (!teacher.isEmpty()) list.append({m_classes[row], teacher});
    }
    return list;
}

// ---- unavailability ----

UnavailableTable::UnavailableTable(QWidget *parent)
    : QWidget(parent),
      m_table(makeTable(this, u"timetableUnavailable"_s,
                        {tr("Teacher"), tr("Weekday"), tr("Period"), tr("From week"), tr("To week"), tr("Note")}))
{
    m_table->setToolTip(tr("When a teacher cannot teach: the planner leaves those times free"));
    auto *add = new QPushButton(tr("&Add unavailable time"), this);
    add->setObjectName(u"addUnavailable"_s);
    auto *remove = new QPushButton(tr("&Delete row"), this);
    remove->setObjectName(u"removeUnavailable"_s);
    layOut(this, m_table, add, remove);
    connect(add, &QPushButton::clicked, this, [this]() {
        addRow({m_names.value(0), 1, 0, m_semester.firstWeek(), m_semester.weekCount(), {}});
    });
    connect(remove, &QPushButton::clicked, this, &UnavailableTable::changed);
}

void UnavailableTable::setSemester(const lessons::Semester &semester) { m_semester = semester; }

void UnavailableTable::setTeacherNames(const QStringList &names)
{
    m_names = names;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *combo = cell<QComboBox>(m_table, row, 0);
        fillCombo(combo, names, combo->currentText());
    }
}

void UnavailableTable::setUnavailable(const QList<lessons::Unavailability> &rows)
{
    m_table->setRowCount(0);
    for (const lessons::Unavailability &u : rows) addRow(u);
}

void UnavailableTable::addRow(const lessons::Unavailability &u)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *teacher = new QComboBox(m_table);
    fillCombo(teacher, m_names.contains(u.teacher) ? m_names : m_names + QStringList{u.teacher}, u.teacher);
    auto *weekday = new QComboBox(m_table);
    for (int d = 1; d <= m_semester.schoolDays; ++d) weekday->addItem(weekdayName(d), d);
    weekday->setCurrentIndex(qMax(0, weekday->findData(u.weekday)));
    auto *period = new QComboBox(m_table);
    period->addItem(tr("Whole day"), 0);
    for (const lessons::DayPeriod &p : m_semester.periods) period->addItem(tr("Period %1").arg(p.period), p.period);
    period->setCurrentIndex(qMax(0, period->findData(u.period)));
    auto *from = new QSpinBox(m_table);
    auto *to = new QSpinBox(m_table);
    for (QSpinBox *box : {from, to}) box->setRange(m_semester.firstWeek(), qMax(m_semester.firstWeek(), m_semester.weekCount()));
    from->setValue(u.firstWeek);
    to->setValue(u.lastWeek);
    auto *note = new QLineEdit(u.note, m_table);
    note->setMaxLength(100);
    m_table->setCellWidget(row, 0, teacher);
    m_table->setCellWidget(row, 1, weekday);
    m_table->setCellWidget(row, 2, period);
    m_table->setCellWidget(row, 3, from);
    m_table->setCellWidget(row, 4, to);
    m_table->setCellWidget(row, 5, note);
    for (QComboBox *combo : {teacher, weekday, period})
        connect(combo, &QComboBox::currentIndexChanged, this, &UnavailableTable::changed);
    for (QSpinBox *box : {from, to}) connect(box, &QSpinBox::valueChanged, this, &UnavailableTable::changed);
    connect(note, &QLineEdit::textChanged, this, &UnavailableTable::changed);
    m_table->resizeColumnsToContents();
    Q_EMIT changed();
}

QList<lessons::Unavailability> UnavailableTable::unavailable() const
{
    QList<lessons::Unavailability> list;
    for (int row = 0; row < m_table->rowCount(); ++row)
        list.append({cell<QComboBox>(m_table, row, 0)->currentText(), cell<QComboBox>(m_table, row, 1)->currentData().toInt(),
                     cell<QComboBox>(m_table, row, 2)->currentData().toInt(), cell<QSpinBox>(m_table, row, 3)->value(),
                     cell<QSpinBox>(m_table, row, 4)->value(), cell<QLineEdit>(m_table, row, 5)->text().trimmed()});
    return list;
}

}  // namespace cd::ui

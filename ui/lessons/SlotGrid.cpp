#include "ui/lessons/SlotGrid.h"

#include "core/students/Student.h"
#include "ui/common/MessageBoxes.h"
#include "ui/lessons/TimetableTables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
QColor shadeOf(lessons::SlotWeeks weeks)
{
    switch (weeks) {
    case lessons::SlotWeeks::Every: return QColor(0x81, 0xc7, 0x84);  // green
    case lessons::SlotWeeks::Odd: return QColor(0x90, 0xca, 0xf9);    // blue
    case lessons::SlotWeeks::Even: return QColor(0xce, 0x93, 0xd8);   // purple
    }
    return {};
}
}  // namespace

SlotGrid::SlotGrid(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this)), m_grid(new QTableWidget(this))
{
    m_list->setObjectName(u"slotClasses"_s);
    m_list->setToolTip(tr("Choose a class to see and set its open slots"));
    m_list->setMaximumWidth(fontMetrics().averageCharWidth() * 22);
    m_grid->setObjectName(u"slotGrid"_s);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setToolTip(tr("Click a period (or press Space) to open it every week, then odd weeks, then even weeks, "
                          "then close it again"));
    auto *copy = new QPushButton(tr("Copy to the &grade…"), this);
    copy->setObjectName(u"copySlotsToGrade"_s);
    copy->setToolTip(tr("Gives every other class of this grade the same open slots"));
    auto *legend = new QLabel(tr("Green: every week · Blue: odd weeks · Purple: even weeks"), this);
    legend->setWordWrap(true);
    auto *right = new QVBoxLayout;
    right->addWidget(m_grid, 1);
    auto *bar = new QHBoxLayout;
    bar->addWidget(legend, 1);
    bar->addWidget(copy);
    right->addLayout(bar);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int) { refresh(); });
    connect(m_grid, &QTableWidget::cellClicked, this, [this](int row, int column) { toggle(column + 1, row + 1); });
    m_grid->installEventFilter(this);
    connect(copy, &QPushButton::clicked, this, [this]() {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_classes.size()) return;
        if (!MessageBoxes::confirm(this, tr("Copy open slots"),
                                   tr("Give every other class of %1 the open slots of %2? Their own slots are replaced.")
                                       .arg(students::gradeName(m_classes[row].grade), m_classes[row].displayName()),
                                   tr("Copy")))
            return;
        copyToGrade();
    });
}

bool SlotGrid::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) && m_grid->currentRow() >= 0) {
            toggle(m_grid->currentColumn() + 1, m_grid->currentRow() + 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SlotGrid::setSemester(const lessons::Semester &semester)
{
    m_semester = semester;
    QStringList days, periods;
    for (int d = 1; d <= semester.schoolDays; ++d) days << weekdayName(d);
    for (const lessons::DayPeriod &p : semester.periods) periods << tr("Period %1").arg(p.period);
    m_grid->setColumnCount(int(days.size()));
    m_grid->setRowCount(int(periods.size()));
    m_grid->setHorizontalHeaderLabels(days);
    m_grid->setVerticalHeaderLabels(periods);
    refresh();
}

void SlotGrid::setClasses(const QList<lessons::ClassKey> &classes, const QList<lessons::ClassSlot> &slots)
{
    m_classes = classes;
    m_slots = slots;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const lessons::ClassKey &cls : classes) m_list->addItem(cls.displayName());
    m_list->setCurrentRow(classes.isEmpty() ? -1 : 0);
    refresh();
}

void SlotGrid::showClass(int index) { m_list->setCurrentRow(index); }

std::optional<lessons::SlotWeeks> SlotGrid::slotAt(const lessons::ClassKey &cls, int weekday, int period) const
{
    for (const lessons::ClassSlot &s : m_slots)
        if (s.cls == cls && s.weekday == weekday && s.period == period) return s.weeks;
    return std::nullopt;
}

void SlotGrid::toggle(int weekday, int period)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_classes.size()) return;
    const lessons::ClassKey &cls = m_classes[row];
    const auto now = slotAt(cls, weekday, period);
    m_slots.removeIf([&](const lessons::ClassSlot &s) { return s.cls == cls && s.weekday == weekday && s.period == period; });
    if (!now) m_slots.append({cls, weekday, period, lessons::SlotWeeks::Every});
    else if (*now == lessons::SlotWeeks::Every) m_slots.append({cls, weekday, period, lessons::SlotWeeks::Odd});
    else if (*now == lessons::SlotWeeks::Odd) m_slots.append({cls, weekday, period, lessons::SlotWeeks::Even});
    refresh();
    Q_EMIT changed();
}

int SlotGrid::copyToGrade()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_classes.size()) return 0;
    const lessons::ClassKey from = m_classes[row];
    const QList<lessons::ClassSlot> source = [&] {
        QList<lessons::ClassSlot> list;
        for (const lessons::ClassSlot &s : m_slots)
            if (s.cls == from) list << s;
        return list;
    }();
    int changed = 0;
    for (const lessons::ClassKey &to : m_classes) {
        if (to.grade != from.grade || to == from) continue;
        m_slots.removeIf([&](const lessons::ClassSlot &s) { return s.cls == to; });
        for (lessons::ClassSlot s : source) {
            s.cls = to;
            m_slots << s;
        }
        ++changed;
    }
    if (changed > 0) Q_EMIT this->changed();
    return changed;
}

void SlotGrid::refresh()
{
    const int row = m_list->currentRow();
    for (int r = 0; r < m_grid->rowCount(); ++r)
        for (int c = 0; c < m_grid->columnCount(); ++c) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            if (row >= 0 && row < m_classes.size())
                if (const auto weeks = slotAt(m_classes[row], c + 1, r + 1)) {
                    item->setText(lessons::slotWeeksName(*weeks));
                    item->setBackground(shadeOf(*weeks));
                    item->setForeground(Qt::black);
                }
            m_grid->setItem(r, c, item);
        }
    m_grid->setEnabled(row >= 0);
}

}  // namespace cd::ui

#include "ui/lessons/TimetableGrid.h"

#include "core/common/Clock.h"
#include "ui/common/Dates.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/StatusWidgets.h"
#include "ui/lessons/AddLessonDialog.h"
#include "ui/lessons/LessonChanges.h"
#include "ui/lessons/LessonDialog.h"
#include "ui/lessons/SemesterWeeks.h"
#include "ui/lessons/TimetablePrint.h"
#include "ui/lessons/TimetableTables.h"

#include <QApplication>
#include <QComboBox>
#include <QDrag>
#include <QDragMoveEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace cd::ui {

QColor statusColour(lessons::LessonStatus status)
{
    switch (status) {
    case lessons::LessonStatus::Planned: return QColor(0xbb, 0xde, 0xfb);    // light blue
    case lessons::LessonStatus::Delivered: return QColor(0xc8, 0xe6, 0xc9);  // light green
    case lessons::LessonStatus::Cancelled: return QColor(0xff, 0xcd, 0xd2);  // light red
    case lessons::LessonStatus::MadeUp: return QColor(0xdc, 0xed, 0xc8);     // light olive
    }
    return {};
}

namespace {

/// Which of a cell's lessons gives it its colour: the one that most needs the counselor (a
/// cancelled lesson, then a planned one, then those held).
int attention(lessons::LessonStatus status)
{
    switch (status) {
    case lessons::LessonStatus::Cancelled: return 3;
    case lessons::LessonStatus::Planned: return 2;
    case lessons::LessonStatus::MadeUp: return 1;
    case lessons::LessonStatus::Delivered: return 0;
    }
    return 0;
}

}  // namespace

TimetableGrid::TimetableGrid(vault::Vault &vault, QWidget *parent)
    : QWidget(parent),
      m_vault(vault),
      m_week(new QSpinBox(this)),
      m_filter(new QComboBox(this)),
      m_dates(new QLabel(this)),
      m_error(makeErrorLabel(this, u"gridError"_s)),
      m_grid(new QTableWidget(this))
{
    setObjectName(u"timetableGrid"_s);
    m_week->setObjectName(u"gridWeek"_s);
    m_week->setPrefix(tr("Week "));
    m_week->setToolTip(tr("The school week shown (Page Up / Page Down in the grid)"));
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous week"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next week"));
    m_filter->setObjectName(u"gridFilter"_s);
    m_filter->setToolTip(tr("Show one teacher's or one class's lessons"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filter->setMinimumContentsLength(10);
    auto *filterLabel = new QLabel(tr("Show &only:"), this);
    filterLabel->setBuddy(m_filter);
    m_dates->setObjectName(u"gridDates"_s);
    m_grid->setObjectName(u"gridTable"_s);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setWordWrap(true);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->setToolTip(tr("Double-click or Enter: edit, move or make up the lesson. Drag a planned lesson to another "
                          "day or period of the week to move it (Esc cancels). Ctrl+Z: undo the last move or make-up."));
    m_grid->setItemDelegate(new DropFrameDelegate([this]() { return m_dropTarget; }, m_grid));
    m_grid->viewport()->setAcceptDrops(true);
    m_grid->viewport()->installEventFilter(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(m_week);
    bar->addWidget(next);
    bar->addWidget(m_dates, 1);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    // The semester's timetable of the teacher or class shown (no Alt-letter: all are taken here).
    auto *print = new QPushButton(tr("Print…"), this);
    print->setObjectName(u"printTimetable"_s);
    print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    print->setToolTip(tr("The semester's lessons of the teacher or class chosen under Show only, in print preview (Ctrl+P)"));
    auto *pdf = new QPushButton(tr("PDF…"), this);
    pdf->setObjectName(u"timetablePdf"_s);
    pdf->setToolTip(tr("The same timetable saved as a PDF"));
    auto *add = new QPushButton(tr("Add…"), this);
    add->setObjectName(u"addLesson"_s);
    add->setToolTip(tr("Add a lesson by hand (kept when the plan is rebuilt) or record a theme class meeting"));
    bar->addWidget(add);
    bar->addWidget(print);
    bar->addWidget(pdf);
    connect(add, &QPushButton::clicked, this, [this]() {
        if (!m_semester) return;
        AddLessonDialog dialog(m_vault, *m_semester, m_timetable, week(), this);
        if (dialog.exec() == QDialog::Accepted) reload();
    });
    const auto printKey = [this]() { return m_filter->currentData().toString(); };
    connect(print, &QPushButton::clicked, this, [this, printKey]() {
        if (m_semester) printTimetable(m_vault, *m_semester, m_timetable, printKey(), false, this);
    });
    connect(pdf, &QPushButton::clicked, this, [this, printKey]() {
        if (m_semester) printTimetable(m_vault, *m_semester, m_timetable, printKey(), true, this);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_grid, 1);

    connect(previous, &QToolButton::clicked, m_week, &QSpinBox::stepDown);
    connect(next, &QToolButton::clicked, m_week, &QSpinBox::stepUp);
    connect(m_week, &QSpinBox::valueChanged, this, &TimetableGrid::reload);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &TimetableGrid::reload);
    connect(m_grid, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) { openCell(column + 1, row + 1); });
    m_grid->installEventFilter(this);
    setEnabled(false);
}

bool TimetableGrid::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid->viewport()) return viewportEvent(event) || QWidget::eventFilter(watched, event);
    if (watched == m_grid && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo)) {
            undoLast();
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_dropTarget) {
            m_dragCancelled = true;
            clearDropTarget();
            return true;
        }
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_grid->currentRow() >= 0) openCell(m_grid->currentColumn() + 1, m_grid->currentRow() + 1);
            return true;
        case Qt::Key_PageDown: m_week->stepUp(); return true;
        case Qt::Key_PageUp: m_week->stepDown(); return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimetableGrid::setSemester(const std::optional<lessons::Semester> &semester)
{
    m_semester = semester;
    m_lastChange.reset();
    setEnabled(semester.has_value());
    m_timetable = {};
    if (semester)
        if (auto t = lessons::Timetables(m_vault).load(semester->id)) m_timetable = *t;
    {
        const QSignalBlocker block(m_filter);
        const QString keep = m_filter->currentText();
        m_filter->clear();
        m_filter->addItem(tr("Every lesson"));
        for (const lessons::TimetableTeacher &t : m_timetable.teachers) m_filter->addItem(t.name, u"t:%1"_s.arg(t.id));
        for (const lessons::ClassAssignment &a : m_timetable.assignments)
            m_filter->addItem(a.cls.displayName(), u"c:%1:%2"_s.arg(a.cls.grade).arg(a.cls.className));
        m_filter->setCurrentIndex(qMax(0, m_filter->findText(keep)));
    }
    const QSignalBlocker block(m_week);
    if (semester) {
        m_week->setRange(semester->firstWeek(), qMax(semester->firstWeek(), semester->weekCount()));
        m_week->setValue(qBound(semester->firstWeek(), semester->weekOf(clock::today()), semester->weekCount()));
        QStringList days, periods;
        for (int d = 1; d <= semester->schoolDays; ++d) days << weekdayName(d);
        for (const lessons::DayPeriod &p : semester->periods)
            //: a period's row header in the week grid: "Period 3\n08:55–09:35"
            periods << tr("Period %1\n%2–%3").arg(p.period).arg(dates::time(p.starts), dates::time(p.ends));
        m_grid->setColumnCount(int(days.size()));
        m_grid->setRowCount(int(periods.size()));
        m_grid->setHorizontalHeaderLabels(days);
        m_grid->setVerticalHeaderLabels(periods);
    } else {
        m_grid->setRowCount(0);
        m_grid->setColumnCount(0);
    }
    reload();
}

void TimetableGrid::setWeek(int week) { m_week->setValue(week); }
int TimetableGrid::week() const { return m_week->value(); }

bool TimetableGrid::passes(const lessons::Lesson &lesson) const
{
    const QString key = m_filter->currentData().toString();
    if (key.isEmpty()) return true;
    if (key.startsWith(u"t:"_s)) return lesson.teacherId == key.mid(2).toLongLong();
    return key == u"c:%1:%2"_s.arg(lesson.cls.grade).arg(lesson.cls.className);
}

QList<lessons::Lesson> TimetableGrid::lessonsAt(int weekday, int period) const
{
    QList<lessons::Lesson> list;
    for (const lessons::Lesson &l : m_lessons)
        if (l.at.weekday == weekday && l.at.period == period && passes(l)) list << l;
    return list;
}

void TimetableGrid::reload()
{
    m_lessons.clear();
    m_error->hide();
    if (!m_semester) return;
    const lessons::Semester &s = *m_semester;
    const int week = m_week->value();
    auto found = lessons::Lessons(m_vault).inWeek(s.id, week);
    if (!found) {
        m_error->setText(found.error().message);
        m_error->show();
    } else {
        m_lessons = *found;
    }
    // The make-up lessons of this week's cancelled ones, for "made up on …".
    QList<lessons::Lesson> semesterLessons;
    for (const lessons::Lesson &l : std::as_const(m_lessons))
        if (l.status == lessons::LessonStatus::Cancelled) {
            if (auto all = lessons::Lessons(m_vault).list(s.id)) semesterLessons = *all;
            break;
        }
    //: the dates of the week shown in the grid, and its breaks if any
    const QString note = weekNote(s, week);
    m_dates->setText(note.isEmpty() ? tr("%1 to %2").arg(dates::date(s.dateOf(week, 1)), dates::date(s.dateOf(week, s.schoolDays)))
                                    : tr("%1 to %2: %3").arg(dates::date(s.dateOf(week, 1)),
                                                             dates::date(s.dateOf(week, s.schoolDays)), note));
    for (int r = 0; r < m_grid->rowCount(); ++r)
        for (int c = 0; c < m_grid->columnCount(); ++c) {
            auto *item = new QTableWidgetItem;
            const QDate day = s.dateOf(week, c + 1);
            if (const auto b = s.breakOn(day)) item->setBackground(b->kind == lessons::BreakKind::Exam ? examShade() : holidayShade());
            else if (!s.contains(day)) item->setBackground(holidayShade());
            QStringList lines;
            std::optional<lessons::LessonStatus> shown;
            for (const lessons::Lesson &l : lessonsAt(c + 1, r + 1)) {
                const lessons::TimetableTeacher *t = m_timetable.teacherById(l.teacherId);
                //: a lesson in a cell of the week grid: "初二(3)班 · 情绪 (王老师)"
                lines << tr("%1 · %2 (%3)").arg(l.cls.displayName(), l.topic.isEmpty() ? lessons::lessonKindName(l.kind) : l.topic,
                                                t ? t->name : lessons::lessonStatusName(l.status));
                if (const lessons::Lesson *makeUp = makeUpOf(semesterLessons, l.id))
                    //: under a cancelled lesson in the week grid: when its make-up lesson is
                    lines << tr("made up on %1").arg(dates::date(s.dateOf(makeUp->at.week, makeUp->at.weekday)));
                if (!shown || attention(l.status) > attention(*shown)) shown = l.status;
            }
            if (shown) {
                item->setBackground(statusColour(*shown));
                item->setForeground(Qt::black);
            }
            item->setText(lines.join(u'\n'));
            if (!lines.isEmpty()) item->setToolTip(lines.join(u'\n'));
            m_grid->setItem(r, c, item);
        }
}

void TimetableGrid::openCell(int weekday, int period)
{
    if (!m_semester) return;
    const QList<lessons::Lesson> here = lessonsAt(weekday, period);
    if (here.isEmpty()) return;
    int index = 0;
    if (here.size() > 1) {
        QStringList names;
        for (const lessons::Lesson &l : here) names << l.cls.displayName();
        index = MessageBoxes::pick(this, tr("Open lesson"), tr("Which lesson?"), names);
        if (index < 0) return;
    }
    LessonDialog dialog(m_vault, *m_semester, here[index], this);
    const int result = dialog.exec();
    if (dialog.madeUpId() != 0) m_lastChange = Change{Change::MakeUp, dialog.madeUpId(), {}};
    if (result == QDialog::Accepted)
        if (const auto from = dialog.movedFrom()) m_lastChange = Change{Change::Move, here[index].id, *from};
    if (result == QDialog::Accepted || dialog.madeUpId() != 0) reload();
}

bool TimetableGrid::undoLast()
{
    if (!m_lastChange) return false;
    lessons::Lessons repo(m_vault);
    const Status back = m_lastChange->kind == Change::Move ? repo.move(m_lastChange->id, m_lastChange->from, true)
                                                           : repo.remove(m_lastChange->id);
    if (!back) {
        m_error->setText(back.error().message);
        m_error->show();
        return false;
    }
    if (m_lastChange->kind == Change::Move) m_week->setValue(m_lastChange->from.week);
    m_lastChange.reset();
    reload();
    return true;
}

std::optional<LessonDrag> TimetableGrid::dragFrom(int weekday, int period) const
{
    if (!m_semester) return std::nullopt;
    LessonDrag drag{m_semester->id, week(), weekday, period, {}};
    for (const lessons::Lesson &l : lessonsAt(weekday, period))
        if (l.status == lessons::LessonStatus::Planned && l.kind == lessons::LessonKind::Lesson) drag.lessonIds << l.id;
    if (drag.lessonIds.isEmpty()) return std::nullopt;
    return drag;
}

bool TimetableGrid::dropLessons(const LessonDrag &drag, int weekday, int period)
{
    if (!m_semester || drag.semesterId != m_semester->id || drag.week != week()) return false;
    if (drag.weekday == weekday && drag.period == period) return false;
    lessons::Lessons repo(m_vault);
    QList<lessons::Lesson> movable;
    QStringList names;
    for (qint64 id : drag.lessonIds)
        if (auto lesson = repo.get(id); lesson && lesson->status == lessons::LessonStatus::Planned) {
            movable << *lesson;
            names << lesson->cls.displayName();
        }
    if (movable.isEmpty()) return false;
    int index = 0;
    if (movable.size() > 1) {
        index = MessageBoxes::pick(this, tr("Move lesson"), tr("Which lesson?"), names);
        if (index < 0) return false;
    }
    const lessons::Lesson &lesson = movable[index];
    const Placement moved = moveLesson(this, m_vault, lesson, {week(), weekday, period});
    if (moved.result == Placement::Refused) MessageBoxes::error(this, tr("Move lesson"), moved.reason);
    if (!moved.done()) return false;
    m_lastChange = Change{Change::Move, lesson.id, lesson.at};
    reload();
    m_grid->setCurrentCell(period - 1, weekday - 1);
    return true;
}

bool TimetableGrid::trackDrop(const LessonDrag &drag, const QPoint &pos)
{
    const QModelIndex cell = m_grid->indexAt(pos);
    if (m_dragCancelled || !m_semester || drag.semesterId != m_semester->id || drag.week != week() || !cell.isValid() ||
        (cell.column() + 1 == drag.weekday && cell.row() + 1 == drag.period)) {
        clearDropTarget();
        return false;
    }
    if (m_dropTarget && m_dropTarget->row == cell.row() && m_dropTarget->column == cell.column()) return true;
    DropTarget target{cell.row(), cell.column(), {}, false};
    if (drag.lessonIds.size() == 1) {
        lessons::Lessons repo(m_vault);
        if (auto lesson = repo.get(drag.lessonIds.first())) {
            const lessons::LessonTime at{week(), cell.column() + 1, cell.row() + 1};
            if (auto found = repo.conflicts(m_semester->id, lesson->cls, lesson->teacherId, at, lesson->id)) {
                for (const lessons::LessonConflict &c : *found) (c.blocking ? target.state.blocking : target.state.warnings) = true;
                target.known = true;
            }
        }
    }
    m_dropTarget = target;
    m_grid->viewport()->update();
    return true;
}

void TimetableGrid::clearDropTarget()
{
    if (!m_dropTarget) return;
    m_dropTarget.reset();
    m_grid->viewport()->update();
}

bool TimetableGrid::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex cell = m_grid->indexAt(mouse->position().toPoint());
        m_pressCell.reset();
        if (mouse->button() == Qt::LeftButton && cell.isValid()) {
            m_pressCell = QPoint(cell.column(), cell.row());
            m_pressAt = mouse->position().toPoint();
        }
        return false;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (!m_pressCell || !(mouse->buttons() & Qt::LeftButton) ||
            (mouse->position().toPoint() - m_pressAt).manhattanLength() < QApplication::startDragDistance())
            return false;
        const QPoint from = *m_pressCell;
        m_pressCell.reset();
        const std::optional<LessonDrag> drag = dragFrom(from.x() + 1, from.y() + 1);
        if (!drag) return false;
        auto *qdrag = new QDrag(m_grid->viewport());
        qdrag->setMimeData(lessonDragData(*drag));
        if (QTableWidgetItem *item = m_grid->item(from.y(), from.x())) {
            const QRect rect = m_grid->visualItemRect(item);
            qdrag->setPixmap(m_grid->viewport()->grab(rect));
            qdrag->setHotSpot(m_pressAt - rect.topLeft());
        }
        m_dragCancelled = false;
        qdrag->exec(Qt::MoveAction);
        clearDropTarget();
        return true;
    }
    case QEvent::MouseButtonRelease: m_pressCell.reset(); return false;
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        // Entering is taken for any drag of this week's lessons, so that moves over the grid follow
        // (from the cell the drag started in too); each move says whether a drop there is taken.
        auto *move = static_cast<QDragMoveEvent *>(event);
        const bool enter = event->type() == QEvent::DragEnter;
        if (enter) m_dragCancelled = false;
        const std::optional<LessonDrag> drag = readLessonDrag(move->mimeData());
        const bool ours = drag && m_semester && drag->semesterId == m_semester->id && drag->week == week();
        const bool here = ours && trackDrop(*drag, move->position().toPoint());
        if (here || (enter && ours)) {
            move->setDropAction(Qt::MoveAction);
            move->accept();
        } else {
            move->ignore();
        }
        return true;
    }
    case QEvent::DragLeave: clearDropTarget(); return true;
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const bool taken = m_dropTarget.has_value();
        clearDropTarget();
        const std::optional<LessonDrag> drag = readLessonDrag(drop->mimeData());
        const QModelIndex cell = m_grid->indexAt(drop->position().toPoint());
        if (!taken || !drag || !cell.isValid()) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::MoveAction);
        drop->accept();
        // After the drag has ended: the move may ask a question or show a refusal.
        QTimer::singleShot(0, this, [this, dragged = *drag, weekday = cell.column() + 1, period = cell.row() + 1]() {
            dropLessons(dragged, weekday, period);
        });
        return true;
    }
    default: return false;
    }
}

}  // namespace cd::ui

#include "ui/lessons/SemesterWeeks.h"

#include "ui/common/Dates.h"
#include "ui/common/TableRows.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(SemesterWeeks)
};
}  // namespace

QColor holidayShade() { return QColor(0xe0, 0xe0, 0xe0); }
QColor examShade() { return QColor(0xff, 0xe0, 0xb2); }

QTableWidget *makeWeeksTable(QWidget *parent)
{
    auto *table = new QTableWidget(0, 4, parent);
    table->setObjectName(u"semesterWeeksTable"_s);
    table->setHorizontalHeaderLabels({Tr::tr("Week"), Tr::tr("From"), Tr::tr("To"), Tr::tr("Teaching days and breaks")});
    table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setToolTip(Tr::tr("The semester's weeks as the school numbers them; holidays grey, exams orange"));
    fitRowsToText(table);
    return table;
}

int teachingDays(const lessons::Semester &semester, int week)
{
    int days = 0;
    for (int weekday = 1; weekday <= semester.schoolDays; ++weekday)
        if (semester.isTeachingDay(semester.dateOf(week, weekday))) ++days;
    return days;
}

QString weekNote(const lessons::Semester &semester, int week)
{
    QStringList notes;
    for (const lessons::SemesterBreak &b : semester.breaks) {
        int days = 0;
        for (int weekday = 1; weekday <= semester.schoolDays; ++weekday)
            if (b.contains(semester.dateOf(week, weekday))) ++days;
        if (days == 0) continue;
        const QString label = b.label.isEmpty() ? lessons::breakKindName(b.kind) : b.label;
        //: a break in a week of the semester: "National Day (Holiday, 3 days)"
        notes << Tr::tr("%1 (%2, %n day(s))", nullptr, days).arg(label, lessons::breakKindName(b.kind));
    }
    return notes.join(u"; "_s);
}

void fillWeeksTable(QTableWidget *table, const std::optional<lessons::Semester> &semester)
{
    table->setRowCount(0);
    if (!semester) return;
    const lessons::Semester &s = *semester;
    for (int week = s.firstWeek(); week <= s.weekCount(); ++week) {
        const int row = table->rowCount();
        table->insertRow(row);
        const int days = teachingDays(s, week);
        const QString note = weekNote(s, week);
        //: a week of the semester: its teaching days, then its breaks if any
        const QString what = note.isEmpty() ? Tr::tr("%n teaching day(s)", nullptr, days)
                                            : Tr::tr("%n teaching day(s): %1", nullptr, days).arg(note);
        auto *number = new QTableWidgetItem;
        number->setData(Qt::DisplayRole, week);
        table->setItem(row, 0, number);
        table->setItem(row, 1, new QTableWidgetItem(dates::date(std::max(s.dateOf(week, 1), s.startsOn))));
        table->setItem(row, 2, new QTableWidgetItem(dates::date(std::min(s.dateOf(week, s.schoolDays), s.endsOn))));
        table->setItem(row, 3, new QTableWidgetItem(what));
        bool exam = false;
        for (int weekday = 1; weekday <= s.schoolDays; ++weekday)
            if (auto b = s.breakOn(s.dateOf(week, weekday)); b && b->kind == lessons::BreakKind::Exam) exam = true;
        if (days == 0 || !note.isEmpty()) {
            const QColor shade = exam ? examShade() : holidayShade();
            for (int c = 0; c < 4; ++c) table->item(row, c)->setBackground(shade);
        }
    }
    for (int c = 0; c < 3; ++c) table->resizeColumnToContents(c);
}

}  // namespace cd::ui

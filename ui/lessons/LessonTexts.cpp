#include "ui/lessons/LessonTexts.h"

#include "ui/common/Dates.h"

#include <QCoreApplication>
#include <QLabel>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(LessonTexts)
};
}  // namespace

QString periodLabel(const lessons::DayPeriod &period)
{
    //: a period of the school day with its times, in a list or on a printed timetable: "3 (09:40–10:20)"
    return Tr::tr("%1 (%2–%3)").arg(period.period).arg(dates::time(period.starts), dates::time(period.ends));
}

ConflictState showConflicts(QLabel *label, const QList<lessons::LessonConflict> &conflicts, const QDate &day)
{
    ConflictState state;
    QStringList lines;
    for (const lessons::LessonConflict &c : conflicts) {
        lines << c.message;
        (c.blocking ? state.blocking : state.warnings) = true;
    }
    label->setStyleSheet(state.blocking ? u"color: #c62828;"_s : state.warnings ? u"color: #ef6c00;"_s : QString());
    //: under a lesson's time when nothing stands in the way: "Free: 2026-09-07"
    label->setText(lines.isEmpty() ? Tr::tr("Free: %1").arg(dates::date(day)) : lines.join(u'\n'));
    return state;
}

}  // namespace cd::ui

#pragma once
// The printed timetable (issue 14, item 10): one teacher's or one class's lessons of the semester,
// one row per lesson (week, date, period and its time, class, topic, teacher, status), in print
// preview or as a PDF. No student is named: lessons are about classes.

#include <QList>
#include <QString>

class QWidget;

namespace cd::vault {
class Vault;
}
namespace cd::lessons {
struct Lesson;
struct Semester;
struct Timetable;
}  // namespace cd::lessons

namespace cd::ui {

/// The HTML of the timetable of `filterKey` ("t:ID" a teacher, "c:GRADE:CLASS" a class; the
/// grid's filter keys), its lessons taken from `lessons`. Empty for another key.
QString timetableHtml(const QString &school, const lessons::Semester &semester, const lessons::Timetable &timetable,
                      const QList<lessons::Lesson> &lessons, const QString &filterKey);

/// Prints (or saves as PDF when `pdf`) the timetable of `filterKey`; errors are shown.
void printTimetable(vault::Vault &vault, const lessons::Semester &semester, const lessons::Timetable &timetable,
                    const QString &filterKey, bool pdf, QWidget *parent);

}  // namespace cd::ui

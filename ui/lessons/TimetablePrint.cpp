#include "ui/lessons/TimetablePrint.h"

#include "core/lessons/Lessons.h"
#include "core/lessons/Semester.h"
#include "core/lessons/Timetable.h"
#include "core/vault/Vault.h"
#include "ui/common/Dates.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Printing.h"
#include "ui/lessons/LessonTexts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(TimetablePrint)
};

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString teacherName(const lessons::Timetable &timetable, qint64 id)
{
    for (const lessons::TimetableTeacher &t : timetable.teachers)
        if (t.id == id) return t.name;
    return {};
}

/// Whose timetable `key` names, for the heading; empty for an unknown key.
QString subject(const lessons::Timetable &timetable, const QString &key, qint64 *teacher, lessons::ClassKey *cls)
{
    const QStringList parts = key.split(u':');
    if (parts.size() == 2 && parts[0] == u"t"_s) {
        *teacher = parts[1].toLongLong();
        return teacherName(timetable, *teacher);
    }
    if (parts.size() == 3 && parts[0] == u"c"_s) {
        *cls = {parts[1].toInt(), parts[2]};
        return cls->displayName();
    }
    return {};
}
}  // namespace

QString timetableHtml(const QString &school, const lessons::Semester &semester, const lessons::Timetable &timetable,
                      const QList<lessons::Lesson> &lessons, const QString &filterKey)
{
    qint64 teacher = 0;
    lessons::ClassKey cls;
    const QString who = subject(timetable, filterKey, &teacher, &cls);
    if (who.isEmpty()) return {};
    QList<lessons::Lesson> rows;
    for (const lessons::Lesson &l : lessons)
        if (teacher ? l.teacherId == teacher : (l.cls.grade == cls.grade && l.cls.className == cls.className)) rows << l;
    std::sort(rows.begin(), rows.end(), [](const lessons::Lesson &a, const lessons::Lesson &b) { return a.at < b.at; });
    QString html = u"<html><body style=\"font-family:%1\">"_s.arg(printFontFamilies());
    //: heading of a printed timetable: whose (a teacher or a class), then the semester
    html += u"<h2>"_s + esc(Tr::tr("Mental-health lessons: %1").arg(who)) + u"</h2>"_s;
    html += u"<p>"_s + esc(school) + u"<br>"_s +
            esc(Tr::tr("%1, %2 to %3").arg(semester.name, dates::date(semester.startsOn), dates::date(semester.endsOn))) +
            u"</p>"_s;
    if (rows.isEmpty()) {
        html += u"<p>"_s + esc(Tr::tr("No lessons are planned yet.")) + u"</p></body></html>"_s;
        return html;
    }
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>"_s + htmlHeaderCell(Tr::tr("Week")) +
            htmlHeaderCell(Tr::tr("Date")) + htmlHeaderCell(Tr::tr("Period")) + htmlHeaderCell(Tr::tr("Class")) + htmlHeaderCell(Tr::tr("Topic")) +
            htmlHeaderCell(Tr::tr("Teacher")) + htmlHeaderCell(Tr::tr("Status")) + u"</tr>"_s;
    const QLocale locale;
    for (const lessons::Lesson &l : rows) {
        const QDate day = semester.dateOf(l.at.week, l.at.weekday);
        const lessons::DayPeriod *p = semester.period(l.at.period);
        const QString period = p ? periodLabel(*p) : QString::number(l.at.period);
        const QString topic = l.kind == lessons::LessonKind::ClassMeeting
                                  ? Tr::tr("Theme class meeting: %1").arg(l.topic)
                                  : l.topic;
        html += u"<tr>"_s + htmlCell(QString::number(l.at.week)) +
                htmlCell(u"%1 %2"_s.arg(dates::date(day), locale.dayName(l.at.weekday, QLocale::ShortFormat))) + htmlCell(period) +
                htmlCell(l.cls.displayName()) + htmlCell(topic) + htmlCell(teacherName(timetable, l.teacherId)) +
                htmlCell(lessons::lessonStatusName(l.status)) + u"</tr>"_s;
    }
    html += u"</table>"_s;
    html += u"<p>"_s + esc(Tr::tr("%n lesson(s).", nullptr, static_cast<int>(rows.size()))) + u"</p></body></html>"_s;
    return html;
}

void printTimetable(vault::Vault &vault, const lessons::Semester &semester, const lessons::Timetable &timetable,
                    const QString &filterKey, bool pdf, QWidget *parent)
{
    auto lessons = lessons::Lessons(vault).list(semester.id);
    if (!lessons) {
        MessageBoxes::error(parent, Tr::tr("Print timetable"), lessons.error().message);
        return;
    }
    const QString html = timetableHtml(vault.school().name, semester, timetable, *lessons, filterKey);
    if (html.isEmpty()) {
        MessageBoxes::information(parent, Tr::tr("Print timetable"),
                                  Tr::tr("Choose a teacher or a class under Show only: the timetable printed is theirs."));
        return;
    }
    QTextDocument document;
    document.setHtml(html);
    qint64 teacher = 0;
    lessons::ClassKey cls;
    const QString title = Tr::tr("Timetable: %1").arg(subject(timetable, filterKey, &teacher, &cls));
    if (pdf)
        savePdfAs(parent, document, Tr::tr("Save the timetable as PDF"),
                  QString(title).replace(u'/', u'-') + u".pdf"_s, title);
    else
        printDocument(parent, document, title);
}

}  // namespace cd::ui

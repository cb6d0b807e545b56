#include "ui/room/RosterDocument.h"

#include "core/lessons/Semester.h"
#include "ui/common/Dates.h"
#include "ui/common/Printing.h"

#include <QCoreApplication>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(RosterDocument)
};

QString esc(const QString &text) { return text.toHtmlEscaped(); }
QString span(const QTime &from, const QTime &to) { return dates::time(from) + u"–"_s + dates::time(to); }
}  // namespace

void buildRosterDocument(QTextDocument &document, const QString &schoolName, const lessons::Semester &semester,
                         const room::RoomSchedule &schedule)
{
    QString html = u"<div style=\"font-family: %1; font-size: 12pt;\">"_s.arg(printFontFamilies());
    html += u"<p style=\"font-size: 11pt;\">%1</p>"_s.arg(esc(schoolName));
    html += u"<h1 style=\"font-size: 22pt;\">%1</h1>"_s.arg(esc(Tr::tr("Counseling room: open hours and duty")));
    html += u"<p>%1</p>"_s.arg(esc(Tr::tr("%1 (%2 to %3)")
                                        .arg(semester.name, dates::date(semester.startsOn), dates::date(semester.endsOn))));
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"1\" style=\"border-collapse: collapse;\">"_s;
    html += u"<tr style=\"background: #e8e8e8;\"><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th></tr>"_s
                .arg(esc(Tr::tr("Day")), esc(Tr::tr("Open")), esc(Tr::tr("On duty")));
    for (int day = 1; day <= 7; ++day) {
        QStringList open;
        QStringList duty;
        for (const room::OpenHours &h : schedule.hours)
            if (h.weekday == day) open << esc(span(h.starts, h.ends));
        for (const room::DutyShift &s : schedule.shifts)
            if (s.weekday == day) duty << esc(Tr::tr("%1 %2").arg(span(s.starts, s.ends), s.person));
        if (open.isEmpty() && duty.isEmpty()) continue;
        html += u"<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>"_s.arg(esc(room::weekdayName(day)),
                                                                         open.join(u"<br>"_s), duty.join(u"<br>"_s));
    }
    html += u"</table>"_s;
    html += u"<p style=\"font-size: 11pt;\">%1</p>"_s.arg(
        esc(Tr::tr("Closed on holidays. Outside these hours, ask your class teacher to contact the counseling room.")));
    html += u"</div>"_s;
    document.setHtml(html);
}

}  // namespace cd::ui

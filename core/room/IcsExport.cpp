#include "room/IcsExport.h"

#include "room/Agenda.h"
#include "room/RoomAudit.h"

#include "common/Clock.h"
#include "common/OutputFile.h"
#include "lessons/Semesters.h"
#include "vault/Vault.h"

using namespace Qt::StringLiterals;

namespace cd::room {

namespace {
QString escapeText(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c != u'\r') {
            out += c;
        }
    }
    return out;
}

/// One content line, folded: at most 75 octets a line, continuation lines start with a space.
QByteArray folded(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int lineBytes = 0;
    for (qsizetype i = 0; i < utf8.size();) {
        qsizetype len = 1;  // the bytes of this UTF-8 character
        const auto lead = static_cast<unsigned char>(utf8[i]);
        if (lead >= 0xF0) len = 4;
        else if (lead >= 0xE0) len = 3;
        else if (lead >= 0xC0) len = 2;
        if (lineBytes + len > 75) {
            out += "\r\n ";
            lineBytes = 1;
        }
        out += utf8.mid(i, len);
        lineBytes += static_cast<int>(len);
        i += len;
    }
    out += "\r\n";
    return out;
}

QString local(const QDateTime &t) { return t.toString(u"yyyyMMdd'T'HHmmss"_s); }

QString lessonOrDutyUid(const AgendaItem &item)
{
    switch (item.kind) {
    case AgendaItem::Kind::Lesson: return u"lesson-%1@counseldesk"_s.arg(item.id);
    case AgendaItem::Kind::Duty: return u"duty-%1-%2@counseldesk"_s.arg(item.id).arg(item.starts.toString(u"yyyyMMdd"_s));
    case AgendaItem::Kind::Appointment: return u"appointment-%1@counseldesk"_s.arg(item.id);
    case AgendaItem::Kind::GroupSession: return u"group-session-%1@counseldesk"_s.arg(item.id);
    }
    return QString();
}
}  // namespace

QByteArray icsCalendar(const QList<IcsEvent> &events, const QDateTime &stampUtc, const QString &calendarName)
{
    QByteArray out;
    out += folded(u"BEGIN:VCALENDAR"_s);
    out += folded(u"VERSION:2.0"_s);
    out += folded(u"PRODID:-//CounselDesk//Room calendar//EN"_s);
    out += folded(u"CALSCALE:GREGORIAN"_s);
    out += folded(u"X-WR-CALNAME:"_s + escapeText(calendarName));
    const QString stamp = stampUtc.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    for (const IcsEvent &e : events) {
        out += folded(u"BEGIN:VEVENT"_s);
        out += folded(u"UID:"_s + e.uid);
        out += folded(u"DTSTAMP:"_s + stamp);
        out += folded(u"DTSTART:"_s + local(e.starts));
        out += folded(u"DTEND:"_s + local(e.ends));
        out += folded(u"SUMMARY:"_s + escapeText(e.summary));
        if (!e.category.isEmpty()) out += folded(u"CATEGORIES:"_s + e.category);
        out += folded(u"END:VEVENT"_s);
    }
    out += folded(u"END:VCALENDAR"_s);
    return out;
}

Result<QList<IcsEvent>> counselorEvents(vault::Vault &vault, qint64 semesterId, const QString &login)
{
    auto semester = lessons::Semesters(vault).get(semesterId);
    if (!semester) return semester.error();
    auto items = agenda(vault, {semester->startsOn, semester->endsOn, login, false});
    if (!items) return items.error();
    QList<IcsEvent> events;
    for (const AgendaItem &item : *items) {
        QString category;
        switch (item.kind) {
        case AgendaItem::Kind::Lesson: category = u"LESSON"_s; break;
        case AgendaItem::Kind::Duty: category = u"DUTY"_s; break;
        case AgendaItem::Kind::Appointment: category = u"APPOINTMENT"_s; break;
        case AgendaItem::Kind::GroupSession: continue;  // groups name their members' theme: not exported
        }
        events.append({lessonOrDutyUid(item), item.starts, item.ends, agendaTitle(item, false), category});
    }
    return events;
}

Result<int> exportCalendar(vault::Vault &vault, qint64 semesterId, const QString &login, const QString &path)
{
    auto semester = lessons::Semesters(vault).get(semesterId);
    if (!semester) return semester.error();
    auto events = counselorEvents(vault, semesterId, login);
    if (!events) return events.error();
    const QByteArray text = icsCalendar(*events, clock::now(), semester->name);
    const QString detail = u"semester=%1 events=%2"_s.arg(semester->name).arg(events->size());
    OutputFile file;
    CD_TRY(vault.recordChange(audit::action::CalendarExported, QString(), detail, [&]() -> Status {
        CD_TRY(file.open(path));
        CD_TRY(file.write(text));
        return file.finish();
    }));
    return static_cast<int>(events->size());
}

}  // namespace cd::room

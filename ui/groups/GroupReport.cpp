#include "ui/groups/GroupReport.h"

#include "core/disclosure/Withheld.h"
#include "core/district/LeakGuard.h"
#include "core/groups/GroupReportCounts.h"
#include "core/groups/GroupsAudit.h"
#include "core/students/Student.h"
#include "core/vault/Vault.h"
#include "ui/common/Dates.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Printing.h"
#include "ui/common/UserNames.h"
#include "ui/unlock/ReauthDialog.h"

#include <QCoreApplication>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(GroupReport)
};

QString esc(const QString &text) { return text.toHtmlEscaped(); }

const QString kTable = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>"_s;

const groups::AttendanceMark *markOf(const groups::GroupSession &s, qint64 studentId)
{
    for (const groups::AttendanceMark &m : s.attendance)
        if (m.studentId == studentId) return &m;
    return nullptr;
}

/// The title and the group's theme, leader and status: the same in both copies.
QString reportHead(vault::Vault &vault, const groups::CounselingGroup &group)
{
    QString html = u"<html><body style=\"font-family:%1\">"_s.arg(printFontFamilies());
    html += u"<h2>"_s + esc(Tr::tr("Group report: %1").arg(group.name)) + u"</h2>"_s;
    html += u"<p>"_s + esc(Tr::tr("Theme: %1").arg(groups::groupThemeName(group.theme))) + u"<br>"_s +
            esc(Tr::tr("Leader: %1").arg(userName(vault, group.leader))) + u"<br>"_s +
            esc(group.closed ? Tr::tr("Status: closed") : Tr::tr("Status: open")) + u"</p>"_s;
    return html;
}

/// A session's first cells: when, how long, its topic.
QString sessionLead(const groups::GroupSession &s)
{
    return htmlCell(dates::dateTime(s.heldAt)) + htmlCell(QString::number(s.minutes)) + htmlCell(s.topic);
}

QString sessionsHeading(const QStringList &counts)
{
    QString html = u"<h3>"_s + esc(Tr::tr("Sessions")) + u"</h3>"_s + kTable + htmlHeaderCell(Tr::tr("When")) +
                   htmlHeaderCell(Tr::tr("Minutes")) + htmlHeaderCell(Tr::tr("Topic"));
    for (const QString &c : counts) html += htmlHeaderCell(c);
    return html + u"</tr>"_s;
}
}  // namespace

QString groupReportWithNamesHtml(vault::Vault &vault, const groups::CounselingGroup &group,
                                 const QList<groups::GroupMember> &members, const QList<groups::GroupSession> &sessions)
{
    QString html = reportHead(vault, group);
    if (!group.description.isEmpty()) html += u"<p>"_s + esc(group.description) + u"</p>"_s;
    int active = 0;
    for (const groups::GroupMember &m : members) active += m.active() ? 1 : 0;
    int present = 0, marked = 0;
    for (const groups::GroupSession &s : sessions) {
        present += s.presentCount();
        marked += static_cast<int>(s.attendance.size());
    }
    html += u"<p>"_s +
            esc(Tr::tr("%1 members now, %2 in all; %3 sessions; attendance %4 of %5 marks.")
                    .arg(active)
                    .arg(members.size())
                    .arg(sessions.size())
                    .arg(present)
                    .arg(marked)) +
            u"</p>"_s;

    html += sessionsHeading({Tr::tr("Present"), Tr::tr("Absent")});
    for (const groups::GroupSession &s : sessions)
        html += u"<tr>"_s + sessionLead(s) + htmlCell(QString::number(s.presentCount())) +
                htmlCell(QString::number(s.attendance.size() - s.presentCount())) + u"</tr>"_s;
    html += u"</table>"_s;

    html += u"<h3>"_s + esc(Tr::tr("Members")) + u"</h3>"_s + kTable + htmlHeaderCell(Tr::tr("Name")) +
            htmlHeaderCell(Tr::tr("Class")) + htmlHeaderCell(Tr::tr("Joined")) + htmlHeaderCell(Tr::tr("Left")) +
            htmlHeaderCell(Tr::tr("Sessions attended")) + u"</tr>"_s;
    for (const groups::GroupMember &m : members) {
        int came = 0, of = 0;
        for (const groups::GroupSession &s : sessions)
            if (const auto *mark = markOf(s, m.studentId)) {
                ++of;
                came += mark->present ? 1 : 0;
            }
        html += u"<tr>"_s + htmlCell(m.name) + htmlCell(students::className(m.grade, m.klass)) +
                htmlCell(dates::date(m.joinedOn)) + htmlCell(m.active() ? QString() : dates::date(m.leftOn)) +
                htmlCell(Tr::tr("%1 of %2").arg(came).arg(of)) + u"</tr>"_s;
    }
    html += u"</table>"_s;
    if (group.closed && !group.outcome.isEmpty())
        html += u"<h3>"_s + esc(Tr::tr("Outcome")) + u"</h3><p>"_s + esc(group.outcome) + u"</p>"_s;
    html += u"</body></html>"_s;
    return html;
}

Result<QString> groupReportCountsHtml(vault::Vault &vault, const groups::CounselingGroup &group,
                                      const QList<groups::GroupMember> &members,
                                      const QList<groups::GroupSession> &sessions, int k)
{
    auto counts = groups::groupReportCounts(members, sessions, k);
    if (!counts) return counts.error();
    // The description, the outcome and the notes are what a counselor types about the children
    // ("Li was quiet again"): no guard can tell every such sentence, so this copy leaves them out.
    QString html = reportHead(vault, group);
    html += u"<p>"_s + esc(Tr::tr("Counts only: the description, the outcome and every note stay in the counseling room.")) +
            u"</p>"_s;
    html += u"<h3>"_s + esc(Tr::tr("Members")) + u"</h3>"_s + kTable + htmlHeaderCell(Tr::tr("Now")) +
            htmlHeaderCell(Tr::tr("Have left")) + htmlHeaderCell(Tr::tr("In all")) + u"</tr><tr>"_s +
            htmlCell(counts->text(counts->membersNow)) + htmlCell(counts->text(counts->membersLeft)) +
            htmlCell(counts->text(counts->membersAll)) + u"</tr></table>"_s;
    html += sessionsHeading({Tr::tr("Members that day"), Tr::tr("Present"), Tr::tr("Absent"), Tr::tr("Attendance")});
    for (int i = 0; i < sessions.size(); ++i) {
        const groups::GroupReportCounts::Session &c = counts->sessions.at(i);
        html += u"<tr>"_s + sessionLead(sessions.at(i)) + htmlCell(counts->text(c.members)) +
                htmlCell(counts->text(c.present)) + htmlCell(counts->text(c.absent)) +
                htmlCell(counts->attendanceRate(i)) + u"</tr>"_s;
    }
    html += u"</table>"_s;
    if (counts->withheldCount() > 0)
        html += u"<p style=\"font-size:small\">"_s + esc(disclosure::withheldFootnote(k)) + u"</p>"_s;
    html += u"</body></html>"_s;

    // The last guard: the group's name and the topics are typed too.
    auto guard = district::LeakGuard::fromVault(vault);
    if (!guard) return guard.error();
    QTextDocument printed;
    printed.setHtml(html);
    if (const auto hit = guard->firstHit(printed.toPlainText()))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The report was not printed: %1 held in the vault was found in its text (the "
                                "group's name or a session's topic). A report with counts only may leave the "
                                "counseling room: change that text, or print the copy with names to keep in the room.")
                             .arg(district::LeakGuard::kindName(*hit)));
    return html;
}

void printGroupReport(vault::Vault &vault, qint64 groupId, bool pdf, QWidget *parent)
{
    groups::Groups repo(vault);
    auto group = repo.get(groupId);
    auto members = group ? repo.members(groupId) : Result<QList<groups::GroupMember>>(group.error());
    auto sessions = members ? repo.sessions(groupId) : Result<QList<groups::GroupSession>>(members.error());
    if (!sessions) {
        MessageBoxes::error(parent, Tr::tr("Group report"), sessions.error().message);
        return;
    }
    enum Choice { Counts, Stricter, Names, Cancel };
    const int choice = MessageBoxes::choose(
        parent, QMessageBox::Question, Tr::tr("Group report"),
        Tr::tr("Print the members' names? Names belong only on a copy kept in the counseling room; a report that "
               "leaves the room shows counts only, with counts from 1 to 4 withheld (1 to 9 when stricter) and "
               "whatever would let them be worked out."),
        {Tr::tr("&Counts only"), Tr::tr("Counts only, &stricter"), Tr::tr("With &names"), Tr::tr("Cancel")}, Cancel);
    if (choice == Cancel) return;
    const bool names = choice == Names;
    // Names leave the app only after the passphrase again, as every list with names does.
    if (names) {
        ReauthGate gate(vault);
        if (!gate.confirm(parent, Tr::tr("The report shows the names of the group's members."))) return;
    }
    QString html;
    if (names) {
        html = groupReportWithNamesHtml(vault, *group, *members, *sessions);
    } else {
        auto counts = groupReportCountsHtml(vault, *group, *members, *sessions, choice == Stricter ? 10 : 5);
        if (!counts) {
            MessageBoxes::error(parent, Tr::tr("Group report"), counts.error().message);
            return;
        }
        html = *counts;
    }
    QTextDocument document;
    document.setHtml(html);
    const QString title = Tr::tr("Group report: %1").arg(group->name);
    const bool done = pdf ? !savePdfAs(parent, document, Tr::tr("Save the group report as PDF"),
                                       QString(title).replace(u'/', u'-') + u".pdf"_s, title)
                                 .isEmpty()
                          : printDocument(parent, document, title);
    if (!done) return;
    // What left and how; never a name.
    const Status st = vault.recordEvent(audit::action::GroupReportPrinted, QString(),
                                        u"group:%1 %2 %3"_s.arg(groupId).arg(names ? u"names"_s : u"counts"_s,
                                                                             pdf ? u"pdf"_s : u"print"_s));
    if (!st) MessageBoxes::error(parent, Tr::tr("Group report"), st.error().message);
}

}  // namespace cd::ui

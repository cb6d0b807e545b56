#include "ui/groups/GroupReport.h"

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

const groups::AttendanceMark *markOf(const groups::GroupSession &s, qint64 studentId)
{
    for (const groups::AttendanceMark &m : s.attendance)
        if (m.studentId == studentId) return &m;
    return nullptr;
}
}  // namespace

QString groupReportHtml(vault::Vault &vault, const groups::CounselingGroup &group, const QList<groups::GroupMember> &members,
                        const QList<groups::GroupSession> &sessions, bool withNames)
{
    QString html = u"<html><body style=\"font-family:%1\">"_s.arg(printFontFamilies());
    html += u"<h2>"_s + esc(Tr::tr("Group report: %1").arg(group.name)) + u"</h2>"_s;
    html += u"<p>"_s + esc(Tr::tr("Theme: %1").arg(groups::groupThemeName(group.theme))) + u"<br>"_s +
            esc(Tr::tr("Leader: %1").arg(userName(vault, group.leader))) + u"<br>"_s +
            esc(group.closed ? Tr::tr("Status: closed") : Tr::tr("Status: open")) + u"</p>"_s;
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

    html += u"<h3>"_s + esc(Tr::tr("Sessions")) + u"</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>"_s +
            htmlHeaderCell(Tr::tr("When")) + htmlHeaderCell(Tr::tr("Minutes")) + htmlHeaderCell(Tr::tr("Topic")) + htmlHeaderCell(Tr::tr("Present")) +
            htmlHeaderCell(Tr::tr("Absent")) + u"</tr>"_s;
    for (const groups::GroupSession &s : sessions)
        html += u"<tr>"_s + htmlCell(dates::dateTime(s.heldAt)) + htmlCell(QString::number(s.minutes)) + htmlCell(s.topic) +
                htmlCell(QString::number(s.presentCount())) +
                htmlCell(QString::number(s.attendance.size() - s.presentCount())) + u"</tr>"_s;
    html += u"</table>"_s;

    if (withNames) {
        html += u"<h3>"_s + esc(Tr::tr("Members")) + u"</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>"_s +
                htmlHeaderCell(Tr::tr("Name")) + htmlHeaderCell(Tr::tr("Class")) + htmlHeaderCell(Tr::tr("Joined")) + htmlHeaderCell(Tr::tr("Left")) +
                htmlHeaderCell(Tr::tr("Sessions attended")) + u"</tr>"_s;
        for (const groups::GroupMember &m : members) {
            int came = 0, of = 0;
            for (const groups::GroupSession &s : sessions)
                if (const auto *mark = markOf(s, m.studentId)) {
                    ++of;
                    came += mark->present ? 1 : 0;
                }
            html += u"<tr>"_s + htmlCell(m.name) + htmlCell(students::className(m.grade, m.klass)) + htmlCell(dates::date(m.joinedOn)) +
                    htmlCell(m.active() ? QString() : dates::date(m.leftOn)) +
                    htmlCell(Tr::tr("%1 of %2").arg(came).arg(of)) + u"</tr>"_s;
        }
        html += u"</table>"_s;
    }
    if (group.closed && !group.outcome.isEmpty())
        html += u"<h3>"_s + esc(Tr::tr("Outcome")) + u"</h3><p>"_s + esc(group.outcome) + u"</p>"_s;
    html += u"</body></html>"_s;
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
    const int choice = MessageBoxes::choose(
        parent, QMessageBox::Question, Tr::tr("Group report"),
        Tr::tr("Print the members' names? Names belong only on a copy kept in the counseling room; a report that "
               "leaves the room shows counts only."),
        {Tr::tr("&Counts only"), Tr::tr("With &names"), Tr::tr("Cancel")}, 2);
    if (choice == 2) return;
    const bool names = choice == 1;
    // Names leave the app only after the passphrase again, as every list with names does.
    if (names) {
        ReauthGate gate(vault);
        if (!gate.confirm(parent, Tr::tr("The report shows the names of the group's members."))) return;
    }
    QTextDocument document;
    document.setHtml(groupReportHtml(vault, *group, *members, *sessions, names));
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

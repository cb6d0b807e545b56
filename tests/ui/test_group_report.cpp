// The group report's two copies (ui/groups/GroupReport): counts only (may leave the room) through
// the disclosure engine, with no name, no typed text about the children, the mark and its
// footnote, and the last guard refusing a topic that names a child; with names (kept in the room)
// unchanged: names, exact counts, description and outcome. Saved as PDFs in English and zh_CN
// (CD_SCREENSHOTS=<folder> keeps them as group-report-{counts,names}-<language>.pdf).
// Synthetic data only.

#include "ui/UiTestSupport.h"

#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "core/disclosure/Withheld.h"
#include "core/groups/Groups.h"
#include "groups/GroupReport.h"
#include "unlock/ReauthDialog.h"
#include "support/TempVault.h"
#include "support/TestDocuments.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kNames{u"张一鸣"_s, u"李思远"_s, u"王若溪"_s, u"赵子涵"_s, u"陈雨桐"_s, u"刘浩然"_s,
                         u"杨欣怡"_s, u"黄梓轩"_s, u"周诗涵"_s, u"吴俊杰"_s, u"徐佳怡"_s, u"孙博文"_s};

struct TestGroup {
    qint64 id = 0;
    QList<qint64> students;
};

/// A group of twelve: the first session all came, the second eleven (孙博文 away, with a note).
TestGroup addGroup(vault::Vault &v)
{
    TestGroup g;
    for (int i = 0; i < kNames.size(); ++i)
        g.students << addTestStudent(v, u"20260%1"_s.arg(100 + i), kNames[i]);
    groups::CounselingGroup group;
    group.name = u"初一新生适应小组"_s;
    group.leader = kLeadLogin;
    group.description = u"张一鸣转学后一直很安静，先从破冰开始"_s;
    auto id = groups::Groups(v).save(group);
    REQUIRE(id.ok());
    g.id = *id;
    for (qint64 s : g.students) REQUIRE(groups::Groups(v).addMember(g.id, s, QDate(2026, 9, 10)).ok());
    for (int session = 0; session < 2; ++session) {
        groups::GroupSession s;
        s.groupId = g.id;
        s.heldAt = QDateTime(QDate(2026, 10, 14 + 7 * session), QTime(15, 40));
        s.topic = session == 0 ? u"破冰：认识你真好"_s : u"情绪小怪兽"_s;
        s.notes = u"大家都很投入，刘浩然第一次主动发言"_s;
        for (int i = 0; i < g.students.size(); ++i) {
            const bool away = session == 1 && i == 11;
            s.attendance.append({g.students[i], !away, away ? u"病假在家休息"_s : QString()});
        }
        REQUIRE(groups::Groups(v).saveSession(s).ok());
    }
    REQUIRE(groups::Groups(v).close(g.id, u"黄梓轩和周诗涵交到了新朋友"_s).ok());
    return g;
}

QString squeezed(QString text) { return text.remove(QRegularExpression(u"\\s+"_s)); }

}  // namespace

TEST_CASE("ui group report: counts only withholds, names no one, and with names is unchanged", "[ui][groups][disclosure]")
{
    TempVault tv;
    auto v = tv.open();
    const TestGroup g = addGroup(*v);
    groups::Groups repo(*v);
    auto group = repo.get(g.id);
    auto members = repo.members(g.id);
    auto sessions = repo.sessions(g.id);
    REQUIRE(sessions.ok());

    auto counts = ui::groupReportCountsHtml(*v, *group, *members, *sessions, 5);
    REQUIRE(counts.ok());
    for (const QString &name : kNames) CHECK_FALSE(counts->contains(name));
    CHECK_FALSE(counts->contains(u"转学"_s));      // the description
    CHECK_FALSE(counts->contains(u"新朋友"_s));    // the outcome
    CHECK_FALSE(counts->contains(u"病假"_s));      // an attendance note
    CHECK_FALSE(counts->contains(u"主动发言"_s));  // a session's notes
    CHECK(counts->contains(u"情绪小怪兽"_s));      // the topics are the activity's, and checked
    CHECK(counts->contains(u"<td>*</td>"_s));
    CHECK(counts->contains(disclosure::withheldFootnote(5).toHtmlEscaped()));
    CHECK(counts->contains(u"<td>12</td>"_s));     // twelve members, all there the first time
    CHECK(counts->contains(u"<td>100%</td>"_s));
    CHECK_FALSE(counts->contains(u"<td>11</td>"_s));  // 11 of 12 would say who was away
    CHECK_FALSE(counts->contains(u"<td>1</td>"_s));

    const QString named = ui::groupReportWithNamesHtml(*v, *group, *members, *sessions);
    for (const QString &name : kNames) CHECK(named.contains(name));
    CHECK(named.contains(u"转学"_s));
    CHECK(named.contains(u"新朋友"_s));
    CHECK(named.contains(u"<td>11</td><td>1</td>"_s));
    CHECK(named.contains(u"attendance 23 of 24 marks"_s));
    CHECK_FALSE(named.contains(u"<td>*</td>"_s));

    // A topic that names a child is caught by the last guard: refused, saying what kind, not who.
    groups::GroupSession leak = sessions->last();
    leak.id = 0;
    leak.heldAt = leak.heldAt.addDays(7);
    leak.topic = u"为张一鸣过生日"_s;
    QList<groups::GroupSession> leaking = *sessions;
    leaking << leak;
    auto refused = ui::groupReportCountsHtml(*v, *group, *members, leaking, 5);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(u"a student's name"_s));
    CHECK_FALSE(refused.error().message.contains(u"张一鸣"_s));
}

TEST_CASE("ui group report: the PDFs as printed, counts only at k = 10 and with names", "[ui][groups][disclosure]")
{
    const QString language = GENERATE(u"en"_s, u"zh_CN"_s);
    QTranslator translator;
    if (language == u"zh_CN"_s) {
        REQUIRE(translator.load(u":/i18n/counseldesk_zh_CN.qm"_s));
        QCoreApplication::installTranslator(&translator);
    }
    TempVault tv;
    auto v = tv.open();
    const TestGroup g = addGroup(*v);
    QWidget parent;
    QTemporaryDir out;

    // "Counts only, stricter": k = 10, so even the twelve are counted but 1 to 9 are withheld.
    const QString counts = out.filePath(u"counts.pdf"_s);
    ui::MessageBoxes::setNextChoice(1);
    ui::FileDialogs::setNextSaveFileName(counts);
    ui::MessageBoxes::setNextChoice(1);  // "saved to…": OK
    ui::printGroupReport(*v, g.id, true, &parent);
    REQUIRE(QFile::exists(counts));
    const QString text = pdfText(counts);
    for (const QString &name : kNames) CHECK_FALSE(text.contains(name));
    CHECK_FALSE(text.contains(u"转学"_s));
    CHECK(squeezed(text).contains(squeezed(disclosure::withheldFootnote(10))));
    CHECK(squeezed(disclosure::withheldFootnote(10)).contains(u"9"_s));

    const QString named = out.filePath(u"named.pdf"_s);
    ui::MessageBoxes::setNextChoice(2);
    whenShown<ui::ReauthDialog>([](ui::ReauthDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"reauthPassphrase"_s), kLeadPassphrase);
        dialog->accept();
    });
    ui::FileDialogs::setNextSaveFileName(named);
    ui::MessageBoxes::setNextChoice(1);
    ui::printGroupReport(*v, g.id, true, &parent);
    REQUIRE(QFile::exists(named));
    const QString namedText = pdfText(named);
    for (const QString &name : kNames) CHECK(namedText.contains(name));
    CHECK_FALSE(squeezed(namedText).contains(squeezed(disclosure::withheldFootnote(5))));

    if (const QByteArray keep = qgetenv("CD_SCREENSHOTS"); !keep.isEmpty()) {
        const QString dir = QString::fromLocal8Bit(keep);
        QFile::copy(counts, u"%1/group-report-counts-%2.pdf"_s.arg(dir, language));
        QFile::copy(named, u"%1/group-report-names-%2.pdf"_s.arg(dir, language));
    }
    QCoreApplication::removeTranslator(&translator);
}

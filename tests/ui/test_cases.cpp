#include "ui/UiTestSupport.h"
#include "storage/Database.h"

#include "cases/CaseRepository.h"
#include "cases/CasesPanel.h"
#include "cases/CategoriesDialog.h"
#include "cases/NoteSearchDialog.h"
#include "cases/OpenCaseDialog.h"
#include "cases/SessionEditor.h"
#include "common/MessageBoxes.h"
#include "students/StudentRepository.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

TEST_CASE("ui: open a case with consent, write a session with a private note, close the case", "[ui][cases]")
{
    TempVault tv;
    auto vault = tv.open();
    students::StudentRepository students(*vault);
    students::Student s;
    s.studentNo = u"K1"_s;
    s.name = u"钱同学"_s;
    s.birthDate = QDate::currentDate().addYears(-12);  // under 14: consent required
    const qint64 studentId = *students.save(s);

    ui::CasesPanel panel(*vault, studentId, s.birthDate);
    panel.show();
    CHECK(panel.caseCount() == 0);

    bool okWasDisabled = false;
    whenShown<ui::OpenCaseDialog>([&okWasDisabled](ui::OpenCaseDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        okWasDisabled = !ok->isEnabled();
        auto *category = child<QComboBox>(dialog, u"caseCategory"_s);
        category->setCurrentIndex(category->findData(u"peers"_s));
        typeInto(child<QLineEdit>(dialog, u"consentGuardian"_s), u"Mother, by phone"_s);
        ok->click();
    });
    panel.openCase();
    CHECK(okWasDisabled);
    REQUIRE(panel.caseCount() == 1);

    whenShown<ui::SessionEditor>([](ui::SessionEditor *editor) {
        editor->field(u"presenting"_s)->insertPlainText(u"和同桌闹矛盾，不想上学。"_s);
        editor->field(u"plan"_s)->insertPlainText(u"Meet again next week."_s);
        child<QComboBox>(editor, u"sessionRisk"_s)->setCurrentIndex(2);  // medium
        editor->field(u"privateNote"_s)->insertPlainText(u"my own hunch: family conflict"_s);
        ui::MessageBoxes::setNextChoice(1);  // not on the watch list: leave it so
        editor->accept();
    });
    panel.newSession();
    REQUIRE(panel.sessionCount() == 1);
    CHECK(ui::MessageBoxes::lastText().contains(u"not on the watch list"_s));

    cases::CaseRepository repo(*vault);
    auto hits = repo.searchNotes(u"同桌"_s);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    auto note = repo.privateNote(hits->at(0).sessionId);
    REQUIRE(note.ok());
    REQUIRE(note->has_value());
    CHECK(**note == u"my own hunch: family conflict"_s);

    // Editing shows the private note back to its author.
    bool editorShown = false;
    whenShown<ui::SessionEditor>([&editorShown](ui::SessionEditor *editor) {
        editorShown = true;
        CHECK(editor->field(u"privateNote"_s)->toPlainText() == u"my own hunch: family conflict"_s);
        editor->reject();
    });
    child<QTableWidget>(&panel, u"sessionTable"_s)->selectRow(0);
    panel.editSession();
    CHECK(editorShown);

    auto audit = vault->audit().recent(5);
    QStringList actions;
    for (const auto &e : *audit) actions << e.action;
    CHECK(actions.contains(QLatin1String(audit::action::CaseOpened)));
    CHECK(actions.contains(QLatin1String(audit::action::SessionSaved)));
}

TEST_CASE("ui: session notes are searched as you type", "[ui][cases][search]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 studentId = addTestStudent(*vault, u"K2"_s, u"孙同学"_s);
    cases::CaseRepository repo(*vault);
    cases::Session session;
    session.caseId = addTestCase(*vault, studentId);
    session.heldOn = QDate::currentDate();
    session.observations = u"提到考试压力，情绪低落。"_s;
    session.author = kLeadLogin;
    REQUIRE(repo.saveSession(session).ok());

    ui::NoteSearchDialog dialog(*vault);
    dialog.show();
    typeInto(child<QLineEdit>(&dialog, u"noteQuery"_s), u"压力"_s);
    REQUIRE(waitUntil([&]() { return dialog.hitCount() == 1; }, 3000));
    // The match in bold, the note's text as written: no FTS marks, no brackets.
    auto *snippet = child<QLabel>(&dialog, u"noteSnippet"_s);
    CHECK(snippet->text().contains(u"提到考试<b>压力</b>，情绪低落"_s));
    CHECK_FALSE(snippet->text().contains(u'['));
    dialog.search(u"nothing like this"_s);
    CHECK(dialog.hitCount() == 0);
}

TEST_CASE("ui: a session closed unsaved is kept as a draft and offered again", "[ui][cases][drafts]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 studentId = addTestStudent(*vault, u"K3"_s, u"郑同学"_s, QDate::currentDate().addYears(-15));
    const qint64 caseId = addTestCase(*vault, studentId);
    ui::CasesPanel panel(*vault, studentId, QDate::currentDate().addYears(-15));
    panel.show();
    panel.selectCase(caseId);
    auto *newButton = child<QPushButton>(&panel, u"newSessionButton"_s);
    const QString newLabel = newButton->text();

    // Typed, then closed with Close (or Escape, or a lock): nothing is saved as a session.
    whenShown<ui::SessionEditor>([](ui::SessionEditor *editor) {
        CHECK_FALSE(editor->restoredDraft());
        editor->field(u"presenting"_s)->insertPlainText(u"最近总是失眠"_s);
        editor->field(u"privateNote"_s)->insertPlainText(u"ask about home"_s);
        child<QSpinBox>(editor, u"sessionMinutes"_s)->setValue(25);
        editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
    });
    panel.newSession();
    CHECK(panel.sessionCount() == 0);
    CHECK(newButton->text() != newLabel);  // "Resume draft…"

    // Opened again: the draft is back, private note included; Save makes it a session.
    whenShown<ui::SessionEditor>([](ui::SessionEditor *editor) {
        CHECK(editor->restoredDraft());
        CHECK(editor->field(u"presenting"_s)->toPlainText() == u"最近总是失眠"_s);
        CHECK(editor->field(u"privateNote"_s)->toPlainText() == u"ask about home"_s);
        CHECK(child<QSpinBox>(editor, u"sessionMinutes"_s)->value() == 25);
        CHECK_FALSE(child<QLabel>(editor, u"draftStatus"_s)->text().isEmpty());
        editor->field(u"plan"_s)->insertPlainText(u"再约一次"_s);
        editor->accept();
    });
    panel.newSession();
    REQUIRE(panel.sessionCount() == 1);
    CHECK(newButton->text() == newLabel);
    CHECK(vault->database().scalar(u"SELECT count(*) FROM session_drafts"_s)->toInt() == 0);

    // Editing a saved session: the draft holds the edits, Discard throws them away.
    child<QTableWidget>(&panel, u"sessionTable"_s)->selectRow(0);
    whenShown<ui::SessionEditor>([](ui::SessionEditor *editor) {
        editor->field(u"observations"_s)->insertPlainText(u"an unfinished thought"_s);
        editor->reject();
    });
    panel.editSession();
    CHECK(vault->database().scalar(u"SELECT count(*) FROM session_drafts WHERE session_id <> 0"_s)->toInt() == 1);
    whenShown<ui::SessionEditor>([](ui::SessionEditor *editor) {
        CHECK(editor->restoredDraft());
        CHECK(editor->field(u"observations"_s)->toPlainText() == u"an unfinished thought"_s);
        ui::MessageBoxes::setNextAnswer(true);
        child<QPushButton>(editor, u"discardDraftButton"_s)->click();
    });
    panel.editSession();
    CHECK(vault->database().scalar(u"SELECT count(*) FROM session_drafts"_s)->toInt() == 0);
    cases::CaseRepository repo(*vault);
    CHECK(repo.sessionsOf(caseId)->first().observations.isEmpty());
    CHECK(repo.sessionsOf(caseId)->first().plan == u"再约一次"_s);
}

TEST_CASE("ui: a draft is written by itself a moment after typing stops", "[ui][cases][drafts]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 studentId = addTestStudent(*vault, u"K4"_s, u"冯同学"_s, QDate::currentDate().addYears(-15));
    cases::Session s;
    s.caseId = addTestCase(*vault, studentId);
    ui::SessionEditor editor(*vault, s);
    editor.show();
    editor.field(u"presenting"_s)->insertPlainText(u"typed and left"_s);
    const auto drafts = [&]() { return vault->database().scalar(u"SELECT count(*) FROM session_drafts"_s)->toInt(); };
    CHECK(drafts() == 0);
    REQUIRE(waitUntil([&]() { return drafts() == 1; }, 5000));
    CHECK(child<QLabel>(&editor, u"draftStatus"_s)->text().contains(u':'));
}

TEST_CASE("ui: the lead's own category is offered when a case opens, hidden ones are not", "[ui][cases][categories]")
{
    TempVault tv;
    auto vault = tv.open();
    {
        ui::CategoriesDialog dialog(*vault);
        dialog.show();
        typeInto(child<QLineEdit>(&dialog, u"categoryName"_s), u"Internet use"_s);
        child<QPushButton>(&dialog, u"addCategoryButton"_s)->click();
        REQUIRE(dialog.categories().size() == 9);
        CHECK(dialog.categories().last().name == u"Internet use"_s);
        child<QPushButton>(&dialog, u"moveCategoryUp"_s)->click();
        CHECK(dialog.categories().at(7).name == u"Internet use"_s);
        dialog.select(u"bullying"_s);
        child<QPushButton>(&dialog, u"hideCategoryButton"_s)->click();
        CHECK_FALSE(dialog.categories().at(5).active);
        // A duplicate name is refused with a message, nothing changes.
        dialog.select(u"family"_s);
        child<QLineEdit>(&dialog, u"categoryName"_s)->setText(u"internet USE"_s);
        ui::MessageBoxes::setNextAnswer(true);
        child<QPushButton>(&dialog, u"renameCategoryButton"_s)->click();
        CHECK(ui::MessageBoxes::lastText().contains(u"Internet use"_s));
        CHECK(dialog.categories().at(2).name == u"Family"_s);
    }
    const qint64 studentId = addTestStudent(*vault, u"K5"_s, u"陈同学"_s, QDate::currentDate().addYears(-15));
    ui::CasesPanel panel(*vault, studentId, QDate::currentDate().addYears(-15));
    QStringList offered;
    whenShown<ui::OpenCaseDialog>([&offered](ui::OpenCaseDialog *dialog) {
        auto *category = child<QComboBox>(dialog, u"caseCategory"_s);
        for (int i = 0; i < category->count(); ++i) offered << category->itemText(i);
        category->setCurrentIndex(category->findText(u"Internet use"_s));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    panel.openCase();
    CHECK(offered.size() == 8);
    CHECK(offered.indexOf(u"Internet use"_s) == 6);
    CHECK_FALSE(offered.contains(u"Bullying"_s));
    REQUIRE(panel.caseCount() == 1);
    CHECK(child<QListWidget>(&panel, u"caseList"_s)->item(0)->text().startsWith(u"Internet use"_s));
}

TEST_CASE("ui: the next appointment is offered a week ahead with a time, and saved with it", "[ui][cases]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 studentId = addTestStudent(*vault, u"K5"_s, u"预约同学"_s, QDate::currentDate().addYears(-15));
    cases::Session s;
    s.caseId = addTestCase(*vault, studentId);
    s.presenting = u"睡眠不好"_s;
    ui::SessionEditor editor(*vault, s);
    auto *tick = child<QCheckBox>(&editor, u"hasNextAppointment"_s);
    auto *next = child<QDateTimeEdit>(&editor, u"nextAppointment"_s);
    CHECK_FALSE(tick->isChecked());
    CHECK_FALSE(next->isEnabled());
    CHECK(next->date() == QDate::currentDate().addDays(7));  // not January 2000
    tick->setChecked(true);
    next->setTime(QTime(15, 30));
    REQUIRE(editor.save());
    auto upcoming = cases::CaseRepository(*vault).upcomingAppointments(QDateTime::currentDateTime(), QDateTime::currentDateTime().addDays(30));
    REQUIRE(upcoming.ok());
    REQUIRE(upcoming->size() == 1);
    CHECK(upcoming->first().at.toLocalTime().time() == QTime(15, 30));
}

#include "ui/UiTestSupport.h"

#include "cases/CasesPanel.h"
#include "cases/NoteSearchDialog.h"
#include "cases/OpenCaseDialog.h"
#include "cases/SessionEditor.h"
#include "students/StudentRepository.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QComboBox>
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
    students::StudentRepository students(vault->database());
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
        editor->accept();
    });
    panel.newSession();
    REQUIRE(panel.sessionCount() == 1);

    cases::CaseRepository repo(vault->database());
    auto hits = repo.searchNotes(u"同桌"_s);
    REQUIRE(hits.ok());
    REQUIRE(hits->size() == 1);
    auto note = repo.privateNote(hits->at(0).sessionId, vault->currentUser().id, vault->userKey());
    REQUIRE(note.ok());
    REQUIRE(note->has_value());
    CHECK(**note == u"my own hunch: family conflict"_s);

    // Editing shows the private note back to its author.
    whenShown<ui::SessionEditor>([](ui::SessionEditor *editor) {
        CHECK(editor->field(u"privateNote"_s)->toPlainText() == u"my own hunch: family conflict"_s);
        editor->reject();
    });
    child<QTableWidget>(&panel, u"sessionTable"_s)->selectRow(0);
    panel.editSession();

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
    cases::CaseRepository repo(vault->database());
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
    dialog.search(u"nothing like this"_s);
    CHECK(dialog.hitCount() == 0);
}

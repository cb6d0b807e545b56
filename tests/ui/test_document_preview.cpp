// The document preview (ui/crisis/DocumentPreviewDialog): the counselor edits the letter, saves
// it as a PDF after the passphrase, and the vault keeps exactly the edited text with an audit row.
// The language switch asks before it throws edits away. Synthetic data only.

#include "ui/UiTestSupport.h"

#include "audit/AuditTarget.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "crisis/CrisisAudit.h"
#include "crisis/DocumentData.h"
#include "crisis/DocumentPreviewDialog.h"
#include "crisis/Documents.h"
#include "crisis/PrintedDocuments.h"
#include "crisis/Referrals.h"
#include "support/TempVault.h"
#include "support/TestDocuments.h"
#include "support/TestStudents.h"
#include "unlock/ReauthDialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextEdit>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

struct Preview {
    TempVault tv;
    std::unique_ptr<vault::Vault> vault = tv.open();
    qint64 student = addTestStudent(*vault, u"V1"_s, u"唐小僧"_s, QDate(2011, 4, 1), 8);
    qint64 referral = addTestReferral(*vault, student, crisis::defaultDisclosures());

    std::unique_ptr<ui::DocumentPreviewDialog> open()
    {
        crisis::PrintedDocument base;
        base.studentId = student;
        base.referralId = referral;
        base.kind = crisis::DocumentKind::HospitalLetter;
        base.language = u"zh_CN"_s;
        auto data = crisis::referralDocumentData(*vault, referral, QDate(2026, 3, 5));
        REQUIRE(data.ok());
        crisis::ReferralDocumentData composed = *data;
        auto dialog = std::make_unique<ui::DocumentPreviewDialog>(
            *vault, base, [composed](const QString &language) { return crisis::composeHospitalLetter(composed, language); },
            testLogoPng());
        dialog->show();
        return dialog;
    }
};

void answerReauth()
{
    whenShown<ui::ReauthDialog>([](ui::ReauthDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"reauthPassphrase"_s), kLeadPassphrase);
        dialog->accept();
    });
}

void typeAtEnd(QTextEdit *editor, const QString &text)
{
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, text);
}

}  // namespace

TEST_CASE("document preview: the edited letter is saved as a PDF, kept exactly and audited", "[ui][documents]")
{
    Preview p;
    auto dialog = p.open();
    auto *editor = child<QTextEdit>(dialog.get(), u"documentEditor"_s);
    CHECK(editor->toPlainText().contains(u"唐小僧"_s));
    CHECK(editor->toPlainText().contains(u"转介函"_s));
    CHECK_FALSE(child<QLabel>(dialog.get(), u"documentNotice"_s)->isVisible());
    if (const QString dir = qEnvironmentVariable("CD_DOCUMENT_PNG_DIR"); !dir.isEmpty())  // to look at it
        dialog->grab().save(QDir(dir).filePath(u"preview-dialog.png"_s));
    typeAtEnd(editor, u"EDITED BY THE COUNSELOR"_s);
    const QString edited = dialog->currentHtml();
    REQUIRE(edited.contains(u"EDITED BY THE COUNSELOR"_s));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"letter"_s);  // the dialog adds .pdf
    ui::FileDialogs::setNextSaveFileName(path);
    answerReauth();
    child<QPushButton>(dialog.get(), u"documentSavePdf"_s)->click();
    REQUIRE(waitUntil([&] { return QFile::exists(path + u".pdf"_s); }));
    CHECK_FALSE(QFile::exists(path + u".pdf.part"_s));
    QFile pdf(path + u".pdf"_s);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");

    auto kept = crisis::PrintedDocuments(*p.vault).latestForReferral(p.referral, crisis::DocumentKind::HospitalLetter);
    REQUIRE(kept.ok());
    REQUIRE(kept->has_value());
    CHECK((*kept)->body == edited);
    CHECK((*kept)->language == u"zh_CN"_s);
    CHECK((*kept)->studentId == p.student);
    auto row = p.vault->audit().latest(audit::action::DocumentPrinted);
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    CHECK((*row)->target == audit::studentTarget(p.student));
    CHECK((*row)->detail.endsWith(u" hospital_letter zh_CN"_s));
}

TEST_CASE("document preview: no passphrase, nothing leaves, a path that cannot be written records nothing",
          "[ui][documents]")
{
    Preview p;
    auto dialog = p.open();
    QTemporaryDir dir;
    // The passphrase is asked first: cancelled, there is no file and no record.
    whenShown<ui::ReauthDialog>([](ui::ReauthDialog *reauth) { reauth->reject(); });
    dialog->savePdf();
    CHECK(QDir(dir.path()).isEmpty());
    CHECK(crisis::PrintedDocuments(*p.vault).forStudent(p.student)->isEmpty());

    answerReauth();
    ui::FileDialogs::setNextSaveFileName(dir.filePath(u"no such folder/letter.pdf"_s));
    ui::MessageBoxes::setNextAnswer(true);
    dialog->savePdf();
    CHECK(ui::MessageBoxes::lastText().contains(u"could not be written"_s));
    CHECK(crisis::PrintedDocuments(*p.vault).forStudent(p.student)->isEmpty());
}

TEST_CASE("document preview: a document that cannot be recorded does not leave, and its part file goes",
          "[ui][documents]")
{
    Preview p;
    crisis::PrintedDocument base;
    base.studentId = p.student + 1000;  // no such student: the record is refused
    base.referralId = p.referral;
    base.kind = crisis::DocumentKind::ReturnSlip;
    ui::DocumentPreviewDialog dialog(*p.vault, base, [](const QString &) { return u"<p>回执</p>"_s; }, {});
    dialog.show();
    QTemporaryDir dir;
    answerReauth();
    ui::FileDialogs::setNextSaveFileName(dir.filePath(u"slip.pdf"_s));
    ui::MessageBoxes::setNextAnswer(true);
    dialog.savePdf();
    CHECK(ui::MessageBoxes::lastText().contains(u"could not be recorded"_s));
    CHECK(QDir(dir.path()).isEmpty());
    CHECK(crisis::PrintedDocuments(*p.vault).forStudent(p.student)->isEmpty());
}

TEST_CASE("document preview: another language recomposes, after asking when the text was edited", "[ui][documents]")
{
    Preview p;
    auto dialog = p.open();
    auto *editor = child<QTextEdit>(dialog.get(), u"documentEditor"_s);
    auto *language = child<QComboBox>(dialog.get(), u"documentLanguage"_s);
    language->setCurrentIndex(language->findData(u"en"_s));  // no edits: no question
    CHECK(dialog->language() == u"en"_s);
    CHECK(editor->toPlainText().contains(u"Referral letter"_s));

    typeAtEnd(editor, u"KEEP ME"_s);
    ui::MessageBoxes::setNextAnswer(false);  // keep the edits
    language->setCurrentIndex(language->findData(u"zh_CN"_s));
    CHECK(dialog->language() == u"en"_s);
    CHECK(editor->toPlainText().contains(u"KEEP ME"_s));

    ui::MessageBoxes::setNextAnswer(true);  // lose them
    language->setCurrentIndex(language->findData(u"zh_CN"_s));
    CHECK(dialog->language() == u"zh_CN"_s);
    CHECK_FALSE(editor->toPlainText().contains(u"KEEP ME"_s));
    CHECK(editor->toPlainText().contains(u"转介函"_s));
}

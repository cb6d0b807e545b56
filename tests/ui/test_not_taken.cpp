// The screening page's "Not taken yet" list leaves the app for the class teachers: printed (with a
// preview), saved as PDF (read back with pdftotext) or exported as CSV; after the passphrase,
// audited, under the CONFIDENTIAL banner.

#include "ui/UiTestSupport.h"
#include "audit/AuditTarget.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "screening/NotTakenPane.h"
#include "screening/ScreeningAudit.h"
#include "screening/ScreeningPage.h"
#include "support/TempVault.h"
#include "support/TestDocuments.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"
#include "unlock/ReauthDialog.h"

#include <catch2/catch.hpp>

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUrl>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

/// Stands in for the file manager: the folders Open folder asked to show.
class FolderOpener : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

void answerReauth()
{
    whenShown<ui::ReauthDialog>([](ui::ReauthDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"reauthPassphrase"_s), kLeadPassphrase);
        dialog->accept();
    });
}

struct School {
    TempVault tv;
    std::unique_ptr<vault::Vault> vault = tv.open();
    qint64 run = 0;
    qint64 took = 0;
    School()
    {
        took = addTestStudent(*vault, u"2026001"_s, u"王一"_s, {}, 7, u"1"_s);
        addTestStudent(*vault, u"2026002"_s, u"李二"_s, {}, 7, u"1"_s);
        addTestStudent(*vault, u"2026003"_s, u"=HYPERLINK(\"x\")"_s, {}, 7, u"2"_s);
        run = createTestRun(*vault, u"秋季筛查"_s, {7}, {u"PHQ-9"_s});
        enterTestSheet(*vault, run, u"PHQ-9"_s, took, screening::AnswerRow(9, 0));
    }
};

}  // namespace

TEST_CASE("ui: the not-taken list is exported as CSV, names neutralised, after the passphrase", "[ui][not-taken]")
{
    School s;
    ui::ScreeningPage page(*s.vault);
    page.show();
    auto *pane = child<ui::NotTakenPane>(&page, u"notTakenPane"_s);
    REQUIRE(pane->count() == 2);
    CHECK(child<QListWidget>(&page, u"notTakenList"_s)->count() == 2);
    auto *tabs = child<QTabWidget>(&page, u"runTabs"_s);
    CHECK(tabs->tabText(tabs->indexOf(pane)).contains(u"(2)"_s));
    CHECK(child<QPushButton>(pane, u"notTakenExport"_s)->isEnabled());
    CHECK(child<QPushButton>(pane, u"notTakenPrint"_s)->isEnabled());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"not taken"_s);  // the suffix is added
    ui::FileDialogs::setNextSaveFileName(path);
    answerReauth();
    ui::MessageBoxes::setNextChoice(1);  // "Saved to …": OK
    pane->exportCsv();
    CHECK(ui::MessageBoxes::lastText() == u"Saved to %1."_s.arg(QDir::toNativeSeparators(path + u".csv"_s)));
    QFile csv(path + u".csv"_s);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));  // Excel and WPS read the names as UTF-8
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == u"Class,Student number,Name"_s);
    CHECK(lines[1].endsWith(u",2026002,李二"_s));
    CHECK(lines[2].endsWith(u",2026003,\"'=HYPERLINK(\"\"x\"\")\""_s));  // a formula, written as text
    CHECK_FALSE(bytes.contains("王一"));  // took it

    auto row = s.vault->audit().latest(audit::action::ScreeningReportPrinted);
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    CHECK((*row)->target == audit::runTarget(s.run));
    CHECK((*row)->detail == u"not_taken PHQ-9 csv"_s);
    CHECK_FALSE((*row)->detail.contains(u"李二"_s));
}

TEST_CASE("ui: the not-taken list prints through a preview and saves as a confidential PDF", "[ui][not-taken]")
{
    School s;
    ui::NotTakenPane pane(*s.vault);
    pane.setRun(s.run);
    pane.show();
    REQUIRE(pane.count() == 2);

    // Print: the preview shows the pages first; closed without printing, nothing is recorded.
    answerReauth();
    bool previewed = false;
    whenShown<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
        previewed = true;
        CHECK(preview->windowTitle() == u"Print preview: Not taken yet"_s);
        auto *pages = preview->findChild<QPrintPreviewWidget *>();
        REQUIRE(pages);
        CHECK(pages->pageCount() == 1);
        if (const QString shots = qEnvironmentVariable("CD_SCREENSHOTS"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            preview->resize(900, 700);
            QApplication::processEvents();
            preview->grab().save(QDir(shots).filePath(u"notTakenPreview.png"_s));
        }
        preview->reject();
    });
    pane.print();
    CHECK(previewed);
    auto none = s.vault->audit().latest(audit::action::ScreeningReportPrinted);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"list.pdf"_s);
    ui::FileDialogs::setNextSaveFileName(pdf);  // the passphrase is still remembered
    FolderOpener files;
    QDesktopServices::setUrlHandler(u"file"_s, &files, "open");
    ui::MessageBoxes::setNextChoice(0);  // "Saved to …": Open folder
    pane.savePdf();
    QDesktopServices::unsetUrlHandler(u"file"_s);
    CHECK(ui::MessageBoxes::lastText() == u"Saved to %1."_s.arg(QDir::toNativeSeparators(pdf)));
    CHECK(files.opened == QList<QUrl>{QUrl::fromLocalFile(dir.path())});
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(u"CONFIDENTIAL"_s));
    CHECK(text.contains(u"Not taken yet: Patient Health Questionnaire (PHQ-9)"_s));
    CHECK(text.contains(u"秋季筛查"_s));
    CHECK(text.contains(u"2026002"_s));
    CHECK(text.contains(u"李二"_s));
    CHECK(text.contains(u"2026003"_s));
    CHECK_FALSE(text.contains(u"王一"_s));
    auto row = s.vault->audit().latest(audit::action::ScreeningReportPrinted);
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    CHECK((*row)->detail == u"not_taken PHQ-9 pdf"_s);
}

#include "test_not_taken.moc"

// The district summary window offscreen: Vault ▸ District summary… is the lead's; the window
// previews the current semester's tables (recomputed when k or the language changes), and Export…
// goes through the folder chooser, the passphrase again and the progress dialog (all through
// their seams) to a package that PackageReader verifies and one audit row with its checksum.
// Without a school code the window says where to fill it in and offers no export. The export
// itself reports each step, leaves nothing when cancelled while writing, and refuses a counselor.

#include "ui/UiTestSupport.h"

#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "core/common/Clock.h"
#include "core/demo/DemoSchool.h"
#include "core/district/PackageReader.h"
#include "core/district/SchoolProfiles.h"
#include "core/lessons/Semesters.h"
#include "core/settings/Translations.h"
#include "core/storage/Database.h"
#include "district/DistrictExport.h"
#include "district/DistrictExportDialog.h"
#include "district/SummaryPreview.h"
#include "shell/MainWindow.h"
#include "support/TempVault.h"
#include "unlock/ReauthDialog.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

void saveCode(vault::Vault &v, const QString &code)
{
    auto p = district::SchoolProfiles(v).load();
    REQUIRE(p.ok());
    p->districtCode = code;
    REQUIRE(district::SchoolProfiles(v).save(*p).ok());
}

qint64 exportRows(vault::Vault &v)
{
    auto n = v.database().scalar(u"SELECT count(*) FROM audit_log WHERE action = 'district.export'"_s);
    REQUIRE(n.ok());
    return n->toLongLong();
}

}  // namespace

TEST_CASE("ui: district summary previewed and exported through the seams, verified and audited", "[ui][district]")
{
    TempVault tv;
    auto vault = tv.open();
    REQUIRE(demo::populateDemo(*vault, 7, kLeadPassphrase, 300).ok());
    saveCode(*vault, u"4401068801"_s);
    {
        ui::MainWindow main(*vault);
        main.show();
        QAction *action = main.findChild<QAction *>(u"actionDistrictSummary"_s);
        REQUIRE(action != nullptr);
        CHECK(action->text().remove(u'&') == u"District summary…"_s);
        CHECK(action->isVisible());
    }

    ui::DistrictExportDialog dialog(*vault);
    dialog.show();
    auto current = lessons::Semesters(*vault).current(clock::today());
    REQUIRE(current.ok());
    REQUIRE(current->has_value());
    CHECK(child<QComboBox>(&dialog, u"districtSemester"_s)->currentText() == (*current)->name);
    auto *preview = child<ui::SummaryPreview>(&dialog, u"districtPreview"_s);
    CHECK(preview->summary().header.semester == (*current)->name);
    CHECK(preview->summary().header.k == 5);
    CHECK(preview->summary().header.schoolCode == u"4401068801"_s);
    CHECK(child<QTabWidget>(preview, u"summaryParts"_s)->count() >= 4);
    CHECK_FALSE(child<QLabel>(&dialog, u"districtProblem"_s)->isVisible());

    // A choice changed: the preview is what will now be written.
    auto *k = child<QComboBox>(&dialog, u"districtK"_s);
    k->setCurrentIndex(k->findData(10));
    CHECK(preview->summary().header.k == 10);
    auto *language = child<QComboBox>(&dialog, u"districtLanguage"_s);
    language->setCurrentIndex(language->findData(u"en"_s));
    CHECK(preview->summary().header.language == u"en"_s);

    // The preview's figures, in the words the done message uses too.
    const QString line = child<QLabel>(preview, u"summaryWithheld"_s)->text();
    const QRegularExpressionMatch figures =
        QRegularExpression(u"^Counts withheld: (\\d+) .*\\. Values shown as \\* .*: (\\d+)\\. k = 10\\.$"_s).match(line);
    INFO(line.toStdString());
    REQUIRE(figures.hasMatch());
    CHECK(figures.captured(1).toInt() < figures.captured(2).toInt());

    QTemporaryDir drive;
    ui::FileDialogs::setNextDirectory(drive.path());
    whenShown<ui::ReauthDialog>([](ui::ReauthDialog *reauth) {
        typeInto(child<QLineEdit>(reauth, u"reauthPassphrase"_s), kLeadPassphrase);
        reauth->accept();
    });
    ui::MessageBoxes::setNextAnswer(true);  // the message saying where the package is
    const QString path = dialog.exportPackage();
    INFO(ui::MessageBoxes::lastText().toStdString());
    REQUIRE_FALSE(path.isEmpty());
    CHECK(ui::MessageBoxes::lastText().contains(QDir::toNativeSeparators(path)));
    CHECK(ui::MessageBoxes::lastText().contains(u"can now be removed"_s));
    CHECK(ui::MessageBoxes::lastText().contains(u"Counts withheld: %1. Values shown as * (these counts and the percents "
                                                "that depend on them): %2."_s.arg(figures.captured(1), figures.captured(2))));

    auto back = district::readPackage(path);
    REQUIRE(back.ok());
    CHECK(back->manifest.k == 10);
    CHECK(back->summary.header.language == u"en"_s);
    CHECK(ui::MessageBoxes::lastText().contains(QString::fromLatin1(back->manifestSha256.left(12))));
    REQUIRE(exportRows(*vault) == 1);
    auto detail = vault->database().scalar(u"SELECT detail FROM audit_log WHERE action = 'district.export'"_s);
    REQUIRE(detail.ok());
    CHECK(detail->toString().contains(u"sha256="_s + QString::fromLatin1(back->manifestSha256)));

    // The passphrase not given again: nothing written.
    QTemporaryDir other;
    ui::FileDialogs::setNextDirectory(other.path());
    whenShown<ui::ReauthDialog>([](ui::ReauthDialog *reauth) { reauth->reject(); });
    CHECK(dialog.exportPackage().isEmpty());
    CHECK(QDir(other.path()).isEmpty());
    CHECK(exportRows(*vault) == 1);
}

TEST_CASE("ui: district summary without a school code says where to fill it in", "[ui][district]")
{
    TempVault tv;
    auto vault = tv.open();
    ui::DistrictExportDialog dialog(*vault);
    dialog.show();
    auto *problem = child<QLabel>(&dialog, u"districtProblem"_s);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(u"School profile"_s));
    CHECK_FALSE(child<QPushButton>(&dialog, u"districtExport"_s)->isEnabled());
}

TEST_CASE("export: cancelled while writing leaves nothing and no audit row, a counselor is refused", "[ui][district]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        REQUIRE(demo::populateDemo(*vault, 7, kLeadPassphrase, 120).ok());
        saveCode(*vault, u"4401068802"_s);
        REQUIRE(vault->addUser(u"li"_s, {}, vault::Role::Counselor, u"li passphrase 22"_s).ok());
    }
    QTemporaryDir drive;
    ui::ExportOptions options;
    options.parentDir = drive.path();
    {
        auto vault = tv.open();
        QStringList steps;
        auto cancelled = ui::exportDistrict(*vault, options, [&](int percent, const QString &step) {
            if (steps.isEmpty() || steps.last() != step) steps << step;
            return percent < 70;  // once the package is being written
        });
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().code == ErrorCode::Cancelled);
        CHECK(steps.size() >= 5);  // profile, counting, PDF, guard, writing: each reported
        CHECK(QDir(drive.path()).isEmpty());
        CHECK(exportRows(*vault) == 0);
    }
    auto counselor = tv.open(u"li"_s, u"li passphrase 22"_s);
    auto refused = ui::exportDistrict(*counselor, options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(QDir(drive.path()).isEmpty());
    {
        ui::MainWindow main(*counselor);
        QAction *action = main.findChild<QAction *>(u"actionDistrictSummary"_s);
        CHECK((action == nullptr || !action->isVisible()));
    }
}

TEST_CASE("ui: the district summary's language starts at the interface's", "[ui][district]")
{
    TempVault tv;
    auto vault = tv.open();
    const QLocale before;
    for (const QString &language : {u"en"_s, u"zh_CN"_s}) {
        INFO(language.toStdString());
        REQUIRE(settings::installTranslations(*QCoreApplication::instance(), language) == language);
        ui::DistrictExportDialog dialog(*vault);
        CHECK(child<QComboBox>(&dialog, u"districtLanguage"_s)->currentData().toString() == language);
    }
    settings::installTranslations(*QCoreApplication::instance(), u"en"_s);
    QLocale::setDefault(before);
}

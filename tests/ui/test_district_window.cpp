// The District window offscreen, with no vault anywhere: opened from the sign-in window and the
// setup wizard (which step aside and come back when it closes); packages added from a folder
// holding several (through the folder chooser's seam) or dropped, each verified, a tampered one
// rejected naming its file, a duplicate school shown on both rows, another semester on its row,
// removed with Del; Merge shows the merged tables; Export… writes a package that PackageReader
// verifies, replaced only when the user says so; opened with folders as `counseldesk --district`
// does; Cancel during a merge. The packages are random small synthetic schools (TestDistrictSchools).

#include "ui/UiTestSupport.h"

#include "common/FileDialogs.h"
#include "common/StartFolder.h"
#include "common/MessageBoxes.h"
#include "core/district/PackageReader.h"
#include "core/district/SchoolProfiles.h"
#include "district/DistrictPackageModel.h"
#include "district/DistrictWindow.h"
#include "district/SummaryPreview.h"
#include "shell/AppController.h"
#include "support/TempVault.h"
#include "support/TestDistrictSchools.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QWizard>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

/// `count` random small schools' packages (codes G0001…, or from G`first`) written into `parent`;
/// their folders.
QStringList writeSchools(const QString &parent, int count, quint32 seed, int first = 1)
{
    QRandomGenerator rng(seed);
    QStringList dirs;
    for (int i = first; i < first + count; ++i)
        dirs << writeSchoolPackage(schoolSummary(randomSchoolFacts(rng), u"G%1"_s.arg(i, 4, 10, QChar(u'0'))), parent);
    return dirs;
}

int rowOf(const ui::DistrictPackageModel *model, const QString &dir)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (QDir(model->entries().at(r).dir).canonicalPath() == QDir(dir).canonicalPath()) return r;
    FAIL("no row for " << dir.toStdString());
    return -1;
}

QString statusOf(const ui::DistrictPackageModel *model, const QString &dir)
{
    return model->index(rowOf(model, dir), ui::DistrictPackageModel::Status).data().toString();
}

QAction *action(QWidget *window, const QString &name)
{
    auto *a = window->findChild<QAction *>(name);
    REQUIRE(a != nullptr);
    return a;
}

void keepShot(QWidget *window, const QString &name)
{
    const QString shots = qEnvironmentVariable("CD_SCREENSHOTS");
    if (shots.isEmpty()) return;
    QDir().mkpath(shots);
    QApplication::processEvents();
    window->grab().save(QDir(shots).filePath(name + u".png"_s));
}

}  // namespace

TEST_CASE("district window: a stick of packages read and verified, a tampered one, a duplicate school and another "
          "semester shown on their rows",
          "[ui][district]")
{
    QTemporaryDir stick;
    const QStringList dirs = writeSchools(stick.path(), 4, 11);
    // One package changed on the stick: a CSV of it grew.
    const QStringList csvs = QDir(dirs.at(3)).entryList({u"*.csv"_s}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(csvs.isEmpty());
    {
        QFile csv(QDir(dirs.at(3)).filePath(csvs.first()));
        REQUIRE(csv.open(QIODevice::Append));
        csv.write("1,2,3\r\n");
    }

    ui::DistrictWindow window;
    window.show();
    auto *model = window.packages();
    ui::FileDialogs::setNextDirectory(stick.path());
    action(&window, u"districtAdd"_s)->trigger();
    REQUIRE(model->rowCount() == 4);
    for (int i = 0; i < 3; ++i) CHECK(statusOf(model, dirs.at(i)) == u"✓ Verified"_s);
    const QString rejected = statusOf(model, dirs.at(3));
    CHECK(rejected.contains(csvs.first()));
    const QModelIndex rejectedIndex = model->index(rowOf(model, dirs.at(3)), ui::DistrictPackageModel::Status);
    CHECK(rejectedIndex.data(Qt::ToolTipRole).toString() == model->problem(rejectedIndex.row()));
    CHECK(model->problem(rejectedIndex.row()).contains(QDir::toNativeSeparators(dirs.at(3))));
    CHECK(model->index(rejectedIndex.row(), ui::DistrictPackageModel::Folder).data().toString() ==
          QDir(dirs.at(3)).dirName());
    CHECK(rejectedIndex.data(Qt::ForegroundRole).value<QBrush>().color().red() > 150);
    CHECK(model->index(0, ui::DistrictPackageModel::SchoolType).data().toString() == u"Junior high school"_s);
    CHECK_FALSE(action(&window, u"districtMerge"_s)->isEnabled());
    CHECK(child<QLabel>(&window, u"districtListLine"_s)->text().contains(u"of which 1 cannot be merged"_s));
    keepShot(&window, u"district-window-rejected-%1"_s.arg(QLocale().name()));

    // Del removes the selected row.
    auto *list = child<QTableView>(&window, u"districtPackages"_s);
    list->setFocus();
    for (int r = 0; r < list->model()->rowCount(); ++r)
        if (list->model()->index(r, ui::DistrictPackageModel::Status).data().toString() == rejected) list->selectRow(r);
    QTest::keyClick(list, Qt::Key_Delete);
    REQUIRE(model->rowCount() == 3);
    CHECK(model->problemCount() == 0);
    CHECK(action(&window, u"districtMerge"_s)->isEnabled());

    // The same school and semester again, from another drive: both rows say so, naming the other.
    QTemporaryDir other;
    QRandomGenerator rng(11);
    const QString again = writeSchoolPackage(schoolSummary(randomSchoolFacts(rng), u"G0001"_s), other.path());
    CHECK(window.addFolders({again}) == 1);
    REQUIRE(model->rowCount() == 4);
    CHECK(statusOf(model, dirs.at(0)).contains(QDir::toNativeSeparators(again)));
    CHECK(statusOf(model, again).contains(QDir::toNativeSeparators(dirs.at(0))));
    CHECK(statusOf(model, dirs.at(1)) == u"✓ Verified"_s);
    CHECK_FALSE(action(&window, u"districtMerge"_s)->isEnabled());

    // Another semester's package: its row says so; the others keep theirs.
    district::Summary spring = schoolSummary(randomSchoolFacts(rng), u"G0009"_s);
    spring.header.semester = u"2027 spring"_s;
    const QString springDir = writeSchoolPackage(spring, other.path());
    CHECK(window.addFolders({springDir}) == 1);
    CHECK(statusOf(model, springDir).toStdString() ==
          "Semester “2027 spring”, the other packages “2026 autumn”: a merge adds up one semester.");
    CHECK(statusOf(model, dirs.at(1)) == u"✓ Verified"_s);
    list->selectRow(rowOf(model, springDir));  // no sorting yet: the view's rows are the model's
    action(&window, u"districtRemove"_s)->trigger();
    REQUIRE(model->rowCount() == 4);

    // The same folder added again is read again, not listed twice.
    CHECK(window.addFolders({again}) == 0);
    CHECK(model->rowCount() == 4);

    // Sorted by school code when its heading is clicked.
    list->horizontalHeader()->setSortIndicator(ui::DistrictPackageModel::SchoolCode, Qt::DescendingOrder);
    CHECK(list->model()->index(0, ui::DistrictPackageModel::SchoolCode).data().toString() == u"G0003"_s);

    action(&window, u"districtClear"_s)->trigger();
    CHECK(model->rowCount() == 0);
    CHECK_FALSE(action(&window, u"districtClear"_s)->isEnabled());
}

TEST_CASE("district window: k chosen on the toolbar, 5 unless chosen, a package's smaller k offered as below the "
          "usual, the k used stated above the tables",
          "[ui][district]")
{
    QTemporaryDir stick;
    writeSchools(stick.path(), 2, 7);
    QRandomGenerator rng(11);
    const QString weak = writeSchoolPackage(schoolSummary(randomSchoolFacts(rng), u"G0009"_s, 3), stick.path());
    ui::DistrictWindow window;
    window.setLanguage(u"en"_s);
    window.show();
    auto *chooser = child<QComboBox>(&window, u"districtMergeK"_s);
    const auto offered = [chooser]() {
        QStringList items;
        for (int i = 0; i < chooser->count(); ++i) items << chooser->itemText(i);
        return items;
    };
    CHECK(offered() == QStringList{u"5 (usual)"_s, u"10"_s});
    REQUIRE(window.addFolders({stick.path()}) == 3);
    CHECK(offered() == QStringList{u"3 (below the usual 5)"_s, u"5 (usual)"_s, u"10"_s});
    CHECK(window.k() == 5);

    // Asked for 5, the merge refuses the package made with 3, naming it.
    ui::MessageBoxes::setNextAnswer(true);  // the error box, skipped
    CHECK_FALSE(window.merge());
    CHECK(ui::MessageBoxes::lastText().contains(QDir::toNativeSeparators(weak)));
    CHECK_FALSE(window.merged().has_value());

    window.setK(3);
    REQUIRE(window.merge());
    CHECK(window.merged()->summary.header.k == 3);
    CHECK(child<QLabel>(&window, u"summaryWithheld"_s)->text().endsWith(u" k = 3."_s));

    // Without the weak package, 3 is no longer offered and the choice falls back to 5.
    QList<int> rows;
    for (int r = 0; r < window.packages()->rowCount(); ++r)
        if (window.packages()->entries().at(r).package->summary.header.k == 3) rows << r;
    REQUIRE(rows.size() == 1);
    QTableView *list = child<QTableView>(&window, u"districtPackages"_s);
    list->selectRow(rows.first());  // not sorted: the view's rows are the model's
    action(&window, u"districtRemove"_s)->trigger();
    CHECK(offered() == QStringList{u"5 (usual)"_s, u"10"_s});
    CHECK(window.k() == 5);
    REQUIRE(window.merge());
    CHECK(child<QLabel>(&window, u"summaryWithheld"_s)->text().endsWith(u" k = 5."_s));
}

TEST_CASE("district window: long school types and folders leave the Status column in sight, its whole text in the "
          "tooltip",
          "[ui][district]")
{
    // One school's package twice (each row says so at length), of the longest school type.
    QTemporaryDir stick;
    QTemporaryDir other;
    QRandomGenerator rng(5);
    district::Summary s = schoolSummary(randomSchoolFacts(rng), u"G0001"_s);
    s.header.schoolType = district::schoolTypeKey(district::SchoolType::Complete);
    writeSchoolPackage(s, stick.path());
    writeSchoolPackage(s, other.path());
    ui::DistrictWindow window;
    window.setLanguage(u"en"_s);
    window.resize(720, 480);  // about 1366×768 at 150 %, less the window's frame
    window.show();
    REQUIRE(window.addFolders({stick.path(), other.path()}) == 2);
    auto *list = child<QTableView>(&window, u"districtPackages"_s);
    const int status = ui::DistrictPackageModel::Status;
    const int room = list->viewport()->width();
    INFO("room " << room << ", status at " << list->columnViewportPosition(status));
    CHECK(list->columnViewportPosition(status) <= room * 2 / 3 + 1);
    CHECK(list->columnViewportPosition(status) + list->columnWidth(status) >= room);
    const QAbstractItemModel *model = list->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString tip = model->index(r, status).data(Qt::ToolTipRole).toString();
        CHECK(tip == window.packages()->problem(r));
        CHECK(tip.endsWith(model->index(r, status).data().toString()));
    }
    // Wider, the capped columns have their room again.
    window.resize(1800, 480);
    CHECK(list->columnWidth(ui::DistrictPackageModel::SchoolType) >=
          list->fontMetrics().horizontalAdvance(district::schoolTypeName(district::SchoolType::Complete)));
}

TEST_CASE("district window: merged tables previewed, exported through the seams and verified, replaced only when "
          "asked",
          "[ui][district]")
{
    QTemporaryDir stick;
    writeSchools(stick.path(), 3, 5);
    ui::DistrictWindow window;
    window.setLanguage(u"en"_s);
    window.show();
    CHECK(window.addFolders({stick.path()}) == 3);
    CHECK_FALSE(action(&window, u"districtExport"_s)->isEnabled());
    REQUIRE(window.merge());
    auto *preview = child<ui::SummaryPreview>(&window, u"districtMergePreview"_s);
    CHECK(preview->isVisible());
    CHECK(preview->summary().header.schoolCode.isEmpty());
    CHECK(preview->summary().header.language == u"en"_s);
    CHECK_FALSE(preview->summary().tables.isEmpty());
    CHECK(window.findChildren<QTableView *>().size() > 2);
    CHECK_FALSE(child<QLabel>(&window, u"districtMergeLine"_s)->isVisible());
    // The line's two figures in its two words: counts of students withheld, and every value shown as * or ≥n.
    int countsShown = 0;
    int valuesShown = 0;
    for (const district::SummaryTable &t : window.merged()->summary.tables)
        for (const district::SummaryRow &r : t.rows)
            for (const district::SummaryValue &v : r.values) {
                const QString text = window.merged()->summary.text(v);
                if (text != u"*"_s && !text.startsWith(u"≥"_s)) continue;
                ++valuesShown;
                countsShown += v.kind == district::ValueKind::Count ? 1 : 0;
            }
    CHECK(valuesShown == window.merged()->withheld);
    CHECK(countsShown < valuesShown);  // percents of withheld counts are withheld too
    const QString line = child<QLabel>(preview, u"summaryWithheld"_s)->text();
    INFO(line.toStdString());
    CHECK(line.toStdString() ==
          u"Schools merged: 3 (2026 autumn). Counts withheld: %1, of which %2 shown as a lower bound (≥n). Values "
          "shown as * or ≥n (these counts and the percents that depend on them): %3. k = 5."_s
              .arg(countsShown)
              .arg(window.merged()->lowerBounds)
              .arg(window.merged()->withheld)
              .toStdString());
    CHECK(window.merged()->lowerBounds > 0);
    keepShot(&window, u"district-window-merged-en"_s);
    // A count some schools withheld shows its lower bound, and the tooltip says what it means.
    int bounds = 0;
    for (QTableView *view : preview->findChildren<QTableView *>()) {
        const QAbstractItemModel *m = view->model();
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c) {
                const QString text = m->index(r, c).data().toString();
                if (!text.startsWith(u"≥"_s)) continue;
                ++bounds;
                CHECK(m->index(r, c).data(Qt::ToolTipRole).toString().startsWith(u"At least %1:"_s.arg(text.mid(1))));
            }
    }
    CHECK(bounds == window.merged()->lowerBounds);

    // Export… to a drive: the message names the folder, the checksum's start and the drive.
    QTemporaryDir drive;
    ui::FileDialogs::setNextDirectory(drive.path());
    ui::MessageBoxes::setNextChoice(1);  // OK, not Open PDF
    const QString path = window.exportPackage();
    INFO(ui::MessageBoxes::lastText().toStdString());
    REQUIRE_FALSE(path.isEmpty());
    auto back = district::readPackage(path);
    REQUIRE(back.ok());
    CHECK(back->summary.header.semester == u"2026 autumn"_s);
    const QString done = ui::MessageBoxes::lastText();
    CHECK(done.contains(QDir::toNativeSeparators(path)));
    CHECK(done.contains(QString::fromLatin1(back->manifestSha256.left(12))));
    CHECK(done.contains(u"can now be removed"_s));
    CHECK(action(&window, u"districtOpenPdf"_s)->isEnabled());
    // The first export's chooser started in Documents (or home), not beside the schools' packages,
    // where the next merge of that folder would meet the district package.
    CHECK(ui::lastDirectoryStart() == ui::startFolder());
    CHECK(ui::lastDirectoryStart() != QFileInfo(stick.path()).absolutePath());
    CHECK(QFileInfo(ui::startFolder(u"/no/such/folder"_s)).isDir());
    CHECK(ui::startFolder(drive.path()) == drive.path());

    // The same drive again: "Replace?" No keeps the package as it was; Yes replaces it.
    ui::FileDialogs::setNextDirectory(drive.path());
    ui::MessageBoxes::setNextAnswer(false);
    CHECK(window.exportPackage().isEmpty());
    CHECK(ui::lastDirectoryStart() == drive.path());  // the last export's folder
    CHECK(ui::MessageBoxes::lastText().contains(u"Replace"_s));
    auto kept = district::readPackage(path);
    REQUIRE(kept.ok());
    CHECK(kept->manifestSha256 == back->manifestSha256);
    window.setLanguage(u"zh_CN"_s);  // merged again, in Chinese
    REQUIRE(window.merged().has_value());
    CHECK(preview->summary().header.language == u"zh_CN"_s);
    ui::FileDialogs::setNextDirectory(drive.path());
    ui::MessageBoxes::setNextAnswer(true);
    ui::MessageBoxes::setNextChoice(1);
    CHECK(window.exportPackage() == path);
    auto replaced = district::readPackage(path);
    REQUIRE(replaced.ok());
    CHECK(replaced->summary.header.language == u"zh_CN"_s);
    CHECK(QDir(drive.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size() == 1);

    // A list read again is no longer what was merged: merge again before exporting.
    window.addFolders({stick.path()});
    CHECK_FALSE(window.merged().has_value());
    CHECK_FALSE(action(&window, u"districtExport"_s)->isEnabled());
}

TEST_CASE("district window: folders dropped on the window are read", "[ui][district]")
{
    QTemporaryDir stick;
    const QStringList dirs = writeSchools(stick.path(), 2, 3);
    ui::DistrictWindow window;
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dirs.at(0)), QUrl::fromLocalFile(dirs.at(1))});
    const QPoint at = window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    REQUIRE(waitUntil([&]() { return window.packages()->rowCount() == 2; }, 5000));
    CHECK(window.packages()->problemCount() == 0);
}

TEST_CASE("district window: opened from the sign-in window and the setup wizard with no vault, which come back "
          "when it closes",
          "[ui][district]")
{
    TempVault tv;
    {
        ui::AppController controller(tv.dir());
        controller.start();
        ui::UnlockDialog *unlock = controller.unlockDialog();
        REQUIRE(unlock != nullptr);
        auto *button = child<QPushButton>(unlock, u"districtPackages"_s);
        CHECK(button->text().remove(u'&') == u"District packages…"_s);
        CHECK_FALSE(button->toolTip().isEmpty());
        button->click();
        auto *district = topLevel<ui::DistrictWindow>(u"districtWindow"_s);
        REQUIRE(district != nullptr);
        CHECK_FALSE(unlock->isVisible());
        CHECK(controller.vault() == nullptr);
        district->close();
        CHECK(unlock->isVisible());
        REQUIRE(waitUntil([]() { return topLevel<ui::DistrictWindow>() == nullptr; }, 2000));
    }
    QTemporaryDir fresh;
    ui::AppController controller(fresh.filePath(u"vault"_s));
    controller.start();
    QWizard *wizard = controller.setupWizard();
    REQUIRE(wizard != nullptr);
    QAbstractButton *button = wizard->button(QWizard::CustomButton1);
    CHECK(button->objectName() == u"districtPackages"_s);
    REQUIRE(waitUntil([&]() { return button->isVisible(); }, 2000));
    button->click();
    auto *district = topLevel<ui::DistrictWindow>(u"districtWindow"_s);
    REQUIRE(district != nullptr);
    CHECK_FALSE(wizard->isVisible());
    district->close();
    CHECK(wizard->isVisible());
    // Only on the first page: the school's facts come next.
    typeInto(wizard->currentPage()->findChild<QLineEdit *>(u"schoolName"_s), u"Synthetic School"_s);
    wizard->next();
    CHECK(wizard->currentId() == 1);
    CHECK_FALSE(button->isVisible());
}

TEST_CASE("district window: opened with folders as `--district` does, reads them, and Cancel during the merge keeps "
          "the list and merges nothing",
          "[ui][district]")
{
    QTemporaryDir stick, more;
    writeSchools(stick.path(), 10, 11);
    const QStringList extra = writeSchools(more.path(), 2, 12, 11);
    // What main() does with `counseldesk --district FOLDER...`: a folder of packages and a package.
    QPointer<ui::DistrictWindow> window = ui::DistrictWindow::showWindow({stick.path(), extra.at(0)});
    REQUIRE(window != nullptr);
    CHECK(window->isVisible());
    CHECK(window->testAttribute(Qt::WA_DeleteOnClose));
    REQUIRE(waitUntil([&]() { return window->packages()->rowCount() == 11; }, 10000));
    CHECK(window->packages()->problemCount() == 0);

    // Cancel on the progress dialog, as soon as the merge has started: the worker stops at its
    // next check, the window says so, no error box, nothing merged, the list unchanged.
    bool clicked = false;
    QTimer::singleShot(0, window, [&]() {
        auto *progress = window->findChild<QProgressDialog *>(u"districtProgress"_s);
        auto *cancel = progress ? progress->findChild<QPushButton *>() : nullptr;
        if (!cancel) return;  // (no exception through the event loop: `clicked` stays false)
        cancel->click();
        clicked = true;
    });
    const QString before = ui::MessageBoxes::lastText();
    CHECK_FALSE(window->merge());
    CHECK(clicked);
    CHECK_FALSE(window->merged().has_value());
    CHECK(child<QLabel>(window, u"districtMergeLine"_s)->text() == u"The merge was cancelled."_s);
    CHECK(ui::MessageBoxes::lastText() == before);
    CHECK(window->packages()->rowCount() == 11);
    CHECK_FALSE(action(window, u"districtExport"_s)->isEnabled());
    REQUIRE(window->merge());  // and merged when not cancelled

    // A second `--district` reuses the open window.
    CHECK(ui::DistrictWindow::showWindow({more.path()}) == window.data());
    REQUIRE(waitUntil([&]() { return window->packages()->rowCount() == 12; }, 10000));
    window->close();
    REQUIRE(waitUntil([&]() { return window.isNull(); }, 2000));
}

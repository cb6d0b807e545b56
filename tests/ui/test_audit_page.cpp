// The audit page for the room lead: rows in words (action labels, the student's or run's name
// resolved from the vault when shown, details translated) and a search that finds a student's
// rows by name or pinyin.

#include "ui/UiTestSupport.h"

#include "audit/AuditLogPage.h"
#include "audit/AuditTableModel.h"
#include "screening/ScreeningAudit.h"
#include "students/StudentsAudit.h"
#include "students/WatchList.h"
#include "storage/Database.h"
#include "support/TempVault.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTranslator>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

QString cell(QAbstractItemModel *model, int row, int column) { return model->index(row, column).data().toString(); }

/// The first row (newest first) whose action reads `label`, or -1.
int rowOf(QAbstractItemModel *model, const QString &label)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (cell(model, row, ui::AuditTableModel::Action) == label) return row;
    return -1;
}

}  // namespace

TEST_CASE("ui: the audit page names the student and the run, translates details and finds a student by name",
          "[ui][audit]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 li = addTestStudent(*vault, u"S1"_s, u"李小明"_s);
    const qint64 wang = addTestStudent(*vault, u"S2"_s, u"王芳"_s);
    REQUIRE(students::WatchList(*vault).set(li, students::RiskLevel::High, u"synthetic"_s, QDate::currentDate()).ok());
    REQUIRE(students::WatchList(*vault).remove(li, u"synthetic"_s).ok());
    REQUIRE(students::WatchList(*vault).set(wang, students::RiskLevel::Low, u"synthetic"_s, QDate::currentDate()).ok());
    const qint64 run = createTestRun(*vault, u"Autumn screen"_s, {7}, {u"PHQ-9"_s, u"GAD-7"_s});
    enterTestSheet(*vault, run, u"PHQ-9"_s, li, {0, 1, 0, 1, 0, 1, 0, 1, 0});
    // A row about a student no longer in the vault (purged long ago).
    REQUIRE(vault->audit().append(u"lead"_s, audit::action::StudentViewed, u"student:99999"_s).ok());

    ui::AuditLogPage page(*vault);
    page.show();
    auto *view = child<QTableView>(&page, u"auditView"_s);
    QAbstractItemModel *model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const int watch = rowOf(model, u"Changed the watch list"_s);
    REQUIRE(watch >= 0);
    CHECK(cell(model, watch, ui::AuditTableModel::Target) == u"王芳 (S2)"_s);  // newest first
    const int created = rowOf(model, u"Created a screening run"_s);
    REQUIRE(created >= 0);
    CHECK(cell(model, created, ui::AuditTableModel::Target) == u"Autumn screen"_s);
    CHECK(cell(model, created, ui::AuditTableModel::Detail) == u"instruments: PHQ-9, GAD-7; grades and classes: Grade 7 (junior 1)"_s);
    const int sheets = rowOf(model, u"Entered screening answers"_s);
    REQUIRE(sheets >= 0);
    CHECK(cell(model, sheets, ui::AuditTableModel::Detail).startsWith(u"instrument: PHQ-9; entered by: paper sheets typed in"_s));
    CHECK(cell(model, 0, ui::AuditTableModel::Target) == u"(removed)"_s);
    for (int row = 0; row < model->rowCount(); ++row) {
        CHECK_FALSE(cell(model, row, ui::AuditTableModel::Target).startsWith(u"student:"_s));
        CHECK_FALSE(cell(model, row, ui::AuditTableModel::Target).startsWith(u"run:"_s));
        CHECK_FALSE(cell(model, row, ui::AuditTableModel::Action).contains(u'.'));
    }

    // The search keeps exactly the student's rows, by name and by pinyin.
    auto stored = vault->audit().recent(1000, audit::studentTarget(li));
    REQUIRE(stored.ok());
    REQUIRE(stored->size() >= 2);  // on and off the watch list
    for (const QString &query : {u"李小明"_s, u"lixiaoming"_s}) {
        INFO(query.toStdString());
        typeInto(child<QLineEdit>(&page, u"auditFilter"_s), query);
        CHECK(model->rowCount() == stored->size());
        for (int row = 0; row < model->rowCount(); ++row)
            CHECK(cell(model, row, ui::AuditTableModel::Target) == u"李小明 (S1)"_s);
    }
    typeInto(child<QLineEdit>(&page, u"auditFilter"_s), u"Autumn screen"_s);
    CHECK(model->rowCount() >= 2);  // created, sheets entered
}

TEST_CASE("ui: the audit page in Chinese shows labels and details in Chinese", "[ui][audit][i18n]")
{
    QTranslator zh;
    REQUIRE(zh.load(u":/i18n/counseldesk_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&zh);
    TempVault tv;
    auto vault = tv.open();
    addTestStudent(*vault, u"S1"_s, u"李小明"_s);
    createTestRun(*vault, u"秋季筛查"_s, {7}, {u"PHQ-9"_s, u"GAD-7"_s});
    ui::AuditLogPage page(*vault);
    page.show();
    QAbstractItemModel *model = child<QTableView>(&page, u"auditView"_s)->model();
    const int created = rowOf(model, QCoreApplication::translate("AuditAction", "Created a screening run"));
    QCoreApplication::removeTranslator(&zh);
    REQUIRE(created >= 0);
    CHECK(cell(model, created, ui::AuditTableModel::Action) != u"Created a screening run"_s);
    CHECK(cell(model, created, ui::AuditTableModel::Target) == u"秋季筛查"_s);
    const QString detail = cell(model, created, ui::AuditTableModel::Detail);
    CHECK(detail.contains(u"PHQ-9"_s));
    CHECK_FALSE(detail.contains(u"instruments"_s));
    CHECK_FALSE(detail.contains(u"targets"_s));
}

// Not run by default: `cd_ui_tests "[.audit-bench]"` prints how long the page takes to load a
// large log (50,000 rows about 3,000 students and 40 runs; the page shows the newest 5,000).
TEST_CASE("ui: audit page load time on a large log", "[.audit-bench]")
{
    TempVault tv;
    auto vault = tv.open();
    {
        storage::Transaction tx(vault->database());
        for (int i = 1; i <= 3000; ++i)
            REQUIRE(vault->database()
                        .exec(u"INSERT INTO students (id, student_no, name, name_pinyin, name_initials, grade, "
                              "created_at, updated_at) VALUES (%1, 'B%1', '学生%1', 'xuesheng%1', 'xs%1', 8, '', '')"_s
                                  .arg(i))
                        .ok());
        for (int i = 0; i < 50000; ++i) {
            const bool aboutRun = i % 5 == 0;
            const QString target = aboutRun ? audit::runTarget(1 + i % 40) : audit::studentTarget(1 + i % 3000);
            const char *action = aboutRun ? audit::action::SheetsSaved : audit::action::StudentViewed;
            const QString detail = aboutRun ? u"instrument=PHQ-9 source=kiosk sheets=1 replaced=0 flagged=0"_s : QString();
            REQUIRE(vault->audit().append(u"lead"_s, action, target, detail).ok());
        }
        REQUIRE(tx.commit().ok());
    }
    ui::AuditLogPage page(*vault);
    QElapsedTimer timer;
    timer.start();
    page.show();  // loads
    const qint64 shown = timer.elapsed();
    timer.restart();
    typeInto(child<QLineEdit>(&page, u"auditFilter"_s), u"xuesheng17"_s);
    const qint64 filtered = timer.elapsed();
    WARN("audit page: " << shown << " ms to load and show 5,000 of 50,000 rows; " << filtered
                        << " ms to filter by pinyin");
}

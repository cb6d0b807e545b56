// The results side of a screening run: the band chart, the flagged list and what a counselor does
// with it (watch list, interview, close/reopen the follow-up, case), the reports, and the
// Screening tab of the growth record. Synthetic students only.
#include "ui/UiTestSupport.h"
#include "core/crisis/RiskScale.h"
#include "audit/AuditTarget.h"

#include "cases/CaseRepository.h"
#include "cases/OpenCaseDialog.h"
#include "common/Clock.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "screening/BandChart.h"
#include "screening/FlaggedModel.h"
#include "screening/FollowUpDialog.h"
#include "screening/InterviewDialog.h"
#include "screening/ResultsView.h"
#include "screening/ScreeningReports.h"
#include "screening/StudentScreeningPanel.h"
#include "screening/TrendChart.h"
#include "screening/WatchDialog.h"
#include "students/Student.h"
#include "students/StudentRecordDialog.h"
#include "students/WatchList.h"
#include "support/TempVault.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"
#include "unlock/ReauthDialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>

#include <algorithm>
#include <QLabel>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kStudents = 30;

/// 30 students: grade 7 classes 1 and 2 (8 each), grade 8 class 1 (14). Sheets for the first 25:
/// 20 unremarkable (some all zeros: the same answer everywhere is valid for the PHQ-9), then
///   S20 critical item only (total 1), S21 critical and severe (24), S22 moderate (12),
///   S23 moderately severe (17), S24 invalid (two items unanswered, one may be).
/// S25–S29 have not taken it.
struct Seeded {
    TempVault tv;
    std::unique_ptr<vault::Vault> vault;
    QList<qint64> ids;
    QStringList names, numbers;
    qint64 runId = 0;

    Seeded()
    {
        vault = tv.open();
        for (int i = 0; i < kStudents; ++i) {
            const int grade = i < 16 ? 7 : 8;
            const QString klass = i < 8 ? u"1"_s : (i < 16 ? u"2"_s : u"1"_s);
            numbers << u"S%1"_s.arg(2600 + i);
            names << u"测试生%1"_s.arg(QChar(u'甲' + i));
            ids << addTestStudent(*vault, numbers.last(), names.last(), {}, grade, klass);
        }
        runId = createTestRun(*vault, u"Spring screening"_s, {7, 8}, {u"PHQ-9"_s});
        QList<screening::SheetInput> sheets;
        const auto add = [&](int i, screening::AnswerRow row) { sheets.append({ids[i], std::move(row), {}}); };
        for (int i = 0; i < 20; ++i)
            add(i, i % 2 ? screening::AnswerRow{1, 1, 1, 1, 1, 0, 0, 0, 0} : screening::AnswerRow(9, 0));
        add(20, {0, 0, 0, 0, 0, 0, 0, 0, 1});
        add(21, {3, 3, 3, 3, 3, 3, 2, 2, 2});
        add(22, {2, 2, 2, 2, 2, 2, 0, 0, 0});
        add(23, {3, 3, 3, 2, 2, 2, 1, 1, 0});
        add(24, {1, 1, 1, -1, -1, 1, 1, 1, 0});
        screening::SheetStore store(*vault, runId);
        auto saved = store.saveSheets(u"PHQ-9"_s, sheets, screening::SheetSource::Grid);
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved.ok());
    }

    screening::FollowUp followUp(int i)
    {
        auto f = screening::FollowUpRepository(*vault).forStudent(runId, ids[i]);
        REQUIRE(f.ok());
        REQUIRE(f->has_value());
        return **f;
    }
};

QStringList visibleNumbers(ui::ResultsView &view)
{
    QStringList out;
    QAbstractItemModel *model = view.flaggedTable()->model();
    for (int r = 0; r < model->rowCount(); ++r) out << model->index(r, ui::FlaggedModel::StudentNo).data().toString();
    return out;
}

void clickOk(QDialog *dialog) { dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click(); }

}  // namespace

TEST_CASE("screening results: chart, flagged list and participation from the vault", "[ui][screening-results]")
{
    Seeded s;
    ui::ResultsView view(*s.vault, s.runId);
    REQUIRE(view.loaded());
    view.resize(1100, 760);
    view.show();
    REQUIRE(waitUntil([&] { return view.isVisible(); }));

    CHECK(view.summary().all.expected == kStudents);
    CHECK(view.summary().all.taken == 25);
    CHECK(view.summary().all.invalid == 1);
    // Each figure once, saying what it counts: this instrument's sheets, then the run's follow-ups.
    CHECK(view.participationText()
          == u"PHQ-9: 25 of 30 students took it (83%). Sheets invalid: 1; flagged for follow-up: 5. "
             "Students in follow-up (all instruments): 5 still open, 0 confirmed, 0 cleared."_s);
    CHECK(child<QLabel>(&view, u"participationLine"_s)->toolTip().contains(u"one follow-up per flagged student"_s));

    // The most serious first: critical items (highest total first), the invalid sheet, then totals.
    CHECK(visibleNumbers(view) == QStringList{u"S2621"_s, u"S2620"_s, u"S2624"_s, u"S2623"_s, u"S2622"_s});
    const QAbstractItemModel *model = view.flaggedTable()->model();
    CHECK(model->index(0, ui::FlaggedModel::Total).data().toString() == u"24"_s);
    CHECK(model->index(0, ui::FlaggedModel::BandColumn).data().toString() == u"Severe"_s);
    CHECK(model->index(2, ui::FlaggedModel::BandColumn).data().toString() == u"Invalid"_s);
    CHECK(model->index(2, ui::FlaggedModel::Why).data(Qt::ToolTipRole).toString().contains(u"unanswered"_s));
    CHECK(model->index(1, ui::FlaggedModel::Why).data(Qt::ToolTipRole).toString().contains(u"Item 9"_s));

    // Each reason whole (no "Critical ite…"): the column is as wide as its longest text.
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString why = model->index(row, ui::FlaggedModel::Why).data().toString();
        INFO(why.toStdString());
        CHECK(view.flaggedTable()->columnWidth(ui::FlaggedModel::Why)
              > view.flaggedTable()->fontMetrics().horizontalAdvance(why));
    }

    // Sorting by total puts the invalid sheet last and the severe one first when descending.
    view.flaggedTable()->sortByColumn(ui::FlaggedModel::Total, Qt::DescendingOrder);
    CHECK(visibleNumbers(view) == QStringList{u"S2621"_s, u"S2623"_s, u"S2622"_s, u"S2620"_s, u"S2624"_s});

    // The chart: bands by grade, painted in several colours, the lowest band's green among them.
    ui::BandChart *chart = view.chart();
    CHECK(chart->groupCount() == 2);
    CHECK(chart->setCount() == 6);  // five PHQ-9 bands and "invalid"
    CHECK(chart->segmentText(0, 0) == u"%1: Minimal 8 (50%)"_s.arg(students::gradeName(7)));
    QApplication::processEvents();
    const QImage image = chart->grab().toImage().convertToFormat(QImage::Format_RGB32);
    REQUIRE(!image.isNull());
    QSet<QRgb> colours;
    int green = 0;
    const QRgb minimal = ui::BandChart::bandColor(0, 5).rgb();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            colours.insert(image.pixel(x, y));
            if (image.pixel(x, y) == minimal) ++green;
        }
    CHECK(colours.size() > 8);
    CHECK(green > 100);
    // Hovering the lowest bar (the last grade: the first is drawn on top) names that grade.
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->chart()->series().value(0));
    REQUIRE(series != nullptr);
    Q_EMIT series->hovered(true, 0, series->barSets().at(0));
    CHECK(QToolTip::text() == u"%1: Minimal 3 (33%)"_s.arg(students::gradeName(8)));
    Q_EMIT series->hovered(false, 0, series->barSets().at(0));

    child<QRadioButton>(&view, u"chartByClass"_s)->setChecked(true);
    CHECK(chart->groupCount() == 3);
}

TEST_CASE("screening results: watch list, interview, close and reopen a follow-up, open a case", "[ui][screening-results]")
{
    Seeded s;
    ui::ResultsView view(*s.vault, s.runId);
    REQUIRE(view.loaded());
    view.show();

    // Watch list: High after a critical item, the reason names the run, review in a week.
    REQUIRE(view.selectSheet(s.ids[21], u"PHQ-9"_s));
    QString level, reason;
    whenShown<ui::WatchDialog>([&](ui::WatchDialog *dialog) {
        level = child<QComboBox>(dialog, u"watchLevel"_s)->currentText();
        reason = child<QLineEdit>(dialog, u"watchReason"_s)->text();
        clickOk(dialog);
    });
    view.addToWatchList();
    CHECK(level == crisis::RiskLabels().label(students::RiskLevel::High));  // the lead's label (default)
    CHECK(reason.contains(u"Spring screening"_s));
    auto entry = students::WatchList(*s.vault).entry(s.ids[21]);
    REQUIRE(entry.ok());
    REQUIRE(entry->has_value());
    CHECK((*entry)->level == students::RiskLevel::High);
    CHECK((*entry)->reason == reason);
    CHECK((*entry)->nextReview == clock::today().addDays(7));
    auto audit = s.vault->audit().recent(1, cd::audit::studentTarget(s.ids[21]));
    REQUIRE(audit.ok());
    REQUIRE(!audit->isEmpty());
    CHECK(audit->first().action == QLatin1String(audit::action::WatchChanged));
    REQUIRE(view.selectedSheet() != nullptr);
    CHECK(view.selectedSheet()->student.studentId == s.ids[21]);  // the selection survives the refresh

    // Medium when only over the cut-off.
    REQUIRE(view.selectSheet(s.ids[22], u"PHQ-9"_s));
    whenShown<ui::WatchDialog>([&](ui::WatchDialog *dialog) {
        level = child<QComboBox>(dialog, u"watchLevel"_s)->currentText();
        dialog->reject();
    });
    view.addToWatchList();
    CHECK(level == crisis::RiskLabels().label(students::RiskLevel::Medium));
    CHECK_FALSE(students::WatchList(*s.vault).entry(s.ids[22])->has_value());

    // Interview.
    const QDateTime at(QDate(2026, 12, 1), QTime(10, 30));
    whenShown<ui::InterviewDialog>([&](ui::InterviewDialog *dialog) {
        child<QDateTimeEdit>(dialog, u"interviewAt"_s)->setDateTime(at);
        clickOk(dialog);
    });
    view.scheduleInterview();
    CHECK(s.followUp(22).interviewAt.toMSecsSinceEpoch() == at.toMSecsSinceEpoch());
    CHECK(view.flaggedTable()->model()->index(4, ui::FlaggedModel::Interview).data().toString() == u"2026-12-01 10:30"_s);

    // Close: confirm needs an outcome and a note.
    REQUIRE(view.selectSheet(s.ids[23], u"PHQ-9"_s));
    bool okWithoutNote = true, okWithoutOutcome = true;
    whenShown<ui::FollowUpDialog>([&](ui::FollowUpDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        child<QPlainTextEdit>(dialog, u"followUpNote"_s)->setPlainText(u"Low mood after exams; sees us weekly."_s);
        okWithoutOutcome = ok->isEnabled();
        child<QPlainTextEdit>(dialog, u"followUpNote"_s)->clear();
        child<QRadioButton>(dialog, u"confirmConcern"_s)->setChecked(true);
        okWithoutNote = ok->isEnabled();
        child<QPlainTextEdit>(dialog, u"followUpNote"_s)->setPlainText(u"Low mood after exams; sees us weekly."_s);
        ok->click();
    });
    view.closeFollowUp();
    CHECK_FALSE(okWithoutNote);
    CHECK_FALSE(okWithoutOutcome);
    CHECK(s.followUp(23).status == screening::FollowUpStatus::Confirmed);
    CHECK(s.followUp(23).note == u"Low mood after exams; sees us weekly."_s);
    CHECK(view.participationText().contains(u": 4 still open,"_s));

    // Clear another one.
    REQUIRE(view.selectSheet(s.ids[20], u"PHQ-9"_s));
    whenShown<ui::FollowUpDialog>([&](ui::FollowUpDialog *dialog) {
        child<QRadioButton>(dialog, u"clearFlag"_s)->setChecked(true);
        child<QPlainTextEdit>(dialog, u"followUpNote"_s)->setPlainText(u"Misread the question."_s);
        clickOk(dialog);
    });
    view.closeFollowUp();
    CHECK(s.followUp(20).status == screening::FollowUpStatus::Cleared);
    CHECK(view.participationText().contains(u": 3 still open, 1 confirmed, 1 cleared."_s));

    view.setOpenOnly(true);
    CHECK(visibleNumbers(view) == QStringList{u"S2621"_s, u"S2624"_s, u"S2622"_s});
    view.setOpenOnly(false);

    // Reopen the confirmed one.
    REQUIRE(view.selectSheet(s.ids[23], u"PHQ-9"_s));
    ui::MessageBoxes::setNextAnswer(true);
    view.closeFollowUp();
    CHECK(s.followUp(23).status == screening::FollowUpStatus::Open);
    CHECK(view.participationText().contains(u": 4 still open,"_s));

    // Open a case (no birth date recorded: the guardian's consent is asked for).
    REQUIRE(view.selectSheet(s.ids[24], u"PHQ-9"_s));
    whenShown<ui::OpenCaseDialog>([](ui::OpenCaseDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"consentGuardian"_s), u"Father, by phone"_s);
        clickOk(dialog);
    });
    ui::MessageBoxes::setNextAnswer(true);  // the "case is open" note
    view.openCase();
    auto cases = cases::CaseRepository(*s.vault).casesOf(s.ids[24]);
    REQUIRE(cases.ok());
    REQUIRE(cases->size() == 1);
    CHECK(cases->first().consentGuardian == u"Father, by phone"_s);
}

TEST_CASE("screening results: the group report counts, the individual report is confidential", "[ui][screening-results]")
{
    Seeded s;
    ui::ResultsView view(*s.vault, s.runId);
    REQUIRE(view.loaded());
    auto run = screening::RunRepository(*s.vault).get(s.runId);
    REQUIRE(run.ok());

    QTextDocument group;
    ui::buildGroupReport(group, s.vault->school().name, *run, view.summary());
    const QString text = group.toPlainText();
    for (int i = 0; i < kStudents; ++i) {
        INFO(s.names[i].toStdString());
        CHECK_FALSE(text.contains(s.names[i]));
        CHECK_FALSE(text.contains(s.numbers[i]));
    }
    CHECK(text.contains(u"Spring screening"_s));
    CHECK(text.contains(u"25 of 30 students (83%)"_s));
    // The whole run's row: expected, taken (%), the five bands, invalid, need follow-up.
    // (the chart image follows the table by grade)
    const QString row = text.mid(text.indexOf(u"Whole run"_s)).section(QChar::ObjectReplacementCharacter, 0, 0).simplified();
    INFO(row.toStdString());
    CHECK(row == u"Whole run 30 25 (83%) 11 10 1 1 1 1 5"_s);
    CHECK(group.resource(QTextDocument::ImageResource, QUrl(ui::groupReportChartUrl())).value<QImage>().width() > 1000);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"group.pdf"_s);
    ui::FileDialogs::setNextSaveFileName(pdf);
    whenShown<ui::ReauthDialog>([](ui::ReauthDialog *dialog) {  // an export: the passphrase first
        typeInto(child<QLineEdit>(dialog, u"reauthPassphrase"_s), kLeadPassphrase);
        dialog->accept();
    });
    ui::MessageBoxes::setNextChoice(1);  // "Saved to …": OK (not Open folder)
    view.saveGroupReportPdf();
    // A clear confirmation naming where the file went.
    CHECK(ui::MessageBoxes::lastText() == u"Saved to %1."_s.arg(QDir::toNativeSeparators(pdf)));
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.size() > 5000);
    CHECK(written.read(5) == "%PDF-");
    auto groupPrinted = s.vault->audit().latest(audit::action::ScreeningReportPrinted, u"PHQ-9"_s);
    REQUIRE(groupPrinted.ok());
    REQUIRE(groupPrinted->has_value());
    CHECK((*groupPrinted)->target == u"run:%1"_s.arg(s.runId));

    // Individual: after the passphrase (a view of its own: the group report's passphrase is still
    // remembered by this one), audited, confidential, with the student's total.
    ui::ResultsView fresh(*s.vault, s.runId);
    fresh.show();
    REQUIRE(fresh.selectSheet(s.ids[21], u"PHQ-9"_s));
    whenShown<ui::ReauthDialog>([](ui::ReauthDialog *dialog) {
        typeInto(child<QLineEdit>(dialog, u"reauthPassphrase"_s), kLeadPassphrase);
        dialog->accept();
    });
    const QString individualPdf = dir.filePath(u"individual.pdf"_s);
    ui::FileDialogs::setNextSaveFileName(individualPdf);
    ui::MessageBoxes::setNextChoice(1);
    fresh.saveIndividualReportPdf();
    CHECK(QFile(individualPdf).size() > 5000);
    CHECK(ui::MessageBoxes::lastText().contains(QDir::toNativeSeparators(individualPdf)));
    auto printed = s.vault->audit().latest(audit::action::ScreeningReportPrinted, u"run:%1"_s.arg(s.runId));
    REQUIRE(printed.ok());
    REQUIRE(printed->has_value());
    CHECK((*printed)->target == cd::audit::studentTarget(s.ids[21]));

    QTextDocument individual;
    auto participants = screening::RunRepository(*s.vault).participants(s.runId);
    REQUIRE(participants.ok());
    screening::Participant student;
    for (const auto &p : *participants)
        if (p.studentId == s.ids[21]) student = p;
    REQUIRE(ui::buildIndividualReport(individual, *s.vault, *run, student).ok());
    const QString personal = individual.toPlainText();
    CHECK(personal.contains(u"CONFIDENTIAL"_s));
    CHECK(personal.contains(s.names[21]));
    CHECK(personal.contains(u"24"_s));
    CHECK(personal.contains(u"Severe"_s));
    CHECK(personal.contains(u"Open"_s));
}

TEST_CASE("screening results: the Screening tab of the growth record shows the trend", "[ui][screening-results]")
{
    Seeded s;
    const qint64 autumn = createTestRun(*s.vault, u"Autumn screening"_s, {7, 8}, {u"PHQ-9"_s});
    screening::SheetStore store(*s.vault, autumn);
    REQUIRE(store.saveSheet(u"PHQ-9"_s, {s.ids[21], {1, 1, 1, 1, 1, 1, 1, 1, 0}, {}}, screening::SheetSource::Grid).ok());

    ui::StudentRecordDialog dialog(*s.vault, s.ids[21]);
    REQUIRE(dialog.loaded());
    auto *panel = dialog.findChild<ui::StudentScreeningPanel *>();
    REQUIRE(panel != nullptr);
    CHECK(panel->rowCount() == 2);
    CHECK(panel->chart()->instrumentCount() == 1);
    auto *table = child<QTableWidget>(panel, u"screeningScores"_s);
    QStringList totals;
    for (int r = 0; r < table->rowCount(); ++r) totals << table->item(r, 3)->text();
    CHECK(totals.contains(u"24"_s));
    CHECK(totals.contains(u"8"_s));
}


namespace {

/// The group labels the chart shows (Qt Charts hides those that would overlap), top to bottom.
QStringList shownGroupLabels(ui::BandChart &chart)
{
    QList<QGraphicsTextItem *> shown;
    for (QGraphicsItem *item : chart.scene()->items())
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            shown << text;
    std::sort(shown.begin(), shown.end(),
              [](QGraphicsTextItem *a, QGraphicsTextItem *b) { return a->sceneBoundingRect().top() < b->sceneBoundingRect().top(); });
    QStringList labels;
    for (QGraphicsTextItem *text : shown) labels << text->toPlainText();
    return labels;
}

}  // namespace

TEST_CASE("screening results: the band chart labels every class, each beside its bar", "[ui][screening-results]")
{
    for (const int classes : {18, 40}) {
        INFO(classes << " classes");
        screening::RunSummary summary;
        summary.instrument.code = u"PHQ-9"_s;
        for (int b = 0; b < 5; ++b) summary.instrument.bands << screening::Band{double(b), double(b), {{u"en"_s, u"Band %1"_s.arg(b)}}, b > 2};
        QStringList names;
        for (int i = 0; i < classes; ++i) {
            screening::GroupCounts g;
            g.grade = 7 + i / 10;
            g.klass = QString::number(1 + i % 10);
            g.expected = 45;
            g.taken = 40 + i % 5;
            g.perBand = {20, 10, 5, 3, g.taken - 38};
            summary.byClass << g;
            names << g.name();
        }
        ui::BandChart chart;
        chart.setGrouping(ui::BandChart::Grouping::ByClass);
        chart.setSummary(summary);
        chart.resize(900, chart.minimumHeight());
        chart.show();
        REQUIRE(waitUntil([&] { return chart.isVisible(); }));
        QApplication::processEvents();
        QStringList shown;
        for (const QString &label : shownGroupLabels(chart))
            if (names.contains(label)) shown << label;
        CHECK(shown == names);  // every class, in order, none hidden
        if (const QString shots = qEnvironmentVariable("CD_SCREENSHOTS"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            chart.grab().save(QDir(shots).filePath(u"bandChart-%1-classes.png"_s.arg(classes)));
        }

        // Each label is level with its own bar: its middle inside the bar's band of the plot.
        const QRectF plot = chart.chart()->plotArea();
        const double band = plot.height() / classes;
        for (QGraphicsItem *item : chart.scene()->items())
            if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item); text && names.contains(text->toPlainText())) {
                const int index = int(names.indexOf(text->toPlainText()));
                const double middle = text->sceneBoundingRect().center().y();
                INFO(text->toPlainText().toStdString());
                CHECK(middle > plot.top() + band * index);
                CHECK(middle < plot.top() + band * (index + 1));
            }
    }
}

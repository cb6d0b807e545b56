#include "ui/screening/ScreeningReports.h"
#include "ui/common/UserNames.h"
#include "ui/common/Dates.h"

#include "core/common/Clock.h"
#include "ui/common/Printing.h"
#include "ui/screening/BandChart.h"
#include "ui/screening/FlaggedModel.h"
#include "core/students/Student.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ScreeningReports)
};

constexpr int kChartWidth = 660;     ///< logical pixels the chart is laid out at
constexpr int kChartShown = 620;     ///< its width on the page
constexpr qreal kChartScale = 3.0;   ///< rendered at three times that, for print
const QString kTable = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                       "style=\"border-collapse: collapse; border-color: #999999; margin-bottom: 8px;\">"_s;
/// A table as wide as its numbers: each column keeps its header on one line where it can.
const QString kCountsTable = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                             "style=\"border-collapse: collapse; border-color: #999999; margin-bottom: 8px; "
                             "font-size: 8.5pt;\">"_s;

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString number(double value)
{
    return QLocale().toString(value, 'f', std::abs(value - std::round(value)) < 1e-9 ? 0 : 1);
}

QString percent(int part, int whole)
{
    return whole > 0 ? u"%1%"_s.arg(QLocale().toString(int(double(part) * 100.0 / whole + 0.5))) : Tr::tr("—");
}

QString dateText(const QDate &date) { return date.isValid() ? dates::date(date) : Tr::tr("—"); }

QString dateTimeText(const QDateTime &at)
{
    return at.isValid() ? dates::dateTime(at) : Tr::tr("—");
}

QString cell(const QString &text, bool header = false, const QString &align = {})
{
    const QString tag = header ? u"th"_s : u"td"_s;
    const QString style = header ? u" style=\"background-color: #eeeeee;\""_s : QString();
    const QString alignment = align.isEmpty() ? QString() : u" align=\"%1\""_s.arg(align);
    return u"<%1%2%3>%4</%1>"_s.arg(tag, alignment, style, text);
}

QString factsTable(const QList<QPair<QString, QString>> &rows)
{
    QString html = u"<table cellpadding=\"3\" style=\"margin-bottom: 8px;\">"_s;
    for (const auto &row : rows)
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(row.first), esc(row.second));
    return html + u"</table>"_s;
}

QString instrumentTitle(const screening::Instrument &instrument)
{
    const QString name = screening::localized(instrument.name);
    //: Instrument in a report: its name (which shows the code) and the definition's version.
    if (name.contains(instrument.code)) return Tr::tr("%1, version %2").arg(name, instrument.version);
    //: Instrument in a report: name, code and definition version.
    return Tr::tr("%1 (%2, version %3)").arg(name, instrument.code, instrument.version);
}

/// Participation and bands, one row per group and a last row for the whole run.
QString countsTable(const QList<screening::GroupCounts> &groups, const screening::GroupCounts &all,
                    const screening::Instrument &instrument)
{
    QString html = kCountsTable + u"<tr>"_s;
    html += cell(esc(Tr::tr("Group")), true) + cell(esc(Tr::tr("Expected")), true) + cell(esc(Tr::tr("Taken")), true);
    for (const screening::Band &band : instrument.bands)
        html += cell(u"%1<br/><span style=\"font-weight: normal; font-size: 8pt;\">%2–%3</span>"_s.arg(
                         esc(screening::localized(band.label)), number(band.min), number(band.max)),
                     true);
    html += cell(esc(Tr::tr("Invalid")), true) + cell(esc(Tr::tr("Need follow-up")), true) + u"</tr>"_s;
    const auto row = [&](const screening::GroupCounts &g, const QString &name, bool bold) {
        const QString b0 = bold ? u"<b>"_s : QString(), b1 = bold ? u"</b>"_s : QString();
        const auto num = [&](int v) { return cell(b0 + QLocale().toString(v) + b1, false, u"right"_s); };
        //: Taken in a report table: count and percentage of the expected.
        const QString taken = Tr::tr("%1 (%2)").arg(QLocale().toString(g.taken), percent(g.taken, g.expected));
        QString r = u"<tr>"_s + cell(b0 + esc(name) + b1) + num(g.expected) + cell(b0 + taken + b1, false, u"right"_s);
        for (int b = 0; b < instrument.bands.size(); ++b) r += num(b < g.perBand.size() ? g.perBand[b] : 0);
        return r + num(g.invalid) + num(g.flagged) + u"</tr>"_s;
    };
    for (const screening::GroupCounts &g : groups) html += row(g, g.name(), false);
    html += row(all, Tr::tr("Whole run"), true);
    return html + u"</table>"_s;
}

QString pageStart() { return u"<div style=\"font-family: %1; font-size: 10pt;\">"_s.arg(printFontFamilies()); }

}  // namespace

QString groupReportChartUrl() { return u"counseldesk://band-chart.png"_s; }

void buildGroupReport(QTextDocument &document, const QString &schoolName, const screening::Run &run,
                      const screening::RunSummary &summary)
{
    const screening::GroupCounts &all = summary.all;
    QString html = pageStart();
    html += u"<h1 style=\"font-size: 18pt;\">%1</h1>"_s.arg(esc(Tr::tr("Screening report")));
    html += factsTable({
        {Tr::tr("School:"), schoolName},
        {Tr::tr("Run:"), run.name},
        //: The dates a run is open: from, to.
        {Tr::tr("Dates:"), Tr::tr("%1 to %2").arg(dateText(run.opensOn), dateText(run.closesOn))},
        {Tr::tr("Students:"), run.targetNames()},
        {Tr::tr("Instrument:"), instrumentTitle(summary.instrument)},
        {Tr::tr("Printed:"), dateTimeText(clock::now())},
    });

    html += u"<h2 style=\"font-size: 13pt;\">%1</h2>"_s.arg(esc(Tr::tr("Participation and bands by grade")));
    html += factsTable({
        //: Participation in the group report: taken, expected, percent.
        {Tr::tr("Taken:"), Tr::tr("%1 of %2 students (%3)")
                               .arg(QLocale().toString(all.taken), QLocale().toString(all.expected),
                                    percent(all.taken, all.expected))},
        {Tr::tr("Invalid sheets:"), QLocale().toString(all.invalid)},
        {Tr::tr("Need follow-up:"), QLocale().toString(all.flagged)},
    });
    html += countsTable(summary.byGrade, all, summary.instrument);

    // The chart, drawn off screen at print resolution.
    const bool byClass = summary.byGrade.size() <= 1 && summary.byClass.size() > 1;
    const int groups = int(byClass ? summary.byClass.size() : summary.byGrade.size());
    const QSize size(kChartWidth, qMax(220, 110 + 40 * groups));
    BandChart chart;
    chart.setSummary(summary);
    chart.setGrouping(byClass ? BandChart::Grouping::ByClass : BandChart::Grouping::ByGrade);
    chart.setPercentages(true);
    document.addResource(QTextDocument::ImageResource, QUrl(groupReportChartUrl()),
                         chart.renderImage(size, kChartScale));
    html += u"<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>"_s.arg(
        groupReportChartUrl(), QString::number(kChartShown), QString::number(size.height() * kChartShown / kChartWidth));

    html += u"<h2 style=\"font-size: 13pt;\">%1</h2>"_s.arg(esc(Tr::tr("By class")));
    html += countsTable(summary.byClass, all, summary.instrument);

    html += u"<h2 style=\"font-size: 13pt;\">%1</h2>"_s.arg(esc(Tr::tr("Follow-ups")));
    html += kTable + u"<tr>"_s + cell(esc(screening::followUpStatusName(screening::FollowUpStatus::Open)), true)
            + cell(esc(screening::followUpStatusName(screening::FollowUpStatus::Confirmed)), true)
            + cell(esc(screening::followUpStatusName(screening::FollowUpStatus::Cleared)), true) + u"</tr><tr>"_s
            + cell(QLocale().toString(summary.followUpsOpen), false, u"right"_s)
            + cell(QLocale().toString(summary.followUpsConfirmed), false, u"right"_s)
            + cell(QLocale().toString(summary.followUpsCleared), false, u"right"_s) + u"</tr></table>"_s;
    html += u"<p style=\"color: #555555; font-size: 9pt;\">%1</p>"_s.arg(
        esc(Tr::tr("Counts only: this report names no student. A screening is a sieve, not a diagnosis: a flagged "
                   "sheet means a counselor talks with the student.")));
    html += u"</div>"_s;
    document.setHtml(html);
}

namespace {

Result<QString> scoreSection(vault::Vault &vault, const screening::Run &run, const screening::Participant &student,
                             const screening::Instrument &instrument)
{
    screening::SheetStore sheets(vault, run.id);
    QString html = u"<h3 style=\"font-size: 11pt;\">%1</h3>"_s.arg(esc(instrumentTitle(instrument)));
    auto score = sheets.score(student.studentId, instrument.code);
    if (!score) return score.error();
    if (!score->has_value()) return html + u"<p>%1</p>"_s.arg(esc(Tr::tr("Not taken in this run.")));
    const screening::StoredScore &s = **score;
    QStringList why;
    for (screening::FlagKind kind : s.flags) why << screening::flagKindName(kind);
    for (const QString &item : s.criticalItems)
        for (const screening::CriticalItem &c : instrument.critical)
            if (c.item == item) why << screening::localized(c.reason);
    QStringList invalid;
    for (const QString &code : s.invalidCodes) invalid << screening::invalidReasonName(code);
    const QString band = s.valid && s.band >= 0 && s.band < instrument.bands.size()
                             ? screening::localized(instrument.bands.at(s.band).label)
                             : Tr::tr("—");
    html += kTable + u"<tr>"_s + cell(esc(Tr::tr("Total")), true) + cell(esc(Tr::tr("Band")), true)
            + cell(esc(Tr::tr("T-score")), true) + cell(esc(Tr::tr("Valid")), true)
            + cell(esc(Tr::tr("Follow-up because")), true) + u"</tr><tr>"_s
            + cell(s.valid ? number(s.total) : Tr::tr("—"), false, u"right"_s) + cell(esc(band))
            + cell(s.tScore ? number(std::round(*s.tScore)) : Tr::tr("—"), false, u"right"_s)
            + cell(esc(s.valid ? Tr::tr("Yes") : Tr::tr("No: %1").arg(QLocale().createSeparatedList(invalid))))
            + cell(esc(why.isEmpty() ? Tr::tr("—") : QLocale().createSeparatedList(why))) + u"</tr></table>"_s;

    // Subscales as stored with the score.
    if (!s.subscales.isEmpty()) {
        {
            html += kTable + u"<tr>"_s + cell(esc(Tr::tr("Subscale")), true) + cell(esc(Tr::tr("Score")), true)
                    + cell(esc(Tr::tr("T-score")), true) + cell(esc(Tr::tr("Over its cut-off")), true) + u"</tr>"_s;
            for (const screening::ScaleScore &sub : s.subscales) {
                QString name = sub.code;
                for (const screening::Scale &scale : instrument.subscales)
                    if (scale.code == sub.code && !scale.name.isEmpty()) name = screening::localized(scale.name);
                const auto t = s.valid ? instrument.tScore(sub.code, sub.value, student.grade, student.sex)
                                       : std::nullopt;  // as for the total: no norm for an invalid sheet
                html += u"<tr>"_s + cell(esc(name)) + cell(number(sub.value), false, u"right"_s)
                        + cell(t ? number(std::round(*t)) : Tr::tr("—"), false, u"right"_s)
                        + cell(esc(sub.flagged ? Tr::tr("Yes") : Tr::tr("No"))) + u"</tr>"_s;
            }
            html += u"</table>"_s;
        }
    }
    return html;
}

Result<QString> trendSection(vault::Vault &vault, qint64 studentId)
{
    auto trend = screening::studentTrend(vault, studentId);
    if (!trend) return trend.error();
    QString html = u"<h2 style=\"font-size: 13pt;\">%1</h2>"_s.arg(esc(Tr::tr("Over time")));
    if (trend->isEmpty()) return html + u"<p>%1</p>"_s.arg(esc(Tr::tr("No screening results yet.")));
    screening::RunRepository runs(vault);
    QHash<QString, screening::Instrument> definitions;
    html += kTable + u"<tr>"_s + cell(esc(Tr::tr("Run")), true) + cell(esc(Tr::tr("Opened")), true)
            + cell(esc(Tr::tr("Instrument")), true) + cell(esc(Tr::tr("Total")), true) + cell(esc(Tr::tr("Band")), true)
            + u"</tr>"_s;
    for (const screening::TrendPoint &p : *trend) {
        const QString key = u"%1/%2"_s.arg(p.runId).arg(p.instrument);
        if (!definitions.contains(key))
            if (auto def = runs.instrument(p.runId, p.instrument)) definitions.insert(key, *def);
        const screening::Instrument def = definitions.value(key);
        const QString band = p.score.valid && p.score.band >= 0 && p.score.band < def.bands.size()
                                 ? screening::localized(def.bands.at(p.score.band).label)
                                 : (p.score.valid ? Tr::tr("—") : Tr::tr("Invalid"));
        html += u"<tr>"_s + cell(esc(p.runName)) + cell(dateText(p.on)) + cell(esc(p.instrument))
                + cell(p.score.valid ? number(p.score.total) : Tr::tr("—"), false, u"right"_s) + cell(esc(band))
                + u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

Result<QString> followUpSection(vault::Vault &vault, qint64 runId, qint64 studentId)
{
    auto followUp = screening::FollowUpRepository(vault).forStudent(runId, studentId);
    if (!followUp) return followUp.error();
    QString html = u"<h2 style=\"font-size: 13pt;\">%1</h2>"_s.arg(esc(Tr::tr("Follow-up")));
    if (!followUp->has_value())
        return html + u"<p>%1</p>"_s.arg(esc(Tr::tr("No follow-up: nothing in this run needs one.")));
    const screening::FollowUp &f = **followUp;
    QList<QPair<QString, QString>> rows = {
        {Tr::tr("Status:"), screening::followUpStatusName(f.status)},
        {Tr::tr("Opened:"), dateTimeText(f.openedAt)},
        {Tr::tr("Interview:"), dateTimeText(f.interviewAt)},
    };
    if (f.status != screening::FollowUpStatus::Open) {
        //: When and by whom a follow-up was closed.
        rows.append({Tr::tr("Closed:"), Tr::tr("%1 by %2").arg(dateTimeText(f.closedAt), userName(vault, f.closedBy))});
        rows.append({Tr::tr("Note:"), f.note});
    }
    return html + factsTable(rows);
}

/// The red CONFIDENTIAL banner and, under it, what the page holds and how to keep it.
QString confidentialBanner(const QString &explanation)
{
    return u"<p align=\"center\" style=\"color: #b71c1c; font-size: 14pt; font-weight: bold;\">%1</p>"_s.arg(
               esc(Tr::tr("CONFIDENTIAL")))
           + u"<p align=\"center\" style=\"color: #b71c1c; font-size: 9pt;\">%1</p>"_s.arg(esc(explanation));
}

QString confidentialFooter()
{
    return u"<p align=\"center\" style=\"color: #b71c1c; font-weight: bold;\">%1</p>"_s.arg(esc(Tr::tr("CONFIDENTIAL")));
}

}  // namespace

Status buildIndividualReport(QTextDocument &document, vault::Vault &vault, const screening::Run &run,
                             const screening::Participant &student)
{
    QString html = pageStart();
    html += confidentialBanner(
        Tr::tr("One student's screening results. Keep this page locked away, share it only with those who "
               "support the student, and shred it when it is no longer needed."));
    html += u"<h1 style=\"font-size: 18pt;\">%1</h1>"_s.arg(esc(Tr::tr("Screening results: %1").arg(student.name)));
    html += factsTable({
        {Tr::tr("School:"), vault.school().name},
        {Tr::tr("Student number:"), student.studentNo},
        {Tr::tr("Class:"), students::className(student.grade, student.klass)},
        {Tr::tr("Run:"), run.name},
        {Tr::tr("Dates:"), Tr::tr("%1 to %2").arg(dateText(run.opensOn), dateText(run.closesOn))},
        {Tr::tr("Printed:"), Tr::tr("%1 by %2").arg(dateTimeText(clock::now()), vault.currentUser().displayName)},
    });
    html += u"<h2 style=\"font-size: 13pt;\">%1</h2>"_s.arg(esc(Tr::tr("Scores in this run")));
    screening::RunRepository runs(vault);
    for (const screening::RunInstrument &ri : run.instruments) {
        auto definition = runs.instrument(run.id, ri.code);
        if (!definition) return definition.error();
        auto section = scoreSection(vault, run, student, *definition);
        if (!section) return section.error();
        html += *section;
    }
    auto trend = trendSection(vault, student.studentId);
    if (!trend) return trend.error();
    auto followUp = followUpSection(vault, run.id, student.studentId);
    if (!followUp) return followUp.error();
    html += *trend + *followUp;
    html += u"<p style=\"color: #555555; font-size: 9pt;\">%1</p>"_s.arg(
        esc(Tr::tr("A screening is a sieve, not a diagnosis. Scores describe how the student answered on one day.")));
    html += confidentialFooter() + u"</div>"_s;
    document.setHtml(html);
    return {};
}

void buildNotTakenList(QTextDocument &document, const QString &schoolName, const screening::Run &run,
                       const QString &instrumentName, const QList<screening::Participant> &missing,
                       const QString &printedBy)
{
    QString html = pageStart();
    html += confidentialBanner(Tr::tr("Students' names. Give it only to those who send the students to the "
                                      "screening, and shred it once they have taken it."));
    html += u"<h1 style=\"font-size: 18pt;\">%1</h1>"_s.arg(esc(Tr::tr("Not taken yet: %1").arg(instrumentName)));
    html += factsTable({
        {Tr::tr("School:"), schoolName},
        {Tr::tr("Run:"), run.name},
        {Tr::tr("Dates:"), Tr::tr("%1 to %2").arg(dateText(run.opensOn), dateText(run.closesOn))},
        {Tr::tr("Students:"), QLocale().toString(int(missing.size()))},
        {Tr::tr("Printed:"), Tr::tr("%1 by %2").arg(dateTimeText(clock::now()), printedBy)},
    });
    html += kTable + u"<tr>"_s + cell(esc(Tr::tr("Class")), true) + cell(esc(Tr::tr("Student number")), true)
            + cell(esc(Tr::tr("Name")), true) + u"</tr>"_s;
    for (const screening::Participant &p : missing)
        html += u"<tr>"_s + cell(esc(students::className(p.grade, p.klass))) + cell(esc(p.studentNo))
                + cell(esc(p.name)) + u"</tr>"_s;
    html += u"</table>"_s + confidentialFooter() + u"</div>"_s;
    document.setHtml(html);
}

}  // namespace ui
}  // namespace cd

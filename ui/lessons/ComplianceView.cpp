#include "ui/lessons/ComplianceView.h"

#include "core/common/Clock.h"
#include "core/students/Student.h"
#include "ui/common/Dates.h"
#include "ui/common/StatusWidgets.h"
#include "ui/common/TableRows.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    fitRowsToText(t);
    return t;
}

QTableWidgetItem *cell(const QVariant &value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    return item;
}

void addRow(QTableWidget *t, const QList<QVariant> &values, bool behind)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < values.size(); ++c) {
        QTableWidgetItem *item = cell(values[c]);
        if (behind) {
            item->setForeground(behindColour());
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        t->setItem(row, c, item);
    }
}
}  // namespace

QColor behindColour() { return QColor(0xc6, 0x28, 0x28); }

ComplianceView::ComplianceView(vault::Vault &vault, QWidget *parent)
    : QWidget(parent),
      m_vault(vault),
      m_summary(new QLabel(this)),
      m_error(makeErrorLabel(this, u"complianceError"_s)),
      m_classes(table(this, u"complianceClasses"_s,
                      {tr("Class"), tr("Teacher"), tr("Required so far"), tr("Delivered"), tr("Windows behind"),
                       tr("Missing"), tr("Planned ahead"), tr("Class meetings")})),
      m_grades(table(this, u"complianceGrades"_s,
                     {tr("Grade"), tr("Classes"), tr("Classes behind"), tr("Required so far"), tr("Delivered"),
                      tr("Missing"), tr("Without a class meeting")})),
      m_chart(new QChartView(this))
{
    setObjectName(u"complianceView"_s);
    m_summary->setObjectName(u"complianceSummary"_s);
    m_summary->setWordWrap(true);
    m_classes->setToolTip(tr("Classes behind the lesson rule come first, in red"));
    m_classes->setSortingEnabled(true);
    m_chart->setObjectName(u"complianceChart"_s);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(160);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_classes);
    split->addWidget(m_grades);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);
    setEnabled(false);
}

void ComplianceView::setSemester(const std::optional<lessons::Semester> &semester)
{
    m_semester = semester;
    setEnabled(semester.has_value());
    reload();
}

void ComplianceView::reload()
{
    m_report = {};
    m_error->hide();
    m_classes->setSortingEnabled(false);
    m_classes->setRowCount(0);
    m_grades->setRowCount(0);
    if (m_semester) {
        auto report = lessons::Compliance(m_vault).report(m_semester->id, clock::today());
        if (!report) {
            m_error->setText(report.error().message);
            m_error->show();
        } else {
            m_report = *report;
        }
    }
    const lessons::GradeCompliance &school = m_report.school;
    //: the compliance at a glance: "As of 2026-12-06: 40 lessons required so far, 36 delivered; 3 of 20 classes behind."
    m_summary->setText(tr("As of %1: %2 required so far, %3 delivered; %4 of %5 classes behind.")
                           .arg(dates::date(m_report.asOf.isValid() ? m_report.asOf : clock::today()))
                           .arg(tr("%n lesson(s)", nullptr, school.requiredSoFar))
                           .arg(school.delivered)
                           .arg(school.classesBehind)
                           .arg(school.classes));
    for (const lessons::ClassCompliance &c : m_report.classes)  // behind first, as the report orders them
        addRow(m_classes,
               {c.cls.displayName(), c.teacher, c.requiredSoFar, c.delivered, c.behindWindows, c.missing, c.plannedAhead,
                //: theme class meetings held of the target: "0 / 1"
                tr("%1 / %2").arg(c.meetingsHeld).arg(c.meetingsTarget)},
               c.isBehind());
    for (const lessons::GradeCompliance &g : m_report.grades)
        addRow(m_grades,
               {students::gradeName(g.grade), g.classes, g.classesBehind, g.requiredSoFar, g.delivered, g.missing,
                g.classesWithoutMeeting},
               g.classesBehind > 0);
    m_classes->resizeColumnsToContents();
    m_grades->resizeColumnsToContents();
    showChart();
}

void ComplianceView::showChart()
{
    auto *chart = new QChart;
    auto *required = new QBarSet(tr("Required so far"));
    auto *delivered = new QBarSet(tr("Delivered"));
    required->setColor(QColor(0xb0, 0xbe, 0xc5));
    delivered->setColor(QColor(0x43, 0xa0, 0x47));
    QStringList grades;
    int top = 1;
    for (const lessons::GradeCompliance &g : m_report.grades) {
        grades << students::gradeName(g.grade);
        *required << g.requiredSoFar;
        *delivered << g.delivered;
        top = qMax(top, qMax(g.requiredSoFar, g.delivered));
    }
    auto *series = new QBarSeries;
    series->append(required);
    series->append(delivered);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(grades);
    auto *y = new QValueAxis;
    y->setRange(0, top);
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

}  // namespace cd::ui

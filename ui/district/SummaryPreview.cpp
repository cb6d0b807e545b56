#include "ui/district/SummaryPreview.h"

#include "core/district/WithheldTally.h"
#include "ui/common/TableRows.h"
#include "ui/district/SummaryCharts.h"
#include "ui/district/SummaryHeaderView.h"
#include "ui/district/SummaryTableModel.h"
#include "ui/district/SummaryWords.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

/// The table as tall as its rows: the page scrolls, not the table.
QTableView *tableView(SummaryTableModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    auto *header = new SummaryHeaderView(view);
    view->setHorizontalHeader(header);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(false);
    view->setTabKeyNavigation(false);  // Tab leaves the table; the arrows move inside it
    view->setWordWrap(false);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Columns share the width, none narrower than its heading.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->horizontalHeader()->setMinimumSectionSize(view->fontMetrics().averageCharWidth() * 6);
    fitRowsToText(view);
    // Headings wrap at the columns' widths: the table grows with its header.
    const auto fit = [view, model](int headerHeight) {
        view->setFixedHeight(headerHeight + view->verticalHeader()->defaultSectionSize() * model->rowCount() +
                             2 * view->frameWidth());
    };
    fit(header->sizeHint().height());
    QObject::connect(header, &SummaryHeaderView::heightChanged, view, fit);
    view->setAccessibleName(model->table().title);
    return view;
}

QChartView *chartView(const SummaryChart &chart, QWidget *parent)
{
    auto *set = new QBarSet(chart.title);
    set->setColor(QColor(0x4a, 0x78, 0xb8));
    set->setBorderColor(Qt::transparent);
    QStringList categories;
    // A horizontal bar series draws its first category at the bottom: add them last to first,
    // so the chart reads top down in the table's order.
    for (auto b = chart.bars.crbegin(); b != chart.bars.crend(); ++b) {
        *set << (b->withheld ? 0.0 : b->value);  // a withheld bar is absent: length 0, its label says *
        //: a bar's label in the preview's charts: the row, then its figure or the withheld mark
        categories << SummaryPreview::tr("%1: %2").arg(b->label, b->text);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    auto *qchart = new QChart;
    qchart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = new QValueAxis;
    x->setRange(0, chart.axisMaximum());
    x->setLabelFormat(chart.percent ? u"%.0f"_s : u"%d"_s);
    if (!chart.percent) x->applyNiceNumbers();  // whole-number ticks for counts
    qchart->addAxis(y, Qt::AlignLeft);
    qchart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    qchart->setTitle(chart.title);
    qchart->legend()->hide();
    qchart->setMargins(QMargins(2, 2, 2, 2));
    auto *view = new QChartView(qchart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    const int line = view->fontMetrics().height();
    view->setMinimumHeight(line * (5 + int(chart.bars.size()) * 2));
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

}  // namespace

SummaryPreview::SummaryPreview(QWidget *parent)
    : QWidget(parent), m_withheld(new QLabel(this)), m_parts(new QTabWidget(this)), m_footnote(new QLabel(this))
{
    setObjectName(u"summaryPreview"_s);
    m_withheld->setObjectName(u"summaryWithheld"_s);
    m_withheld->setWordWrap(true);
    m_parts->setObjectName(u"summaryParts"_s);
    m_parts->setDocumentMode(true);
    m_footnote->setObjectName(u"summaryFootnote"_s);
    m_footnote->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_withheld);
    layout->addWidget(m_parts, 1);
    layout->addWidget(m_footnote);
}

QString SummaryPreview::withheldLine(const district::Summary &summary)
{
    const district::WithheldTally tally = district::withheldTally(summary);
    if (tally.values == 0) return tr("No count is withheld; k = %1.").arg(summary.header.k);
    //: the preview's first line: how many counts of students the summary withholds, as small (primary) or so
    //: that they cannot be worked out from the others; how many values the tables show as * (those counts and
    //: the percents worked out from them); and the threshold k
    return tr("Counts withheld: %1 (%2 primary, %3 so that they cannot be worked out). Values shown as * (these "
              "counts and the percents that depend on them): %4. k = %5.")
        .arg(tally.counts)
        .arg(summary.protection.primary)
        .arg(summary.protection.secondary)
        .arg(tally.values)
        .arg(summary.header.k);
}

void SummaryPreview::setWithheldLine(const QString &line) { m_withheld->setText(line); }

void SummaryPreview::setSummary(const district::Summary &summary)
{
    // The models read m_summary: their pages go before it changes.
    while (m_parts->count() > 0) {
        QWidget *page = m_parts->widget(0);
        m_parts->removeTab(0);
        delete page;
    }
    m_summary = summary;
    m_withheld->setText(withheldLine(m_summary));
    const SummaryLanguage lang(m_summary.header.language);
    for (const QString &part : summaryParts(m_summary)) m_parts->addTab(partPage(part), partHeading(part, lang));
    m_footnote->setText(withheldFootnote(m_summary, lang));
}

QWidget *SummaryPreview::partPage(const QString &part)
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"summaryPart:%1"_s.arg(part));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    for (int t : tablesOfPart(m_summary, part)) layout->addWidget(tableSection(t, content));
    layout->addStretch(1);
    scroll->setWidget(content);
    return scroll;
}

QWidget *SummaryPreview::tableSection(int table, QWidget *parent)
{
    const district::SummaryTable &t = m_summary.tables.at(table);
    auto *section = new QWidget(parent);
    section->setObjectName(u"summarySection:%1"_s.arg(t.id));
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 12);
    auto *title = wrappedLabel(t.title, section);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    QTableView *view = tableView(new SummaryTableModel(m_summary, table, section), section);
    view->setObjectName(u"summaryTable:%1"_s.arg(t.id));
    title->setBuddy(view);
    layout->addWidget(view);
    if (!t.note.isEmpty()) layout->addWidget(wrappedLabel(t.note, section));
    if (const auto chart = summaryChart(m_summary, t); chart && chart->nothingShown()) {
        QLabel *none = wrappedLabel(noChartLine(*chart, SummaryLanguage(m_summary.header.language)), section);
        none->setObjectName(u"summaryNoChart:%1"_s.arg(t.id));
        layout->addWidget(none);
    } else if (chart) {
        QChartView *c = chartView(*chart, section);
        c->setObjectName(u"summaryChart:%1"_s.arg(t.id));
        layout->addWidget(c);
    }
    return section;
}

}  // namespace cd::ui

#include "ui/screening/StudentScreeningPanel.h"
#include "ui/common/Dates.h"

#include "core/screening/Results.h"
#include "ui/screening/TrendChart.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
enum Column { Run, Date, InstrumentColumn, Total, BandColumn, Valid, FollowUpColumn, ColumnCount };

QString number(double value)
{
    return QLocale().toString(value, 'f', std::abs(value - std::round(value)) < 1e-9 ? 0 : 1);
}
}  // namespace

StudentScreeningPanel::StudentScreeningPanel(vault::Vault &vault, qint64 studentId, QWidget *parent)
    : QWidget(parent), m_chart(new TrendChart(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_note(new QLabel(this))
{
    setObjectName(u"studentScreeningPanel"_s);
    m_table->setObjectName(u"screeningScores"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Run"), tr("Date"), tr("Instrument"), tr("Total"), tr("Band"), tr("Valid"), tr("Follow-up")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_note->setObjectName(u"screeningNote"_s);
    m_note->setWordWrap(true);

    auto trend = screening::studentTrend(vault, studentId);
    if (!trend) {
        m_note->setText(trend.error().message);
    } else if (trend->isEmpty()) {
        m_note->setText(tr("No screening results for this student yet."));
    }
    const QList<screening::TrendPoint> points = trend ? *trend : QList<screening::TrendPoint>();
    screening::RunRepository runs(vault);
    screening::FollowUpRepository followUps(vault);
    QHash<QString, screening::Instrument> latest;  // code -> the newest run's definition, for the chart
    QHash<qint64, QString> followUpText;            // run -> its follow-up status
    for (const screening::TrendPoint &p : points) {
        auto definition = runs.instrument(p.runId, p.instrument);
        if (definition) latest.insert(p.instrument, *definition);
        if (!followUpText.contains(p.runId)) {
            auto f = followUps.forStudent(p.runId, studentId);
            followUpText.insert(p.runId, f && f->has_value() ? screening::followUpStatusName((*f)->status) : QString());
        }
        QString band;
        if (definition && p.score.valid && p.score.band >= 0 && p.score.band < definition->bands.size())
            band = screening::localized(definition->bands.at(p.score.band).label);
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList values = {p.runName,
                                    dates::date(p.on),
                                    p.instrument,
                                    p.score.valid ? number(p.score.total) : tr("—"),
                                    band,
                                    p.score.valid ? tr("Yes") : tr("No"),
                                    followUpText.value(p.runId)};
        for (int c = 0; c < ColumnCount; ++c) m_table->setItem(r, c, new QTableWidgetItem(values[c]));
        m_table->item(r, Total)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_table->resizeColumnsToContents();
    m_chart->setTrend(points, latest);
    m_chart->setVisible(!points.isEmpty());

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);
    m_note->setVisible(!m_note->text().isEmpty());
}

int StudentScreeningPanel::rowCount() const { return m_table->rowCount(); }

}  // namespace ui
}  // namespace cd

#pragma once
// The Screening tab of a student's growth record: the totals over runs as a chart, and a table of
// the scores per run (run, instrument, total, band, valid, follow-up).

#include <QWidget>

class QLabel;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class TrendChart;

class StudentScreeningPanel : public QWidget {
    Q_OBJECT
public:
    StudentScreeningPanel(vault::Vault &vault, qint64 studentId, QWidget *parent = nullptr);
    int rowCount() const;
    TrendChart *chart() const { return m_chart; }

private:
    TrendChart *m_chart;
    QTableWidget *m_table;
    QLabel *m_note;
};

}  // namespace ui
}  // namespace cd

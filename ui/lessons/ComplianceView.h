#pragma once
// The Compliance tab of the Lessons page: per class and per grade, the lessons required so far,
// delivered, windows behind and lessons missing, planned ahead, and theme class meetings held
// against the target; classes behind first and in red. A bar chart per grade: delivered against
// required.

#include "core/lessons/Compliance.h"

#include <QWidget>

#include <optional>

class QChartView;
class QLabel;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class ComplianceView : public QWidget {
    Q_OBJECT
public:
    explicit ComplianceView(vault::Vault &vault, QWidget *parent = nullptr);
    void setSemester(const std::optional<lessons::Semester> &semester);
    /// Reads the report again, as of today.
    void reload();
    const lessons::ComplianceReport &report() const { return m_report; }
    QTableWidget *classTable() const { return m_classes; }
    QTableWidget *gradeTable() const { return m_grades; }
    QChartView *chart() const { return m_chart; }

private:
    void showChart();

    vault::Vault &m_vault;
    std::optional<lessons::Semester> m_semester;
    lessons::ComplianceReport m_report;
    QLabel *m_summary;
    QLabel *m_error;
    QTableWidget *m_classes;
    QTableWidget *m_grades;
    QChartView *m_chart;
};

/// The red a class or grade behind is shown in.
QColor behindColour();

}  // namespace cd::ui

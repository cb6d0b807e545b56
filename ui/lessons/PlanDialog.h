#pragma once
// Lessons page ▸ Build plan…: runs the exact planner on the semester's timetable inputs from a
// week on (busy bar, Cancel), then previews the plan before anything is saved: how many lessons,
// each teacher's load, and every (class, window) it cannot fill with its reason. Save applies it
// (Lessons::plan: planned lessons not yet held or edited by hand are replaced, the rest kept).

#include "core/lessons/Planner.h"
#include "core/lessons/Semester.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class PlanDialog : public QDialog {
    Q_OBJECT
public:
    PlanDialog(vault::Vault &vault, const lessons::Semester &semester, QWidget *parent = nullptr);

    /// Starts the planner on a worker thread (the preview shows when it is done).
    void build();
    /// Whether a plan is shown and can be saved.
    bool hasPlan() const { return m_plan != nullptr; }
    const lessons::Plan *plan() const { return m_plan.get(); }
    /// Saves the plan previewed; false (with the reason shown) when refused.
    bool save();
    void reject() override;

private:
    void showPlan(const Result<lessons::Plan> &plan);
    void setBusy(bool busy);

    vault::Vault &m_vault;
    lessons::Semester m_semester;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<lessons::Plan> m_plan;
    bool m_busy = false;
    QSpinBox *m_fromWeek;
    QPushButton *m_build;
    QPushButton *m_stop;
    QPushButton *m_save;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QLabel *m_error;
    QTableWidget *m_loads;
    QTableWidget *m_gaps;
};

}  // namespace cd::ui

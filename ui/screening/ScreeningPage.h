#pragma once
// The screening page: the runs (newest first) with their status and how many have answered, the
// run's life cycle (new, change, open, close, refresh the list, delete), the three ways answers
// come in (an answer file, paper sheets in a grid, the kiosk), the instruments, and for the
// selected run its results and who has not taken it yet.

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTableWidget;
class QTabWidget;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class NotTakenPane;

class ScreeningPage : public QWidget {
    Q_OBJECT
public:
    explicit ScreeningPage(vault::Vault &vault, QWidget *parent = nullptr);
    void reload();
    /// The selected run's id, or 0.
    qint64 currentRunId() const;
    void selectRun(qint64 runId);

    // The page's actions (buttons call these; tests too).
    void newRun();
    void editRun();
    void toggleOpen();
    void refreshList();
    void deleteRun();
    void importAnswers();
    void enterSheets();
    void startKioskMode();
    void showInstruments();

Q_SIGNALS:
    /// A student kiosk started (true) or ended (false).
    void kioskActive(bool active);
    /// The vault must lock now (someone kept guessing the kiosk's PIN).
    void lockRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void keepARunChosen();
    void runChanged();
    static QString flaggedTabText(int sheets);

    vault::Vault &m_vault;
    QTableWidget *m_runs;
    QSplitter *m_split = nullptr;
    bool m_runsSized = false;
    QLabel *m_runSummary;
    QTabWidget *m_tabs;
    QWidget *m_results = nullptr;  ///< the ResultsView of m_resultsRun (its flagged list on the next tab)
    qint64 m_resultsRun = 0;
    NotTakenPane *m_notTaken;
    QPushButton *m_edit;
    QPushButton *m_open;
    QPushButton *m_refresh;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_grid;
    QPushButton *m_kiosk;
};

}  // namespace ui
}  // namespace cd

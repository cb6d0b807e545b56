#pragma once
// The results of one screening run: pick an instrument, see who took it (participation line), the
// band distribution per grade or class, and the flagged list with what to do about each student
// (watch list, case, interview, close the follow-up) and the group and individual reports.
// Built from one summarize() and one flaggedSheets() call; refreshed after every action.

#include "core/screening/Results.h"
#include "ui/unlock/ReauthDialog.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSplitter;
class QTableView;
class QTextDocument;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class BandChart;
class FlaggedModel;
class FlaggedProxy;

class ResultsView : public QWidget {
    Q_OBJECT
public:
    ResultsView(vault::Vault &vault, qint64 runId, QWidget *parent = nullptr);
    ~ResultsView() override;

    /// The flagged list with its actions, taken out of this view for the caller to place (the
    /// screening page gives it a tab of its own, so that it has the height on a small screen).
    /// It stays this view's: it is deleted with it.
    QWidget *takeFlaggedPane();

    /// False when the run could not be read (the error is shown in the view).
    bool loaded() const { return m_loaded; }
    /// Reads the summary of the current instrument and the flagged list again; keeps the selection.
    void reload();
    void setInstrument(const QString &code);
    QString currentInstrument() const;

    QString participationText() const;
    const screening::RunSummary &summary() const { return m_summary; }
    BandChart *chart() const { return m_chart; }
    QTableView *flaggedTable() const { return m_table; }
    FlaggedModel *flaggedModel() const { return m_model; }
    /// Selects the row of a student's sheet of `instrument` (visible in the list); false if none.
    bool selectSheet(qint64 studentId, const QString &instrument);
    /// The selected sheet, or nullptr.
    const screening::FlaggedSheet *selectedSheet() const;
    void setOpenOnly(bool on);

    // The actions on the selected row.
    void addToWatchList();
    void openCase();
    void scheduleInterview();
    void closeFollowUp();  ///< or reopen a closed one
    void openRecord();
    // The reports: print dialog, or a PDF file chosen in a save dialog.
    void printGroupReport();
    void saveGroupReportPdf();
    void printIndividualReport();
    void saveIndividualReportPdf();

Q_SIGNALS:
    /// The vault changed through one of the actions (follow-ups, watch list, cases).
    void resultsChanged();
    /// The flagged list was (re)loaded: so many sheets, so many with an open follow-up.
    void flaggedCounted(int sheets, int open);

private:
    void buildLayout();
    void buildFlaggedPane();
    void loadSummary();
    void loadFlagged();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    /// Runs an action on the selected sheet; refreshes and keeps the selection when it changed something.
    template <typename Action>
    void onSelected(Action action);
    QString whyOf(const screening::FlaggedSheet &sheet) const;
    /// Fills `document` with the individual report of the selected student after the passphrase
    /// check and the audit row; false when cancelled or failed (shown).
    bool prepareIndividualReport(QTextDocument &document);
    /// Prints or saves as PDF; true when it went out.
    bool outputReport(QTextDocument &document, const QString &title, const QString &fileName, bool pdf);
    void auditGroupReport();

    vault::Vault &m_vault;
    screening::Run m_run;
    QHash<QString, screening::Instrument> m_definitions;
    screening::RunSummary m_summary;
    bool m_loaded = false;
    ReauthGate m_reauth;

    QComboBox *m_instrument = nullptr;
    QRadioButton *m_byGrade = nullptr;
    QRadioButton *m_byClass = nullptr;
    QCheckBox *m_percent = nullptr;
    QCheckBox *m_notTaken = nullptr;
    QLabel *m_participation = nullptr;
    QLabel *m_error = nullptr;
    BandChart *m_chart = nullptr;
    QScrollArea *m_chartArea = nullptr;
    QSplitter *m_splitter = nullptr;
    QPointer<QWidget> m_flaggedPane;
    QCheckBox *m_openOnly = nullptr;
    QTableView *m_table = nullptr;
    FlaggedModel *m_model = nullptr;
    FlaggedProxy *m_proxy = nullptr;
    QAction *m_watchAction = nullptr;
    QAction *m_caseAction = nullptr;
    QAction *m_interviewAction = nullptr;
    QAction *m_followUpAction = nullptr;
    QAction *m_recordAction = nullptr;
    QPushButton *m_individualButton = nullptr;
};

}  // namespace ui
}  // namespace cd

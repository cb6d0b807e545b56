#pragma once
// The District window, for the education bureau (docs/district-merge.md; no vault needed): opened
// from the sign-in window's and the setup wizard's "District packages…" or `counseldesk --district
// [FOLDER...]`. The schools' packages are added (a package folder, or a folder or USB stick holding
// packages one level down; dropped folders too), each read and verified with its status in the list;
// Merge adds them up (district::mergePackages) and shows exactly the tables that will be written
// (SummaryPreview: withheld marks, "≥n" lower bounds, charts); Export… writes the district package
// to a folder or drive (the PDF rendered here), read back and verified; Open PDF shows it.

#include "core/district/DistrictMerge.h"

#include <QMainWindow>
#include <QStringList>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace cd::ui {

class DistrictPackageModel;
class SummaryPreview;

class DistrictWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit DistrictWindow(QWidget *parent = nullptr);
    ~DistrictWindow() override;

    /// The one District window (made on first use, deleted when closed), shown and raised, with
    /// `folders` added once it shows.
    static DistrictWindow *showWindow(const QStringList &folders = {});

    /// Reads `folders` (packages, or folders holding packages) into the list, with a progress
    /// dialog and Cancel. Returns how many rows were added.
    int addFolders(const QStringList &folders);
    /// Merges the listed packages and previews the result; false (with a message) if refused.
    bool merge();
    /// Export…: the folder, the merged package written and verified; its folder, or empty.
    QString exportPackage();

    DistrictPackageModel *packages() const { return m_model; }
    const std::optional<district::DistrictMerge> &merged() const { return m_result; }
    /// The language of the merged tables and the PDF ("zh_CN" or "en").
    QString language() const;
    void setLanguage(const QString &language);
    /// The k the merge asks for (MergeOptions::k): the toolbar's chooser, 5 unless chosen.
    int k() const;
    /// Chooses `k` when the chooser offers it (5, 10, and any smaller k of a listed package).
    void setK(int k);

Q_SIGNALS:
    /// The window is about to close (the start screen that opened it shows again first).
    void closing();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildActions();
    void chooseFolder();
    void removeSelected();
    void clearAll();
    void openPdf();
    void listChanged();
    void offerKs();
    void fitColumns();
    void updateActions();
    QList<int> selectedRows() const;

    DistrictPackageModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_list;
    QLabel *m_listLine;
    QComboBox *m_language;
    QComboBox *m_k;
    QLabel *m_mergeLine;
    QSplitter *m_split = nullptr;
    SummaryPreview *m_preview;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_export = nullptr;
    QAction *m_openPdf = nullptr;
    std::optional<district::DistrictMerge> m_result;
    QString m_pdf;  ///< the PDF of the last package exported
    QString m_addFolder;     ///< where packages were last added from
    QString m_exportFolder;  ///< where the district package was last written (never the schools' folder)
    bool m_busy = false;
};

}  // namespace cd::ui

#include "ui/district/DistrictWindow.h"

#include "core/district/WithheldTally.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/StartFolder.h"
#include "ui/district/DistrictMergeRun.h"
#include "ui/district/DistrictPackageModel.h"
#include "ui/district/DistrictWindowProgress.h"
#include "ui/district/SummaryPdf.h"
#include "ui/district/SummaryPreview.h"
#include "ui/help/ManualWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QScreen>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {

QPointer<DistrictWindow> &theWindow()
{
    static QPointer<DistrictWindow> window;
    return window;
}

/// The local folders among dropped URLs.
QStringList droppedFolders(const QMimeData *mime)
{
    QStringList folders;
    if (!mime || !mime->hasUrls()) return folders;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir()) folders << url.toLocalFile();
    return folders;
}

QString title() { return DistrictWindow::tr("District packages"); }

/// The package list, asking for three rows: the merged tables below need the room on a small screen.
class PackageListView : public QTableView {
public:
    using QTableView::QTableView;
    QSize sizeHint() const override
    {
        return {QTableView::sizeHint().width(), horizontalHeader()->sizeHint().height() +
                                                    verticalHeader()->defaultSectionSize() * 3 + 2 * frameWidth()};
    }
};

}  // namespace

DistrictWindow::DistrictWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new DistrictPackageModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_list(new PackageListView(this)), m_listLine(new QLabel(this)), m_language(new QComboBox(this)),
      m_k(new QComboBox(this)), m_mergeLine(new QLabel(this)), m_preview(new SummaryPreview(this))
{
    setObjectName(u"districtWindow"_s);
    setWindowTitle(tr("District packages: merge the schools' semester summaries"));
    setAcceptDrops(true);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_list->setObjectName(u"districtPackages"_s);
    m_list->setModel(m_sorted);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(-1, Qt::AscendingOrder);  // as added until a heading is clicked
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("School packages"));
    m_list->setToolTip(tr("The schools' packages: add a folder, or drop folders here"));
    m_listLine->setObjectName(u"districtListLine"_s);
    m_listLine->setWordWrap(true);
    m_language->setObjectName(u"districtMergeLanguage"_s);
    m_language->setToolTip(tr("The language of the district tables and of the PDF report"));
    m_language->addItem(u"中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    setLanguage(QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s);
    m_k->setObjectName(u"districtMergeK"_s);
    m_k->setToolTip(tr("The smallest count the district tables publish: counts from 1 to k−1 are withheld. A "
                       "package exported with a smaller k can only be merged with that k."));
    m_k->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mergeLine->setObjectName(u"districtMergeLine"_s);
    m_mergeLine->setWordWrap(true);
    m_mergeLine->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(u"districtMergePreview"_s);

    buildActions();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list, 1);
    topLayout->addWidget(m_listLine);
    topLayout->addWidget(m_mergeLine);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_split = split;
    split->setObjectName(u"districtSplit"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(m_preview);  // hidden until merged: the list has the room
    // The list a few rows (its size hint), the tables the rest; all to the list until merged.
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(split);
    setCentralWidget(central);

    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DistrictWindow::updateActions);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_result) merge();  // the tables' words are the merge's
    });
    connect(m_k, &QComboBox::activated, this, [this]() {
        if (m_result) merge();  // what is withheld depends on k
    });
    listChanged();
    const QSize room = screen() ? screen()->availableGeometry().size() * 0.9 : QSize(980, 680);
    resize(QSize(980, 680).boundedTo(room));
}

DistrictWindow::~DistrictWindow() = default;

void DistrictWindow::buildActions()
{
    const auto action = [this](const QString &text, const QString &name, const QKeySequence &key,
                               const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty()) a->setShortcut(key);
        a->setToolTip(key.isEmpty() ? tip : u"%1 (%2)"_s.arg(tip, key.toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
        return a;
    };
    m_add = action(tr("&Add folder…"), u"districtAdd"_s, QKeySequence::Open,
                   tr("Add a school's package, or a folder or USB drive holding several"));
    m_remove = action(tr("&Remove"), u"districtRemove"_s, QKeySequence::Delete, tr("Remove the selected packages"));
    m_clear = action(tr("C&lear"), u"districtClear"_s, {}, tr("Remove every package from the list"));
    m_merge = action(tr("&Merge"), u"districtMerge"_s, QKeySequence(Qt::CTRL | Qt::Key_M),
                     tr("Add up the packages into district tables and check that nobody can be identified"));
    m_export = action(tr("&Export…"), u"districtExport"_s, QKeySequence(Qt::CTRL | Qt::Key_E),
                      tr("Write the district package to a folder or USB drive"));
    m_openPdf = action(tr("Open &PDF"), u"districtOpenPdf"_s, {}, tr("Open the report of the package just written"));
    auto *close = action(tr("&Close"), u"districtClose"_s, QKeySequence::Close, tr("Close this window"));
    auto *manual = action(tr("User &manual"), u"districtManual"_s, QKeySequence::HelpContents,
                          tr("The manual's chapter on the District window"));
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);  // Del belongs to the list
    m_list->addAction(m_remove);

    connect(m_add, &QAction::triggered, this, &DistrictWindow::chooseFolder);
    connect(m_remove, &QAction::triggered, this, &DistrictWindow::removeSelected);
    connect(m_clear, &QAction::triggered, this, &DistrictWindow::clearAll);
    connect(m_merge, &QAction::triggered, this, [this]() { merge(); });
    connect(m_export, &QAction::triggered, this, [this]() { exportPackage(); });
    connect(m_openPdf, &QAction::triggered, this, &DistrictWindow::openPdf);
    connect(close, &QAction::triggered, this, &QWidget::close);
    connect(manual, &QAction::triggered, this, []() { ManualWindow::showManual(u"district"_s); });

    QMenu *packages = menuBar()->addMenu(tr("&Packages"));
    packages->addActions({m_add, m_remove, m_clear});
    packages->addSeparator();
    packages->addActions({m_merge, m_export, m_openPdf});
    packages->addSeparator();
    packages->addAction(close);
    menuBar()->addMenu(tr("&Help"))->addAction(manual);

    auto *bar = addToolBar(tr("Packages"));
    bar->setObjectName(u"districtToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({m_add, m_remove, m_clear});
    bar->addSeparator();
    auto *languageLabel = new QLabel(tr("Language:"), bar);
    languageLabel->setBuddy(m_language);
    bar->addWidget(languageLabel);
    bar->addWidget(m_language);
    auto *kLabel = new QLabel(tr("k:"), bar);
    kLabel->setBuddy(m_k);
    kLabel->setToolTip(m_k->toolTip());
    bar->addWidget(kLabel);
    bar->addWidget(m_k);
    bar->addSeparator();
    bar->addActions({m_merge, m_export, m_openPdf});
}

QString DistrictWindow::language() const { return m_language->currentData().toString(); }

void DistrictWindow::setLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    if (index >= 0) m_language->setCurrentIndex(index);
}

int DistrictWindow::k() const { return m_k->currentData().toInt(); }

void DistrictWindow::setK(int k)
{
    const int index = m_k->findData(k);
    if (index >= 0) m_k->setCurrentIndex(index);
}

void DistrictWindow::offerKs()
{
    // The usual 5 and a stricter 10; a listed package's smaller k too, marked as below the usual,
    // since the merge refuses a k above a package's (it cannot withhold what the school published).
    constexpr int kUsual = 5;
    const int chosen = m_k->count() > 0 ? k() : kUsual;
    QList<int> ks{kUsual, 10};
    for (const district::CollectedPackage &c : m_model->entries())
        if (c.package && c.package->summary.header.k < kUsual && !ks.contains(c.package->summary.header.k))
            ks << c.package->summary.header.k;
    std::sort(ks.begin(), ks.end());
    const QSignalBlocker quiet(m_k);
    m_k->clear();
    for (const int k : std::as_const(ks))
        m_k->addItem(k < kUsual    ? tr("%1 (below the usual %2)").arg(k).arg(kUsual)
                     : k == kUsual ? tr("%1 (usual)").arg(k)
                                   : QString::number(k),
                     k);
    setK(ks.contains(chosen) ? chosen : kUsual);
    // Wide enough for its longest label: counted in characters, a Chinese one is two.
    int longest = 0;
    for (int i = 0; i < m_k->count(); ++i)
        longest = qMax(longest, m_k->fontMetrics().horizontalAdvance(m_k->itemText(i)));
    m_k->setMinimumContentsLength(longest / qMax(1, m_k->fontMetrics().horizontalAdvance(u'x')) + 2);
}

DistrictWindow *DistrictWindow::showWindow(const QStringList &folders)
{
    QPointer<DistrictWindow> &window = theWindow();
    if (!window) {
        window = new DistrictWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    if (!folders.isEmpty())
        QTimer::singleShot(0, window, [w = window.data(), folders]() { w->addFolders(folders); });
    return window;
}

int DistrictWindow::addFolders(const QStringList &folders)
{
    if (m_busy || folders.isEmpty()) return 0;
    m_busy = true;
    updateActions();
    using Collected = Result<QList<district::CollectedPackage>>;
    const Collected collected = runWithProgress<Collected>(
        this, title(), tr("Reading and verifying the packages…"), [folders](const std::shared_ptr<JobProgress> &job) {
            return district::collectPackages(
                folders,
                [job](int done, int total) {
                    job->done = done;
                    job->total = total;
                    return !job->cancel.load();
                },
                &job->cancel);
        });
    m_busy = false;
    int added = 0;
    if (!collected) {
        if (collected.error().code != ErrorCode::Cancelled) MessageBoxes::error(this, title(), collected.error().message);
    } else {
        added = m_model->add(*collected);
        if (!folders.isEmpty()) m_addFolder = QFileInfo(folders.constLast()).absolutePath();
    }
    listChanged();
    return added;
}

bool DistrictWindow::merge()
{
    const QList<district::ReadPackage> packages = m_model->mergeable();
    if (m_busy || packages.isEmpty()) return false;
    m_busy = true;
    updateActions();
    district::MergeOptions options;
    options.language = language();
    options.k = k();  // always the chooser's, whatever core's default
    using Merged = Result<district::DistrictMerge>;
    Merged merged = runWithProgress<Merged>(
        this, title(), tr("Adding up the packages and checking that nobody can be identified…"),
        [packages, options](const std::shared_ptr<JobProgress> &job) {
            return district::mergePackages(packages, options, &job->cancel);
        });
    m_busy = false;
    if (!merged) {
        m_result.reset();
        m_mergeLine->setText(merged.error().code == ErrorCode::Cancelled ? tr("The merge was cancelled.")
                                                                          : merged.error().message);
        if (merged.error().code != ErrorCode::Cancelled) MessageBoxes::error(this, title(), merged.error().message);
        m_preview->hide();
        m_mergeLine->show();
        updateActions();
        return false;
    }
    m_result = std::move(*merged);
    m_preview->setSummary(m_result->summary);
    m_preview->show();
    if (m_split->isVisible()) {  // the list back to a few rows, the tables the rest
        const int list = qMin(m_split->widget(0)->sizeHint().height(), m_split->height() / 2);
        m_split->setSizes({list, m_split->height() - list});
    }
    m_mergeLine->hide();
    const district::WithheldTally tally = district::withheldTally(m_result->summary);
    //: the line above the merged tables; %2 the semester, %3 counts of students withheld, %4 of them shown as a lower
    //: bound, %5 values shown as * or ≥n (those counts and the percents of them), %6 the threshold k used
    m_preview->setWithheldLine(tr("Schools merged: %1 (%2). Counts withheld: %3, of which %4 shown as a lower bound "
                                  "(≥n). Values shown as * or ≥n (these counts and the percents that depend on them): "
                                  "%5. k = %6.")
                                   .arg(m_result->sources.size())
                                   .arg(m_result->summary.header.semester)
                                   .arg(tally.counts)
                                   .arg(tally.lowerBounds)
                                   .arg(tally.values)
                                   .arg(m_result->summary.header.k));
    updateActions();
    return true;
}

QString DistrictWindow::exportPackage()
{
    if (m_busy || !m_result) return {};
    const QString folder = FileDialogs::existingDirectory(
        this, tr("Choose the folder or USB drive for the district package"),
        startFolder(m_exportFolder));  // not the schools' folder: the next merge of it would meet it
    if (folder.isEmpty()) return {};
    m_busy = true;
    updateActions();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const district::RenderedPdf pdf = renderSummaryPdf(m_result->summary);
    QApplication::restoreOverrideCursor();
    const district::DistrictMerge merge = *m_result;
    using Written = Result<district::PackageReport>;
    const auto write = [&](district::ExistingPackage existing) {
        return runWithProgress<Written>(
            this, title(), tr("Writing the district package and reading it back…"),
            [merge, pdf, folder, existing](const std::shared_ptr<JobProgress> &job) {
                return district::writeMergedPackage(merge, pdf, folder, JobProgress::callback(job), &job->cancel,
                                                    existing);
            });
    };
    Written report = write(district::ExistingPackage::Refuse);
    bool declined = false;
    if (!report && report.error().code == ErrorCode::AlreadyExists) {
        declined = !MessageBoxes::confirm(
            this, title(), tr("%1\n\nReplace the district package that is there?").arg(report.error().message),
            tr("&Replace"), true);
        if (!declined) report = write(district::ExistingPackage::Replace);
    }
    m_busy = false;
    updateActions();
    if (declined) return {};  // the package there stays as it was
    if (!report) {
        if (report.error().code == ErrorCode::Cancelled)
            MessageBoxes::information(this, title(), tr("The export was cancelled: nothing was written."));
        else
            MessageBoxes::error(this, title(), report.error().message);
        return {};
    }
    m_pdf = QDir(report->path).filePath(u"summary.pdf"_s);
    m_exportFolder = folder;
    updateActions();
    MergeReport written;  // worded as the CLI's merge words it
    written.folder = report->path;
    written.checksum = report->manifestSha256;
    written.semester = m_result->summary.header.semester;
    written.schools = int(m_result->sources.size());
    written.withheldCounts = district::withheldTally(m_result->summary).counts;
    written.withheld = m_result->withheld;
    written.lowerBounds = m_result->lowerBounds;
    const QString done = mergeDoneMessage(written);
    if (MessageBoxes::choose(this, QMessageBox::Information, title(), done, {tr("Open &PDF"), tr("OK")}, 1) == 0)
        openPdf();
    return report->path;
}

void DistrictWindow::openPdf()
{
    if (!m_pdf.isEmpty()) QDesktopServices::openUrl(QUrl::fromLocalFile(m_pdf));
}

void DistrictWindow::chooseFolder()
{
    if (m_busy) return;
    const QString folder = FileDialogs::existingDirectory(
        this, tr("Choose a package, or a folder or USB drive holding packages"),
        startFolder(m_addFolder));
    if (!folder.isEmpty()) addFolders({folder});
}

QList<int> DistrictWindow::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows()) rows << m_sorted->mapToSource(index).row();
    return rows;
}

void DistrictWindow::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (m_busy || rows.isEmpty()) return;
    m_model->removeRows(rows);
    listChanged();
}

void DistrictWindow::clearAll()
{
    if (m_busy) return;
    m_model->clear();
    listChanged();
}

void DistrictWindow::listChanged()
{
    // What was merged is no longer what is listed.
    m_result.reset();
    m_preview->hide();
    offerKs();
    const int count = m_model->rowCount();
    const int problems = m_model->problemCount();
    if (count == 0)
        m_listLine->setText(tr("Add the schools' packages with Add folder… (a folder or USB drive holding several adds "
                               "them all), or drop folders on the list."));
    else if (problems > 0)
        m_listLine->setText(tr("Packages listed: %1, of which %2 cannot be merged: remove them or add the right ones.")
                                .arg(count)
                                .arg(problems));
    else
        m_listLine->setText(tr("Packages listed: %1, all verified. Merge adds them up.").arg(count));
    m_mergeLine->setText(count > 0 && problems == 0 ? tr("Not merged yet.") : QString());
    m_mergeLine->setVisible(!m_mergeLine->text().isEmpty());
    fitColumns();
    updateActions();
}

void DistrictWindow::fitColumns()
{
    // Each column as wide as its contents; when that leaves Status (last, stretched) less than a
    // third of the list or less than its text, the long ones (school type, semester, folder) are
    // capped: Status stays in sight, its whole text in the cell's tooltip. At 1366×768 and 150 %
    // the school type and folder alone pushed it off the right edge.
    m_list->resizeColumnsToContents();
    const int room = m_list->viewport()->width();
    int before = 0;
    for (int c = 0; c < DistrictPackageModel::Status; ++c) before += m_list->columnWidth(c);
    if (before + qMin(m_list->columnWidth(DistrictPackageModel::Status), room / 3) <= room) return;
    const QList<int> capped{DistrictPackageModel::SchoolType, DistrictPackageModel::Semester, DistrictPackageModel::Folder};
    int used = 0;
    for (int c = 0; c < DistrictPackageModel::Status; ++c)
        if (!capped.contains(c)) used += m_list->columnWidth(c);
    const int cap = qMax(m_list->fontMetrics().averageCharWidth() * 8, (room * 2 / 3 - used) / int(capped.size()));
    for (int c : capped)
        if (m_list->columnWidth(c) > cap) m_list->setColumnWidth(c, cap);
}

void DistrictWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitColumns();
}

void DistrictWindow::updateActions()
{
    const bool idle = !m_busy;
    m_add->setEnabled(idle);
    m_remove->setEnabled(idle && m_list->selectionModel()->hasSelection());
    m_clear->setEnabled(idle && m_model->rowCount() > 0);
    m_merge->setEnabled(idle && m_model->canMerge());
    m_export->setEnabled(idle && m_result.has_value());
    m_openPdf->setEnabled(idle && !m_pdf.isEmpty() && QFileInfo::exists(m_pdf));
    m_language->setEnabled(idle);
    m_k->setEnabled(idle);
}

void DistrictWindow::closeEvent(QCloseEvent *event)
{
    if (m_busy) {
        event->ignore();  // the work finishes, or is cancelled, first
        return;
    }
    Q_EMIT closing();
    QMainWindow::closeEvent(event);
}

void DistrictWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_busy && !droppedFolders(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void DistrictWindow::dropEvent(QDropEvent *event)
{
    const QStringList folders = droppedFolders(event->mimeData());
    if (m_busy || folders.isEmpty()) return;
    event->acceptProposedAction();
    // After the drop returns: the drag's source is not kept waiting for the reading.
    QTimer::singleShot(0, this, [this, folders]() { addFolders(folders); });
}

}  // namespace cd::ui

#include "ui/shell/MainWindow.h"
#include "ui/common/Dates.h"

#include "ui/common/AppIcons.h"

#include "ui/backup/BackupDialog.h"
#include "ui/common/AreaRegistry.h"
#include "core/backup/BackupAudit.h"
#include "ui/common/Async.h"
#include "ui/common/LockState.h"
#include "ui/common/MessageBoxes.h"
#include "ui/help/ManualWindow.h"
#include "core/settings/Settings.h"
#include "ui/shell/Areas.h"
#include "ui/unlock/PassphraseDialog.h"
#include "core/vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

MainWindow::MainWindow(vault::Vault &vault, QWidget *parent)
    : QMainWindow(parent), m_vault(vault), m_nav(new QListWidget(this)), m_pages(new QStackedWidget(this))
{
    setObjectName(u"mainWindow"_s);
    // The school only: the window system adds the application's display name ("… — CounselDesk").
    setWindowTitle(vault.school().name);
    resize(1100, 720);

    m_nav->setObjectName(u"navigation"_s);
    m_nav->setIconSize(QSize(24, 24));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(u"QListWidget { background: palette(alternate-base); padding-top: 8px; }"
                         "QListWidget::item { padding: 8px; }"_s);

    // The pages come from the areas (ui/shell/Areas.cpp); leads see theirs too.
    registerAreas();
    auto *shell = new ShellSignals(this);
    connect(shell, &ShellSignals::kioskActive, this, [this](bool active) {
        setCurtain(active);
        Q_EMIT kioskActive(active);
    });
    connect(shell, &ShellSignals::lockRequested, this, &MainWindow::lockRequested);
    for (const PageSpec &page : AreaRegistry::instance().pages()) {
        if (page.leadOnly && !vault.isLead()) continue;
        addPage(page.make(PageContext{vault, *shell, this}), page.title(), page.iconName, page.toolTip());
    }
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // The page this user was on when the vault last locked or closed on this computer (the desk
    // if it is gone, e.g. a lead's page after the role changed).
    m_nav->setCurrentRow(0);
    showPage(settings::lastPage(vault.directory(), vault.currentUser().login));
    connect(m_nav, &QListWidget::currentRowChanged, this, [this]() {
        settings::setLastPage(m_vault.directory(), m_vault.currentUser().login, currentPage());
    });
    // As wide as its longest title needs (the pages get the rest of a small screen).
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(std::clamp(widest + m_nav->iconSize().width() + 48, 140, 220));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto *who = new QLabel(tr("Signed in: %1 (%2)").arg(vault.currentUser().displayName,
                                                         vault::roleName(vault.currentUser().role)),
                           this);
    who->setObjectName(u"signedInLabel"_s);
    m_backupStatus = new QLabel(this);
    m_backupStatus->setObjectName(u"backupStatus"_s);
    m_backupStatus->setContentsMargins(0, 0, 12, 0);
    statusBar()->addPermanentWidget(m_backupStatus);
    statusBar()->addPermanentWidget(who);
    statusBar()->showMessage(tr("Vault unlocked. It locks itself when you are away."), 5000);
    buildMenus();
    updateBackupStatus();
}

void MainWindow::addPage(QWidget *page, const QString &title, const QString &iconName, const QString &toolTip)
{
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(appIcon(iconName), title, m_nav);
    item->setToolTip(toolTip);
    item->setData(Qt::UserRole, page->objectName());
}

bool MainWindow::showPage(const QString &objectName)
{
    for (int i = 0; i < m_nav->count(); ++i) {
        if (m_nav->item(i)->data(Qt::UserRole).toString() == objectName) {
            m_nav->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void MainWindow::setCurtain(bool on)
{
    centralWidget()->setVisible(!on);
    menuBar()->setVisible(!on);
    if (m_toolbar) m_toolbar->setVisible(!on);
    statusBar()->setVisible(!on);
}

QString MainWindow::currentPage() const
{
    return m_pages->currentWidget() ? m_pages->currentWidget()->objectName() : QString();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *lock = file->addAction(QIcon::fromTheme(u"system-lock-screen"_s), tr("&Lock"));
    lock->setObjectName(u"actionLock"_s);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setToolTip(tr("Lock the vault now: the key is wiped and nothing stays on screen"));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::quitRequested);

    QMenu *vaultMenu = menuBar()->addMenu(tr("&Vault"));
    QAction *check = vaultMenu->addAction(tr("&Check integrity"));
    check->setObjectName(u"actionCheck"_s);
    check->setToolTip(tr("Read every page of the vault, walk the audit chain and compare the rollback marker"));
    connect(check, &QAction::triggered, this, [this]() { checkIntegrity(false); });
    vaultMenu->addSeparator();
    QAction *backup = vaultMenu->addAction(QIcon::fromTheme(u"document-save-as"_s), tr("&Back up…"));
    backup->setObjectName(u"actionBackup"_s);
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    backup->setToolTip(tr("Write an encrypted, verified backup to a USB stick or another drive"));
    connect(backup, &QAction::triggered, this, &MainWindow::backUp);
    QAction *restore = vaultMenu->addAction(tr("&Restore from a backup…"));
    restore->setObjectName(u"actionRestore"_s);
    restore->setToolTip(tr("Lock the vault and choose a backup to put in its place"));
    connect(restore, &QAction::triggered, this, [this]() {
        if (MessageBoxes::confirm(this, tr("Restore from a backup"),
                                  tr("The vault locks first; then choose the backup in the sign-in window. Continue?"),
                                  tr("&Lock and continue")))
            Q_EMIT restoreRequested();
    });
    vaultMenu->addSeparator();
    QAction *passphrase = vaultMenu->addAction(tr("Change my &passphrase…"));
    passphrase->setObjectName(u"actionChangePassphrase"_s);
    connect(passphrase, &QAction::triggered, this, &MainWindow::changePassphrase);

    addAreaActions(vaultMenu, MenuKind::Vault);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(u"toolsMenu"_s);
    addAreaActions(tools, MenuKind::Tools);
    const QList<QAction *> toolActions = tools->actions();
    if (std::none_of(toolActions.begin(), toolActions.end(), [](const QAction *a) { return !a->isSeparator(); }))
        delete tools;

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *prefs = settings->addAction(QIcon::fromTheme(u"preferences-system"_s), tr("&Preferences…"));
    prefs->setObjectName(u"actionPreferences"_s);
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);
    connect(prefs, &QAction::triggered, this, &MainWindow::preferencesRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *manual = help->addAction(QIcon::fromTheme(u"help-contents"_s), tr("User &manual"));
    manual->setObjectName(u"actionManual"_s);
    manual->setShortcut(QKeySequence(Qt::Key_F1));
    manual->setToolTip(tr("How to do each task in CounselDesk, on this computer (F1)"));
    connect(manual, &QAction::triggered, this, [this]() { ManualWindow::showManual(manualChapter()); });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About CounselDesk"));
    connect(about, &QAction::triggered, this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QString MainWindow::manualChapter() const
{
    // The chapter of the manual (resources/manual/) about each page; the contents for the others.
    static const QHash<QString, QString> chapters = {
        {u"studentsPage"_s, u"students"_s}, {u"watchListPage"_s, u"watch"_s}, {u"crisisPage"_s, u"crisis"_s},
        {u"screeningPage"_s, u"screening"_s}, {u"usersPage"_s, u"users"_s},  {u"auditPage"_s, u"audit"_s}};
    return chapters.value(currentPage(), u"contents"_s);
}

void MainWindow::addAreaActions(QMenu *menu, MenuKind kind)
{
    bool separated = false;
    for (const MenuActionSpec &spec : AreaRegistry::instance().menuActions(kind)) {
        if (spec.leadOnly && !m_vault.isLead()) continue;
        if (!separated) menu->addSeparator();
        separated = true;
        QAction *action = menu->addAction(spec.text());
        action->setObjectName(spec.objectName);
        action->setToolTip(spec.toolTip());
        if (!spec.iconName.isEmpty()) action->setIcon(appIcon(spec.iconName));
        if (!spec.shortcut.isEmpty()) action->setShortcut(spec.shortcut);
        const auto trigger = spec.trigger;
        connect(action, &QAction::triggered, this, [this, trigger]() { trigger(m_vault, this); });
        if (spec.toolbar) {
            // The few actions needed in a hurry, one click away on every page.
            if (!m_toolbar) {
                m_toolbar = addToolBar(tr("Quick actions"));
                m_toolbar->setObjectName(u"quickToolbar"_s);
                m_toolbar->setMovable(false);
                m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            }
            // The button's text without the menu's mnemonic ("(&C)" in Chinese) or ellipsis.
            QString label = action->text();
            label.remove(QRegularExpression(u"\\(&\\w\\)"_s));
            label.remove(u'&').remove(u'…');
            action->setIconText(label.trimmed());
            m_toolbar->addAction(action);
        }
    }
}

void MainWindow::backUp()
{
    BackupDialog dialog(m_vault, BackupDialog::Mode::Interactive, this);
    dialog.exec();
    if (!lockInProgress()) updateBackupStatus();
}

void MainWindow::updateBackupStatus()
{
    auto last = m_vault.audit().latest(audit::action::BackupMade);
    const int remindAfter = settings::backupReminderDays.value();
    QString text;
    bool overdue = false;
    if (last && *last) {
        const qint64 days = (*last)->at.toLocalTime().date().daysTo(QDate::currentDate());
        text = days == 0 ? tr("Last verified backup: today")
                         : tr("Last verified backup: %n days ago", nullptr, static_cast<int>(days));
        overdue = remindAfter > 0 && days >= remindAfter;
        m_backupStatus->setToolTip(dates::dateTime((*last)->at));
    } else {
        text = tr("No backup yet");
        overdue = true;
        m_backupStatus->setToolTip(QString());
    }
    if (overdue) {
        //: status bar, when a backup is due; the shortcut is Vault > Back up
        text = tr("%1 — time for a backup (Vault ▸ Back up…)").arg(text);
        m_backupStatus->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
    } else {
        m_backupStatus->setStyleSheet(QString());
    }
    m_backupStatus->setText(text);
}

void MainWindow::checkIntegrity(bool scheduled)
{
    auto *progress = new QProgressDialog(scheduled ? tr("The weekly check of the vault: reading every page…")
                                                   : tr("Checking every page of the vault…"),
                                         QString(), 0, 0, this);
    progress->setWindowTitle(tr("Check integrity"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->show();
    vault::Vault *vault = &m_vault;
    runAsync<Result<vault::CheckReport>>(
        this, [vault]() { return vault->check(true); },
        [this, progress, scheduled](Result<vault::CheckReport> report) {
            progress->deleteLater();
            if (!report) {
                MessageBoxes::error(this, tr("Check integrity"), report.error().message);
                return;
            }
            if (report->ok() && scheduled) {
                statusBar()->showMessage(tr("The weekly check found the vault healthy."), 8000);
                return;
            }
            if (report->ok()) {
                MessageBoxes::information(this, tr("Check integrity"),
                                          tr("The vault is healthy: every page verified, the audit chain of %n rows "
                                             "is intact, and the database is the newest copy.",
                                             nullptr, static_cast<int>(report->chain.rows)));
                return;
            }
            QStringList problems;
            if (!report->database) problems << report->database.error().message;
            if (!report->chain.intact())
                problems << tr("The audit chain is broken: %1").arg(report->chain.problem);
            if (!report->signatures.intact())
                problems << tr("An audit row's author does not match: %1").arg(report->signatures.problem);
            if (!report->schema) problems << report->schema.error().message;
            if (!report->marker) problems << report->marker.error().message;
            MessageBoxes::error(this, tr("Check integrity"),
                                tr("The vault failed its check. Stop working in it, restore the newest backup and "
                                   "tell the room lead.\n\n%1")
                                    .arg(problems.join(u"\n"_s)));
        });
}

void MainWindow::changePassphrase()
{
    PassphraseDialog dialog(m_vault, PassphraseDialog::Mode::ChangeOwn, QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your passphrase was changed."), 5000);
}

void MainWindow::about()
{
    MessageBoxes::information(
        this, tr("About CounselDesk"),
        tr("CounselDesk %1\n\nAn offline, encrypted workstation for a school's psychological counseling room. "
           "Everything stays on this computer, encrypted with SQLCipher; keys are derived with Argon2id.")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->ignore();
    Q_EMIT quitRequested();
}

}  // namespace ui
}  // namespace cd

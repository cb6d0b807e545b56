#pragma once
// The main window of an unlocked vault: a navigation sidebar for the areas that exist, menus,
// and a status bar naming who is signed in. It never outlives the vault: the AppController
// destroys it on lock, so no record stays on screen.

#include "ui/common/AreaRegistry.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(vault::Vault &vault, QWidget *parent = nullptr);

    /// Shows the page with this object name ("homePage", "usersPage", "auditPage").
    bool showPage(const QString &objectName);
    QString currentPage() const;
    /// The user manual's chapter about the current page (F1 opens the manual there).
    QString manualChapter() const;
    /// Backs up now (the Back up… dialog).
    void backUp();
    /// Refreshes the status-bar note about the last verified backup.
    void updateBackupStatus();
    /// The full integrity check, from the menu, or (scheduled) quietly when the vault is healthy.
    void checkIntegrity(bool scheduled = false);
    /// While a student kiosk runs, nothing of the vault stays behind it: the pages and menus are
    /// hidden (a window manager may let someone reach this window).
    void setCurtain(bool on);

Q_SIGNALS:
    void lockRequested();
    void quitRequested();
    void preferencesRequested();
    /// The user asked to restore from a backup: the vault must lock first.
    void restoreRequested();
    /// A student kiosk started (true) or ended (false): the idle lock pauses meanwhile.
    void kioskActive(bool active);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page, const QString &title, const QString &iconName, const QString &toolTip);
    void buildMenus();
    /// The menu actions the areas add to `menu` (ui/common/AreaRegistry.h).
    void addAreaActions(QMenu *menu, MenuKind kind);
    void changePassphrase();
    void about();

    vault::Vault &m_vault;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QLabel *m_backupStatus;
    QToolBar *m_toolbar = nullptr;  ///< the areas' quick actions (MenuActionSpec::toolbar)
};

}  // namespace ui
}  // namespace cd

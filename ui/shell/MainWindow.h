#pragma once
// The main window of an unlocked vault: a navigation sidebar for the areas that exist, menus,
// and a status bar naming who is signed in. It never outlives the vault: the AppController
// destroys it on lock, so no record stays on screen.

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

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

Q_SIGNALS:
    void lockRequested();
    void quitRequested();
    void preferencesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page, const QString &title, const QString &iconName, const QString &toolTip);
    void buildMenus();
    void checkIntegrity();
    void changePassphrase();
    void about();

    vault::Vault &m_vault;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
};

}  // namespace ui
}  // namespace cd

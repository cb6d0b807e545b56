#pragma once
// The room lead's user management: the list of users with add, disable, reactivate and reset.

#include <QWidget>

#include <memory>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class ReauthGate;
class UserTableModel;

class UserManagementPage : public QWidget {
    Q_OBJECT
public:
    explicit UserManagementPage(vault::Vault &vault, QWidget *parent = nullptr);
    ~UserManagementPage() override;

    void reload();
    /// Selects the row of `login` (for tests and after an add).
    bool selectUser(const QString &login);

    void addUser();
    void disableSelected();
    void reactivateSelected();
    void resetSelected();

private:
    /// The passphrase again before any change (remembered for a few minutes).
    bool confirmIdentity();
    QString selectedLogin() const;
    void updateButtons();

    vault::Vault &m_vault;
    UserTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QPushButton *m_add;
    QPushButton *m_disable;
    QPushButton *m_reactivate;
    QPushButton *m_reset;
    std::unique_ptr<ReauthGate> m_gate;
};

}  // namespace ui
}  // namespace cd

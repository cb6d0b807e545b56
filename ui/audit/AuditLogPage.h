#pragma once
// The audit log for the room lead: the newest rows, a filter, and a verification of the chain.

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class AuditTableModel;

class AuditLogPage : public QWidget {
    Q_OBJECT
public:
    explicit AuditLogPage(vault::Vault &vault, QWidget *parent = nullptr);

    void reload();
    /// Walks the whole chain and shows the verdict; returns true when intact.
    bool verify();

protected:
    void showEvent(QShowEvent *event) override;

private:
    vault::Vault &m_vault;
    AuditTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_verdict;
};

}  // namespace ui
}  // namespace cd

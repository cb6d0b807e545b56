#include "ui/users/UserManagementPage.h"

#include "ui/common/TableRows.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/StatusWidgets.h"
#include "ui/unlock/PassphraseDialog.h"
#include "ui/unlock/ReauthDialog.h"
#include "ui/users/AddUserDialog.h"
#include "ui/users/UserTableModel.h"
#include "core/vault/Vault.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

UserManagementPage::UserManagementPage(vault::Vault &vault, QWidget *parent)
    : QWidget(parent),
      m_vault(vault),
      m_model(new UserTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)),
      m_filter(new QLineEdit(this)),
      m_add(new QPushButton(QIcon::fromTheme(u"list-add-user"_s), tr("&Add user…"), this)),
      m_disable(new QPushButton(tr("&Disable…"), this)),
      m_reactivate(new QPushButton(tr("&Reactivate…"), this)),
      m_reset(new QPushButton(tr("Reset &passphrase…"), this)),
      m_gate(std::make_unique<ReauthGate>(vault))
{
    setObjectName(u"usersPage"_s);
    auto *title = makeTitle(this, tr("Users"));
    auto *intro = new QLabel(tr("Everyone listed as active can unlock the vault with their own passphrase. A disabled "
                                "user's key is removed from the vault."),
                             this);
    intro->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(u"usersView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UserTableModel::Login, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    fitRowsToText(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_filter->setObjectName(u"usersFilter"_s);
    m_filter->setPlaceholderText(tr("Filter users…"));
    m_filter->setClearButtonEnabled(true);
    m_add->setObjectName(u"addUserButton"_s);
    m_disable->setObjectName(u"disableUserButton"_s);
    m_reactivate->setObjectName(u"reactivateUserButton"_s);
    m_reset->setObjectName(u"resetPassphraseButton"_s);
    m_disable->setToolTip(tr("Remove the selected user's key: they can no longer unlock the vault"));
    m_reactivate->setToolTip(tr("Reactivate the selected user with a new passphrase"));
    m_reset->setToolTip(tr("The selected user forgot their passphrase: reset it with the recovery code"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_filter, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_disable);
    buttons->addWidget(m_reactivate);
    buttons->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_add, &QPushButton::clicked, this, &UserManagementPage::addUser);
    connect(m_disable, &QPushButton::clicked, this, &UserManagementPage::disableSelected);
    connect(m_reactivate, &QPushButton::clicked, this, &UserManagementPage::reactivateSelected);
    connect(m_reset, &QPushButton::clicked, this, &UserManagementPage::resetSelected);
    connect(m_view, &QTableView::doubleClicked, this, &UserManagementPage::resetSelected);
    reload();
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UserManagementPage::updateButtons);
    updateButtons();
}

void UserManagementPage::reload()
{
    const QString keep = selectedLogin();
    auto users = m_vault.users();
    if (!users) {
        MessageBoxes::error(this, tr("Users"), users.error().message);
        return;
    }
    m_model->setUsers(*users);
    if (!keep.isEmpty()) selectUser(keep);
    updateButtons();
}

bool UserManagementPage::selectUser(const QString &login)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(UserTableModel::UserRole).toString().compare(login, Qt::CaseInsensitive) == 0) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

QString UserManagementPage::selectedLogin() const
{
    const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.first().data(UserTableModel::UserRole).toString();
}

void UserManagementPage::updateButtons()
{
    const QString login = selectedLogin();
    const vault::UserInfo *user = nullptr;
    if (!login.isEmpty()) {
        const QModelIndex source = m_proxy->mapToSource(m_view->selectionModel()->selectedRows().first());
        user = m_model->userAt(source.row());
    }
    const bool self = user && user->id == m_vault.currentUser().id;
    m_disable->setEnabled(user && user->active && !self);
    m_reactivate->setEnabled(user && !user->active);
    m_reset->setEnabled(user && user->active && !self);
}

UserManagementPage::~UserManagementPage() = default;

bool UserManagementPage::confirmIdentity()
{
    return m_gate->confirm(this, tr("Managing users changes who can open the vault."));
}

void UserManagementPage::addUser()
{
    if (!confirmIdentity()) return;
    AddUserDialog dialog(m_vault, this);
    if (dialog.exec() != QDialog::Accepted) return;
    reload();
    selectUser(dialog.addedLogin());
}

void UserManagementPage::disableSelected()
{
    const QString login = selectedLogin();
    if (login.isEmpty()) return;
    if (!MessageBoxes::confirm(this, tr("Disable user"),
                               tr("Disable %1? Their key is removed from the vault and they can no longer unlock it. "
                                  "Their records stay.")
                                   .arg(login),
                               tr("&Disable"), true)
        || !confirmIdentity())
        return;
    // Disabling replaces the vault key; a recovery slot made by an earlier version is renewed
    // with the recovery code then (asked once).
    QString recoveryCode;
    if (m_vault.rotationNeedsRecoveryCode()) {
        bool ok = false;
        recoveryCode = QInputDialog::getText(
            this, tr("Disable user"),
            tr("Disabling %1 replaces the vault key. This vault's recovery slot was made by an earlier version and "
               "must be renewed once: enter the recovery code from the printed sheet.")
                .arg(login),
            QLineEdit::Password, QString(), &ok);
        if (!ok) return;
    }
    // The database is re-encrypted under a new key: about a second for a large school (docs/benchmarks.md).
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status disabled = m_vault.disableUser(login, recoveryCode);
    QGuiApplication::restoreOverrideCursor();
    if (const Status &st = disabled; !st) {
        MessageBoxes::error(this, tr("Disable user"), st.error().message);
        return;
    }
    reload();
}

void UserManagementPage::reactivateSelected()
{
    const QString login = selectedLogin();
    if (login.isEmpty() || !confirmIdentity()) return;
    PassphraseDialog dialog(m_vault, PassphraseDialog::Mode::Reactivate, login, this);
    if (dialog.exec() == QDialog::Accepted) reload();
}

void UserManagementPage::resetSelected()
{
    const QString login = selectedLogin();
    if (login.isEmpty() || !m_reset->isEnabled() || !confirmIdentity()) return;
    PassphraseDialog dialog(m_vault, PassphraseDialog::Mode::ResetOther, login, this);
    if (dialog.exec() == QDialog::Accepted) reload();
}

}  // namespace ui
}  // namespace cd

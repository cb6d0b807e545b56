#include "ui/audit/AuditLogPage.h"

#include "ui/common/TableRows.h"
#include "ui/audit/AuditTableModel.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/StatusWidgets.h"
#include "core/registry/AuditSubjects.h"
#include "core/vault/Vault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
constexpr int kRowsShown = 5000;
}

AuditLogPage::AuditLogPage(vault::Vault &vault, QWidget *parent)
    : QWidget(parent),
      m_vault(vault),
      m_model(new AuditTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)),
      m_filter(new QLineEdit(this)),
      m_verdict(new QLabel(this))
{
    setObjectName(u"auditPage"_s);
    auto *title = makeTitle(this, tr("Audit log"));
    auto *intro = new QLabel(tr("Every unlock, user change and check is recorded here. Each row is chained to the one "
                                "before it, so a row edited or removed outside CounselDesk is detected."),
                             this);
    intro->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(AuditTableModel::Seq);
    m_proxy->setFilterRole(AuditTableModel::SearchRole);  // every column's text, and a student's pinyin
    m_view->setObjectName(u"auditView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditTableModel::Seq, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    fitRowsToText(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_filter->setObjectName(u"auditFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by user, action, student (name or pinyin), run or detail…"));
    m_filter->setClearButtonEnabled(true);
    m_verdict->setObjectName(u"auditVerdict"_s);
    m_verdict->setWordWrap(true);

    auto *verifyButton = new QPushButton(tr("&Verify chain"), this);
    verifyButton->setObjectName(u"verifyAuditButton"_s);
    verifyButton->setToolTip(tr("Recompute every row's chain hash and name the first row that does not fit"));
    auto *refresh = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(refresh);
    bar->addWidget(verifyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(bar);
    layout->addWidget(m_verdict);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(refresh, &QPushButton::clicked, this, &AuditLogPage::reload);
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogPage::verify);
}

void AuditLogPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void AuditLogPage::reload()
{
    auto entries = m_vault.audit().recent(kRowsShown);
    if (!entries) {
        MessageBoxes::error(this, tr("Audit log"), entries.error().message);
        return;
    }
    auto subjects = registry::AuditSubjects::resolve(m_vault, *entries);
    if (!subjects) {
        MessageBoxes::error(this, tr("Audit log"), subjects.error().message);
        return;
    }
    m_model->setEntries(*entries, *subjects);
}

bool AuditLogPage::verify()
{
    auto report = m_vault.audit().verify();
    if (!report) {
        m_verdict->setText(report.error().message);
        return false;
    }
    if (report->intact()) {
        m_verdict->setStyleSheet(u"color: #2e7d32;"_s);
        m_verdict->setText(tr("The chain is intact: %n rows verified.", nullptr, static_cast<int>(report->rows)));
        return true;
    }
    m_verdict->setStyleSheet(u"color: #c62828; font-weight: bold;"_s);
    m_verdict->setText(tr("The audit log was tampered with at row %1: %2 Tell the room lead and restore the newest "
                          "backup.")
                           .arg(report->firstBrokenSeq)
                           .arg(report->problem));
    return false;
}

}  // namespace ui
}  // namespace cd

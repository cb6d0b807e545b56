#include "ui/crisis/CrisisPage.h"

#include "core/common/Clock.h"
#include "core/crisis/Absences.h"
#include "core/crisis/CrisisEvents.h"
#include "core/crisis/Directory.h"
#include "core/crisis/Referrals.h"
#include "ui/common/AreaRegistry.h"
#include "ui/common/LockState.h"
#include "ui/common/StatusWidgets.h"
#include "ui/common/TableRows.h"
#include "ui/crisis/AwayModel.h"
#include "ui/crisis/CrisisEntryPoints.h"
#include "ui/crisis/CrisisFormat.h"
#include "ui/crisis/CrisisModels.h"
#include "ui/crisis/OpenEventsModel.h"
#include "ui/crisis/ReferralListModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
QSortFilterProxyModel *proxyFor(QAbstractItemModel *model, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(crisisui::SortRole);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

QTableView *tableFor(QSortFilterProxyModel *proxy, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // A long cell is elided (its tooltip has it all) rather than pushing the next columns away.
    view->horizontalHeader()->setMaximumSectionSize(view->fontMetrics().averageCharWidth() * 40);
    fitRowsToText(view);
    return view;
}
}  // namespace

CrisisPage::CrisisPage(vault::Vault &vault, QWidget *parent)
    : QWidget(parent),
      m_vault(vault),
      m_events(new OpenEventsModel(this)),
      m_referrals(new ReferralListModel(this)),
      m_away(new AwayModel(this)),
      m_eventsProxy(proxyFor(m_events, this)),
      m_referralsProxy(proxyFor(m_referrals, this)),
      m_awayProxy(proxyFor(m_away, this)),
      m_eventsView(tableFor(m_eventsProxy, u"crisisEventsView"_s, this)),
      m_referralsView(tableFor(m_referralsProxy, u"referralsView"_s, this)),
      m_awayView(tableFor(m_awayProxy, u"awayView"_s, this)),
      m_showClosed(new QCheckBox(tr("Show &closed"), this)),
      m_tabs(new QTabWidget(this)),
      m_summary(new QLabel(this))
{
    setObjectName(u"crisisPage"_s);
    auto *title = makeTitle(this, tr("Crisis and referrals"));
    m_summary->setObjectName(u"crisisSummary"_s);
    m_summary->setWordWrap(true);
    auto *newEvent = new QPushButton(QIcon::fromTheme(u"dialog-warning"_s), tr("&New crisis event…"), this);
    newEvent->setObjectName(u"newCrisisEvent"_s);
    newEvent->setToolTip(tr("Record a crisis event (Ctrl+Shift+E from anywhere)"));
    m_showClosed->setObjectName(u"showClosedReferrals"_s);
    m_showClosed->setToolTip(tr("Also list referrals that are closed"));

    m_eventsView->sortByColumn(OpenEventsModel::NextStep, Qt::AscendingOrder);
    m_eventsView->setToolTip(tr("Double-click or Enter opens the event"));
    m_referralsView->sortByColumn(ReferralListModel::Due, Qt::AscendingOrder);
    m_referralsView->setToolTip(tr("Double-click or Enter opens the referral"));
    m_awayView->sortByColumn(AwayModel::Since, Qt::AscendingOrder);
    m_awayView->setToolTip(tr("Double-click or Enter opens the student's growth record"));

    m_tabs->setObjectName(u"crisisTabs"_s);
    m_tabs->addTab(tab(m_eventsView, m_eventsProxy, u"eventsFilter"_s), tr("Open &events"));
    m_tabs->addTab(tab(m_referralsView, m_referralsProxy, u"referralsFilter"_s, m_showClosed), tr("&Referrals"));
    m_tabs->addTab(tab(m_awayView, m_awayProxy, u"awayFilter"_s), tr("&Away from school"));

    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(newEvent);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(newEvent, &QPushButton::clicked, this, &CrisisPage::newEvent);
    connect(m_showClosed, &QCheckBox::toggled, this, &CrisisPage::reload);
    for (QTableView *view : {m_eventsView, m_referralsView, m_awayView})
        connect(view, &QTableView::activated, this, [this, view](const QModelIndex &index) { openRow(view, index); });
}

QWidget *CrisisPage::tab(QTableView *view, QSortFilterProxyModel *proxy, const QString &filterName, QWidget *extra)
{
    auto *page = new QWidget(this);
    auto *filter = new QLineEdit(page);
    filter->setObjectName(filterName);
    filter->setClearButtonEnabled(true);
    filter->setPlaceholderText(tr("Filter: name, class, kind, status …"));
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *bar = new QHBoxLayout;
    bar->addWidget(filter, 1);
    if (extra) bar->addWidget(extra);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(view, 1);
    return page;
}

void CrisisPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

void CrisisPage::reload()
{
    const auto students = crisisui::studentsById(m_vault);
    const crisis::RiskLabels labels = crisisui::loadLabels(m_vault);
    crisis::CrisisEvents events(m_vault);
    QStringList problems;
    auto open = events.openEvents();
    auto limits = events.stepLimits();
    if (!open) problems << open.error().message;
    m_events->setEvents(open ? *open : QList<crisis::CrisisEvent>(), students, labels,
                        limits ? *limits : crisis::CrisisEvents::defaultStepLimits(), clock::now());

    QHash<qint64, QString> institutions;
    if (auto list = crisis::Directory(m_vault).list(true))
        for (const crisis::Institution &i : *list) institutions.insert(i.id, i.displayName());
    crisis::Referrals referrals(m_vault);
    auto all = referrals.all();
    auto reminders = referrals.reminders(clock::today());
    if (!all) problems << all.error().message;
    QList<crisis::Referral> shown;
    if (all)
        for (const crisis::Referral &r : *all)
            if (m_showClosed->isChecked() || r.status != crisis::ReferralStatus::Closed) shown << r;
    m_referrals->setReferrals(shown, students, institutions,
                              reminders ? *reminders : QList<crisis::ReferralReminder>());

    auto away = crisis::Absences(m_vault).away();
    if (!away) problems << away.error().message;
    m_away->setAbsences(away ? *away : QList<crisis::Absence>(), students);

    for (QTableView *view : {m_eventsView, m_referralsView, m_awayView}) {
        view->resizeColumnsToContents();
        view->horizontalHeader()->setStretchLastSection(true);
    }
    m_tabs->setTabText(0, tr("Open &events (%1)").arg(m_events->rowCount()));
    m_tabs->setTabText(1, tr("&Referrals (%1)").arg(m_referrals->rowCount()));
    m_tabs->setTabText(2, tr("&Away from school (%1)").arg(m_away->rowCount()));
    QString summary = tr("Open events: %1 · Steps overdue: %2 · Referral reminders: %3")
                          .arg(m_events->rowCount())
                          .arg(m_events->overdueCount())
                          .arg(m_referrals->reminderCount());
    if (!problems.isEmpty()) summary += u"\n"_s + problems.join(u"\n"_s);
    m_summary->setText(summary);
    m_summary->setStyleSheet(m_events->overdueCount() || !problems.isEmpty()
                                 ? u"color: %1; font-weight: bold;"_s.arg(crisisui::overdueColour().name())
                                 : QString());
}

void CrisisPage::newEvent()
{
    openCrisisEventDialog(m_vault, 0, this);
    if (!lockInProgress()) reload();
}

void CrisisPage::openRow(QTableView *view, const QModelIndex &index)
{
    if (!index.isValid()) return;
    const qint64 id = index.data(crisisui::IdRole).toLongLong();
    if (view == m_eventsView) openCrisisEvent(m_vault, id, this);
    else if (view == m_referralsView) openReferralDialog(m_vault, id, this);
    else AreaRegistry::instance().openStudentRecord(m_vault, id, this);
    if (!lockInProgress()) reload();
}

}  // namespace cd::ui

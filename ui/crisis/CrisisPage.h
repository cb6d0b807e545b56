#pragma once
// The "Crisis & referrals" page: open crisis events (level in the lead's colour, the next step
// due or overdue), referrals (slips overdue and follow-ups due in red) and students away from
// school, each sortable and filterable. Double-click opens the event, the referral or the
// student's record; New event records one.

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class AwayModel;
class OpenEventsModel;
class ReferralListModel;

class CrisisPage : public QWidget {
    Q_OBJECT
public:
    explicit CrisisPage(vault::Vault &vault, QWidget *parent = nullptr);
    void reload();
    void newEvent();
    QTableView *eventsView() const { return m_eventsView; }
    QTableView *referralsView() const { return m_referralsView; }
    QTableView *awayView() const { return m_awayView; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *tab(QTableView *view, QSortFilterProxyModel *proxy, const QString &filterName, QWidget *extra = nullptr);
    void openRow(QTableView *view, const QModelIndex &index);

    vault::Vault &m_vault;
    OpenEventsModel *m_events;
    ReferralListModel *m_referrals;
    AwayModel *m_away;
    QSortFilterProxyModel *m_eventsProxy;
    QSortFilterProxyModel *m_referralsProxy;
    QSortFilterProxyModel *m_awayProxy;
    QTableView *m_eventsView;
    QTableView *m_referralsView;
    QTableView *m_awayView;
    QCheckBox *m_showClosed;
    QTabWidget *m_tabs;
    QLabel *m_summary;
};

}  // namespace cd::ui

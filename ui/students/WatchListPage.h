#pragma once
// The watch list (重点关注): who is on it, at what risk level, why, and when the next review is
// due; overdue reviews stand out. Double-click opens the student's record, where the entry is
// changed.

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class WatchListPage : public QWidget {
    Q_OBJECT
public:
    explicit WatchListPage(vault::Vault &vault, QWidget *parent = nullptr);
    void reload();
    int rowCount() const;
    int overdueCount() const { return m_overdue; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    vault::Vault &m_vault;
    QTableWidget *m_table;
    QCheckBox *m_overdueOnly;
    QLabel *m_summary;
    int m_overdue = 0;
};

}  // namespace ui
}  // namespace cd

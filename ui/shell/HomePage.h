#pragma once
// The overview page as the counselor's desk: what needs doing, section by section as the areas
// contribute them (ui/common/AreaRegistry.h, DeskSectionSpec): overdue crisis steps, referral
// slips, reviews, follow-ups, appointments; overdue items in red, each one click (or Enter) from
// its record. A vault with no students yet says what to do first: import the roster. Below, the
// school, the signed-in user and the vault.

#include "ui/common/AreaRegistry.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class HomePage : public QWidget {
    Q_OBJECT
public:
    explicit HomePage(vault::Vault &vault, QWidget *parent = nullptr);
    /// Reads every section again (also done each time the page is shown).
    void reload();
    QTreeWidget *desk() const { return m_desk; }
    /// Opens the record behind a desk line (as a click does).
    void openItem(QTreeWidgetItem *item);

protected:
    void showEvent(QShowEvent *event) override;

private:
    vault::Vault &m_vault;
    QList<DeskItem> m_items;  ///< what each line opens (the item's data holds its index)
    QTreeWidget *m_desk;
    QLabel *m_deskSummary;
    QWidget *m_firstSteps;
    bool m_opening = false;
};

}  // namespace ui
}  // namespace cd

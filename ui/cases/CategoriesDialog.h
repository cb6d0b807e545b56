#pragma once
// The room lead's list of concern categories: add the school's own, rename (a built-in renamed to
// nothing gets its shipped name back), reorder, hide from new cases or show again. Each change is
// written (and audited) at once; the list shows hidden ones greyed.

#include "core/cases/Categories.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class CategoriesDialog : public QDialog {
    Q_OBJECT
public:
    explicit CategoriesDialog(vault::Vault &vault, QWidget *parent = nullptr);

    void addCategory();
    void renameCategory();
    void toggleHidden();
    void moveBy(int delta);
    /// Selects a category by code (tests).
    void select(const QString &code);
    const QList<cases::ConcernCategory> &categories() const { return m_categories; }

private:
    void reload();
    QString currentCode() const;
    void updateButtons();
    bool report(const Status &status);

    vault::Vault &m_vault;
    QList<cases::ConcernCategory> m_categories;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_hide;
    QPushButton *m_up;
    QPushButton *m_down;
};

}  // namespace ui
}  // namespace cd

#include "ui/cases/CategoriesDialog.h"

#include "ui/common/MessageBoxes.h"
#include "core/vault/Vault.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

CategoriesDialog::CategoriesDialog(vault::Vault &vault, QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_list(new QListWidget(this)),
      m_name(new QLineEdit(this)),
      m_add(new QPushButton(tr("&Add"), this)),
      m_rename(new QPushButton(tr("&Rename"), this)),
      m_hide(new QPushButton(tr("&Hide"), this)),
      m_up(new QPushButton(tr("Move &up"), this)),
      m_down(new QPushButton(tr("Move do&wn"), this))
{
    setObjectName(u"categoriesDialog"_s);
    setWindowTitle(tr("Concern categories"));
    resize(560, 420);
    m_list->setObjectName(u"categoryList"_s);
    m_name->setObjectName(u"categoryName"_s);
    m_name->setMaxLength(40);
    m_name->setPlaceholderText(tr("e.g. Internet use"));
    m_add->setObjectName(u"addCategoryButton"_s);
    m_add->setToolTip(tr("Add a category with this name at the end of the list"));
    m_rename->setObjectName(u"renameCategoryButton"_s);
    m_rename->setToolTip(tr("Give the selected category this name (a built-in one with an empty name gets its "
                            "original name back)"));
    m_hide->setObjectName(u"hideCategoryButton"_s);
    m_hide->setToolTip(tr("Hidden categories are not offered for new cases; cases already filed keep them"));
    m_up->setObjectName(u"moveCategoryUp"_s);
    m_down->setObjectName(u"moveCategoryDown"_s);

    auto *intro = new QLabel(tr("What a case can be about, in the order counselors see it when they open one. "
                                "Changes apply at once and are recorded in the audit log."),
                             this);
    intro->setWordWrap(true);
    auto *side = new QVBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    side->addLayout(form);
    for (QPushButton *b : {m_add, m_rename, m_hide, m_up, m_down}) side->addWidget(b);
    side->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &CategoriesDialog::addCategory);
    connect(m_rename, &QPushButton::clicked, this, &CategoriesDialog::renameCategory);
    connect(m_hide, &QPushButton::clicked, this, &CategoriesDialog::toggleHidden);
    connect(m_up, &QPushButton::clicked, this, [this]() { moveBy(-1); });
    connect(m_down, &QPushButton::clicked, this, [this]() { moveBy(1); });
    connect(m_name, &QLineEdit::returnPressed, this, &CategoriesDialog::addCategory);
    connect(m_name, &QLineEdit::textChanged, this, &CategoriesDialog::updateButtons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_categories.size()) m_name->setText(m_categories.at(row).name);
        updateButtons();
    });
    reload();
}

void CategoriesDialog::reload()
{
    const QString keep = currentCode();
    auto list = cases::concernCategories(m_vault, true);
    if (!list) {
        MessageBoxes::error(this, windowTitle(), list.error().message);
        return;
    }
    m_categories = *list;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const cases::ConcernCategory &c : m_categories) {
        //: a concern category that is hidden from new cases
        auto *item = new QListWidgetItem(c.active ? c.name : tr("%1 (hidden)").arg(c.name), m_list);
        item->setData(Qt::UserRole, c.code);
        if (!c.active) item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (c.renamed) item->setToolTip(tr("Built-in category, renamed (originally “%1”)").arg(cases::builtInCategoryName(c.code)));
    }
    select(keep);
    updateButtons();
}

QString CategoriesDialog::currentCode() const
{
    const auto *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void CategoriesDialog::select(const QString &code)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == code) m_list->setCurrentRow(i);
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_categories.size()) m_name->setText(m_categories.at(row).name);
    updateButtons();
}

void CategoriesDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const bool selected = row >= 0 && row < m_categories.size();
    m_add->setEnabled(!m_name->text().trimmed().isEmpty());
    m_rename->setEnabled(selected);
    m_hide->setEnabled(selected);
    m_hide->setText(selected && !m_categories.at(row).active ? tr("&Show") : tr("&Hide"));
    m_up->setEnabled(selected && row > 0);
    m_down->setEnabled(selected && row + 1 < m_categories.size());
}

bool CategoriesDialog::report(const Status &status)
{
    if (status) return true;
    MessageBoxes::error(this, windowTitle(), status.error().message);
    return false;
}

void CategoriesDialog::addCategory()
{
    auto code = cases::CategoryEditor(m_vault).add(m_name->text());
    if (!report(code ? Status() : Status(code.error()))) return;
    reload();
    select(*code);
}

void CategoriesDialog::renameCategory()
{
    const QString code = currentCode();
    if (code.isEmpty() || !report(cases::CategoryEditor(m_vault).rename(code, m_name->text()))) return;
    reload();
}

void CategoriesDialog::toggleHidden()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_categories.size()) return;
    const cases::ConcernCategory &c = m_categories.at(row);
    if (!report(cases::CategoryEditor(m_vault).setActive(c.code, !c.active))) return;
    reload();
}

void CategoriesDialog::moveBy(int delta)
{
    const QString code = currentCode();
    if (code.isEmpty() || !report(cases::CategoryEditor(m_vault).move(code, delta))) return;
    reload();
}

}  // namespace ui
}  // namespace cd

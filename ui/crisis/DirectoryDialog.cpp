#include "ui/crisis/DirectoryDialog.h"

#include "ui/common/MessageBoxes.h"
#include "ui/common/StatusWidgets.h"
#include "ui/common/TableRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
enum Column { Kind, Name, Department, Phone, Contact, Address, ColumnCount };
}

InstitutionDialog::InstitutionDialog(const crisis::Institution &institution, QWidget *parent)
    : QDialog(parent),
      m_original(institution),
      m_kind(new QComboBox(this)),
      m_name(new QLineEdit(institution.name, this)),
      m_department(new QLineEdit(institution.department, this)),
      m_phone(new QLineEdit(institution.phone, this)),
      m_contact(new QLineEdit(institution.contact, this)),
      m_address(new QLineEdit(institution.address, this)),
      m_note(new QLineEdit(institution.note, this))
{
    setObjectName(u"institutionDialog"_s);
    setWindowTitle(institution.id ? tr("Edit institution") : tr("Add an institution"));
    m_kind->setObjectName(u"institutionKind"_s);
    for (crisis::InstitutionKind k : crisis::institutionKinds()) m_kind->addItem(crisis::institutionKindName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(institution.kind)));
    m_name->setObjectName(u"institutionName"_s);
    m_name->setPlaceholderText(tr("e.g. City Mental Health Centre"));
    m_department->setObjectName(u"institutionDepartment"_s);
    m_department->setPlaceholderText(tr("e.g. Child and adolescent psychology clinic"));
    m_phone->setObjectName(u"institutionPhone"_s);
    m_contact->setObjectName(u"institutionContact"_s);
    m_contact->setPlaceholderText(tr("Contact person"));
    m_address->setObjectName(u"institutionAddress"_s);
    m_note->setObjectName(u"institutionNote"_s);
    m_note->setPlaceholderText(tr("Opening hours, how to book, …"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Contact:"), m_contact);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("N&ote:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(u"saveInstitution"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, save]() { save->setEnabled(!m_name->text().trimmed().isEmpty()); });
    save->setEnabled(!m_name->text().trimmed().isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

crisis::Institution InstitutionDialog::institution() const
{
    crisis::Institution i = m_original;
    i.kind = crisis::InstitutionKind(m_kind->currentData().toInt());
    i.name = m_name->text().trimmed();
    i.department = m_department->text().trimmed();
    i.phone = m_phone->text().trimmed();
    i.contact = m_contact->text().trimmed();
    i.address = m_address->text().trimmed();
    i.note = m_note->text().trimmed();
    return i;
}

qint64 addInstitution(vault::Vault &vault, QWidget *parent)
{
    InstitutionDialog dialog(crisis::Institution{}, parent);
    while (dialog.exec() == QDialog::Accepted) {
        auto added = crisis::Directory(vault).add(dialog.institution());
        if (added) return *added;
        MessageBoxes::error(parent, dialog.windowTitle(), added.error().message);
    }
    return 0;
}

DirectoryDialog::DirectoryDialog(vault::Vault &vault, QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_model(new QStandardItemModel(0, ColumnCount, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)),
      m_showRetired(new QCheckBox(tr("Show &retired"), this)),
      m_view(new QTableView(this)),
      m_edit(new QPushButton(tr("&Edit…"), this)),
      m_retire(new QPushButton(tr("Re&tire"), this)),
      m_error(makeErrorLabel(this, u"directoryError"_s))
{
    setObjectName(u"directoryDialog"_s);
    setWindowTitle(tr("Directory of institutions"));
    resize(860, 480);
    m_model->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Name"), tr("Department"), tr("Phone"), tr("Contact"), tr("Address")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(u"directoryFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter by name, department, phone …"));
    m_showRetired->setObjectName(u"showRetired"_s);
    m_showRetired->setToolTip(tr("Retired entries stay in the records that name them"));
    m_view->setObjectName(u"directoryView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Kind, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    fitRowsToText(m_view);
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(u"addInstitution"_s);
    add->setToolTip(tr("Add a hospital department, a centre, the police station, a hotline …"));
    m_edit->setObjectName(u"editInstitution"_s);
    m_retire->setObjectName(u"retireInstitution"_s);
    m_retire->setToolTip(tr("No longer offered in lists; records that name it keep it"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_showRetired);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_retire, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_showRetired, &QCheckBox::toggled, this, &DirectoryDialog::reload);
    connect(add, &QPushButton::clicked, this, &DirectoryDialog::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &DirectoryDialog::editSelected);
    connect(m_retire, &QPushButton::clicked, this, &DirectoryDialog::toggleSelected);
    connect(m_view, &QTableView::activated, this, &DirectoryDialog::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DirectoryDialog::updateButtons);
    reload();
}

void DirectoryDialog::reload()
{
    auto list = crisis::Directory(m_vault).list(m_showRetired->isChecked());
    if (!list) {
        m_error->setText(list.error().message);
        m_error->show();
        return;
    }
    m_entries = *list;
    m_model->removeRows(0, m_model->rowCount());
    for (const crisis::Institution &i : m_entries) {
        QList<QStandardItem *> row;
        for (const QString &text : {crisis::institutionKindName(i.kind), i.name, i.department, i.phone, i.contact, i.address}) {
            auto *item = new QStandardItem(text);
            item->setData(i.id, Qt::UserRole);
            item->setToolTip(i.note.isEmpty() ? text : i.note);
            if (!i.active) {
                item->setForeground(QColor(Qt::gray));
                item->setToolTip(tr("Retired"));
            }
            row << item;
        }
        if (!i.active) row[Name]->setText(tr("%1 (retired)").arg(i.name));
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setStretchLastSection(true);
    updateButtons();
}

std::optional<crisis::Institution> DirectoryDialog::selected() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->hasSelection()) return std::nullopt;
    const qint64 id = index.data(Qt::UserRole).toLongLong();
    for (const crisis::Institution &i : m_entries)
        if (i.id == id) return i;
    return std::nullopt;
}

void DirectoryDialog::updateButtons()
{
    const auto current = selected();
    m_edit->setEnabled(current.has_value());
    m_retire->setEnabled(current.has_value());
    m_retire->setText(current && !current->active ? tr("Bring &back") : tr("Re&tire"));
}

void DirectoryDialog::addEntry()
{
    if (addInstitution(m_vault, this)) reload();
}

void DirectoryDialog::editSelected()
{
    const auto current = selected();
    if (!current) return;
    InstitutionDialog dialog(*current, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status saved = crisis::Directory(m_vault).update(dialog.institution());
        if (saved) break;
        MessageBoxes::error(this, dialog.windowTitle(), saved.error().message);
    }
    reload();
}

void DirectoryDialog::toggleSelected()
{
    const auto current = selected();
    if (!current) return;
    m_error->hide();
    const Status changed = crisis::Directory(m_vault).setActive(current->id, !current->active);
    if (!changed) {
        m_error->setText(changed.error().message);
        m_error->show();
    }
    reload();
}

}  // namespace cd::ui

#pragma once
// The directory of institutions the room works with (Vault ▸ Directory of institutions…): a
// table of kind, name, department, phone, contact and address with a filter; add, edit, retire
// and bring back (an entry is never deleted: records name it). InstitutionDialog edits one entry
// and is also used by "Add to directory…" in the referral dialog.

#include "core/crisis/Directory.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class InstitutionDialog : public QDialog {
    Q_OBJECT
public:
    InstitutionDialog(const crisis::Institution &institution, QWidget *parent = nullptr);
    crisis::Institution institution() const;

private:
    crisis::Institution m_original;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_department;
    QLineEdit *m_phone;
    QLineEdit *m_contact;
    QLineEdit *m_address;
    QLineEdit *m_note;
};

/// Adds an institution through InstitutionDialog (errors shown, nothing typed lost); its id, or 0.
qint64 addInstitution(vault::Vault &vault, QWidget *parent);

class DirectoryDialog : public QDialog {
    Q_OBJECT
public:
    explicit DirectoryDialog(vault::Vault &vault, QWidget *parent = nullptr);
    void reload();
    void addEntry();
    void editSelected();
    /// Retires the selected entry, or brings it back when retired.
    void toggleSelected();
    QTableView *view() const { return m_view; }

private:
    std::optional<crisis::Institution> selected() const;
    void updateButtons();

    vault::Vault &m_vault;
    QList<crisis::Institution> m_entries;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_showRetired;
    QTableView *m_view;
    QPushButton *m_edit;
    QPushButton *m_retire;
    QLabel *m_error;
};

}  // namespace cd::ui

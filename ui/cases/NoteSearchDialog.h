#pragma once
// Full-text search over every session note in the vault, as you type. Double-click a hit to open
// the student's growth record.

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class NoteSearchDialog : public QDialog {
    Q_OBJECT
public:
    explicit NoteSearchDialog(vault::Vault &vault, QWidget *parent = nullptr);
    /// Runs the search now (typing runs it after a short pause).
    void search(const QString &query);
    int hitCount() const;

private:
    vault::Vault &m_vault;
    QLineEdit *m_query;
    QTableWidget *m_results;
    QLabel *m_status;
    QTimer m_debounce;
};

}  // namespace ui
}  // namespace cd

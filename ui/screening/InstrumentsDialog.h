#pragma once
// The instruments this vault can use: the shipped definitions and the school's own. A school
// loads a definition file (validated, every problem named with its line and field); a corrected
// version of an instrument that runs already use can rescore those runs, the old scores kept.

#include <QDialog>

class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class InstrumentsDialog : public QDialog {
    Q_OBJECT
public:
    explicit InstrumentsDialog(vault::Vault &vault, QWidget *parent = nullptr);
    /// Loads a definition file; false (with the reason shown) when it is refused.
    bool loadDefinition(const QString &path);

private:
    void reload();
    /// Offers to rescore the runs that use another version of `code`.
    void offerRescore(const QString &code, const QString &version);

    vault::Vault &m_vault;
    QTableWidget *m_table;
};

}  // namespace ui
}  // namespace cd

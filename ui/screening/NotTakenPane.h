#pragma once
// The screening page's "Not taken yet" tab: for the chosen run and instrument, the students without
// a complete sheet (class, student number, name), to print (with a preview) or save as PDF for the
// class teachers, or to export as CSV. Names leave the app only after the passphrase, audited.

#include "core/screening/RunRepository.h"
#include "ui/unlock/ReauthDialog.h"

#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;
class QTextDocument;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class NotTakenPane : public QWidget {
    Q_OBJECT
public:
    explicit NotTakenPane(vault::Vault &vault, QWidget *parent = nullptr);

    /// Shows run `runId` (0: none) and its instruments; keeps the instrument chosen when it is one.
    void setRun(qint64 runId);
    /// Reads the list again.
    void reload();
    void setInstrument(const QString &code);
    int count() const { return int(m_students.size()); }

    // The actions (the buttons call these; tests too).
    void print();
    void savePdf();
    void exportCsv();

Q_SIGNALS:
    /// The list was read again: so many students (the tab says it).
    void counted(int students);

private:
    /// The passphrase, then the list as a document; false when cancelled.
    bool prepare(QTextDocument &document);
    void audit(const QString &how);
    QString instrumentName() const;
    QString fileName(const QString &suffix) const;

    vault::Vault &m_vault;
    ReauthGate m_reauth;
    screening::Run m_run;
    QList<screening::Participant> m_students;
    QComboBox *m_instrument;
    QListWidget *m_list;
    QPushButton *m_print;
    QPushButton *m_export;
};

}  // namespace ui
}  // namespace cd

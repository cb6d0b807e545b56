#pragma once
// A student's cases and sessions, inside the growth record: open a case (with consent where the
// rule asks, or as an emergency with the consent recorded afterwards), write sessions, close a
// case with its outcome.

#include "core/cases/CaseRepository.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class CasesPanel : public QWidget {
    Q_OBJECT
public:
    CasesPanel(vault::Vault &vault, qint64 studentId, const QDate &birthDate, QWidget *parent = nullptr);

    void reload();
    void openCase();
    void newSession();
    void editSession();
    void closeCase();
    /// Records the consent of the selected case, opened as an emergency (audited).
    void recordConsent();
    /// Selects a case by id (tests, and after opening one).
    void selectCase(qint64 caseId);
    int caseCount() const;
    int sessionCount() const;

private:
    qint64 currentCaseId() const;
    void showSessions();
    void updateButtons();
    /// What the selected case needs or how it ended, under the lists.
    void showCaseInfo();
    QString categoryName(const QString &code) const;

    vault::Vault &m_vault;
    qint64 m_studentId;
    QDate m_birthDate;
    QList<cases::Case> m_cases;
    QHash<QString, QString> m_categoryNames;
    QList<cases::Session> m_sessions;
    QListWidget *m_caseList;
    QTableWidget *m_sessionTable;
    QPushButton *m_newSession;
    QPushButton *m_editSession;
    QPushButton *m_close;
    QLabel *m_caseInfo;
    QPushButton *m_consent;
};

}  // namespace ui
}  // namespace cd

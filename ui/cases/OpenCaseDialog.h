#pragma once
// Opens a counseling case for a student: what it is about, and, for a child under 14 (or of
// unknown age), who gave the guardian's consent and when; or, in an emergency, the case opens at
// once with a short reason and the consent is recorded afterwards.

#include "core/cases/CaseRepository.h"
#include "core/cases/Categories.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace cd {
namespace ui {

class OpenCaseDialog : public QDialog {
    Q_OBJECT
public:
    /// `categories`: those offered (the visible ones, in the room lead's order).
    OpenCaseDialog(const QDate &birthDate, const QList<cases::ConcernCategory> &categories, QWidget *parent = nullptr);
    /// The case as entered (student id and author filled in by the caller).
    cases::Case enteredCase() const;
    bool consentRequired() const { return m_consentRequired; }
    /// The reason given for opening without consent; empty unless "emergency" is ticked.
    QString emergencyReason() const;

private:
    bool m_consentRequired;
    QComboBox *m_category;
    QDateEdit *m_opened;
    QLineEdit *m_guardian;
    QDateEdit *m_consentOn;
    QCheckBox *m_emergency;
    QLineEdit *m_reason;
};

}  // namespace ui
}  // namespace cd

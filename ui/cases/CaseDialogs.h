#pragma once
// The two small dialogs of a case's life after it opened: closing it (how it ended, from a fixed
// list, and an optional note) and recording the consent of a case opened as an emergency.

#include "core/cases/CaseOutcome.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace cd::ui {

class CloseCaseDialog : public QDialog {
    Q_OBJECT
public:
    explicit CloseCaseDialog(QWidget *parent = nullptr);
    /// Empty until the counselor chooses one (Close stays disabled until then).
    std::optional<cases::CaseOutcome> outcome() const;
    QString note() const;

private:
    QComboBox *m_outcome;
    QPlainTextEdit *m_note;
};

class ConsentDialog : public QDialog {
    Q_OBJECT
public:
    /// `openedOn`: the case's opening date (the consent may come later, not in the future).
    ConsentDialog(const QDate &openedOn, QWidget *parent = nullptr);
    QString guardian() const;
    QDate givenOn() const;

private:
    QLineEdit *m_guardian;
    QDateEdit *m_on;
};

}  // namespace cd::ui

#pragma once
// The support plan of a high-risk student (一生一策): goals, who does what (counselor, class
// teacher, guardian) and the next review date, which comes up on the home page.

#include <QDialog>

class QDateEdit;
class QPlainTextEdit;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class SupportPlanDialog : public QDialog {
    Q_OBJECT
public:
    SupportPlanDialog(vault::Vault &vault, qint64 studentId, QWidget *parent = nullptr);
    /// Saves; false with the reason shown (nothing saved).
    bool save();

private:
    vault::Vault &m_vault;
    qint64 m_studentId;
    QPlainTextEdit *m_goals;
    QPlainTextEdit *m_counselor;
    QPlainTextEdit *m_teacher;
    QPlainTextEdit *m_guardian;
    QDateEdit *m_review;
};

}  // namespace cd::ui

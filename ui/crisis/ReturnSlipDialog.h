#pragma once
// Enters the return slip (回执) the guardian brought back: seen or not (or refused), when and
// where, what was done, whether the student can attend school and what support is needed, the
// next visit; a diagnosis only when the guardian chose to share one; who filled it in, when the
// school received it, and when the counselor sees the student again.

#include "core/crisis/Referrals.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace cd::ui {

class ReturnSlipDialog : public QDialog {
    Q_OBJECT
public:
    /// `slip`: what was entered before, if anything; `institution`: the referral's destination.
    ReturnSlipDialog(const std::optional<crisis::ReturnSlip> &slip, const QString &department, QWidget *parent = nullptr);
    crisis::ReturnSlip slip() const;
    QDate followUpOn() const;

private:
    void update();

    QComboBox *m_outcome;
    QDateEdit *m_visited;
    QLineEdit *m_department;
    QList<QCheckBox *> m_treatments;
    QComboBox *m_fitness;
    QLineEdit *m_support;
    QCheckBox *m_hasNextVisit;
    QDateEdit *m_nextVisit;
    QCheckBox *m_shareDiagnosis;
    QLineEdit *m_diagnosis;
    QComboBox *m_filledBy;
    QDateEdit *m_received;
    QDateEdit *m_followUp;
};

}  // namespace cd::ui

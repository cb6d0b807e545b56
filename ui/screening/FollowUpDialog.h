#pragma once
// Closes a screening follow-up after seeing the student: the concern is confirmed or the flag
// cleared (a false alarm), with a note saying what the interview found (required).

#include "core/screening/FollowUpRepository.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace cd {
namespace ui {

class FollowUpDialog : public QDialog {
    Q_OBJECT
public:
    FollowUpDialog(const QString &studentName, const QString &why, QWidget *parent = nullptr);
    /// Confirmed or Cleared.
    screening::FollowUpStatus outcome() const;
    QString note() const;

private:
    void update();
    QRadioButton *m_confirm;
    QRadioButton *m_clear;
    QPlainTextEdit *m_note;
    QPushButton *m_ok = nullptr;
};

}  // namespace ui
}  // namespace cd

#pragma once
// Puts a flagged student on the watch list from the screening results: the risk level (High after
// a critical item, else Medium), the reason (prefilled from the run and why the sheet is flagged,
// editable) and the next review date (in a week).

#include "core/crisis/RiskScale.h"
#include "core/students/WatchList.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace cd {
namespace ui {

class WatchDialog : public QDialog {
    Q_OBJECT
public:
    /// `current`: the student's entry when already on the list (its level is kept if higher);
    /// `labels`: the lead's names and colours for the levels.
    WatchDialog(const QString &studentName, students::RiskLevel suggested, const QString &reason,
                const std::optional<students::WatchEntry> &current, const crisis::RiskLabels &labels = {},
                QWidget *parent = nullptr);

    students::RiskLevel level() const;
    QString reason() const;
    QDate nextReview() const;

private:
    QComboBox *m_level;
    QLineEdit *m_reason;
    QDateEdit *m_review;
    QPushButton *m_ok = nullptr;
};

}  // namespace ui
}  // namespace cd

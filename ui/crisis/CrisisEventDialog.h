#pragma once
// Records a crisis event fast: the student (searched, or given), when and where, who raised it,
// what happened (observed facts), a structured risk assessment whose suggested level shows as the
// boxes are ticked, the level the counselor confirms (a different one needs a reason) and what was
// done at once. Save writes it through CrisisEvents::record (which raises the watch-list level);
// on an error the message shows and nothing typed is lost.

#include "core/crisis/CrisisEvents.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class StudentPicker;

class CrisisEventDialog : public QDialog {
    Q_OBJECT
public:
    /// `studentId` 0: the student is chosen in the dialog.
    CrisisEventDialog(vault::Vault &vault, qint64 studentId, QWidget *parent = nullptr);

    /// The event as filled in so far.
    crisis::NewCrisisEvent event() const;
    /// The level the assessment suggests now.
    crisis::RiskLevel suggested() const;
    /// The recorded event's id (after Save), else 0.
    qint64 eventId() const { return m_eventId; }

    void accept() override;

private:
    void updateLevel();
    void updateSave();

    vault::Vault &m_vault;
    crisis::RiskLabels m_labels;
    StudentPicker *m_student;
    QDateTimeEdit *m_when;
    QLineEdit *m_place;
    QComboBox *m_source;
    QComboBox *m_kind;
    QPlainTextEdit *m_description;
    QComboBox *m_selfHarm;
    QCheckBox *m_harmOthers;
    QCheckBox *m_plan;
    QCheckBox *m_means;
    QCheckBox *m_pastAttempt;
    QCheckBox *m_recentLoss;
    QCheckBox *m_supervised;
    QLineEdit *m_protective;
    QLineEdit *m_notes;
    QLabel *m_suggested;
    QComboBox *m_level;
    QLineEdit *m_overrideReason;
    QPlainTextEdit *m_action;
    QLabel *m_error;
    QPushButton *m_save = nullptr;
    bool m_levelTouched = false;        ///< the counselor chose the level (it no longer follows)
    bool m_followingSuggestion = false;  ///< the level is being set to the suggestion
    qint64 m_eventId = 0;
};

}  // namespace cd::ui

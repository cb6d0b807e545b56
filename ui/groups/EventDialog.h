#pragma once
// A school event of a semester: kind (whole-school activity, family education, teacher training),
// its format, date, topic, audience, head count, length and note. Saved through
// core::groups::SchoolEvents; a refusal (a date outside the semester, an empty topic) is shown and
// the dialog stays open.

#include "core/groups/SchoolEvents.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class EventDialog : public QDialog {
    Q_OBJECT
public:
    EventDialog(vault::Vault &vault, const groups::SchoolEvent &event, QWidget *parent = nullptr);
    void accept() override;

private:
    void kindChanged();

    vault::Vault &m_vault;
    groups::SchoolEvent m_event;
    QComboBox *m_kind;
    QComboBox *m_format;
    QDateEdit *m_heldOn;
    QLineEdit *m_topic;
    QLineEdit *m_audience;
    QSpinBox *m_heads;
    QSpinBox *m_minutes;
    QLineEdit *m_note;
};

}  // namespace cd::ui

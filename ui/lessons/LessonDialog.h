#pragma once
// One lesson of the timetable grid (double-click): its topic, materials and reflection, its status
// (planned, delivered, cancelled) and its time. A new time is checked at once (Lessons::conflicts):
// blocking conflicts are listed in red and refuse Save; warnings (the teacher unavailable, over the
// daily limit) are listed and Save asks first.

#include "core/lessons/Lessons.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class LessonDialog : public QDialog {
    Q_OBJECT
public:
    LessonDialog(vault::Vault &vault, const lessons::Semester &semester, const lessons::Lesson &lesson,
                 QWidget *parent = nullptr);

    /// The time the fields show.
    lessons::LessonTime time() const;
    /// What stands in the way of that time now (empty when none or unchanged).
    QList<lessons::LessonConflict> conflicts() const { return m_conflicts; }
    /// Saves; false (with the reason shown) when refused.
    bool save();
    /// Where the lesson was before a move saved here (for undo); empty when it did not move.
    std::optional<lessons::LessonTime> movedFrom() const { return m_movedFrom; }

private:
    void checkTime();

    vault::Vault &m_vault;
    lessons::Semester m_semester;
    lessons::Lesson m_lesson;
    QList<lessons::LessonConflict> m_conflicts;
    std::optional<lessons::LessonTime> m_movedFrom;
    QLineEdit *m_topic;
    QPlainTextEdit *m_materials;
    QPlainTextEdit *m_reflection;
    QComboBox *m_status;
    QSpinBox *m_week;
    QComboBox *m_weekday;
    QComboBox *m_period;
    QLabel *m_conflictText;
    QLabel *m_error;
};

}  // namespace cd::ui

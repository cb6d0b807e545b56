#pragma once
// One lesson of the timetable grid (double-click): its topic, materials and reflection, its status
// (planned, delivered, cancelled) and its time. A new time is checked at once (Lessons::conflicts):
// blocking conflicts are listed in red and refuse Save; warnings (the teacher unavailable, over the
// daily limit) are listed and Save asks first. A cancelled lesson not made up yet has *Make up…*
// (MakeUpDialog, saved at once); a cancelled lesson made up says when, a make-up lesson what it
// makes up.

#include "core/lessons/Lessons.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
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
    /// Opens the make-up dialog for this cancelled lesson; true when a make-up lesson was saved.
    bool makeUp();
    /// The make-up lesson saved from here (0: none).
    qint64 madeUpId() const { return m_madeUpId; }

private:
    void checkTime();
    /// The make-up line and whether *Make up…* can be used.
    void showMakeUp();

    vault::Vault &m_vault;
    lessons::Semester m_semester;
    lessons::Lesson m_lesson;
    QList<lessons::LessonConflict> m_conflicts;
    std::optional<lessons::LessonTime> m_movedFrom;
    std::optional<lessons::Lesson> m_makeUp;  ///< the lesson making this cancelled one up
    std::optional<lessons::Lesson> m_madeUpFrom;  ///< the cancelled lesson this one makes up
    qint64 m_madeUpId = 0;
    QLineEdit *m_topic;
    QPlainTextEdit *m_materials;
    QPlainTextEdit *m_reflection;
    QComboBox *m_status;
    QSpinBox *m_week;
    QComboBox *m_weekday;
    QComboBox *m_period;
    QLabel *m_conflictText;
    QPushButton *m_makeUpButton;
    QLabel *m_makeUpNote;
    QLabel *m_error;
};

}  // namespace cd::ui

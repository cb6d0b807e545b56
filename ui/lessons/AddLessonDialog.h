#pragma once
// Adds a lesson by hand, or records a theme class meeting held (issue 14, item 5), from the week
// grid: the class, the week, weekday and period, the topic. A lesson's conflicts show as soon as
// its time is chosen (blocking ones refuse, warnings ask); a class meeting is recorded as held.

#include "core/lessons/Semester.h"
#include "core/lessons/Timetable.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class AddLessonDialog : public QDialog {
    Q_OBJECT
public:
    AddLessonDialog(vault::Vault &vault, const lessons::Semester &semester, const lessons::Timetable &timetable,
                    int week, QWidget *parent = nullptr);

    void accept() override;

private:
    void checkTime();
    bool meeting() const;
    /// The id of the class's teacher in the timetable, 0 when it has none.
    qint64 teacherOf(const lessons::ClassKey &cls) const;

    vault::Vault &m_vault;
    lessons::Semester m_semester;
    lessons::Timetable m_timetable;
    QComboBox *m_kind;
    QComboBox *m_class;
    QSpinBox *m_week;
    QComboBox *m_weekday;
    QComboBox *m_period;
    QLineEdit *m_topic;
    QLabel *m_conflicts;
    QLabel *m_error;
};

}  // namespace cd::ui

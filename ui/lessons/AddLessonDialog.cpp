#include "ui/lessons/AddLessonDialog.h"

#include "core/lessons/Lessons.h"
#include "ui/lessons/LessonChanges.h"
#include "ui/lessons/LessonTexts.h"
#include "ui/lessons/TimetableTables.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

AddLessonDialog::AddLessonDialog(vault::Vault &vault, const lessons::Semester &semester,
                                 const lessons::Timetable &timetable, int week, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_semester(semester), m_timetable(timetable), m_kind(new QComboBox(this)),
      m_class(new QComboBox(this)), m_week(new QSpinBox(this)), m_weekday(new QComboBox(this)),
      m_period(new QComboBox(this)), m_topic(new QLineEdit(this)), m_conflicts(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(u"addLessonDialog"_s);
    setWindowTitle(tr("Add a lesson"));
    m_kind->setObjectName(u"addLessonKind"_s);
    m_kind->addItem(tr("Mental-health lesson"), static_cast<int>(lessons::LessonKind::Lesson));
    m_kind->addItem(tr("Theme class meeting (held)"), static_cast<int>(lessons::LessonKind::ClassMeeting));
    m_kind->setToolTip(tr("A lesson is planned and kept when the plan is rebuilt; a class meeting is recorded as held"));
    m_class->setObjectName(u"addLessonClass"_s);
    for (const lessons::ClassAssignment &a : m_timetable.assignments)
        m_class->addItem(a.cls.displayName(), QVariant::fromValue(QStringList{QString::number(a.cls.grade), a.cls.className}));
    m_week->setObjectName(u"addLessonWeek"_s);
    m_week->setRange(m_semester.firstWeek(), m_semester.weekCount());
    m_week->setValue(week);
    m_weekday->setObjectName(u"addLessonWeekday"_s);
    for (int d = 1; d <= m_semester.schoolDays; ++d) m_weekday->addItem(weekdayName(d), d);
    m_period->setObjectName(u"addLessonPeriod"_s);
    for (const lessons::DayPeriod &p : m_semester.periods) m_period->addItem(periodLabel(p), p.period);
    m_topic->setObjectName(u"addLessonTopic"_s);
    m_topic->setPlaceholderText(tr("The topic (optional for a lesson)"));
    m_conflicts->setObjectName(u"addLessonConflicts"_s);
    m_conflicts->setWordWrap(true);
    m_error->setObjectName(u"addLessonError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Class:"), m_class);
    form->addRow(tr("Week:"), m_week);
    form->addRow(tr("Day:"), m_weekday);
    form->addRow(tr("Period:"), m_period);
    form->addRow(tr("Topic:"), m_topic);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddLessonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *box : {m_kind, m_class, m_weekday, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &AddLessonDialog::checkTime);
    connect(m_week, &QSpinBox::valueChanged, this, &AddLessonDialog::checkTime);
    checkTime();
}

bool AddLessonDialog::meeting() const
{
    return m_kind->currentData().toInt() == static_cast<int>(lessons::LessonKind::ClassMeeting);
}

void AddLessonDialog::checkTime()
{
    m_conflicts->clear();
    const QStringList cls = m_class->currentData().toStringList();
    if (cls.size() != 2 || meeting()) return;  // a class meeting is checked when it is recorded
    const lessons::ClassKey key{cls[0].toInt(), cls[1]};
    const lessons::LessonTime at{m_week->value(), m_weekday->currentData().toInt(), m_period->currentData().toInt()};
    auto found = lessons::Lessons(m_vault).conflicts(m_semester.id, key, teacherOf(key), at);
    if (!found) {
        m_conflicts->setText(found.error().message);
        return;
    }
    showConflicts(m_conflicts, *found, m_semester.dateOf(at.week, at.weekday));
}

qint64 AddLessonDialog::teacherOf(const lessons::ClassKey &cls) const
{
    const lessons::TimetableTeacher *teacher = m_timetable.teacher(m_timetable.teacherOf(cls));
    return teacher ? teacher->id : 0;
}

void AddLessonDialog::accept()
{
    m_error->hide();
    const auto fail = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    };
    const QStringList cls = m_class->currentData().toStringList();
    if (cls.size() != 2) return fail(tr("Choose a class: the semester's timetable inputs list the classes."));
    const lessons::ClassKey key{cls[0].toInt(), cls[1]};
    const lessons::LessonTime at{m_week->value(), m_weekday->currentData().toInt(), m_period->currentData().toInt()};
    if (meeting()) {
        auto id = lessons::Lessons(m_vault).recordClassMeeting(m_semester.id, key, m_semester.dateOf(at.week, at.weekday),
                                                               at.period, m_topic->text().trimmed(), QString());
        if (!id) return fail(id.error().message);
    } else {
        const Placement added = addLesson(this, m_vault, m_semester.id,
                                          {key, lessons::LessonKind::Lesson, at, teacherOf(key), 0, m_topic->text().trimmed(), {}});
        if (added.result == Placement::Refused) return fail(added.reason);
        if (!added.done()) return;
    }
    QDialog::accept();
}

}  // namespace cd::ui

#include "ui/lessons/LessonDialog.h"

#include "ui/common/Dates.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/StatusWidgets.h"
#include "ui/lessons/TimetableTables.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

LessonDialog::LessonDialog(vault::Vault &vault, const lessons::Semester &semester, const lessons::Lesson &lesson,
                           QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_semester(semester),
      m_lesson(lesson),
      m_topic(new QLineEdit(lesson.topic, this)),
      m_materials(new QPlainTextEdit(lesson.materials, this)),
      m_reflection(new QPlainTextEdit(lesson.reflection, this)),
      m_status(new QComboBox(this)),
      m_week(new QSpinBox(this)),
      m_weekday(new QComboBox(this)),
      m_period(new QComboBox(this)),
      m_conflictText(new QLabel(this)),
      m_error(makeErrorLabel(this, u"lessonError"_s))
{
    setObjectName(u"lessonDialog"_s);
    //: title of a lesson's dialog: "初二(3)班, week 5"
    setWindowTitle(tr("%1, week %2").arg(lesson.cls.displayName()).arg(lesson.at.week));
    m_topic->setObjectName(u"lessonTopic"_s);
    m_topic->setMaxLength(100);
    m_materials->setObjectName(u"lessonMaterials"_s);
    m_materials->setTabChangesFocus(true);
    m_reflection->setObjectName(u"lessonReflection"_s);
    m_reflection->setTabChangesFocus(true);
    m_reflection->setPlaceholderText(tr("How the lesson went; for a cancelled lesson, why"));
    m_status->setObjectName(u"lessonStatus"_s);
    for (lessons::LessonStatus s : {lessons::LessonStatus::Planned, lessons::LessonStatus::Delivered,
                                    lessons::LessonStatus::Cancelled})
        m_status->addItem(lessons::lessonStatusName(s), static_cast<int>(s));
    if (lesson.status == lessons::LessonStatus::MadeUp)
        m_status->addItem(lessons::lessonStatusName(lesson.status), static_cast<int>(lesson.status));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(lesson.status)));
    m_week->setObjectName(u"lessonWeek"_s);
    m_week->setRange(semester.firstWeek(), qMax(semester.firstWeek(), semester.weekCount()));
    m_week->setValue(lesson.at.week);
    m_weekday->setObjectName(u"lessonWeekday"_s);
    for (int d = 1; d <= semester.schoolDays; ++d) m_weekday->addItem(weekdayName(d), d);
    m_weekday->setCurrentIndex(qMax(0, m_weekday->findData(lesson.at.weekday)));
    m_period->setObjectName(u"lessonPeriod"_s);
    for (const lessons::DayPeriod &p : semester.periods) m_period->addItem(tr("Period %1").arg(p.period), p.period);
    m_period->setCurrentIndex(qMax(0, m_period->findData(lesson.at.period)));
    const bool movable = lesson.status == lessons::LessonStatus::Planned;
    for (QWidget *w : {static_cast<QWidget *>(m_week), static_cast<QWidget *>(m_weekday), static_cast<QWidget *>(m_period)}) {
        w->setEnabled(movable);
        w->setToolTip(movable ? tr("Move the lesson: conflicts show at once") : tr("Only a planned lesson can be moved"));
    }
    m_conflictText->setObjectName(u"lessonConflicts"_s);
    m_conflictText->setWordWrap(true);

    auto *when = new QHBoxLayout;
    when->addWidget(m_week);
    when->addWidget(m_weekday);
    when->addWidget(m_period);
    when->addStretch(1);
    m_week->setPrefix(tr("week "));
    auto *form = new QFormLayout;
    auto *whenLabel = new QLabel(tr("&Time:"), this);
    whenLabel->setBuddy(m_week);
    form->addRow(whenLabel, when);
    form->addRow(QString(), m_conflictText);
    form->addRow(tr("T&opic:"), m_topic);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Materials:"), m_materials);
    form->addRow(tr("&Reflection:"), m_reflection);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveLesson"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_week, &QSpinBox::valueChanged, this, &LessonDialog::checkTime);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, &LessonDialog::checkTime);
    connect(m_period, &QComboBox::currentIndexChanged, this, &LessonDialog::checkTime);
    checkTime();
    resize(560, 460);
}

lessons::LessonTime LessonDialog::time() const
{
    return {m_week->value(), m_weekday->currentData().toInt(), m_period->currentData().toInt()};
}

void LessonDialog::checkTime()
{
    m_conflicts.clear();
    const lessons::LessonTime at = time();
    if (!(at == m_lesson.at)) {
        auto found = lessons::Lessons(m_vault).conflicts(m_semester.id, m_lesson.cls, m_lesson.teacherId, at, m_lesson.id);
        if (found) m_conflicts = *found;
    }
    QStringList lines;
    bool blocking = false;
    for (const lessons::LessonConflict &c : m_conflicts) {
        lines << c.message;
        blocking = blocking || c.blocking;
    }
    m_conflictText->setText(lines.join(u'\n'));
    m_conflictText->setStyleSheet(blocking ? u"color: #c62828;"_s : u"color: #ef6c00;"_s);
    if (lines.isEmpty() && !(at == m_lesson.at))
        //: under a lesson's new time when nothing stands in the way
        m_conflictText->setText(tr("Free: %1").arg(dates::date(m_semester.dateOf(at.week, at.weekday))));
}

bool LessonDialog::save()
{
    m_error->hide();
    const auto fail = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        return false;
    };
    lessons::Lessons repo(m_vault);
    const lessons::LessonTime at = time();
    if (!(at == m_lesson.at)) {
        bool warnings = false;
        for (const lessons::LessonConflict &c : m_conflicts) {
            if (c.blocking) return fail(c.message);
            warnings = true;
        }
        if (warnings && !MessageBoxes::confirm(this, tr("Move lesson"),
                                               tr("%1\nMove the lesson all the same?").arg(m_conflictText->text()),
                                               tr("Move")))
            return false;
        const Status moved = repo.move(m_lesson.id, at, warnings);
        if (!moved) return fail(moved.error().message);
        m_movedFrom = m_lesson.at;
        m_lesson.at = at;
    }
    const lessons::LessonRecord record{m_lesson.topicId, m_topic->text().trimmed(), m_materials->toPlainText().trimmed(),
                                       m_reflection->toPlainText().trimmed()};
    const auto status = static_cast<lessons::LessonStatus>(m_status->currentData().toInt());
    Status done;
    if (status == m_lesson.status) done = repo.updateRecord(m_lesson.id, record);
    else if (status == lessons::LessonStatus::Delivered) done = repo.deliver(m_lesson.id, record);
    else if (status == lessons::LessonStatus::Cancelled) {
        done = repo.updateRecord(m_lesson.id, record);
        if (done) done = repo.cancel(m_lesson.id, record.reflection);
    } else if (status == lessons::LessonStatus::Planned) {
        done = repo.reopen(m_lesson.id);
        if (done) done = repo.updateRecord(m_lesson.id, record);
    }
    if (!done) return fail(done.error().message);
    return true;
}

}  // namespace cd::ui

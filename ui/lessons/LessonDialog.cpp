#include "ui/lessons/LessonDialog.h"

#include "ui/common/Dates.h"
#include "ui/common/StatusWidgets.h"
#include "ui/lessons/LessonChanges.h"
#include "ui/lessons/LessonTexts.h"
#include "ui/lessons/MakeUpDialog.h"
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
      m_makeUpButton(new QPushButton(tr("Ma&ke up…"), this)),
      m_makeUpNote(new QLabel(this)),
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
    m_makeUpButton->setObjectName(u"makeUpLesson"_s);
    m_makeUpNote->setObjectName(u"lessonMakeUpNote"_s);
    m_makeUpNote->setWordWrap(true);
    lessons::Lessons repo(vault);
    if (lesson.status == lessons::LessonStatus::Cancelled) {
        if (auto all = repo.list(lesson.semesterId))
            if (const lessons::Lesson *makeUp = makeUpOf(*all, lesson.id)) m_makeUp = *makeUp;
    } else if (lesson.makesUp != 0) {
        if (auto cancelled = repo.get(lesson.makesUp)) m_madeUpFrom = *cancelled;
    }

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
    auto *status = new QHBoxLayout;
    status->addWidget(m_status);
    status->addWidget(m_makeUpButton);
    status->addStretch(1);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, status);
    form->addRow(QString(), m_makeUpNote);
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
    connect(m_status, &QComboBox::currentIndexChanged, this, &LessonDialog::showMakeUp);
    connect(m_makeUpButton, &QPushButton::clicked, this, &LessonDialog::makeUp);
    checkTime();
    showMakeUp();
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
    if (at == m_lesson.at) {
        m_conflictText->clear();
        return;
    }
    auto found = lessons::Lessons(m_vault).conflicts(m_semester.id, m_lesson.cls, m_lesson.teacherId, at, m_lesson.id);
    if (found) m_conflicts = *found;
    showConflicts(m_conflictText, m_conflicts, m_semester.dateOf(at.week, at.weekday));
}

void LessonDialog::showMakeUp()
{
    const auto when = [this](const lessons::LessonTime &at) {
        return dates::date(m_semester.dateOf(at.week, at.weekday));
    };
    QString note;
    if (m_makeUp)
        //: under a cancelled lesson's status: when the lesson making it up is, "made up on 2026-10-14, period 3 (week 7)"
        note = tr("Made up on %1, period %2 (week %3).").arg(when(m_makeUp->at)).arg(m_makeUp->at.period).arg(m_makeUp->at.week);
    else if (m_madeUpFrom)
        //: under a make-up lesson's status: the lesson it makes up
        note = tr("Makes up the lesson cancelled on %1, period %2.").arg(when(m_madeUpFrom->at)).arg(m_madeUpFrom->at.period);
    m_makeUpNote->setText(note);
    m_makeUpNote->setVisible(!note.isEmpty());
    const bool cancelled = m_lesson.status == lessons::LessonStatus::Cancelled &&
                           m_status->currentData().toInt() == static_cast<int>(lessons::LessonStatus::Cancelled);
    m_makeUpButton->setEnabled(cancelled && !m_makeUp);
    m_makeUpButton->setToolTip(m_makeUp ? tr("This lesson has been made up already")
                               : cancelled ? tr("Choose a date and period for a lesson in place of this one (saved at once)")
                                           : tr("Only a cancelled lesson can be made up: save it as cancelled first"));
}

bool LessonDialog::makeUp()
{
    if (!m_makeUpButton->isEnabled()) return false;
    MakeUpDialog dialog(m_vault, m_semester, m_lesson, this);
    if (dialog.exec() != QDialog::Accepted) return false;
    m_madeUpId = dialog.madeUpId();
    if (auto made = lessons::Lessons(m_vault).get(m_madeUpId)) m_makeUp = *made;
    showMakeUp();
    return true;
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
        const Placement moved = moveLesson(this, m_vault, m_lesson, at);
        if (moved.result == Placement::Refused) return fail(moved.reason);
        if (!moved.done()) return false;
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

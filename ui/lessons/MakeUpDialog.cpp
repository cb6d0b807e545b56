#include "ui/lessons/MakeUpDialog.h"

#include "core/common/Clock.h"
#include "core/lessons/Timetable.h"
#include "ui/common/Dates.h"
#include "ui/common/MessageBoxes.h"
#include "ui/lessons/LessonChanges.h"
#include "ui/lessons/LessonTexts.h"
#include "ui/lessons/TimetableTables.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

std::optional<lessons::LessonTime> suggestMakeUpTime(vault::Vault &vault, const lessons::Semester &semester,
                                                     const lessons::Lesson &cancelled, const QDate &today)
{
    const QDate after = qMax(today, semester.dateOf(cancelled.at.week, cancelled.at.weekday));
    lessons::Lessons repo(vault);
    if (auto timetable = lessons::Timetables(vault).load(semester.id)) {
        QList<lessons::ClassSlot> slots = timetable->slotsOf(cancelled.cls);
        std::sort(slots.begin(), slots.end(), [](const lessons::ClassSlot &a, const lessons::ClassSlot &b) {
            return a.weekday != b.weekday ? a.weekday < b.weekday : a.period < b.period;
        });
        for (int week = qMax(semester.firstWeek(), semester.weekOf(after)); week <= semester.weekCount(); ++week)
            for (const lessons::ClassSlot &slot : slots) {
                if (!slot.openIn(week) || semester.dateOf(week, slot.weekday) <= after) continue;
                const lessons::LessonTime at{week, slot.weekday, slot.period};
                auto found = repo.conflicts(semester.id, cancelled.cls, cancelled.teacherId, at);
                if (found && found->isEmpty()) return at;
            }
    }
    const int period = semester.period(cancelled.at.period) || semester.periods.isEmpty()
                           ? cancelled.at.period
                           : semester.periods.first().period;
    for (QDate day = after.addDays(1); day <= semester.endsOn; day = day.addDays(1))
        if (semester.isTeachingDay(day)) return lessons::LessonTime{semester.weekOf(day), day.dayOfWeek(), period};
    return std::nullopt;
}

MakeUpDialog::MakeUpDialog(vault::Vault &vault, const lessons::Semester &semester, const lessons::Lesson &cancelled,
                           QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_semester(semester),
      m_cancelled(cancelled),
      m_date(new QDateEdit(this)),
      m_period(new QComboBox(this)),
      m_week(new QLabel(this)),
      m_conflictText(new QLabel(this))
{
    setObjectName(u"makeUpDialog"_s);
    //: title of the dialog making up a cancelled lesson: "Make up: 初二(3)班"
    setWindowTitle(tr("Make up: %1").arg(cancelled.cls.displayName()));
    const QDate was = semester.dateOf(cancelled.at.week, cancelled.at.weekday);
    auto *intro = new QLabel(this);
    intro->setObjectName(u"makeUpIntro"_s);
    intro->setWordWrap(true);
    //: %1 the class, %2 the date, %3 the period, %4 the topic
    intro->setText(tr("A new lesson for %1 in place of the one cancelled on %2, period %3 (%4): the same teacher "
                      "and topic, kept when the plan is rebuilt.")
                       .arg(cancelled.cls.displayName(), dates::date(was))
                       .arg(cancelled.at.period)
                       .arg(cancelled.topic.isEmpty() ? lessons::lessonKindName(cancelled.kind) : cancelled.topic));
    m_date->setObjectName(u"makeUpDate"_s);
    m_date->setDisplayFormat(dates::dateFormat());
    m_date->setCalendarPopup(true);
    m_date->setDateRange(semester.startsOn, semester.endsOn);
    m_period->setObjectName(u"makeUpPeriod"_s);
    for (const lessons::DayPeriod &p : semester.periods) m_period->addItem(periodLabel(p), p.period);
    m_week->setObjectName(u"makeUpWeek"_s);
    m_conflictText->setObjectName(u"makeUpConflicts"_s);
    m_conflictText->setWordWrap(true);

    const lessons::LessonTime start =
        suggestMakeUpTime(vault, semester, cancelled, clock::today()).value_or(cancelled.at);
    m_date->setDate(semester.dateOf(start.week, start.weekday));
    m_period->setCurrentIndex(qMax(0, m_period->findData(start.period)));

    auto *day = new QHBoxLayout;
    day->addWidget(m_date);
    day->addWidget(m_week, 1);
    auto *form = new QFormLayout;
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    auto *periodLabelWidget = new QLabel(tr("&Period:"), this);
    periodLabelWidget->setBuddy(m_period);
    form->addRow(dateLabel, day);
    form->addRow(periodLabelWidget, m_period);
    form->addRow(QString(), m_conflictText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *makeUp = buttons->addButton(tr("&Make up"), QDialogButtonBox::AcceptRole);
    makeUp->setObjectName(u"makeUpSave"_s);
    makeUp->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &MakeUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_date, &QDateEdit::dateChanged, this, &MakeUpDialog::checkTime);
    connect(m_period, &QComboBox::currentIndexChanged, this, &MakeUpDialog::checkTime);
    checkTime();
    // Wide enough for the sentences, and room for two lines of conflicts before it has to grow.
    m_conflictText->setMinimumHeight(2 * fontMetrics().lineSpacing());
    resize(qMax(sizeHint().width(), 480), layout->totalHeightForWidth(480));
}

lessons::LessonTime MakeUpDialog::time() const
{
    const QDate day = m_date->date();
    return {m_semester.weekOf(day), day.dayOfWeek(), m_period->currentData().toInt()};
}

void MakeUpDialog::checkTime()
{
    const lessons::LessonTime at = time();
    //: beside a make-up lesson's date: its school week and weekday, "week 7, Wednesday"
    m_week->setText(tr("week %1, %2").arg(at.week).arg(weekdayName(at.weekday)));
    m_conflicts.clear();
    auto found = lessons::Lessons(m_vault).conflicts(m_semester.id, m_cancelled.cls, m_cancelled.teacherId, at);
    if (found) m_conflicts = *found;
    else m_conflicts.append({lessons::ConflictKind::OutsideSemester, true, 0, found.error().message});
    showConflicts(m_conflictText, m_conflicts, m_date->date());
    if (layout()) {  // a longer list of conflicts makes the dialog taller, never cut off
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height()) resize(width(), needed);
    }
}

void MakeUpDialog::accept()
{
    const Placement done = makeUpLesson(this, m_vault, m_cancelled, time());
    if (done.result == Placement::Refused) MessageBoxes::error(this, tr("Make up lesson"), done.reason);
    if (!done.done()) return;
    m_madeUp = done.id;
    QDialog::accept();
}

}  // namespace cd::ui

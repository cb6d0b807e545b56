#include "ui/lessons/SemesterDialog.h"

#include "core/lessons/Semesters.h"
#include "ui/common/Dates.h"
#include "ui/common/StatusWidgets.h"
#include "ui/common/WindowFit.h"
#include "ui/lessons/SemesterTables.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {

QDateEdit *dateField(QWidget *parent, const QString &name, const QDate &day)
{
    auto *edit = new QDateEdit(day.isValid() ? day : QDate::currentDate(), parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(dates::dateFormat());
    edit->setCalendarPopup(true);
    return edit;
}

QDate mondayOf(const QDate &day) { return day.addDays(1 - day.dayOfWeek()); }

}  // namespace

lessons::Semester SemesterDialog::proposal(const QList<lessons::Semester> &existing, const QDate &today)
{
    lessons::Semester s;
    QDate start = mondayOf(today);
    for (const lessons::Semester &other : existing)
        if (other.endsOn >= start) start = mondayOf(other.endsOn.addDays(7));
    s.startsOn = start;
    s.week1Monday = start;
    s.endsOn = start.addDays(20 * 7 - 3);  // the Friday of week 20
    //: the name proposed for a new semester: its first and last day
    s.name = tr("Semester %1 to %2").arg(dates::date(s.startsOn), dates::date(s.endsOn));
    // Four periods of 40 minutes in the morning from 08:00, four in the afternoon from 14:00.
    const QList<QTime> starts = {QTime(8, 0), QTime(8, 50), QTime(10, 0), QTime(10, 50),
                                 QTime(14, 0), QTime(14, 50), QTime(15, 50), QTime(16, 40)};
    for (int i = 0; i < starts.size(); ++i) s.periods.append({i + 1, starts[i], starts[i].addSecs(40 * 60)});
    return s;
}

SemesterDialog::SemesterDialog(vault::Vault &vault, const lessons::Semester &semester, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_original(semester), m_problems(makeErrorLabel(this, u"semesterProblems"_s))
{
    setObjectName(u"semesterDialog"_s);
    setWindowTitle(semester.id == 0 ? tr("New semester") : tr("Semester %1").arg(semester.name));
    if (auto all = lessons::Semesters(vault).list())
        for (const lessons::Semester &s : *all)
            if (s.id != semester.id) m_others << s;

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"semesterTabs"_s);
    m_tabs->addTab(datesTab(), tr("&General"));
    m_breaks = new BreaksTable(this);
    m_breaks->setBreaks(semester.breaks);
    m_tabs->addTab(m_breaks, tr("&Holidays and exams"));
    m_periods = new PeriodsTable(this);
    m_periods->setPeriods(semester.periods);
    m_tabs->addTab(m_periods, tr("&Periods of the day"));
    m_tabs->addTab(windowfit::scrollable(targetsTab()), tr("&Targets"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveSemester"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SemesterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    const auto refresh = [this]() { showProblems(); };
    connect(m_name, &QLineEdit::textChanged, this, refresh);
    for (QDateEdit *edit : {m_starts, m_ends, m_week1}) connect(edit, &QDateEdit::dateChanged, this, refresh);
    connect(m_schoolDays, &QComboBox::currentIndexChanged, this, refresh);
    connect(m_breaks, &BreaksTable::changed, this, refresh);
    connect(m_periods, &PeriodsTable::changed, this, refresh);
    for (QSpinBox *box : findChildren<QSpinBox *>()) connect(box, &QSpinBox::valueChanged, this, refresh);
    showProblems();
    resize(720, 520);
}

QWidget *SemesterDialog::datesTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(m_original.name, page);
    m_name->setObjectName(u"semesterName"_s);
    m_name->setMaxLength(60);
    m_name->setPlaceholderText(tr("e.g. 2026–2027 school year, first semester"));
    m_starts = dateField(page, u"semesterStarts"_s, m_original.startsOn);
    m_ends = dateField(page, u"semesterEnds"_s, m_original.endsOn);
    m_week1 = dateField(page, u"semesterWeek1"_s, m_original.week1Monday);
    m_week1->setToolTip(tr("The Monday of the week the school calls week 1: the timetable's week numbers count from it"));
    m_schoolDays = new QComboBox(page);
    m_schoolDays->setObjectName(u"semesterSchoolDays"_s);
    m_schoolDays->addItem(tr("Monday to Friday"), 5);
    m_schoolDays->addItem(tr("Monday to Saturday"), 6);
    m_schoolDays->addItem(tr("Every day of the week"), 7);
    m_schoolDays->setCurrentIndex(qMax(0, m_schoolDays->findData(m_original.schoolDays)));
    m_weeks = new QLabel(page);
    m_weeks->setObjectName(u"semesterWeeks"_s);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&First day:"), m_starts);
    form->addRow(tr("&Last day:"), m_ends);
    form->addRow(tr("Week &1 starts on:"), m_week1);
    form->addRow(tr("School days a &week:"), m_schoolDays);
    form->addRow(QString(), m_weeks);
    connect(m_starts, &QDateEdit::dateChanged, this, [this](const QDate &day) { m_breaks->setDefaultDay(day); });
    return page;
}

QSpinBox *SemesterDialog::spin(const QString &name, int min, int max, int value, const QString &toolTip)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(name);
    box->setRange(min, max);
    box->setValue(value);
    box->setToolTip(toolTip);
    return box;
}

QWidget *SemesterDialog::targetsTab()
{
    const lessons::SemesterTargets &t = m_original.targets;
    auto *page = new QWidget(this);
    page->setObjectName(u"semesterTargets"_s);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_lessonsPerWindow = spin(u"targetLessons"_s, 0, 9, t.lessonsPerWindow,
                              tr("How many mental-health lessons each class must get in every window"));
    m_windowWeeks = spin(u"targetWindowWeeks"_s, 0, 9, t.windowWeeks,
                         tr("The length of a window in weeks: 2 for \"a lesson every two weeks\""));
    //: between the lessons and the weeks of the lesson rule: "1 lesson(s) every 2 week(s)"
    m_windowWeeks->setPrefix(tr("every "));
    m_windowWeeks->setSuffix(tr(" week(s)"));
    m_lessonsPerWindow->setSuffix(tr(" lesson(s)"));
    auto *rule = new QWidget(page);
    auto *ruleRow = new QHBoxLayout(rule);
    ruleRow->setContentsMargins(0, 0, 0, 0);
    ruleRow->addWidget(m_lessonsPerWindow);
    ruleRow->addWidget(m_windowWeeks);
    ruleRow->addStretch(1);
    m_meetings = spin(u"targetMeetings"_s, 0, 20, t.meetingsPerClass, tr("Theme class meetings each class holds a semester"));
    m_activities = spin(u"targetActivities"_s, 0, 10, t.activitiesPerMonth, tr("Whole-school activities a month"));
    m_family = spin(u"targetFamily"_s, 0, 50, t.familyEvents, tr("Family-education events a semester"));
    m_trainings = spin(u"targetTrainings"_s, 0, 50, t.teacherTrainings, tr("Teacher trainings a semester"));
    m_openHours = spin(u"targetOpenHours"_s, 0, 80, t.openHoursPerWeek,
                       tr("Hours a week the room is open outside class, checked against the duty roster"));
    form->addRow(tr("Lesson &rule:"), rule);
    form->addRow(tr("Theme class &meetings per class:"), m_meetings);
    form->addRow(tr("Whole-school &activities per month:"), m_activities);
    form->addRow(tr("Famil&y-education events:"), m_family);
    form->addRow(tr("Teacher tra&inings:"), m_trainings);
    form->addRow(tr("&Open hours per week:"), m_openHours);
    return page;
}

lessons::Semester SemesterDialog::semester() const
{
    lessons::Semester s = m_original;
    s.name = m_name->text().trimmed();
    s.startsOn = m_starts->date();
    s.endsOn = m_ends->date();
    s.week1Monday = m_week1->date();
    s.schoolDays = m_schoolDays->currentData().toInt();
    s.breaks = m_breaks->breaks();
    s.periods = m_periods->periods();
    s.targets.lessonsPerWindow = m_lessonsPerWindow->value();
    s.targets.windowWeeks = m_windowWeeks->value();
    s.targets.meetingsPerClass = m_meetings->value();
    s.targets.activitiesPerMonth = m_activities->value();
    s.targets.familyEvents = m_family->value();
    s.targets.teacherTrainings = m_trainings->value();
    s.targets.openHoursPerWeek = m_openHours->value();
    return s;
}

QStringList SemesterDialog::problems() const { return lessons::semesterProblems(semester(), m_others); }

void SemesterDialog::showProblems()
{
    const lessons::Semester s = semester();
    if (s.startsOn.isValid() && s.endsOn >= s.startsOn)
        //: under the semester's dates: its school weeks as numbered from week 1
        m_weeks->setText(tr("Weeks %1 to %2 of the school's numbering").arg(s.firstWeek()).arg(s.weekCount()));
    else m_weeks->clear();
    const QStringList list = problems();
    m_problems->setText(list.join(u'\n'));
    m_problems->setVisible(!list.isEmpty());
}

void SemesterDialog::accept()
{
    showProblems();
    if (!problems().isEmpty()) return;  // listed above the buttons; everything typed stays
    auto saved = lessons::Semesters(m_vault).save(semester());
    if (!saved) {
        m_problems->setText(saved.error().message);
        m_problems->show();
        return;
    }
    m_savedId = *saved;
    QDialog::accept();
}

}  // namespace cd::ui

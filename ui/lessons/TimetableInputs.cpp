#include "ui/lessons/TimetableInputs.h"

#include "core/lessons/Semesters.h"
#include "core/vault/Vault.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/StatusWidgets.h"
#include "ui/lessons/SlotGrid.h"
#include "ui/lessons/TimetableTables.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

TimetableInputs::TimetableInputs(vault::Vault &vault, QWidget *parent)
    : QWidget(parent),
      m_vault(vault),
      m_tabs(new QTabWidget(this)),
      m_teachers(new TeachersTable(this)),
      m_assignments(new AssignmentsTable(this)),
      m_unavailable(new UnavailableTable(this)),
      m_slots(new SlotGrid(this)),
      m_problems(makeErrorLabel(this, u"timetableProblems"_s)),
      m_status(new QLabel(this))
{
    setObjectName(u"timetableInputs"_s);
    m_tabs->setObjectName(u"timetableTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_teachers, tr("Tea&chers"));
    m_tabs->addTab(m_assignments, tr("Classes"));
    m_tabs->addTab(m_unavailable, tr("&Unavailable"));
    m_tabs->addTab(m_slots, tr("&Open slots"));
    m_status->setObjectName(u"timetableStatus"_s);
    m_status->setWordWrap(true);
    m_save = new QPushButton(tr("Save inputs"), this);
    m_save->setObjectName(u"saveTimetable"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Saves the teachers, classes, unavailable times and open slots together (Ctrl+S)"));
    m_revert = new QPushButton(tr("Bac&k to saved"), this);
    m_revert->setObjectName(u"revertTimetable"_s);
    m_revert->setToolTip(tr("Forgets the changes since the last save"));
    m_copy = new QPushButton(tr("Cop&y from the previous semester"), this);
    m_copy->setObjectName(u"copyTimetable"_s);
    m_copy->setToolTip(tr("Starts from the previous semester's teachers, classes and slots (unavailable times are "
                          "dated and not copied); nothing is saved until Save"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_copy);
    bar->addWidget(m_revert);
    bar->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problems);
    layout->addLayout(bar);

    connect(m_teachers, &TeachersTable::changed, this, [this]() {
        m_assignments->setTeacherNames(m_teachers->names());
        m_unavailable->setTeacherNames(m_teachers->names());
        edited();
    });
    connect(m_assignments, &AssignmentsTable::changed, this, &TimetableInputs::edited);
    connect(m_unavailable, &UnavailableTable::changed, this, &TimetableInputs::edited);
    connect(m_slots, &SlotGrid::changed, this, &TimetableInputs::edited);
    connect(m_save, &QPushButton::clicked, this, &TimetableInputs::save);
    connect(m_revert, &QPushButton::clicked, this, &TimetableInputs::revert);
    connect(m_copy, &QPushButton::clicked, this, &TimetableInputs::copyFromPrevious);
    if (auto users = vault.users()) m_teachers->setUsers(*users);
    setEnabled(false);
}

bool TimetableInputs::setSemester(const std::optional<lessons::Semester> &semester)
{
    if (m_dirty && m_semester && semester && semester->id == m_semester->id) {
        m_semester = semester;  // the same semester shown again: the edits stay
        return true;
    }
    if (m_dirty && m_semester) {
        const auto choice = MessageBoxes::askSave(this, tr("Timetable inputs"),
                                                  tr("The timetable inputs of %1 have changes that are not saved. Save them?")
                                                      .arg(m_semester->name));
        if (choice == MessageBoxes::SaveChoice::Cancel) return false;
        if (choice == MessageBoxes::SaveChoice::Save && !save()) return false;
    }
    m_semester = semester;
    setEnabled(semester.has_value());
    auto roster = lessons::rosterClasses(m_vault);
    m_roster = roster ? *roster : QList<lessons::ClassKey>();
    revert();
    return true;
}

void TimetableInputs::revert()
{
    lessons::Timetable timetable;
    if (m_semester) {
        auto loaded = lessons::Timetables(m_vault).load(m_semester->id);
        if (!loaded) {
            m_problems->setText(loaded.error().message);
            m_problems->show();
            return;
        }
        timetable = *loaded;
    }
    showTimetable(timetable);
    m_dirty = false;
    m_status->setText(timetable.isEmpty() ? tr("Nothing set for this semester yet.") : tr("Saved."));
}

void TimetableInputs::showTimetable(const lessons::Timetable &timetable)
{
    m_loading = true;
    const lessons::Semester semester = m_semester.value_or(lessons::Semester{});
    m_teachers->setTeachers(timetable.teachers);
    const QStringList names = m_teachers->names();
    m_assignments->setTeacherNames(names);
    m_assignments->setClasses(m_roster, timetable.assignments);
    m_unavailable->setSemester(semester);
    m_unavailable->setTeacherNames(names);
    m_unavailable->setUnavailable(timetable.unavailable);
    m_slots->setSemester(semester);
    m_slots->setClasses(m_roster, timetable.slots);
    m_loading = false;
    showProblems();
}

lessons::Timetable TimetableInputs::timetable() const
{
    lessons::Timetable t;
    t.semesterId = m_semester ? m_semester->id : 0;
    t.teachers = m_teachers->teachers();
    t.assignments = m_assignments->assignments();
    t.unavailable = m_unavailable->unavailable();
    t.slots = m_slots->slots();
    return t;
}

QStringList TimetableInputs::problems() const
{
    if (!m_semester) return {};
    return lessons::timetableProblems(timetable(), *m_semester, m_roster);
}

void TimetableInputs::edited()
{
    if (m_loading) return;
    m_dirty = true;
    m_status->setText(tr("Changed: not saved yet."));
    showProblems();
}

void TimetableInputs::showProblems()
{
    const QStringList list = problems();
    m_problems->setText(list.join(u'\n'));
    m_problems->setVisible(!list.isEmpty());
}

bool TimetableInputs::save()
{
    if (!m_semester) return false;
    showProblems();
    if (!problems().isEmpty()) return false;  // listed above the buttons; everything typed stays
    const Status saved = lessons::Timetables(m_vault).save(timetable());
    if (!saved) {
        m_problems->setText(saved.error().message);
        m_problems->show();
        return false;
    }
    revert();  // teachers get their ids
    Q_EMIT this->saved();
    return true;
}

void TimetableInputs::copyFromPrevious()
{
    if (!m_semester) return;
    auto all = lessons::Semesters(m_vault).list();
    const lessons::Semester *previous = nullptr;
    if (all)
        for (const lessons::Semester &s : *all)
            if (s.endsOn < m_semester->startsOn) previous = &s;
    if (!previous) {
        MessageBoxes::information(this, tr("Copy from the previous semester"), tr("There is no semester before this one."));
        return;
    }
    if (!timetable().isEmpty() &&
        !MessageBoxes::confirm(this, tr("Copy from the previous semester"),
                               tr("Replace what the tables show with the inputs of %1? Nothing is saved until Save.")
                                   .arg(previous->name),
                               tr("Replace")))
        return;
    auto copied = lessons::Timetables(m_vault).copiedFrom(previous->id, m_semester->id);
    if (!copied) {
        MessageBoxes::error(this, tr("Copy from the previous semester"), copied.error().message);
        return;
    }
    showTimetable(*copied);
    edited();
}

}  // namespace cd::ui

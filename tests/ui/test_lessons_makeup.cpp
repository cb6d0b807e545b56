// Making up a cancelled lesson from the week grid (issue 14): Make up… in the lesson's dialog opens
// on the class's next free open slot (else the next teaching day); a blocking conflict is refused
// with its reason in a message, a warning asks and can be declined, then "Make up anyway" saves a
// pinned lesson making up the cancelled one; the grid shows both, Ctrl+Z removes the make-up, and
// compliance counts the make-up once held. Synthetic data only.
#include "ui/UiTestSupport.h"

#include "common/Clock.h"
#include "common/MessageBoxes.h"
#include "core/lessons/Lessons.h"
#include "core/lessons/Semesters.h"
#include "lessons/ComplianceView.h"
#include "lessons/LessonDialog.h"
#include "lessons/MakeUpDialog.h"
#include "lessons/TimetableGrid.h"
#include "support/TempVault.h"
#include "support/TestLessons.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QStringList>
#include <QTableWidget>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

/// The make-up lessons of `cancelledId` in the semester.
QList<lessons::Lesson> makeUpsOf(lessons::Lessons &repo, qint64 semesterId, qint64 cancelledId)
{
    QList<lessons::Lesson> found;
    auto all = repo.list(semesterId);
    REQUIRE(all.ok());
    for (const lessons::Lesson &l : *all)
        if (l.makesUp == cancelledId) found << l;
    return found;
}

/// The compliance view's "delivered" for `cls` as of the day after the semester.
int deliveredFor(vault::Vault &vault, const lessons::Semester &s, const lessons::ClassKey &cls)
{
    clock::setNowForTesting(QDateTime(s.endsOn.addDays(1), QTime(9, 0)));
    ui::ComplianceView view(vault);
    view.setSemester(s);
    clock::setNowForTesting(QDateTime(QDate(2026, 9, 2), QTime(9, 0)));
    QTableWidget *table = view.classTable();
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == cls.displayName()) return table->item(r, 3)->data(Qt::DisplayRole).toInt();
    FAIL("class not in the compliance view");
    return -1;
}

void setDay(ui::MakeUpDialog *dialog, const QDate &day, int period)
{
    child<QDateEdit>(dialog, u"makeUpDate"_s)->setDate(day);
    auto *periods = child<QComboBox>(dialog, u"makeUpPeriod"_s);
    periods->setCurrentIndex(periods->findData(period));
}

}  // namespace

TEST_CASE("make up: the next free slot offered, a blocking conflict refused with its reason, a warning asked, the "
          "make-up saved, shown, undone and counted once held",
          "[ui][lessons]")
{
    TempVault tv;
    auto vault = tv.open();
    TestSemester ts = addTestSemester(*vault);
    lessons::Semester &s = ts.semester;
    s.breaks.append({lessons::BreakKind::Holiday, QDate(2026, 9, 3), QDate(2026, 9, 4), u"调休"_s});
    REQUIRE(lessons::Semesters(*vault).save(s).ok());
    lessons::Timetable t = ts.timetable;
    t.slots.append({{8, u"1"_s}, 3, 3, lessons::SlotWeeks::Every});                    // 初二(1)班: Wednesday, period 3
    t.unavailable.append({u"王老师"_s, 4, 0, 3, 3, u"培训"_s});                        // Thursday of week 3
    REQUIRE(lessons::Timetables(*vault).save(t).ok());
    lessons::Lessons repo(*vault);
    const lessons::ClassKey class1{8, u"1"_s};
    const qint64 cancelled = *repo.add(s.id, {class1, lessons::LessonKind::Lesson, {1, 1, 1}, -1, 0, u"情绪"_s, {}});
    REQUIRE(repo.cancel(cancelled, u"运动会"_s).ok());
    // Week 2's Wednesday slot is taken by the class's next lesson: the make-up goes to week 3's.
    REQUIRE(repo.add(s.id, {class1, lessons::LessonKind::Lesson, {2, 3, 3}, -1, 0, u"学习"_s, {}}).ok());
    const qint64 planned = *repo.add(s.id, {class1, lessons::LessonKind::Lesson, {1, 2, 2}, -1, 0, u"计划"_s, {}});
    const qint64 noSlots = *repo.add(s.id, {{8, u"2"_s}, lessons::LessonKind::Lesson, {1, 2, 2}, -1, 0, u"友谊"_s, {}});
    REQUIRE(repo.cancel(noSlots, QString()).ok());
    clock::setNowForTesting(QDateTime(QDate(2026, 9, 2), QTime(9, 0)));  // Wednesday of week 1

    // The defaults: the class's next open slot nothing stands in the way of; a class without
    // slots gets the next teaching day (Thursday and Friday are a holiday) at the lesson's period.
    CHECK(ui::suggestMakeUpTime(*vault, s, *repo.get(cancelled), clock::today()) == (lessons::LessonTime{3, 3, 3}));
    CHECK(ui::suggestMakeUpTime(*vault, s, *repo.get(noSlots), clock::today()) == (lessons::LessonTime{2, 1, 2}));
    {
        ui::MakeUpDialog dialog(*vault, s, *repo.get(noSlots));
        CHECK(child<QDateEdit>(&dialog, u"makeUpDate"_s)->date() == QDate(2026, 9, 7));
        CHECK(child<QComboBox>(&dialog, u"makeUpPeriod"_s)->currentData().toInt() == 2);
    }
    {  // A planned lesson cannot be made up.
        ui::LessonDialog dialog(*vault, s, *repo.get(planned));
        CHECK_FALSE(child<QPushButton>(&dialog, u"makeUpLesson"_s)->isEnabled());
        CHECK(child<QLabel>(&dialog, u"lessonMakeUpNote"_s)->isHidden());
    }

    ui::TimetableGrid grid(*vault);
    grid.resize(900, 600);
    grid.show();
    grid.setSemester(s);
    REQUIRE(grid.week() == 1);
    QTableWidget *table = grid.grid();

    bool sawMakeUp = false;
    whenShown<ui::LessonDialog>([&](ui::LessonDialog *dialog) {
        auto *makeUp = child<QPushButton>(dialog, u"makeUpLesson"_s);
        CHECK(makeUp->isEnabled());
        whenShown<ui::MakeUpDialog>([&](ui::MakeUpDialog *m) {
            sawMakeUp = true;
            auto *conflicts = child<QLabel>(m, u"makeUpConflicts"_s);
            CHECK(child<QDateEdit>(m, u"makeUpDate"_s)->date() == QDate(2026, 9, 16));
            CHECK(child<QComboBox>(m, u"makeUpPeriod"_s)->currentData().toInt() == 3);
            CHECK(m->conflicts().isEmpty());
            CHECK(conflicts->text().contains(u"2026-09-16"_s));
            auto *save = child<QPushButton>(m, u"makeUpSave"_s);

            // Week 2's slot: the class has a lesson then, shown at once and refused on Make up.
            // (REQUIRE would throw through Qt's event loop here: CHECK and stop instead.)
            setDay(m, QDate(2026, 9, 9), 3);
            QStringList busy;
            for (const lessons::LessonConflict &c : m->conflicts()) {
                CHECK(c.blocking);
                busy << c.message;
            }
            CHECK(busy.size() == 2);  // the class, and its teacher, are busy then
            CHECK(conflicts->text() == busy.join(u'\n'));
            ui::MessageBoxes::setNextAnswer(true);  // the error box, skipped
            save->click();
            CHECK(m->isVisible());
            CHECK(ui::MessageBoxes::lastText() == busy.join(u'\n'));
            CHECK(makeUpsOf(repo, s.id, cancelled).isEmpty());

            // The holiday: blocking too.
            setDay(m, QDate(2026, 9, 3), 1);
            CHECK(m->conflicts().size() == 1);
            CHECK((!m->conflicts().isEmpty() && m->conflicts().first().kind == lessons::ConflictKind::NotTeachingDay));

            // Thursday of week 3: the teacher is away, a warning: declined, then made up anyway.
            setDay(m, QDate(2026, 9, 17), 1);
            const QList<lessons::LessonConflict> warning = m->conflicts();
            CHECK(warning.size() == 1);
            if (warning.size() != 1) return m->reject();
            CHECK_FALSE(warning.first().blocking);
            ui::MessageBoxes::setNextAnswer(false);
            save->click();
            CHECK(m->isVisible());
            CHECK(ui::MessageBoxes::lastText().contains(warning.first().message));
            CHECK(makeUpsOf(repo, s.id, cancelled).isEmpty());
            ui::MessageBoxes::setNextAnswer(true);
            save->click();
            CHECK(m->result() == QDialog::Accepted);
        });
        makeUp->click();
        auto *note = child<QLabel>(dialog, u"lessonMakeUpNote"_s);
        CHECK(note->isVisibleTo(dialog));
        CHECK(note->text().contains(u"2026-09-17"_s));
        CHECK_FALSE(makeUp->isEnabled());
        dialog->reject();  // the make-up is saved on its own
    });
    grid.openCell(1, 1);
    CHECK(sawMakeUp);
    QList<lessons::Lesson> made = makeUpsOf(repo, s.id, cancelled);
    REQUIRE(made.size() == 1);
    CHECK(made.first().at == (lessons::LessonTime{3, 4, 1}));
    CHECK(made.first().pinned);
    CHECK(made.first().status == lessons::LessonStatus::Planned);
    CHECK(made.first().cls == class1);
    CHECK(made.first().topic == u"情绪"_s);
    CHECK(made.first().teacherId == repo.get(cancelled)->teacherId);
    CHECK(table->item(0, 0)->text().contains(u"2026-09-17"_s));  // "made up on …" under the cancelled one

    // Ctrl+Z removes the make-up lesson; the cancelled one can be made up again.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK(makeUpsOf(repo, s.id, cancelled).isEmpty());
    CHECK_FALSE(table->item(0, 0)->text().contains(u"2026-09-17"_s));

    // Made up again at the offered slot (free: no question), shown in its week, held: counted.
    const int before = deliveredFor(*vault, s, class1);
    {
        ui::LessonDialog dialog(*vault, s, *repo.get(cancelled));
        whenShown<ui::MakeUpDialog>([](ui::MakeUpDialog *m) { child<QPushButton>(m, u"makeUpSave"_s)->click(); });
        CHECK(dialog.makeUp());
        REQUIRE(dialog.madeUpId() != 0);
    }
    made = makeUpsOf(repo, s.id, cancelled);
    REQUIRE(made.size() == 1);
    CHECK(made.first().at == (lessons::LessonTime{3, 3, 3}));
    grid.setWeek(3);
    CHECK(table->item(2, 2)->text().contains(u"情绪"_s));
    CHECK(deliveredFor(*vault, s, class1) == before);  // planned: not counted yet
    whenShown<ui::LessonDialog>([](ui::LessonDialog *dialog) {
        CHECK(child<QLabel>(dialog, u"lessonMakeUpNote"_s)->text().contains(u"2026-08-31"_s));  // what it makes up
        auto *status = child<QComboBox>(dialog, u"lessonStatus"_s);
        status->setCurrentIndex(status->findData(static_cast<int>(lessons::LessonStatus::Delivered)));
        child<QPushButton>(dialog, u"saveLesson"_s)->click();
    });
    grid.openCell(3, 3);
    CHECK(repo.get(made.first().id)->status == lessons::LessonStatus::MadeUp);
    CHECK(deliveredFor(*vault, s, class1) == before + 1);
    {  // Made up already: no second make-up.
        ui::LessonDialog dialog(*vault, s, *repo.get(cancelled));
        CHECK_FALSE(child<QPushButton>(&dialog, u"makeUpLesson"_s)->isEnabled());
        CHECK(child<QLabel>(&dialog, u"lessonMakeUpNote"_s)->text().contains(u"2026-09-16"_s));
    }

    // The lesson dialog made up and not yet, the make-up dialog free and blocked (CD_SCREENSHOTS).
    forEachScreenshotLanguage([&](const QString &folder, const QString &language) {
        const auto shoot = [&](QWidget *window, const QString &what) {
            window->show();
            window->grab().save(folder + u"/%1-%2.png"_s.arg(what, language));
        };
        ui::LessonDialog madeUp(*vault, s, *repo.get(cancelled));
        shoot(&madeUp, u"lesson-dialog-made-up"_s);
        ui::LessonDialog toMakeUp(*vault, s, *repo.get(noSlots));
        shoot(&toMakeUp, u"lesson-dialog-cancelled"_s);
        ui::MakeUpDialog makeUpDialog(*vault, s, *repo.get(noSlots), &toMakeUp);
        shoot(&makeUpDialog, u"make-up-dialog-free"_s);
        setDay(&makeUpDialog, QDate(2026, 9, 3), 2);
        shoot(&makeUpDialog, u"make-up-dialog-holiday"_s);
    });
    clock::setNowForTesting({});
}

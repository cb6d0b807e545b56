// The screens test's dialogs and secondary windows (test_screen_sizes.cpp), area by area on the
// demo school: the vault's, users', students' and cases' dialogs, the district's, the screening
// area's, crisis, groups, the room's and the lessons' (each tab of those that have tabs). Each
// fits the screen, squashes nothing and has no Alt-mnemonic clash (ScreenChecks).
#include "ui/ScreenDialogs.h"

#include "ui/UiTestSupport.h"

#include "cases/CaseDialogs.h"
#include "cases/CaseRepository.h"
#include "cases/Categories.h"
#include "cases/CategoriesDialog.h"
#include "cases/NoteSearchDialog.h"
#include "cases/OpenCaseDialog.h"
#include "cases/SessionEditor.h"
#include "backup/BackupDialog.h"
#include "backup/RestoreDialog.h"
#include "core/common/Clock.h"
#include "core/crisis/CrisisEvents.h"
#include "crisis/CrisisEventDialog.h"
#include "district/DistrictExportDialog.h"
#include "district/DistrictWindow.h"
#include "district/SchoolProfileDialog.h"
#include "core/district/SchoolProfiles.h"
#include "crisis/CrisisEventView.h"
#include "crisis/CrisisStepDialogs.h"
#include "crisis/DirectoryDialog.h"
#include "crisis/DocumentPreviewDialog.h"
#include "crisis/ReferralDialog.h"
#include "crisis/ReturnSlipDialog.h"
#include "crisis/RiskLevelsDialog.h"
#include "crisis/LetterheadDialog.h"
#include "crisis/SafetyPlanDialog.h"
#include "crisis/SupportPlanDialog.h"
#include "crisis/TimeOffDialog.h"
#include "crisis/StepLimitsDialog.h"
#include "core/lessons/Semesters.h"
#include "lessons/LessonDialog.h"
#include "lessons/LessonsPage.h"
#include "core/lessons/Timetable.h"
#include "lessons/AddLessonDialog.h"
#include "lessons/PlanDialog.h"
#include "lessons/TopicsDialog.h"
#include "lessons/SemesterDialog.h"
#include "lessons/TimetableInputs.h"
#include "groups/EventDialog.h"
#include "groups/GroupDialogs.h"
#include "groups/SessionDialog.h"
#include "core/groups/Groups.h"
#include "core/groups/SchoolEvents.h"
#include "lessons/Semesters.h"
#include "help/ManualWindow.h"
#include "preferences/PreferencesDialog.h"
#include "room/AppointmentDialog.h"
#include "room/DutyRosterDialog.h"
#include "screening/AnswerImportDialog.h"
#include "screening/FollowUpDialog.h"
#include "screening/GridEntryDialog.h"
#include "screening/InstrumentsDialog.h"
#include "screening/InterviewDialog.h"
#include "screening/KioskStart.h"
#include "screening/RunDialog.h"
#include "screening/RunRepository.h"
#include "screening/WatchDialog.h"
#include "setup/SetupWizard.h"
#include "students/RosterImportDialog.h"
#include "students/StudentRecordDialog.h"
#include "students/StudentRepository.h"
#include "students/WatchList.h"
#include "support/TestDistrictSchools.h"
#include "support/TestDocuments.h"
#include "unlock/PassphraseDialog.h"
#include "unlock/ReauthDialog.h"
#include "unlock/UnlockDialog.h"
#include "users/AddUserDialog.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QTabWidget>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;

namespace cd::test {

namespace {

/// A student of the demo with a case and a screening sheet.
qint64 studentWithCase(vault::Vault &vault)
{
    auto students = students::StudentRepository(vault).listAll();
    REQUIRE(students.ok());
    for (const students::StudentSummary &s : *students) {
        auto cases = cases::CaseRepository(vault).casesOf(s.id);
        if (cases && !cases->isEmpty()) return s.id;
    }
    FAIL("the demo has no student with a case");
    return 0;
}

/// A school code in the demo's profile, so that the district summary has something to preview.
void saveDemoProfile(vault::Vault &v)
{
    auto profile = district::SchoolProfiles(v).load();
    REQUIRE(profile.ok());
    profile->districtCode = u"4401060001"_s;
    REQUIRE(district::SchoolProfiles(v).save(*profile).ok());
}

/// The bureau's District window with three small schools' packages merged.
void checkDistrictWindow(const Screen &screen, const Language &language)
{
    QTemporaryDir stick;
    QRandomGenerator rng(3);
    for (int i = 1; i <= 3; ++i)
        writeSchoolPackage(schoolSummary(randomSchoolFacts(rng), u"G%1"_s.arg(i), 5, language.code()), stick.path());
    auto *window = new ui::DistrictWindow;
    window->setLanguage(language.code());
    REQUIRE(window->addFolders({stick.path()}) == 3);
    REQUIRE(window->merge());
    checkDialog(screen, language, window, u"districtWindow"_s);
}

/// An open crisis event of the student (recorded once; the demo may have its own).
qint64 crisisEventOf(vault::Vault &vault, qint64 student)
{
    crisis::CrisisEvents events(vault);
    auto open = events.openEvents();
    REQUIRE(open.ok());
    for (const crisis::CrisisEvent &e : *open)
        if (e.studentId == student) return e.id;
    crisis::NewCrisisEvent e;
    e.studentId = student;
    e.occurredAt = clock::now().addSecs(-7200);
    e.place = u"教学楼三层走廊"_s;
    e.description = u"课间独自在走廊哭泣，对班主任说“活着没意思”，手臂有新的划痕。"_s;
    e.assessment.selfHarmThoughts = crisis::Ideation::Passive;
    e.assessment.pastAttempt = true;
    e.assessment.protectiveFactors = u"和奶奶关系亲近，喜欢画画"_s;
    e.level = crisis::suggestLevel(e.assessment);
    e.immediateAction = u"班主任陪同到心理辅导室，联系校医处理伤口"_s;
    auto id = events.record(e);
    if (!id) FAIL(id.error().message.toStdString());
    return *id;
}

/// The crisis area's windows, with a student of the demo in crisis.
void checkCrisisDialogs(const Screen &screen, const Language &language, DemoVault &demo, qint64 student)
{
    vault::Vault &v = *demo.vault;
    const qint64 eventId = crisisEventOf(v, student);
    checkDialog(screen, language, new ui::CrisisEventDialog(v, 0), u"crisisEventDialog"_s);
    checkDialog(screen, language, new ui::CrisisEventDialog(v, student), u"crisisEventDialogForStudent"_s);
    checkDialog(screen, language, new ui::CrisisEventView(v, eventId), u"crisisEventView"_s);
    checkDialog(screen, language, new ui::StepDialog(crisis::CrisisStep::LeaderReported, QDateTime(), u"王老师"_s),
                u"stepDialog"_s);
    checkDialog(screen, language, new ui::NotificationDialog(v, QDateTime()), u"notificationDialog"_s);
    checkDialog(screen, language, new ui::NoteDialog(u"Close"_s, u"Why?"_s, u"Close"_s), u"noteDialog"_s);
    checkDialog(screen, language, new ui::ReferralDialog(v, ui::NewReferral{student, eventId}), u"referralDialog"_s);
    checkDialog(screen, language, new ui::ReturnSlipDialog(std::nullopt, u"市精神卫生中心 儿童青少年心理门诊"_s),
                u"returnSlipDialog"_s);
    checkDialog(screen, language, new ui::RiskLevelsDialog(v), u"riskLevelsDialog"_s);
    checkDialog(screen, language, new ui::StepLimitsDialog(v), u"stepLimitsDialog"_s);
    checkDialog(screen, language, new ui::DirectoryDialog(v), u"directoryDialog"_s);
    checkDialog(screen, language, new ui::InstitutionDialog(crisis::Institution{}), u"institutionDialog"_s);
    checkDialog(screen, language, new ui::SafetyPlanDialog(v, student, eventId), u"safetyPlanDialog"_s);
    checkDialog(screen, language, new ui::TimeOffDialog(v, student), u"timeOffDialog"_s);
    checkDialog(screen, language, new ui::SupportPlanDialog(v, student), u"supportPlanDialog"_s);
    checkDialog(screen, language, new ui::LetterheadDialog(v), u"letterheadDialog"_s);
    crisis::PrintedDocument letter;
    letter.kind = crisis::DocumentKind::HospitalLetter;
    checkDialog(screen, language,
                new ui::DocumentPreviewDialog(
                    v, letter, [](const QString &lang) { return crisis::composeHospitalLetter(sampleReferralData(), lang); },
                    testLogoPng()),
                u"documentPreviewDialog"_s);
}

/// The groups area's windows, on the demo's first group (its members, a session with attendance).
void checkGroupsDialogs(const Screen &screen, const Language &language, DemoVault &demo)
{
    vault::Vault &v = *demo.vault;
    auto all = groups::Groups(v).list();
    REQUIRE(all.ok());
    REQUIRE_FALSE(all->isEmpty());
    const groups::CounselingGroup &group = all->first();
    auto members = groups::Groups(v).members(group.id);
    auto sessions = groups::Groups(v).sessions(group.id);
    REQUIRE(members.ok());
    REQUIRE(sessions.ok());
    REQUIRE_FALSE(sessions->isEmpty());
    checkDialog(screen, language, new ui::GroupDialog(v, group), u"groupDialog"_s);
    checkDialog(screen, language, new ui::AddMemberDialog(v, group.id), u"addMemberDialog"_s);
    checkDialog(screen, language, new ui::CloseGroupDialog(v, group), u"closeGroupDialog"_s);
    checkDialog(screen, language, new ui::SessionDialog(v, sessions->last(), *members), u"groupSessionDialog"_s);
    auto semester = lessons::Semesters(v).current(clock::today());
    REQUIRE(semester.ok());
    REQUIRE(semester->has_value());
    auto events = groups::SchoolEvents(v).list((*semester)->id);
    REQUIRE(events.ok());
    REQUIRE_FALSE(events->isEmpty());
    checkDialog(screen, language, new ui::EventDialog(v, events->first()), u"eventDialog"_s);
    {
        auto *record = new ui::StudentRecordDialog(v, members->first().studentId);
        std::unique_ptr<ui::StudentRecordDialog> owned(record);
        record->show();
        REQUIRE(waitUntil([&]() { return record->isVisible(); }));
        auto *panel = record->findChild<QWidget *>(u"groupRecordPanel"_s);
        REQUIRE(panel != nullptr);
        auto *tabs = record->findChild<QTabWidget *>();
        REQUIRE(tabs != nullptr);
        for (int t = 0; t < tabs->count(); ++t)
            if (tabs->widget(t) == panel || tabs->widget(t)->isAncestorOf(panel)) tabs->setCurrentIndex(t);
        settle();
        checkFits(screen, record, u"studentRecord-groups"_s);
        screenshot(screen, language, record, u"studentRecord-groups"_s);
        record->hide();
    }
}

/// The lessons area's windows, on the demo's current semester: the semester dialog on each tab.
void checkLessonsDialogs(const Screen &screen, const Language &language, DemoVault &demo)
{
    vault::Vault &v = *demo.vault;
    auto current = lessons::Semesters(v).current(QDate::currentDate());
    REQUIRE(current.ok());
    REQUIRE(current->has_value());
    const QStringList tabs = {u"semesterDialog"_s, u"semesterDialogBreaks"_s, u"semesterDialogPeriods"_s,
                              u"semesterDialogTargets"_s};
    for (int tab = 0; tab < tabs.size(); ++tab) {
        auto *dialog = new ui::SemesterDialog(v, **current);
        dialog->findChild<QTabWidget *>(u"semesterTabs"_s)->setCurrentIndex(tab);
        checkDialog(screen, language, dialog, tabs[tab]);
    }
    checkDialog(screen, language, new ui::PlanDialog(v, **current), u"planDialog"_s);
    checkDialog(screen, language, new ui::TopicsDialog(v), u"topicsDialog"_s);
    {
        auto timetable = lessons::Timetables(v).load((*current)->id);
        REQUIRE(timetable.ok());
        checkDialog(screen, language, new ui::AddLessonDialog(v, **current, *timetable, (*current)->firstWeek()),
                    u"addLessonDialog"_s);
    }
    lessons::Lesson lesson;  // a lesson as the grid opens it (not saved: the dialog only reads it)
    lesson.cls = {8, u"3"_s};
    lesson.topic = u"Riding the emotional waves"_s;
    lesson.at = {(*current)->firstWeek() + 2, 2, 3};
    checkDialog(screen, language, new ui::LessonDialog(v, **current, lesson), u"lessonDialog"_s);
    auto *gridPage = new ui::LessonsPage(v);
    gridPage->tabs()->setCurrentIndex(2);
    checkDialog(screen, language, gridPage, u"lessonsGrid"_s);
    auto *compliancePage = new ui::LessonsPage(v);
    compliancePage->tabs()->setCurrentIndex(3);
    checkDialog(screen, language, compliancePage, u"lessonsCompliance"_s);
    // The page's timetable inputs on each of their tabs, as a window of their own.
    const QStringList inputTabs = {u"lessonsTeachers"_s, u"lessonsClasses"_s, u"lessonsUnavailable"_s, u"lessonsSlots"_s};
    for (int tab = 0; tab < inputTabs.size(); ++tab) {
        auto *page = new ui::LessonsPage(v);
        page->tabs()->setCurrentWidget(page->timetableInputs());
        page->timetableInputs()->findChild<QTabWidget *>(u"timetableTabs"_s)->setCurrentIndex(tab);
        checkDialog(screen, language, page, inputTabs[tab]);
    }
}

}  // namespace

void checkDialogs(const Screen &screen, const Language &language, DemoVault &demo)
{
    vault::Vault &v = *demo.vault;
    QTemporaryDir fresh;
    checkDialog(screen, language, new ui::SetupWizard(fresh.filePath(u"vault"_s)), u"setupWizard"_s);
    checkDialog(screen, language, new ui::UnlockDialog(demo.dir()), u"unlockDialog"_s);
    checkDialog(screen, language, new ui::RestoreDialog(demo.dir()), u"restoreDialog"_s);
    checkDialog(screen, language, new ui::BackupDialog(v), u"backupDialog"_s);
    checkDialog(screen, language, new ui::PreferencesDialog, u"preferencesDialog"_s);
    checkDialog(screen, language, new ui::ManualWindow, u"manualWindow"_s);
    checkDialog(screen, language, new ui::AddUserDialog(v), u"addUserDialog"_s);
    checkDialog(screen, language, new ui::ReauthDialog(v, u"A report"_s), u"reauthDialog"_s);
    checkDialog(screen, language, new ui::PassphraseDialog(v, ui::PassphraseDialog::Mode::ChangeOwn),
                u"passphraseDialog"_s);
    checkDialog(screen, language,
                new ui::PassphraseDialog(v, ui::PassphraseDialog::Mode::ResetOther, u"counselor1"_s),
                u"passphraseResetDialog"_s);
    checkDialog(screen, language, new ui::RosterImportDialog(v), u"rosterImportDialog"_s);
    checkDialog(screen, language, new ui::NoteSearchDialog(v), u"noteSearchDialog"_s);
    checkDialog(screen, language, new ui::CategoriesDialog(v), u"categoriesDialog"_s);
    checkDialog(screen, language, new ui::SchoolProfileDialog(v), u"schoolProfileDialog"_s);
    saveDemoProfile(v);
    checkDialog(screen, language, new ui::DistrictExportDialog(v), u"districtExportDialog"_s);
    checkDistrictWindow(screen, language);
    auto categories = cases::concernCategories(v);
    REQUIRE(categories.ok());
    checkDialog(screen, language, new ui::OpenCaseDialog(QDate(2012, 3, 4), *categories), u"openCaseDialog"_s);
    checkDialog(screen, language, new ui::OpenCaseDialog(QDate::currentDate().addYears(-12), *categories),
                u"openCaseDialogUnder14"_s);
    checkDialog(screen, language, new ui::CloseCaseDialog, u"closeCaseDialog"_s);
    checkDialog(screen, language, new ui::ConsentDialog(QDate(2026, 12, 1)), u"consentDialog"_s);

    const qint64 student = studentWithCase(v);
    auto cases = cases::CaseRepository(v).casesOf(student);
    REQUIRE(cases.ok());
    cases::Session session;
    session.caseId = cases->first().id;
    checkDialog(screen, language, new ui::SessionEditor(v, session), u"sessionEditor"_s);
    {
        auto *record = new ui::StudentRecordDialog(v, student);
        std::unique_ptr<ui::StudentRecordDialog> owned(record);
        record->show();
        REQUIRE(waitUntil([&]() { return record->isVisible(); }));
        checkFits(screen, record, u"studentRecord"_s);
        auto *tabs = record->findChild<QTabWidget *>();
        REQUIRE(tabs != nullptr);
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            settle();
            screenshot(screen, language, record, u"studentRecord-%1"_s.arg(t));
        }
        record->hide();
    }

    auto runs = screening::RunRepository(v).list();
    REQUIRE(runs.ok());
    REQUIRE_FALSE(runs->isEmpty());
    const screening::Run &run = runs->first();
    checkDialog(screen, language, new ui::RunDialog(v, screening::Run{}, false), u"runDialog"_s);
    checkDialog(screen, language, new ui::AnswerImportDialog(v, run.id), u"answerImportDialog"_s);
    checkDialog(screen, language, new ui::GridEntryDialog(v, run.id), u"gridEntryDialog"_s);
    checkDialog(screen, language, new ui::InstrumentsDialog(v), u"instrumentsDialog"_s);
    checkDialog(screen, language, new ui::KioskStartDialog(run.name), u"kioskStartDialog"_s);
    const QString name = u"张*明"_s;
    checkDialog(screen, language,
                new ui::WatchDialog(name, students::RiskLevel::Medium, u"PHQ-9 18"_s, std::nullopt),
                u"watchDialog"_s);
    checkDialog(screen, language, new ui::InterviewDialog(name, QDateTime()), u"interviewDialog"_s);
    checkDialog(screen, language, new ui::FollowUpDialog(name, u"PHQ-9 18"_s), u"followUpDialog"_s);
    checkCrisisDialogs(screen, language, demo, student);
    checkGroupsDialogs(screen, language, demo);
    room::Appointment appointment;
    appointment.startsAt = QDateTime(clock::today(), QTime(12, 0));
    checkDialog(screen, language, new ui::AppointmentDialog(v, appointment), u"appointmentDialog"_s);
    checkDialog(screen, language, new ui::DutyRosterDialog(v), u"dutyRosterDialog"_s);
    checkLessonsDialogs(screen, language, demo);
}

}  // namespace cd::test

// Every window fits the screens school PCs have: 1366×768 at 100, 125 and 150 % and 1920×1080 at
// 100 to 200 %. ctest runs these tests once per screen, each run a process of its own because
// QT_SCALE_FACTOR is read at start-up (tests/CMakeLists.txt, "screens: …"); the offscreen platform
// takes the screen's size from a config file. Hidden from the plain run: without that set-up the
// offscreen screen is 800×800.
//
// Each window, in zh_CN and in English:
//   - opens inside the screen's available area (ui/common/WindowFit), and its minimum size leaves
//     room for a taskbar and a title bar (the offscreen platform has neither);
//   - on that screen, maximised, the flagged list and the other long lists show the rows promised
//     there (CD_SCREEN_ROWS), and the kiosk shows every instrument's first question, and the
//     largest answer set shipped (K10's five) under the longest item text shipped (PHQ-9 item 8,
//     as a school's own K10 wording), without squashing or cutting anything.
// CD_SCREENSHOTS=<folder> saves every window as <folder>/<screen>-<language>-<window>.png;
// CD_SCREEN_REPORT=1 prints each window's minimum and opened size.
// Synthetic data only (the demo school).
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
#include "common/WindowFit.h"
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
#include "demo/DemoSchool.h"
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
#include "screening/InstrumentLibrary.h"
#include "screening/InstrumentsDialog.h"
#include "screening/InterviewDialog.h"
#include "screening/KioskStart.h"
#include "screening/KioskWindow.h"
#include "screening/ResultsView.h"
#include "screening/RunDialog.h"
#include "screening/WatchDialog.h"
#include "setup/SetupWizard.h"
#include "shell/MainWindow.h"
#include "students/RosterImportDialog.h"
#include "students/StudentRecordDialog.h"
#include "students/StudentRepository.h"
#include "students/WatchList.h"
#include "support/TempVault.h"
#include "support/TestDistrictSchools.h"
#include "support/TestDocuments.h"
#include "support/TestScreening.h"
#include "support/TestStudents.h"
#include "unlock/PassphraseDialog.h"
#include "unlock/ReauthDialog.h"
#include "unlock/UnlockDialog.h"
#include "users/AddUserDialog.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QAbstractScrollArea>
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLibraryInfo>
#include <QListView>
#include <QListWidget>
#include <QMultiMap>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdio>
#include <functional>
#include <memory>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

// What the offscreen screen lacks, in logical pixels: a taskbar or dock, and a title bar.
constexpr int kTaskbar = 40;
constexpr int kTitleBar = 32;

/// The screen of this run.
struct Screen {
    QRect area;      ///< the available area, logical pixels
    QSize room;      ///< what a maximised window has inside: less a taskbar and a title bar
    int rows = 0;    ///< rows the long lists promise here
    QString name;    ///< "1366x768@125"
    QString shots;   ///< where screenshots go, or empty

    static Screen current()
    {
        Screen s;
        s.area = QGuiApplication::primaryScreen()->availableGeometry();
        s.room = QSize(s.area.width(), s.area.height() - kTaskbar - kTitleBar);
        s.rows = qEnvironmentVariableIntValue("CD_SCREEN_ROWS");
        s.name = qEnvironmentVariable("CD_SCREEN_NAME", u"screen"_s);
        s.shots = qEnvironmentVariable("CD_SCREENSHOTS");
        return s;
    }
};

bool configured()
{
    if (qEnvironmentVariableIsSet("CD_SCREEN_ROWS")) return true;
    WARN("Run by ctest's \"screens: …\" tests, which set the screen (tests/CMakeLists.txt).");
    return false;
}

/// The interface in one language for as long as it lives (translations and QLocale).
class Language {
public:
    explicit Language(const QString &code) : m_code(code)
    {
        if (code == u"zh_CN"_s) {
            REQUIRE(m_own.load(u":/i18n/counseldesk_zh_CN.qm"_s));
            QCoreApplication::installTranslator(&m_own);
            if (m_qt.load(u"qtbase_zh_CN"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&m_qt);
        }
        QLocale::setDefault(QLocale(code));
        // A desktop's usual interface font (UOS and Kylin use 10.5 pt, Windows 9 pt).
        m_font = QApplication::font();
        QFont font = m_font;
        font.setPointSizeF(qEnvironmentVariableIsSet("CD_SCREEN_FONT_PT")
                               ? qEnvironmentVariable("CD_SCREEN_FONT_PT").toDouble()
                               : 10.5);
        QApplication::setFont(font);
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_own);
        QCoreApplication::removeTranslator(&m_qt);
        QLocale::setDefault(QLocale::c());
        QApplication::setFont(m_font);
    }
    const QString &code() const { return m_code; }

private:
    QString m_code;
    QTranslator m_own;
    QTranslator m_qt;
    QFont m_font;
};

void settle()
{
    for (int i = 0; i < 3; ++i) QCoreApplication::processEvents();
}

void screenshot(const Screen &screen, const Language &language, QWidget *window, const QString &what)
{
    if (screen.shots.isEmpty()) return;
    QDir().mkpath(screen.shots);
    window->grab().save(QDir(screen.shots).filePath(u"%1-%2-%3.png"_s.arg(screen.name, language.code(), what)));
}

/// Whether `w` is a control's own part (a line edit's clear button, a table's corner) or what a
/// scroll area scrolls (larger than what shows): each control lays those out itself.
bool insideControl(const QWidget *w, const QWidget *top)
{
    for (const QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget())
        if (qobject_cast<const QAbstractScrollArea *>(p) || qobject_cast<const QLineEdit *>(p)
            || qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p))
            return true;
    return false;
}

/// Nothing in `top` is squashed below what it needs, and each widget lies inside its parent.
void checkUnsquashed(QWidget *top, const QString &what)
{
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || w->isWindow() || insideControl(w, top)) continue;
        const QRect parent = w->parentWidget()->rect();
        INFO(what.toStdString() << ": " << w->metaObject()->className() << " " << w->objectName().toStdString()
                                << " at " << w->y() << " height " << w->height() << " in a parent of height "
                                << parent.height());
        CHECK(parent.contains(w->geometry()));
        if (!(qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w))) continue;
        const int needed = w->hasHeightForWidth() ? w->heightForWidth(w->width())
                                                  : std::max(w->minimumHeight(), w->minimumSizeHint().height());
        INFO("needs " << needed);
        CHECK(w->height() >= needed);
    }
}

/// The window opens inside the screen, and could be as small as a maximised window is there.
void checkFits(const Screen &screen, QWidget *window, const QString &what)
{
    settle();
    const QSize minimum = window->minimumSize().expandedTo(window->minimumSizeHint());
    INFO(what.toStdString() << " on " << screen.name.toStdString() << ": frame " << window->frameGeometry().width()
                            << "x" << window->frameGeometry().height() << " at " << window->frameGeometry().x() << ","
                            << window->frameGeometry().y() << ", minimum " << minimum.width() << "x"
                            << minimum.height() << ", room " << screen.room.width() << "x" << screen.room.height());
    if (qEnvironmentVariableIsSet("CD_SCREEN_REPORT"))  // the figures behind docs and reviews
        std::printf("%s %s %s: minimum %dx%d, opened %dx%d, room %dx%d\n", qPrintable(screen.name),
                    qPrintable(QLocale().name()), qPrintable(what), minimum.width(), minimum.height(),
                    window->frameGeometry().width(), window->frameGeometry().height(), screen.room.width(),
                    screen.room.height());
    // A pixel of slack: 125 % and 175 % make fractional logical sizes, rounded either way.
    CHECK(screen.area.adjusted(-1, -1, 1, 1).contains(window->frameGeometry()));
    CHECK(minimum.width() <= screen.room.width());
    CHECK(minimum.height() <= screen.room.height());
    // As tall as a maximised window may be there, nothing is cut or squashed.
    if (window->height() > screen.room.height() && !(window->windowState() & Qt::WindowMaximized)) {
        window->resize(window->width(), screen.room.height());
        settle();
    }
    checkUnsquashed(window, what);
}

/// Brings `widget` to the front of every tab and stack that holds it.
void reveal(QWidget *widget)
{
    for (QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget());
        if (!stack) continue;
        if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget())) tabs->setCurrentWidget(w);
        else stack->setCurrentWidget(w);
    }
    settle();
}

int visibleRows(QAbstractItemView *view)
{
    int rowHeight = view->sizeHintForRow(0);
    if (auto *table = qobject_cast<QTableView *>(view)) rowHeight = table->verticalHeader()->defaultSectionSize();
    if (auto *table = qobject_cast<QTableView *>(view); table && table->model()->rowCount() > 0)
        rowHeight = table->rowHeight(0);
    if (rowHeight <= 0) rowHeight = view->fontMetrics().height() + 4;
    return view->viewport()->height() / rowHeight;
}

void checkRows(const Screen &screen, QWidget *window, const QString &viewName, const QString &what)
{
    auto *view = window->findChild<QAbstractItemView *>(viewName);
    INFO(what.toStdString() << ": " << viewName.toStdString());
    REQUIRE(view != nullptr);
    reveal(view);
    REQUIRE(view->isVisible());
    const int rows = visibleRows(view);
    INFO(what.toStdString() << ": " << viewName.toStdString() << " shows " << rows << " rows on "
                            << screen.name.toStdString() << ", " << screen.rows << " promised");
    CHECK(rows >= screen.rows);
}

/// The demo school as `counseldesk-cli demo` makes it in the current language: 240 students,
/// their growth records and cases, the school year's runs.
struct DemoVault {
    QTemporaryDir root;
    std::unique_ptr<vault::Vault> vault;

    QString dir() const { return root.filePath(u"vault"_s); }

    explicit DemoVault(const QString &language)
    {
        vault::CreateOptions options;
        options.school = demo::demoSchoolProfile(5, language);
        options.leadLogin = kLeadLogin;
        options.leadDisplayName = QCoreApplication::translate("Cli", "Demo room lead");
        options.passphrase = kLeadPassphrase;
        options.kdf = crypto::KdfStrength::Minimal;
        auto created = vault::Vault::create(dir(), options);
        REQUIRE(created.ok());
        vault = std::move(created->vault);
        REQUIRE(demo::populateDemo(*vault, 5, kLeadPassphrase, 240).ok());
    }
};

/// The letter of a text's mnemonic ("学校名称(&N)：" → n), or a null character.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&') continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

/// No two things showing in `window` answer the same Alt+letter: its buttons (the dialog's own
/// Next and Cancel too), check boxes, tabs, group boxes and the labels that lead to a field.
void checkMnemonics(QWidget *window, const QString &what)
{
    QMultiMap<QChar, QString> seen;
    const auto note = [&](const QString &text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull()) seen.insert(letter, text);
    };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window)) continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w)) note(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) note(label->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w)) note(box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int t = 0; t < tabs->count(); ++t) note(tabs->tabText(t));
    }
    for (const QChar letter : seen.uniqueKeys()) {
        const QStringList texts = seen.values(letter);
        INFO(what.toStdString() << ": Alt+" << QString(letter).toStdString() << " is "
                                << texts.join(u" and "_s).toStdString());
        CHECK(texts.size() == 1);
    }
}

template <typename Dialog>
void checkDialog(const Screen &screen, const Language &language, Dialog *dialog, const QString &what)
{
    std::unique_ptr<Dialog> owned(dialog);
    dialog->show();
    REQUIRE(waitUntil([&]() { return dialog->isVisible(); }));
    checkFits(screen, dialog, what);
    checkMnemonics(dialog, what + u" ("_s + language.code() + u')');
    screenshot(screen, language, dialog, what);
    dialog->hide();
}

/// Chooses the run with the longest flagged list and returns its results.
ui::ResultsView *runWithMostFlagged(ui::MainWindow &main)
{
    auto *runs = child<QTableWidget>(&main, u"runTable"_s);
    int best = -1, most = -1;
    for (int r = 0; r < runs->rowCount(); ++r) {
        runs->selectRow(r);
        settle();
        auto *view = main.findChild<ui::ResultsView *>(u"runResults"_s);
        const int flagged = view ? view->flaggedTable()->model()->rowCount() : -1;
        if (flagged > most) most = flagged, best = r;
    }
    REQUIRE(best >= 0);
    runs->selectRow(best);
    settle();
    auto *results = main.findChild<ui::ResultsView *>(u"runResults"_s);
    REQUIRE(results != nullptr);
    return results;
}

void checkMainWindow(const Screen &screen, const Language &language, DemoVault &demo)
{
    ui::MainWindow main(*demo.vault);
    main.show();
    REQUIRE(waitUntil([&]() { return main.isVisible(); }));
    checkFits(screen, &main, u"main window"_s);
    {
        // At the size it first opens with (not maximised), the flagged list shows its rows too.
        main.showPage(u"screeningPage"_s);
        settle();
        runWithMostFlagged(main);
        auto *tabs = child<QTabWidget>(&main, u"runTabs"_s);
        tabs->setCurrentIndex(1);
        settle();
        checkRows(screen, &main, u"flaggedTable"_s, u"screening page at the first size"_s);
        screenshot(screen, language, &main, u"screeningPage-flagged-firstSize"_s);
        tabs->setCurrentIndex(0);
    }
    // Maximised on a desktop of this size.
    main.setWindowState(Qt::WindowNoState);
    main.resize(screen.room - (main.frameGeometry().size() - main.size()));
    settle();
    auto *nav = child<QListWidget>(&main, u"navigation"_s);
    for (int i = 0; i < nav->count(); ++i) {
        nav->setCurrentRow(i);
        settle();
        const QString page = main.currentPage();
        if (page == u"screeningPage"_s) {
            ui::ResultsView *results = runWithMostFlagged(main);
            REQUIRE(results->flaggedTable()->model()->rowCount() >= screen.rows);
            checkRows(screen, &main, u"flaggedTable"_s, page);
            screenshot(screen, language, &main, page + u"-flagged"_s);
            auto *tabs = child<QTabWidget>(&main, u"runTabs"_s);
            tabs->setCurrentIndex(0);
            settle();
            screenshot(screen, language, &main, page);
            checkRows(screen, &main, u"notTakenList"_s, page);
            screenshot(screen, language, &main, page + u"-nottaken"_s);
            continue;
        }
        if (page == u"studentsPage"_s) checkRows(screen, &main, u"studentsView"_s, page);
        if (page == u"watchListPage"_s) checkRows(screen, &main, u"watchTable"_s, page);
        if (page == u"crisisPage"_s) checkRows(screen, &main, u"crisisEventsView"_s, page);
        if (page == u"groupsPage"_s) {
            auto *tabs = child<QTabWidget>(&main, u"groupsTabs"_s);
            tabs->setCurrentIndex(1);
            settle();
            screenshot(screen, language, &main, page + u"-events"_s);
            tabs->setCurrentIndex(0);
            settle();
        }
        if (page == u"homePage"_s) checkRows(screen, &main, u"desk"_s, page);
        if (page == u"auditPage"_s) checkRows(screen, &main, u"auditView"_s, page);
        if (page == u"usersPage"_s) checkRows(screen, &main, u"usersView"_s, page);
        screenshot(screen, language, &main, page);
    }
    checkFits(screen, &main, u"main window, every page visited"_s);
    main.hide();
}

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

void checkCrisisDialogs(const Screen &screen, const Language &language, DemoVault &demo, qint64 student);
void checkGroupsDialogs(const Screen &screen, const Language &language, DemoVault &demo);
void checkLessonsDialogs(const Screen &screen, const Language &language, DemoVault &demo);

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

/// The longest item text any shipped instrument has, in the current language.
QString longestItemText(vault::Vault &vault)
{
    auto entries = screening::InstrumentLibrary(vault).available();
    REQUIRE(entries.ok());
    QString longest;
    for (const screening::LibraryEntry &entry : *entries)
        for (const screening::Item &item : entry.instrument.items) {
            const QString text = screening::localized(item.text);
            if (text.size() > longest.size()) longest = text;
        }
    REQUIRE_FALSE(longest.isEmpty());
    return longest;
}

/// The school's own K10 (its licensed wording), every item as long as the longest item text
/// shipped: the largest answer set shipped (five answers) under the longest text.
void loadLongestK10(vault::Vault &vault, const QString &longest)
{
    QFile shipped(u":/instruments/k10.json"_s);
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    QJsonObject k10 = QJsonDocument::fromJson(shipped.readAll()).object();
    k10[u"version"_s] = u"2-longest"_s;
    QJsonArray items = k10[u"items"_s].toArray();
    for (auto item : items) {
        QJsonObject o = item.toObject();
        o[u"text"_s] = QJsonObject{{u"en"_s, longest}};
        item = o;
    }
    k10[u"items"_s] = items;
    QTemporaryDir dir;
    QFile file(dir.filePath(u"k10.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(k10).toJson());
    file.close();
    auto loaded = screening::loadSchoolInstrument(vault, file.fileName());
    if (!loaded) FAIL(loaded.error().message.toStdString());
}

/// Each instrument's first question as a student sees it: the kiosk fills the screen and nothing
/// on the page is squashed or cut.
void checkKiosk(const Screen &screen, const Language &language)
{
    TempVault tv;
    auto vault = tv.open();
    addTestStudent(*vault, u"S7001"_s, u"测试生甲"_s);
    loadLongestK10(*vault, longestItemText(*vault));
    auto entries = screening::InstrumentLibrary(*vault).available();
    REQUIRE(entries.ok());
    for (const screening::LibraryEntry &entry : *entries) {
        const QString code = entry.instrument.code;
        INFO(code.toStdString());
        const qint64 runId = createTestRun(*vault, code, {7}, {code});
        ui::KioskWindow kiosk(*vault, runId, u"2468"_s);
        kiosk.start();
        REQUIRE(waitUntil([&]() { return kiosk.isVisible(); }));
        settle();
        CHECK(kiosk.geometry() == QGuiApplication::primaryScreen()->geometry());
        typeInto(child<QLineEdit>(&kiosk, u"kioskStudentNo"_s), u"S7001"_s);
        child<QPushButton>(&kiosk, u"kioskStart"_s)->click();
        child<QPushButton>(&kiosk, u"kioskConfirmYes"_s)->click();
        settle();
        auto *pages = kiosk.findChild<QStackedWidget *>();
        REQUIRE(pages != nullptr);
        checkUnsquashed(pages->currentWidget(), code + u" instructions"_s);
        child<QPushButton>(&kiosk, u"kioskBegin"_s)->click();
        settle();
        checkUnsquashed(&kiosk, code + u" first item"_s);
        screenshot(screen, language, &kiosk, u"kiosk-%1"_s.arg(code));
        kiosk.hide();
    }
}

}  // namespace

TEST_CASE("screens: every page and dialog fits, in zh_CN and in English", "[.][screens]")
{
    if (!configured()) return;
    ui::windowfit::install();
    const Screen screen = Screen::current();
    std::unique_ptr<DemoVault> demo;
    for (const QString &code : {u"zh_CN"_s, u"en"_s}) {
        Language language(code);
        if (!demo) demo = std::make_unique<DemoVault>(code);  // a Chinese school, as a Chinese user's demo
        checkMainWindow(screen, language, *demo);
        checkDialogs(screen, language, *demo);
        checkKiosk(screen, language);
    }
}

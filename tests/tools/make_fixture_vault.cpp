// Makes a small synthetic vault with THIS build's code, for the old-vault fixtures in
// tests/data/vaults/ (see its README.md; tests/integration/test_old_vaults.cpp opens them with the
// newest code). Synthetic data only: every name, number and note below is made up.
//
//   cd_make_fixture_vault OUT_DIR [--commit HASH]
//
// OUT_DIR must not exist or be empty. It receives:
//   vault/                 the vault folder (keyslots.cdk, vault.db), closed cleanly
//   counseldesk-*.cdbackup a backup of it made with this build's backup code, just before closing
//   fixture.json           credentials, recovery code, versions, counts per table, expected values
//   README.md              the same for people
//
// Every table is filled through the core API the application uses (raw SQL only reads: the counts
// and the kept definition versions).
// The clock is pinned (clock::setNowForTesting) and the time zone set to UTC, so dates, audit
// times and the backup's name do not depend on the day the fixture is made.

#include "FixtureCrisisMaker.h"
#include "FixtureRecord.h"
#include "FixtureSupport.h"
#include "audit/AuditTarget.h"
#include "registry/Schema.h"

#include "backup/Backup.h"
#include "cases/CaseRepository.h"
#include "cases/Categories.h"
#include "cases/DraftStore.h"
#include "common/Clock.h"
#include "crypto/Crypto.h"
#include "roster/RosterImport.h"
#include "roster/RosterMapping.h"
#include "screening/AnswerImport.h"
#include "screening/FollowUpRepository.h"
#include "screening/InstrumentLibrary.h"
#include "screening/RunRepository.h"
#include "screening/SheetStore.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "security/SelfCheck.h"
#include "students/SchoolYear.h"
#include "students/StudentRepository.h"
#include "students/WatchList.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

// ---- the fixture's fixed, synthetic facts (also written to fixture.json) ----
// The schema version in the school name and passphrases tells fixtures apart (fixture.json has them).
const QString kSchool = u"Synthetic Fixture School (schema %1)"_s.arg(registry::latestSchemaVersion());
const QString kLead = u"lead"_s;
const QString kLeadName = u"Fixture Lead"_s;
const QString kLeadPassphrase = u"fixture passphrase v%1"_s.arg(registry::latestSchemaVersion());
const QString kCounselor = u"counselor"_s;
const QString kCounselorName = u"Fixture Counselor"_s;
const QString kCounselorPassphrase = u"fixture counselor v%1"_s.arg(registry::latestSchemaVersion());
const QString kMarkerWord = u"quetzalfixture"_s;        // in the lead's session (note search)
const QString kMarkerPhrase = u"蓝色风筝"_s;            // CJK phrase in the same session
const QString kCounselorMarker = u"marmosetfixture"_s;  // in the counselor's session
const QString kLeadPrivateNote = u"Lead's private note (synthetic): 只有组长能读。"_s;
const QString kCounselorPrivateNote = u"Counselor's private note (synthetic): 只有心理老师本人能读。"_s;
const QString kDraftPresenting = u"Draft (synthetic): 未保存的会谈草稿，关于作息。"_s;
const QString kDraftPrivateNote = u"Draft private note (synthetic)"_s;
const QString kCustomCategory = u"网络使用（夹具）"_s;
const QString kRenamedPeers = u"同伴关系（夹具改名）"_s;
const QString kHiddenCategory = u"adolescence"_s;
const QString kSchoolInstrument = u"FX-WB"_s;
const QString kRun1 = u"2026秋 PHQ-9 初一初二（夹具）"_s;
const QString kRun2 = u"2026秋 FX-WB 初二(1)班（夹具）"_s;

// ---- failing loudly, the pinned clock (FixtureSupport.h) ----
using fixture::at;
using fixture::day;
using fixture::die;
using fixture::must;

std::unique_ptr<vault::Vault> openAs(const QString &dir, const QString &login, const QString &passphrase)
{
    return must(vault::Vault::open(dir, login, passphrase), "open the vault");
}

// ---- the roster: twelve students in two grades, imported like a school's file ----
io::Table rosterTable()
{
    const QList<QStringList> rows = {
        {u"学号"_s, u"姓名"_s, u"性别"_s, u"出生日期"_s, u"年级"_s, u"班级"_s},
        {u"F7101"_s, u"林晓雨"_s, u"女"_s, u"2013-03-14"_s, u"初一"_s, u"1"_s},
        {u"F7102"_s, u"陈子航"_s, u"男"_s, u"2013-07-02"_s, u"初一"_s, u"1"_s},
        {u"F7103"_s, u"周雨桐"_s, u"女"_s, u"2013-11-20"_s, u"初一"_s, u"1"_s},
        {u"F7104"_s, u"赵一鸣"_s, u"男"_s, u"2012-12-30"_s, u"初一"_s, u"1"_s},
        {u"F7201"_s, u"孙可欣"_s, u"女"_s, u"2013-05-09"_s, u"初一"_s, u"2"_s},
        {u"F7202"_s, u"吴浩然"_s, u"男"_s, u"2013-01-25"_s, u"初一"_s, u"2"_s},
        {u"F7203"_s, u"郑思远"_s, u"男"_s, u"2013-09-03"_s, u"初一"_s, u"2"_s},
        {u"F8101"_s, u"王梓涵"_s, u"女"_s, u"2012-04-11"_s, u"初二"_s, u"1"_s},
        {u"F8102"_s, u"刘博文"_s, u"男"_s, u"2012-06-18"_s, u"初二"_s, u"1"_s},
        {u"F8103"_s, u"黄诗琪"_s, u"女"_s, u"2012-10-05"_s, u"初二"_s, u"1"_s},
        {u"F8201"_s, u"何俊杰"_s, u"男"_s, u"2012-02-27"_s, u"初二"_s, u"2"_s},
        {u"F8202"_s, u"马欣怡"_s, u"女"_s, u"2012-08-16"_s, u"初二"_s, u"2"_s},
    };
    io::Table table;
    table.fileName = u"fixture-roster.csv"_s;
    table.encoding = u"UTF-8"_s;
    for (int i = 0; i < rows.size(); ++i) table.rows.append(io::TableRow{i + 1, rows.at(i)});
    return table;
}

class Maker {
public:
    explicit Maker(const QString &dir) : m_dir(dir) {}

    QString create();  ///< returns the recovery code
    void populateAsLead();
    void populateAsCounselor();
    void screeningAsLead();
    void crisisAsLead();
    /// Expected values read back through the API, the counts, then the backup; closes the vault.
    QJsonObject finish(const QString &outDir);

private:
    qint64 id(const QString &studentNo);
    void saveSession(vault::Vault &v, cases::Session s, const QString &privateNote);
    void grid(screening::SheetStore &store, const QString &code, const QString &no, const screening::AnswerRow &a);
    QJsonArray runExpectations();

    QString m_dir;
    std::unique_ptr<vault::Vault> m_vault;
    qint64 m_caseConsent = 0;  ///< 林晓雨's case (under 14, guardian consent)
    qint64 m_caseClosed = 0;   ///< 王梓涵's case, closed
    QString m_customCode;
};

qint64 Maker::id(const QString &studentNo)
{
    auto found = must(students::StudentRepository(*m_vault).findByNumber(studentNo), "find a student");
    if (!found) die("find a student", studentNo);
    return found->id;
}

QString Maker::create()
{
    at("2026-09-01T08:00:00");
    vault::CreateOptions options;
    options.school = {kSchool, vault::SchoolType::JuniorHigh};
    options.leadLogin = kLead;
    options.leadDisplayName = kLeadName;
    options.passphrase = kLeadPassphrase;
    options.kdf = crypto::KdfStrength::Minimal;
    auto created = must(vault::Vault::create(m_dir, options), "create the vault");
    m_vault = std::move(created.vault);
    at("2026-09-01T08:05:00");
    must(m_vault->addUser(kCounselor, kCounselorName, vault::Role::Counselor, kCounselorPassphrase), "add the counselor");
    return created.recoveryCode;
}

void Maker::saveSession(vault::Vault &v, cases::Session s, const QString &privateNote)
{
    // As the session editor saves: the session, its sealed note, the draft's removal and the audit
    // row in one transaction.
    must(cases::CaseRepository(v).saveSession(s, privateNote.isEmpty() ? std::nullopt : std::optional<QString>(privateNote)),
         "save a session");
}

void Maker::populateAsLead()
{
    vault::Vault &v = *m_vault;
    students::StudentRepository students(v);

    // Students, their first class period and the remembered column mapping (import_mappings).
    at("2026-09-01T09:00:00");
    const io::Table table = rosterTable();
    const roster::ColumnMapping mapping = roster::guessMapping(table);
    if (!mapping.problem().isEmpty()) die("map the roster", mapping.problem());
    const auto plan = must(roster::planRosterImport(v, table, mapping), "plan the roster import");
    if (plan.count(roster::RowAction::Add) != 12) die("plan the roster import", u"not 12 new students"_s);
    must(roster::applyRosterImport(v, plan, roster::headerSignature(table, mapping.headerRow), mapping),
         "import the roster");

    // Concern categories: the lead's own, a built-in renamed, one hidden.
    at("2026-09-02T08:00:00");
    cases::CategoryEditor editor(v);
    m_customCode = must(editor.add(kCustomCategory), "add a category");
    must(editor.rename(u"peers"_s, kRenamedPeers), "rename a category");
    must(editor.setActive(kHiddenCategory, false), "hide a category");

    // Growth records with guardians.
    const auto growth = [&](const QString &no, const char *when, students::GrowthRecord record) {
        at(when);
        const qint64 sid = id(no);
        must(students.openRecord(sid), "open a record");
        must(students.saveGrowthRecord(sid, record), "save a growth record");
    };
    growth(u"F7101"_s, "2026-09-07T08:00:00",
           {u"both_parents"_s, false, u"父母均在本市工作（虚构）。"_s, u"适应良好，偶有考试焦虑（虚构）。"_s,
            {{0, u"林国栋"_s, u"父亲"_s, u"13800000101"_s, QString()},
             {0, u"许美玲"_s, u"母亲"_s, u"13800000102"_s, u"白天方便联系（虚构）"_s}},
            {}, {}});
    growth(u"F8102"_s, "2026-09-07T08:10:00",
           {u"grandparents"_s, true, u"父母在外地务工（虚构）。"_s, QString(),
            {{0, u"刘德明"_s, u"祖父"_s, u"13800000201"_s, QString()}}, {}, {}});
    growth(u"F8101"_s, "2026-09-07T08:20:00",
           {u"single_parent"_s, false, QString(), QString(), {{0, u"王静"_s, u"母亲"_s, u"13800000301"_s, QString()}},
            {}, {}});

    // The watch list: one raised later, one taken off, one left as set.
    students::WatchList watch(v);
    const auto setWatch = [&](const QString &no, const char *when, students::RiskLevel level, const QString &why,
                              const char *review) {
        at(when);
        must(watch.set(id(no), level, why, day(review)), "set a watch entry");
    };
    setWatch(u"F8102"_s, "2026-09-07T09:00:00", students::RiskLevel::Medium, u"考试焦虑明显（虚构）"_s, "2026-09-21");
    setWatch(u"F7103"_s, "2026-09-07T09:10:00", students::RiskLevel::Low, u"转学适应期（虚构）"_s, "2026-09-28");
    setWatch(u"F7101"_s, "2026-09-10T09:00:00", students::RiskLevel::Medium, u"网络使用时间过长（虚构）"_s, "2026-10-10");

    // Cases: one for a child under 14 (guardian consent), one closed later.
    cases::CaseRepository cases(v);
    at("2026-09-10T10:00:00");
    {
        const students::Student s = must(students.get(id(u"F7101"_s)), "read a student");
        cases::Case c;
        c.studentId = s.id;
        c.category = m_customCode;
        c.openedOn = day("2026-09-10");
        c.openedBy = v.currentUser().login;
        c.consentGuardian = u"许美玲（母亲）"_s;
        c.consentOn = day("2026-09-09");
        m_caseConsent = must(cases.openCase(c), "open a case");
        cases::Session session;
        session.caseId = m_caseConsent;
        session.heldOn = day("2026-09-10");
        session.minutes = 45;
        session.kind = cases::SessionKind::Individual;
        session.presenting = u"Synthetic: worries about screen time, marker %1. 担心放学后玩手机太久，像%2一样停不下来。"_s
                                 .arg(kMarkerWord, kMarkerPhrase);
        session.observations = u"说话声音小，谈到作息时明显紧张（虚构）。"_s;
        session.intervention = u"倾听与共情，约定每日作息表（虚构）。"_s;
        session.plan = u"一周后再次约谈（虚构）。"_s;
        session.risk = u"low"_s;
        session.nextAppointment = QDateTime(day("2026-09-17"), QTime(8, 0), Qt::UTC);
        session.author = v.currentUser().login;
        saveSession(v, session, kLeadPrivateNote);
    }
    at("2026-09-12T08:00:00");
    {
        const students::Student s = must(students.get(id(u"F8101"_s)), "read a student");
        cases::Case c;
        c.studentId = s.id;
        c.category = u"peers"_s;  // 14 on the day: no consent needed
        c.openedOn = day("2026-09-12");
        c.openedBy = v.currentUser().login;
        m_caseClosed = must(cases.openCase(c), "open a case");
        cases::Session session;
        session.caseId = m_caseClosed;
        session.heldOn = day("2026-09-12");
        session.minutes = 40;
        session.kind = cases::SessionKind::Group;
        session.presenting = u"和同桌发生矛盾（虚构）。"_s;
        session.plan = u"两周后复查（虚构）。"_s;
        session.author = v.currentUser().login;
        saveSession(v, session, QString());
    }

    // A class move (a second class period).
    at("2026-09-15T08:00:00");
    {
        const students::Student moved = must(students.get(id(u"F7104"_s)), "read a student");
        must(students.moveToClass(moved.id, moved.grade, u"2"_s), "move a student");
    }

    at("2026-09-20T08:00:00");
    v.close();
    m_vault.reset();
}

void Maker::populateAsCounselor()
{
    at("2026-09-24T08:00:00");
    auto v = openAs(m_dir, kCounselor, kCounselorPassphrase);
    cases::Session session;
    session.caseId = m_caseConsent;
    session.heldOn = day("2026-09-24");
    session.minutes = 30;
    session.kind = cases::SessionKind::Guardian;
    session.presenting = u"Synthetic guardian meeting, marker %1. 与母亲面谈（虚构）。"_s.arg(kCounselorMarker);
    session.risk = u"low"_s;
    session.author = v->currentUser().login;
    m_vault = std::move(v);
    saveSession(*m_vault, session, kCounselorPrivateNote);
    // The counselor starts editing that session again and leaves it as a draft (session id set).
    at("2026-09-24T08:30:00");
    auto saved = must(cases::CaseRepository(*m_vault).sessionsOf(m_caseConsent), "read sessions");
    cases::Session edited = saved.first();  // newest first: the one just saved
    edited.plan = u"Counselor's unsaved edit (synthetic)."_s;
    must(cases::DraftStore(*m_vault)
             .save(edited, u"Counselor's draft note (synthetic)"_s),
         "save a draft");
    at("2026-09-24T09:00:00");
    m_vault->close();
    m_vault.reset();
}

void Maker::grid(screening::SheetStore &store, const QString &code, const QString &no, const screening::AnswerRow &a)
{
    must(store.saveSheet(code, {id(no), a, {}}, screening::SheetSource::Grid), "enter a sheet");
}

void Maker::screeningAsLead()
{
    at("2026-10-05T07:00:00");
    m_vault = openAs(m_dir, kLead, kLeadPassphrase);
    vault::Vault &v = *m_vault;
    // 周雨桐 comes off the watch list; 郑思远 transfers out before the screening (not on its list).
    at("2026-10-05T08:00:00");
    students::WatchList watch(v);
    must(watch.remove(id(u"F7103"_s), u"适应良好，解除关注（虚构）"_s), "take off the watch list");
    at("2026-10-08T08:00:00");
    must(students::transferOut(v, id(u"F7203"_s), day("2026-10-08")), "transfer a student");

    const QString phq = u"PHQ-9"_s;
    screening::RunRepository runs(v);

    // Run 1: a shipped instrument over two grades; sheets typed, imported, and from the kiosk.
    at("2026-10-12T08:00:00");
    screening::Run run;
    run.name = kRun1;
    run.instruments = {{phq, {}}};
    run.targets = {{7, {}}, {8, {}}};
    run.opensOn = day("2026-10-12");
    run.closesOn = day("2026-10-23");
    const qint64 run1 = must(runs.create(run), "create run 1");
    screening::SheetStore store1(v, run1);
    constexpr int X = screening::kUnanswered;
    grid(store1, phq, u"F7101"_s, {1, 1, 1, 1, 1, 1, 1, 1, 0});  // 8, mild
    grid(store1, phq, u"F7102"_s, {0, 0, 0, 0, 0, 0, 0, 0, 0});  // 0
    grid(store1, phq, u"F8102"_s, {2, 2, 2, 1, 1, 2, 1, 1, 0});  // 12: over the cut-off
    grid(store1, phq, u"F8103"_s, {1, 0, 1, 0, 1, 0, 0, 0, 1});  // 4, but item 9: critical
    grid(store1, phq, u"F8202"_s, {2, X, 1, X, 0, 0, 1, 0, 0});  // two missing: invalid
    at("2026-10-13T08:00:00");
    {
        io::Table answers;
        answers.fileName = u"fixture-phq9-answers.csv"_s;
        answers.encoding = u"UTF-8"_s;
        QStringList header = {u"学号"_s};
        for (int i = 1; i <= 9; ++i) header << u"Q%1"_s.arg(i);
        answers.rows << io::TableRow{1, header};
        answers.rows << io::TableRow{2, u"F7201,0,1,0,1,0,1,0,0,0"_s.split(u',')};
        answers.rows << io::TableRow{3, u"F7202,1,2,1,2,1,0,1,1,0"_s.split(u',')};
        answers.rows << io::TableRow{4, u"F8101,3,1,0,1,1,0,0,1,"_s.split(u',')};  // one missing: prorated
        const auto ins = must(runs.instrument(run1, phq), "read run 1's definition");
        screening::AnswerMapping mapping = screening::guessAnswerMapping(answers, ins);
        if (mapping.codesAmbiguous)
            mapping.setNumbersAreValues(ins, true, screening::distinctAnswerCodes(answers, mapping));
        if (const QString problem = mapping.problem(ins, answers); !problem.isEmpty()) die("map the answers", problem);
        const auto plan = must(screening::planAnswerImport(v, run1, phq, answers, mapping), "plan the answer import");
        if (!plan.problems.isEmpty() || plan.sheets.size() != 3) die("plan the answer import", u"unexpected plan"_s);
        must(screening::applyAnswerImport(v, run1, plan, false), "import the answers");
    }
    at("2026-10-14T08:00:00");
    {
        const int kiosk[] = {0, 0, 1, 0, 0, 1, 0, 0, 0};
        for (int i = 0; i < 9; ++i) must(store1.saveAnswer(id(u"F7104"_s), phq, i, kiosk[i]), "kiosk answer");
        must(store1.finishSheet(id(u"F7104"_s), phq, 240), "finish a kiosk sheet");
        const int partial[] = {1, 0, 1};  // 何俊杰 stopped after three items: an unfinished sheet
        for (int i = 0; i < 3; ++i) must(store1.saveAnswer(id(u"F8201"_s), phq, i, partial[i]), "kiosk answer");
    }

    // Follow-ups: one confirmed, one cleared, one left open with an interview booked.
    screening::FollowUpRepository followUps(v);
    const auto followUp = [&](qint64 runId, const QString &no) {
        auto f = must(followUps.forStudent(runId, id(no)), "find a follow-up");
        if (!f) die("find a follow-up", no);
        return f->id;
    };
    at("2026-10-15T08:00:00");
    must(followUps.scheduleInterview(followUp(run1, u"F8102"_s), QDateTime(day("2026-10-16"), QTime(6, 0), Qt::UTC)),
         "schedule an interview");
    must(followUps.scheduleInterview(followUp(run1, u"F8103"_s), QDateTime(day("2026-10-22"), QTime(7, 0), Qt::UTC)),
         "schedule an interview");
    at("2026-10-16T08:00:00");
    must(followUps.close(followUp(run1, u"F8102"_s), screening::FollowUpStatus::Confirmed, u"面谈确认情绪低落，已转入个案（虚构）。"_s),
         "confirm a follow-up");
    must(followUps.close(followUp(run1, u"F8202"_s), screening::FollowUpStatus::Cleared, u"漏答两题，面谈无异常（虚构）。"_s),
         "clear a follow-up");
    must(watch.set(id(u"F8102"_s), students::RiskLevel::High, u"筛查阳性，面谈确认（虚构）"_s, day("2026-10-27")),
         "raise a watch entry");

    // Run 2: the school's own definition over one class; version 2 corrects its bands and rescores.
    at("2026-10-18T08:00:00");
    const QString tools = QStringLiteral(CD_FIXTURE_TOOLS_DIR);
    must(screening::loadSchoolInstrument(v, tools + u"/fixture-instrument-FX-WB-1.json"_s), "load FX-WB 1");
    at("2026-10-19T08:00:00");
    run = {};
    run.name = kRun2;
    run.instruments = {{kSchoolInstrument, {}}};
    run.targets = {{8, u"1"_s}};
    run.opensOn = day("2026-10-19");
    run.closesOn = day("2026-11-20");
    const qint64 run2 = must(runs.create(run), "create run 2");
    screening::SheetStore store2(v, run2);
    grid(store2, kSchoolInstrument, u"F8101"_s, {2, 2, 2, 2, 1, 0});  // 8: band 0 in v1, 1 in v2
    grid(store2, kSchoolInstrument, u"F8102"_s, {3, 3, 0, 2, 2, 1});  // 14: high, sleep flagged
    at("2026-10-24T08:00:00");
    must(runs.setStatus(run1, screening::RunStatus::Closed), "close run 1");
    // The case of 王梓涵 closes; the lead leaves a draft of a new session on 林晓雨's case.
    at("2026-10-30T08:00:00");
    cases::CaseRepository cases(v);
    must(cases.closeCase(m_caseClosed, day("2026-10-30"), u"关系改善，结案（虚构）。"_s), "close a case");
    at("2026-11-02T08:00:00");
    cases::Session draft;
    draft.caseId = m_caseConsent;
    draft.heldOn = day("2026-11-02");
    draft.minutes = 20;
    draft.presenting = kDraftPresenting;
    draft.author = v.currentUser().login;
    must(cases::DraftStore(v).save(draft, kDraftPrivateNote), "save a draft");
    at("2026-11-05T08:00:00");
    must(screening::loadSchoolInstrument(v, tools + u"/fixture-instrument-FX-WB-2.json"_s), "load FX-WB 2");
    if (must(store2.rescore(kSchoolInstrument, u"2"_s), "rescore run 2") != 2) die("rescore run 2", u"not 2 sheets"_s);
}

void Maker::crisisAsLead()
{
    // Schema 7 (FixtureCrisisMaker.cpp): 2026-11-06 to 2026-12-03, as the lead, still signed in.
    fixture::makeCrisisRecords(*m_vault);
}

QJsonObject Maker::finish(const QString &outDir)
{
    at("2026-12-07T09:00:00");
    vault::Vault &v = *m_vault;
    QJsonArray studentList;
    QStringList rosterNumbers;
    for (const io::TableRow &row : rosterTable().rows.mid(1)) {
        studentList << fixture::studentJson(v, row.cells.first());
        rosterNumbers << row.cells.first();
    }
    QJsonArray caseList;
    for (const QString &no : {u"F7101"_s, u"F8101"_s})
        for (const QJsonValue &c : fixture::casesJson(v, no)) caseList << c;
    const QJsonObject expect{
        {u"school"_s, kSchool},
        {u"students"_s, studentList},
        {u"categories"_s, fixture::categoriesJson(v)},
        {u"custom_category"_s, QJsonObject{{u"code"_s, m_customCode}, {u"name"_s, kCustomCategory}}},
        {u"cases"_s, caseList},
        {u"notes"_s, QJsonObject{{u"marker_word"_s, kMarkerWord}, {u"marker_phrase"_s, kMarkerPhrase},
                                 {u"lead_private_note"_s, kLeadPrivateNote}, {u"counselor_marker"_s, kCounselorMarker},
                                 {u"counselor_private_note"_s, kCounselorPrivateNote}}},
        {u"drafts"_s, QJsonArray{QJsonObject{{u"author"_s, kLead}, {u"case_student_no"_s, u"F7101"_s},
                                             {u"session_marker"_s, QString()}, {u"presenting"_s, kDraftPresenting},
                                             {u"private_note"_s, kDraftPrivateNote}},
                                 QJsonObject{{u"author"_s, kCounselor}, {u"case_student_no"_s, u"F7101"_s},
                                             {u"session_marker"_s, kCounselorMarker},
                                             {u"plan"_s, u"Counselor's unsaved edit (synthetic)."_s},
                                             {u"private_note"_s, u"Counselor's draft note (synthetic)"_s}}}},
        {u"school_instruments"_s, fixture::schoolInstrumentsJson(v)},
        {u"runs"_s, fixture::runsJson(v)},
        {u"crisis"_s, fixture::crisisJson(v, rosterNumbers)},
    };

    // The backup: made with this version's code while the vault is open, as the app makes it.
    const QJsonObject backupCounts = fixture::tableCounts(v.database());
    const auto made = must(backup::createBackup(backup::sourceOf(v), outDir, {}, backup::kDefaultGenerations),
                           "back up the vault");
    // The caller audits a backup (as the backup dialog and the CLI do).
    must(v.recordEvent(audit::action::BackupMade, audit::backupTarget(made.path)), "audit the backup");
    QJsonObject counts = fixture::tableCounts(v.database());
    counts.insert(u"audit_log"_s, counts.value(u"audit_log"_s).toInteger() + 1);  // the lock row close() writes
    const audit::Head head = must(v.audit().head(), "read the audit head");
    const int schema = v.database().userVersion();
    at("2026-12-07T09:05:00");
    v.close(u"fixture made"_s);
    m_vault.reset();

    const auto user = [](const QString &login, const QString &name, const QString &role, const QString &passphrase) {
        return QJsonObject{{u"login"_s, login}, {u"display_name"_s, name}, {u"role"_s, role}, {u"passphrase"_s, passphrase}};
    };
    return QJsonObject{
        {u"format"_s, 1},
        {u"made_by"_s, QJsonObject{{u"cd_version"_s, QStringLiteral(CD_VERSION)}, {u"schema_version"_s, schema},
                                   {u"sqlcipher"_s, security::sqlCipherVersion()},
                                   {u"clock"_s, u"pinned, 2026-09-01 to 2026-12-07 UTC"_s},
                                   {u"generated_on"_s, QDate::currentDate().toString(Qt::ISODate)}}},
        {u"vault_dir"_s, u"vault"_s},
        {u"backup_file"_s, QFileInfo(made.path).fileName()},
        {u"users"_s, QJsonArray{user(kLead, kLeadName, u"lead"_s, kLeadPassphrase),
                                user(kCounselor, kCounselorName, u"counselor"_s, kCounselorPassphrase)}},
        {u"counts"_s, counts},
        {u"backup_counts"_s, backupCounts},
        // The newest audit row before the lock row: it must still be in the vault, unchanged.
        {u"audit_checkpoint"_s, QJsonObject{{u"seq"_s, head.seq}, {u"hash"_s, QString::fromLatin1(head.hash.toHex())}}},
        {u"backup_audit_head"_s, QJsonObject{{u"seq"_s, made.manifest.auditSeq},
                                             {u"hash"_s, QString::fromLatin1(made.manifest.auditHash.toHex())}}},
        {u"expect"_s, expect},
    };
}

}  // namespace

int main(int argc, char **argv)
{
    qputenv("TZ", "UTC");
    tzset();
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString commit;
    if (const qsizetype i = args.indexOf(u"--commit"_s); i >= 0 && i + 1 < args.size()) {
        commit = args.at(i + 1);
        args.remove(i, 2);
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: cd_make_fixture_vault OUT_DIR [--commit HASH]\n");
        return 2;
    }
    const QString out = QDir(args.first()).absolutePath();
    if (QDir(out).exists() && !QDir(out).isEmpty()) die("check OUT_DIR", u"%1 is not empty: a fixture is never regenerated"_s.arg(out));
    if (!QDir().mkpath(out)) die("create OUT_DIR", out);
    if (!crypto::initialize()) die("start libsodium", QString());
    if (commit.isEmpty()) commit = fixture::sourceCommit();

    const QString vaultDir = QDir(out).filePath(u"vault"_s);
    Maker maker(vaultDir);
    const QString recoveryCode = maker.create();
    maker.populateAsLead();
    maker.populateAsCounselor();
    maker.screeningAsLead();
    maker.crisisAsLead();
    QJsonObject fixture = maker.finish(out);
    QFile::remove(vault::VaultPaths::lockFile(vaultDir));  // the lock file is no part of a fixture

    fixture.insert(u"name"_s, QFileInfo(out).fileName());
    fixture.insert(u"recovery_code"_s, recoveryCode);
    QJsonObject madeBy = fixture.value(u"made_by"_s).toObject();
    madeBy.insert(u"maker_commit"_s, commit);
    fixture.insert(u"made_by"_s, madeBy);
    fixture::writeFixtureFiles(out, fixture);
    std::printf("fixture written to %s\nrecovery code: %s\n", out.toUtf8().constData(), recoveryCode.toUtf8().constData());
    return 0;
}

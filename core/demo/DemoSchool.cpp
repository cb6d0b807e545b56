#include "demo/DemoSchool.h"

#include "demo/DemoCalendar.h"
#include "demo/DemoCrisis.h"
#include "demo/DemoScreening.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "cases/CaseRepository.h"
#include "cases/Categories.h"
#include "students/StudentRepository.h"
#include "students/WatchList.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace cd::demo {

namespace {

// Syllables for synthetic names: combinations, not people.
const QStringList kSurnames = {u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s, u"黄"_s,
                               u"周"_s, u"吴"_s, u"徐"_s, u"孙"_s, u"胡"_s, u"朱"_s, u"高"_s, u"林"_s};
const QStringList kGiven = {u"明"_s, u"华"_s, u"静"_s, u"丽"_s, u"强"_s, u"磊"_s, u"洋"_s, u"艳"_s,
                            u"勇"_s, u"军"_s, u"杰"_s, u"娟"_s, u"涛"_s, u"超"_s, u"秀"_s, u"霞"_s};
// Invented place names, in Chinese and in pinyin for the English interface.
const QList<std::pair<QString, QString>> kTowns = {
    {u"青山"_s, u"Qingshan"_s}, {u"东湖"_s, u"Donghu"_s}, {u"柳岸"_s, u"Liu'an"_s},  {u"南桥"_s, u"Nanqiao"_s},
    {u"云溪"_s, u"Yunxi"_s},    {u"北岭"_s, u"Beiling"_s}, {u"星河"_s, u"Xinghe"_s}, {u"松林"_s, u"Songlin"_s}};

QString pick(QRandomGenerator &rng, const QStringList &list) { return list.at(rng.bounded(list.size())); }

// Synthetic note fragments: typical of what a counselor writes, about nobody.
const QStringList kPresenting = {u"临近考试，感到压力很大，晚上睡不好。"_s, u"和同桌发生矛盾，不想来学校。"_s,
                                 u"父母最近经常吵架，回家后心情低落。"_s, u"觉得自己不如别人，上课不敢发言。"_s,
                                 u"青春期身体变化带来困扰，想找人聊聊。"_s, u"被同学起外号，感到委屈。"_s};
const QStringList kObservations = {u"说话声音小，目光回避，谈到考试时明显紧张。"_s, u"情绪较稳定，愿意表达。"_s,
                                   u"多次哭泣，能在引导下平复。"_s, u"坐立不安，频繁看表。"_s};
const QStringList kInterventions = {u"倾听与共情，教授腹式呼吸放松法。"_s, u"认知调整：区分事实与想法。"_s,
                                    u"角色扮演练习如何表达自己的感受。"_s, u"制定每日作息与复习计划。"_s};
const QStringList kPlans = {u"一周后再次约谈，观察睡眠情况。"_s, u"与班主任沟通，关注课堂表现。"_s,
                            u"邀请家长来校面谈。"_s, u"两周后复查，如无改善考虑转介。"_s};
const QStringList kWatchReasons = {u"考试焦虑明显"_s, u"家庭变故"_s, u"同伴冲突反复"_s, u"情绪持续低落"_s};

Status addDemoCase(vault::Vault &vault, qint64 studentId, QRandomGenerator &rng)
{
    cases::CaseRepository repo(vault);
    cases::Case c;
    c.studentId = studentId;
    c.category = cases::builtInCategoryCodes().at(rng.bounded(cases::builtInCategoryCodes().size()));
    c.openedOn = QDate::currentDate().addDays(-rng.bounded(10, 200));
    c.consentGuardian = QCoreApplication::translate("Demo", "Mother");
    c.consentOn = c.openedOn;
    auto caseId = repo.openCase(c);
    if (!caseId) return caseId.error();
    const int sessions = 1 + rng.bounded(4);
    for (int i = 0; i < sessions; ++i) {
        cases::Session s;
        s.caseId = *caseId;
        s.heldOn = c.openedOn.addDays(7 * i);
        s.minutes = 30 + 10 * rng.bounded(4);
        s.kind = cases::SessionKind::Individual;
        s.presenting = pick(rng, kPresenting);
        s.observations = pick(rng, kObservations);
        s.intervention = pick(rng, kInterventions);
        s.plan = pick(rng, kPlans);
        auto id = repo.saveSession(s);
        if (!id) return id.error();
    }
    return {};
}

}  // namespace

vault::SchoolProfile demoSchoolProfile(quint32 seed, const QString &language)
{
    QRandomGenerator rng(seed);
    vault::SchoolProfile profile;
    const auto &town = kTowns.at(rng.bounded(kTowns.size()));
    const bool chinese = language == u"zh_CN"_s;
    //: %1 is an invented town name, %2 a number
    profile.name = QCoreApplication::translate("Demo", "%1 Experimental School No. %2 (demo)")
                       .arg(chinese ? town.first : town.second)
                       .arg(rng.bounded(1, 10));
    profile.type = vault::SchoolType::JuniorSenior;
    return profile;
}

QList<DemoStaff> demoStaff(quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x5eedu);
    QList<DemoStaff> staff;
    for (int i = 1; i <= 2; ++i) {
        const QString name = pick(rng, kSurnames) + pick(rng, kGiven) + pick(rng, kGiven);
        staff.append({u"counselor%1"_s.arg(i), name, vault::Role::Counselor});
    }
    return staff;
}

QList<int> gradesOf(vault::SchoolType type)
{
    switch (type) {
    case vault::SchoolType::Primary: return {1, 2, 3, 4, 5, 6};
    case vault::SchoolType::JuniorHigh: return {7, 8, 9};
    case vault::SchoolType::SeniorHigh: return {10, 11, 12};
    case vault::SchoolType::PrimaryJunior: return {1, 2, 3, 4, 5, 6, 7, 8, 9};
    case vault::SchoolType::JuniorSenior: return {7, 8, 9, 10, 11, 12};
    case vault::SchoolType::AllGrades: return {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    }
    return {};
}

Status populateDemo(vault::Vault &vault, quint32 seed, const QString &passphrase, int studentCount)
{
    for (const DemoStaff &member : demoStaff(seed))
        CD_TRY(vault.addUser(member.login, member.displayName, member.role, passphrase));

    QRandomGenerator rng(seed ^ 0x57d3u);
    const QList<int> grades = gradesOf(vault.school().type);
    constexpr int kClassSize = 45;
    const int perGrade = std::max(1, studentCount / static_cast<int>(grades.size()));
    const int classesPerGrade = std::max(1, (perGrade + kClassSize - 1) / kClassSize);
    const int thisYear = QDate::currentDate().year();
    const QStringList structures = students::familyStructureCodes();

    // The demo roster arrives as one import would: one transaction, one audit row (counts only);
    // the cases, watch-list entries and growth records in it are audited one by one.
    students::StudentRepository repo(vault);
    CD_TRY(vault.recordChange(audit::action::RosterImported, QString(), u"added=%1 demo"_s.arg(studentCount),
                              [&]() -> Status {
        for (int i = 0; i < studentCount; ++i) {
            const int grade = grades.at(std::min<int>(i / perGrade, static_cast<int>(grades.size()) - 1));
            students::Student student;
            student.studentNo = u"%1%2"_s.arg(thisYear - (grade - grades.first())).arg(i + 1, 5, 10, QLatin1Char('0'));
            student.name = pick(rng, kSurnames) + pick(rng, kGiven) + (rng.bounded(3) ? pick(rng, kGiven) : QString());
            student.sex = rng.bounded(2) ? students::Sex::Male : students::Sex::Female;
            student.birthDate = QDate(thisYear - grade - 6, 1 + rng.bounded(12), 1 + rng.bounded(28));
            student.grade = grade;
            student.klass = QString::number(1 + (i % perGrade) % classesPerGrade);
            auto id = repo.save(student, u"demo"_s);
            if (!id) return id.error();
            if (rng.bounded(12) == 0) CD_TRY(addDemoCase(vault, *id, rng));
            if (rng.bounded(30) == 0) {
                students::WatchList watch(vault);
                const auto level = students::kRiskLevels[rng.bounded(4)];
                CD_TRY(watch.set(*id, level, pick(rng, kWatchReasons),
                                 QDate::currentDate().addDays(rng.bounded(-10, 30))));
            }
            if (rng.bounded(4) == 0) {
                students::GrowthRecord record;
                record.familyStructure = structures.at(1 + rng.bounded(structures.size() - 1));
                record.leftBehind = rng.bounded(6) == 0;
                record.guardians.append({0, pick(rng, kSurnames) + pick(rng, kGiven),
                                         QCoreApplication::translate("Demo", "Mother"),
                                         u"139%1"_s.arg(rng.bounded(10000000, 99999999)), QString()});
                CD_TRY(repo.saveGrowthRecord(*id, record));
            }
        }
        return {};
    }));
    CD_TRY(populateDemoScreening(vault, seed, clock::today()));
    CD_TRY(populateDemoCrisis(vault, seed, clock::now()));
    return populateDemoCalendar(vault, seed, clock::today());
}

}  // namespace cd::demo

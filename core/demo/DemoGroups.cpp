#include "demo/DemoGroups.h"

#include "groups/Groups.h"
#include "groups/SchoolEvents.h"
#include "lessons/Semester.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace cd::demo {

namespace {
using groups::EventKind;
using groups::GroupTheme;

Result<QList<qint64>> activeStudents(vault::Vault &vault, const QString &order)
{
    auto stmt = vault.database().prepare(
        u"SELECT id FROM students WHERE status = 'active' AND grade = (SELECT "_s + order +
        u"(grade) FROM students WHERE status = 'active' AND grade > 0) ORDER BY id"_s);
    if (!stmt) return stmt.error();
    return storage::collectRows(*stmt, [](storage::Statement &s) { return s.int64(0); });
}

QString leaderLogin(vault::Vault &vault, int index)
{
    auto users = vault.users();
    QStringList counselors;
    if (users)
        for (const auto &u : *users)
            if (u.login.startsWith(u"counselor"_s)) counselors << u.login;
    counselors.sort();
    return counselors.isEmpty() ? vault.currentUser().login : counselors.at(index % counselors.size());
}

struct GroupPlan {
    QString name;
    GroupTheme theme;
    QString description;
    QString order;  ///< "min": the youngest grade, "max": the oldest
    QStringList topics;
};

Status addGroup(vault::Vault &vault, QRandomGenerator &rng, const GroupPlan &plan, int index,
                const lessons::Semester &semester, const QDate &today)
{
    auto pool = activeStudents(vault, plan.order);
    if (!pool) return pool.error();
    if (pool->size() < 8) return {};
    groups::Groups repo(vault);
    groups::CounselingGroup g;
    g.semesterId = semester.id;
    g.name = plan.name;
    g.theme = plan.theme;
    g.leader = leaderLogin(vault, index);
    g.description = plan.description;
    auto id = repo.save(g);
    if (!id) return id.error();
    const QDate joined = semester.startsOn.addDays(14);
    if (joined > today) return {};
    QList<qint64> members;
    while (members.size() < 8) {
        const qint64 student = pool->at(rng.bounded(static_cast<int>(pool->size())));
        if (members.contains(student)) continue;
        members << student;
        CD_TRY(repo.addMember(*id, student, joined));
    }
    // Weekly sessions on Wednesday afternoons from the week after joining, up to today.
    QDate day = joined.addDays((3 - joined.dayOfWeek() + 7) % 7 + 7);
    for (int n = 0; n < plan.topics.size() && day <= today; ++n, day = day.addDays(7)) {
        if (!semester.isSchoolDay(day)) continue;
        groups::GroupSession s;
        s.groupId = *id;
        s.heldAt = QDateTime(day, QTime(15, 40));
        s.minutes = 45;
        s.topic = plan.topics.at(n);
        for (qint64 student : members) {
            const bool present = rng.bounded(100) < 88;
            s.attendance.append({student, present, present ? QString() : u"请假"_s});
        }
        auto saved = repo.saveSession(s);
        if (!saved) return saved.error();
    }
    return {};
}

Status addEvent(groups::SchoolEvents &events, const lessons::Semester &semester, EventKind kind, const QString &format,
                const QDate &day, const QString &topic, const QString &audience, int heads, int minutes)
{
    if (!semester.contains(day)) return {};
    groups::SchoolEvent e;
    e.semesterId = semester.id;
    e.kind = kind;
    e.format = format;
    e.heldOn = day;
    e.topic = topic;
    e.audience = audience;
    e.headCount = heads;
    e.minutes = minutes;
    auto id = events.save(e);
    return id ? Status{} : Status(id.error());
}

/// The first school day on or after `day`.
QDate schoolDayFrom(const lessons::Semester &semester, QDate day)
{
    for (int i = 0; i < 14 && !semester.isSchoolDay(day); ++i) day = day.addDays(1);
    return day;
}
}  // namespace

Status populateDemoGroups(vault::Vault &vault, quint32 seed, const lessons::Semester &semester, const QDate &today)
{
    QRandomGenerator rng(seed ^ 0x6a0bu);
    const QList<GroupPlan> plans = {
        {u"新生适应成长小组"_s, GroupTheme::NewSchool, u"帮助新生认识新同学、适应新的作息和学习方式。"_s, u"min"_s,
         {u"破冰：认识你真好"_s, u"我的新校园"_s, u"时间管理小能手"_s, u"结交新朋友"_s, u"情绪小怪兽"_s, u"回顾与展望"_s}},
        {u"考前减压团体"_s, GroupTheme::ExamStress, u"面对中考/高考压力，学习放松方法与积极应对。"_s, u"max"_s,
         {u"压力从哪里来"_s, u"放松训练：呼吸与肌肉"_s, u"改变想法，改变心情"_s, u"制定复习计划"_s, u"互相打气"_s,
          u"考场上的我"_s}},
    };
    for (int i = 0; i < plans.size(); ++i) CD_TRY(addGroup(vault, rng, plans.at(i), i, semester, today));

    groups::SchoolEvents events(vault);
    const QStringList activityFormats = {u"life_education"_s, u"adolescence"_s, u"resilience"_s};
    const QStringList activityTopics = {u"珍爱生命主题班会周"_s, u"青春期心理讲座"_s, u"心理韧性拓展活动"_s};
    int n = 0;
    for (QDate month(semester.startsOn.year(), semester.startsOn.month(), 1); month <= today && month <= semester.endsOn;
         month = month.addMonths(1), ++n) {
        const QDate day = schoolDayFrom(semester, std::max(month.addDays(static_cast<int>(rng.bounded(3))), semester.startsOn));
        if (day > today) break;
        CD_TRY(addEvent(events, semester, EventKind::Activity, activityFormats.at(n % 3), day,
                        activityTopics.at(n % 3), u"全体学生"_s, 400 + static_cast<int>(rng.bounded(300)), 0));
    }
    const QDate training = schoolDayFrom(semester, semester.startsOn.addDays(17));
    if (training <= today)
        CD_TRY(addEvent(events, semester, EventKind::Training, u"lecture"_s, training, u"班主任心理危机识别培训"_s,
                        u"班主任"_s, 30 + static_cast<int>(rng.bounded(20)), 90));
    const QDate family = schoolDayFrom(semester, semester.startsOn.addDays(38));
    if (family <= today)
        CD_TRY(addEvent(events, semester, EventKind::Family, u"parent_school"_s, family, u"家长学校：如何与青春期孩子沟通"_s,
                        u"初一家长"_s, 150 + static_cast<int>(rng.bounded(100)), 60));
    return {};
}

}  // namespace cd::demo

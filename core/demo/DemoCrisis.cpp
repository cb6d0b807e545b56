#include "demo/DemoCrisis.h"

#include "crisis/Absences.h"
#include "crisis/CrisisEvents.h"
#include "crisis/Directory.h"
#include "crisis/Referrals.h"
#include "crisis/SafetyPlans.h"
#include "students/StudentRepository.h"
#include "vault/Vault.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace cd::demo {

namespace {

using namespace cd::crisis;

/// Invented institutions: no real hospital's name or number.
QList<Institution> demoDirectory()
{
    QList<Institution> list;
    auto add = [&](InstitutionKind kind, const QString &name, const QString &dept, const QString &phone,
                   const QString &contact) {
        Institution i;
        i.kind = kind;
        i.name = name;
        i.department = dept;
        i.phone = phone;
        i.contact = contact;
        i.address = u"青山区示例路 %1 号"_s.arg(list.size() * 11 + 8);
        list << i;
    };
    add(InstitutionKind::MentalHealthCentre, u"青山市精神卫生中心"_s, u"儿童青少年心理门诊"_s, u"0000-1234567"_s, u"周医生"_s);
    add(InstitutionKind::Hospital, u"青山市第一人民医院"_s, u"心理科"_s, u"0000-2345678"_s, u"林医生"_s);
    add(InstitutionKind::Hospital, u"东湖区妇幼保健院"_s, u"儿童心理保健科"_s, u"0000-3456789"_s, QString());
    add(InstitutionKind::ChildProtection, u"青山区未成年人保护工作站"_s, QString(), u"0000-4567890"_s, u"陈老师"_s);
    add(InstitutionKind::Police, u"青山派出所"_s, u"社区民警"_s, u"110"_s, QString());
    return list;
}

NewCrisisEvent event(qint64 studentId, const QDateTime &at, CrisisKind kind, CrisisSource source,
                     const QString &description, const RiskAssessment &assessment)
{
    NewCrisisEvent e;
    e.studentId = studentId;
    e.occurredAt = at;
    e.kind = kind;
    e.source = source;
    e.description = description;
    e.assessment = assessment;
    e.level = suggestLevel(assessment);
    e.place = u"教学楼"_s;
    e.immediateAction = u"心理老师全程陪伴，未离开视线。"_s;
    return e;
}

Notification told(const QDateTime &at, Recipient who, const QString &person, ContactMethod how)
{
    Notification n;
    n.at = at;
    n.recipient = who;
    n.person = person;
    n.method = how;
    return n;
}

SafetyPlanContent demoSafetyPlan()
{
    SafetyPlanContent c;
    c.warningSigns = u"连续几天睡不着；觉得什么都没意思；不想和任何人说话。"_s;
    c.copingAlone = u"听喜欢的音乐；去操场跑两圈；在本子上写下心里话。"_s;
    c.distractions = u"去图书馆看漫画；和同桌一起打羽毛球。"_s;
    c.helpers = u"班主任；妈妈；好朋友小雨。"_s;
    c.professionals = u"学校心理辅导室（周一至周五 12:00–13:30）；全国心理援助热线 12356；青少年服务台 12355；"
                      "青山市精神卫生中心儿童青少年心理门诊。"_s;
    c.safeSurroundings = u"家中药品由妈妈统一保管；刀具收好。"_s;
    c.reasonToLive = u"我的小狗，还有想去看海。"_s;
    c.guardianName = u"学生母亲"_s;
    c.guardianSigned = true;
    return c;
}

Referral referralFor(qint64 studentId, qint64 eventId, qint64 institutionId, const QDateTime &consentAt)
{
    Referral r;
    r.studentId = studentId;
    r.eventId = eventId;
    r.institutionId = institutionId;
    r.reason = u"近一个月情绪持续低落，多次在课堂上哭泣，自述入睡困难、食欲下降，对以前喜欢的活动失去兴趣。"_s;
    r.duration = u"约一个月"_s;
    r.urgency = Urgency::Soon;
    r.questions = u"是否适合继续在校学习？需要学校提供哪些支持？复诊如何安排？"_s;
    r.consent.guardianName = u"学生母亲"_s;
    r.consent.relation = u"母亲"_s;
    r.consent.phone = u"139 0000 0000"_s;
    r.consent.at = consentAt;
    r.consent.method = u"来校面谈"_s;
    return r;
}

}  // namespace

Status populateDemoCrisis(vault::Vault &vault, quint32 seed, const QDateTime &now)
{
    QList<qint64> directory;
    Directory dir(vault);
    for (const Institution &i : demoDirectory()) {
        auto id = dir.add(i);
        if (!id) return id.error();
        directory << *id;
    }

    // Six distinct active students, picked by the seed from the roster.
    auto roster = students::StudentRepository(vault).listAll();
    if (!roster) return roster.error();
    if (roster->size() < 6) return {};
    QRandomGenerator rng(seed ^ 0xc815u);
    QList<qint64> picked;
    while (picked.size() < 6) {
        const qint64 id = roster->at(rng.bounded(roster->size())).id;
        if (!picked.contains(id)) picked << id;
    }

    CrisisEvents events(vault);
    Referrals referrals(vault);
    RiskAssessment active;
    active.selfHarmThoughts = Ideation::Active;
    active.plan = true;
    active.protectiveFactors = u"和妈妈关系好，喜欢画画。"_s;
    RiskAssessment passive;
    passive.selfHarmThoughts = Ideation::Passive;
    passive.recentLoss = true;
    passive.protectiveFactors = u"有两个好朋友，愿意接受帮助。"_s;

    // 1. Found two hours ago: the leader told, the guardian not yet (due within the day).
    const QDateTime e1At = now.addSecs(-2 * 3600);
    auto e1 = events.record(event(picked[0], e1At, CrisisKind::SuicidalThoughts, CrisisSource::Teacher,
                                  u"班主任在周记中看到“活着没意思，想消失”，课后找学生谈话时学生哭泣。"_s, active));
    if (!e1) return e1.error();
    CD_TRY(events.notify(*e1, told(e1At.addSecs(15 * 60), Recipient::SchoolLeader, u"分管副校长"_s, ContactMethod::Phone)));
    CD_TRY(events.notify(*e1, told(e1At.addSecs(10 * 60), Recipient::ClassTeacher, u"班主任"_s, ContactMethod::InPerson)));

    // 2. Two days ago, the guardian still not told: an overdue step on the home page.
    const QDateTime e2At = now.addDays(-2);
    auto e2 = events.record(event(picked[1], e2At, CrisisKind::SelfHarm, CrisisSource::Classmate,
                                  u"同学报告其手臂有多道划痕，学生承认近期用小刀划伤自己。"_s, passive));
    if (!e2) return e2.error();
    CD_TRY(events.notify(*e2, told(e2At.addSecs(20 * 60), Recipient::SchoolLeader, u"德育主任"_s, ContactMethod::InPerson)));

    // 3. Ten days ago: guardian told with a break of confidentiality, safety plan, referral given, slip overdue.
    const QDateTime e3At = now.addDays(-10);
    auto e3 = events.record(event(picked[2], e3At, CrisisKind::SuicidalThoughts, CrisisSource::Student,
                                  u"学生主动来辅导室，说最近常想到死，已经想过从哪里跳下去。"_s, active));
    if (!e3) return e3.error();
    CD_TRY(events.notify(*e3, told(e3At.addSecs(20 * 60), Recipient::SchoolLeader, u"分管副校长"_s, ContactMethod::Phone)));
    Notification mother = told(e3At.addSecs(60 * 60), Recipient::Guardian, u"学生母亲"_s, ContactMethod::Phone);
    mother.confidentialityBreach = true;
    mother.reason = u"学生有明确的自杀想法和地点，为保护其生命安全告知监护人。"_s;
    mother.response = u"母亲当天下午到校接回，同意就医。"_s;
    CD_TRY(events.notify(*e3, mother));
    CD_TRY(events.recordStep(*e3, CrisisStep::Intervention, e3At.addSecs(30 * 60), u"心理老师"_s, u"陪伴、稳定情绪"_s));
    CD_TRY(SafetyPlans(vault).save(picked[2], *e3, demoSafetyPlan(), now.date().addDays(4)));
    auto r3 = referrals.create(referralFor(picked[2], *e3, directory[0], e3At.addSecs(2 * 3600)));
    if (!r3) return r3.error();
    CD_TRY(referrals.markGiven(*r3, e3At.addSecs(3 * 3600), 7));
    CD_TRY(events.recordStep(*e3, CrisisStep::Referral, e3At.addSecs(3 * 3600), u"心理老师"_s, QString()));
    CD_TRY(events.recordStep(*e3, CrisisStep::FollowUp, e3At.addDays(2), u"心理老师"_s, u"返校后首次约谈"_s));

    // 4. A month ago: seen, slip back, time off and the return, a support plan; the event closed.
    const QDateTime e4At = now.addDays(-40);
    auto e4 = events.record(event(picked[3], e4At, CrisisKind::AcuteDistress, CrisisSource::Guardian,
                                  u"家长来电，孩子在家情绪崩溃，拒绝上学，摔东西。"_s, passive));
    if (!e4) return e4.error();
    CD_TRY(events.notify(*e4, told(e4At.addSecs(25 * 60), Recipient::SchoolLeader, u"校长"_s, ContactMethod::Phone)));
    auto r4 = referrals.create(referralFor(picked[3], *e4, directory[1], e4At.addSecs(3600)));
    if (!r4) return r4.error();
    CD_TRY(referrals.markGiven(*r4, e4At.addSecs(2 * 3600), 7));
    CD_TRY(referrals.markSeen(*r4, e4At.addDays(2)));
    ReturnSlip slip;
    slip.outcome = VisitOutcome::Seen;
    slip.visitedOn = e4At.date().addDays(2);
    slip.department = u"心理科"_s;
    slip.treatments = {Treatment::Outpatient, Treatment::Psychotherapy};
    slip.fitness = SchoolFitness::TimeOff;
    slip.supportNeeded = u"复学后减少作业量，允许课间到辅导室休息。"_s;
    slip.nextVisit = now.date().addDays(10);
    slip.filledBy = u"学生母亲"_s;
    slip.receivedOn = e4At.date().addDays(3);
    CD_TRY(referrals.recordSlip(*r4, slip, now.date().addDays(2)));
    Absences absences(vault);
    auto away = absences.start(picked[3], *r4, e4At.date().addDays(4), u"遵医嘱休养"_s);
    if (!away) return away.error();
    Absence back = absences.forStudent(picked[3])->first();
    back.certificateOn = now.date().addDays(-8);
    back.applicationOn = now.date().addDays(-7);
    back.assessmentOn = now.date().addDays(-6);
    back.assessment = u"情绪稳定，睡眠改善，本人和家长均希望复学。"_s;
    back.assessmentPassed = true;
    back.returnedOn = now.date().addDays(-5);
    CD_TRY(absences.update(back));
    SupportPlan support;
    support.studentId = picked[3];
    support.goals = u"复学后四周内逐步恢复正常作息和学习。"_s;
    support.counselorDoes = u"每周一次个别辅导。"_s;
    support.teacherDoes = u"每天关注情绪，安排同伴互助。"_s;
    support.guardianDoes = u"按时复诊，每周与班主任沟通一次。"_s;
    support.reviewOn = now.date().addDays(1);
    CD_TRY(SupportPlans(vault).save(support));
    CD_TRY(events.recordStep(*e4, CrisisStep::FollowUp, now.addDays(-5), u"心理老师"_s, u"复学评估通过"_s));
    CD_TRY(events.close(*e4, u"已就医并复学，按一生一策跟进。"_s));

    // 5. A drafted referral (consent not yet given).
    Referral draft = referralFor(picked[4], 0, directory[0], QDateTime());
    draft.consent = {};
    draft.urgency = Urgency::Routine;
    CD_TRY(referrals.create(draft));

    // 6. A referral closed after the family declined the visit.
    auto r6 = referrals.create(referralFor(picked[5], 0, directory[2], now.addDays(-30)));
    if (!r6) return r6.error();
    CD_TRY(referrals.markGiven(*r6, now.addDays(-30), 7));
    ReturnSlip declined;
    declined.outcome = VisitOutcome::Refused;
    declined.filledBy = u"学生父亲"_s;
    declined.receivedOn = now.date().addDays(-25);
    CD_TRY(referrals.recordSlip(*r6, declined, now.date().addDays(-20)));
    CD_TRY(referrals.close(*r6, u"家长拒绝就医，已签字确认；学校继续每周辅导。"_s));
    return {};
}

}  // namespace cd::demo

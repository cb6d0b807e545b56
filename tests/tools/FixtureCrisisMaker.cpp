#include "FixtureCrisisMaker.h"
#include "FixtureSupport.h"

#include "crisis/Absences.h"
#include "crisis/CrisisEvents.h"
#include "crisis/Directory.h"
#include "crisis/Referrals.h"
#include "crisis/RiskScale.h"
#include "crisis/SafetyPlans.h"
#include "students/StudentRepository.h"

using namespace Qt::StringLiterals;

namespace cd::fixture {

namespace {

using namespace crisis;

qint64 studentId(vault::Vault &v, const QString &studentNo)
{
    const auto found = must(students::StudentRepository(v).findByNumber(studentNo), "find a student");
    if (!found) die("find a student", studentNo);
    return found->id;
}

/// The lead's settings: own words and colours for the four levels, changed step limits, the directory.
struct Settings {
    qint64 hospital = 0;
    qint64 centre = 0;  ///< retired after its referral closes
};

Settings settings(vault::Vault &v)
{
    at("2026-11-06T08:00:00");
    must(RiskScale(v).save({{RiskLevel::Crisis, u"一级预警（夹具）"_s, u"#b71c1c"_s, true},
                            {RiskLevel::High, u"二级预警（夹具）"_s, u"#E65100"_s, true},
                            {RiskLevel::Medium, u"三级关注（夹具）"_s, u"#fbc02d"_s, true},
                            {RiskLevel::Low, u"四级留意（夹具）"_s, u"#0d47a1"_s, true}}),
         "save the risk labels");
    at("2026-11-06T08:10:00");
    QList<StepLimit> limits = CrisisEvents::defaultStepLimits();
    for (StepLimit &l : limits) {
        if (l.step == CrisisStep::LeaderReported) l.minutes = 20;
        if (l.step == CrisisStep::GuardianTold) l.minutes = 720;
        if (l.step == CrisisStep::Referral) l.minutes = 2 * 1440;
        if (l.step == CrisisStep::FollowUp) l.minutes = 3 * 1440;
    }
    must(CrisisEvents(v).setStepLimits(limits), "change the step limits");

    Directory directory(v);
    Settings s;
    at("2026-11-06T08:20:00");
    Institution hospital;
    hospital.kind = InstitutionKind::Hospital;
    hospital.name = u"夹具市第三人民医院（虚构）"_s;
    hospital.department = u"儿童青少年心理科"_s;
    hospital.address = u"虚构区示例路 1 号"_s;
    hospital.phone = u"010-0000-0101"_s;
    hospital.contact = u"门诊护士站（虚构）"_s;
    hospital.note = u"周二、周四下午儿少门诊（虚构）"_s;
    s.hospital = must(directory.add(hospital), "add a hospital");
    at("2026-11-06T08:25:00");
    Institution centre;
    centre.kind = InstitutionKind::MentalHealthCentre;
    centre.name = u"夹具区心理健康中心（虚构）"_s;
    centre.phone = u"010-0000-0202"_s;
    centre.note = u"2026 年底搬迁（虚构）"_s;
    s.centre = must(directory.add(centre), "add a centre");
    return s;
}

/// 林晓雨: an open event, assessed medium and raised to high with a reason (her watch entry goes
/// medium → high); steps, the leader, the guardian (a confidentiality breach) and the hospital told.
qint64 openEvent(vault::Vault &v, const Settings &s)
{
    CrisisEvents events(v);
    at("2026-11-09T03:00:00");
    NewCrisisEvent e;
    e.studentId = studentId(v, u"F7101"_s);
    e.occurredAt = utc("2026-11-09T02:30:00");
    e.place = u"教学楼三楼走廊（虚构）"_s;
    e.source = CrisisSource::Teacher;
    e.kind = CrisisKind::SuicidalThoughts;
    e.description = u"Synthetic: 班主任发现学生在作业本上写“不想活了”，课间独自站在窗边（虚构）。"_s;
    e.assessment.selfHarmThoughts = Ideation::Passive;
    e.assessment.recentLoss = true;
    e.assessment.protectiveFactors = u"与母亲关系亲近，喜欢画画（虚构）。"_s;
    e.assessment.notes = u"否认具体计划（虚构）。"_s;
    e.level = RiskLevel::High;  // the assessment suggests medium
    e.overrideReason = u"近期宠物去世且作业本上的字句反复出现，提高一级（虚构）。"_s;
    e.immediateAction = u"心理老师全程陪同，收走美工刀（虚构）。"_s;
    const qint64 id = must(events.record(e), "record a crisis event");

    at("2026-11-09T06:00:00");
    must(events.recordStep(id, CrisisStep::Intervention, utc("2026-11-09T02:40:00"), u"Fixture Lead"_s,
                           u"陪伴与安抚，约定安全承诺（虚构）。"_s),
         "record a step");
    Notification leader;
    leader.at = utc("2026-11-09T02:45:00");
    leader.recipient = Recipient::SchoolLeader;
    leader.person = u"张副校长（虚构）"_s;
    leader.method = ContactMethod::InPerson;
    leader.response = u"同意启动危机预案（虚构）。"_s;
    must(events.notify(id, leader), "tell the school leader");
    Notification guardian;
    guardian.at = utc("2026-11-09T03:20:00");
    guardian.recipient = Recipient::Guardian;
    guardian.person = u"许美玲（母亲）"_s;
    guardian.method = ContactMethod::Phone;
    guardian.confidentialityBreach = true;
    guardian.reason = u"学生有轻生念头，为保护其生命安全告知监护人（虚构）。"_s;
    guardian.response = u"母亲当天下午来校（虚构）。"_s;
    must(events.notify(id, guardian), "tell the guardian");
    Notification hospital;
    hospital.at = utc("2026-11-09T05:30:00");
    hospital.recipient = Recipient::Institution;
    hospital.institutionId = s.hospital;
    hospital.person = u"值班医生（虚构）"_s;
    hospital.method = ContactMethod::Phone;
    hospital.response = u"建议一周内儿少门诊就诊（虚构）。"_s;
    must(events.notify(id, hospital), "tell the hospital");
    return id;
}

/// 刘博文: already high on the watch list, an event at medium (nothing lowered), closed later.
qint64 closedEvent(vault::Vault &v)
{
    CrisisEvents events(v);
    at("2026-11-10T07:00:00");
    NewCrisisEvent e;
    e.studentId = studentId(v, u"F8102"_s);
    e.occurredAt = utc("2026-11-10T06:00:00");
    e.place = u"心理辅导室（虚构）"_s;
    e.source = CrisisSource::Student;
    e.kind = CrisisKind::AcuteDistress;
    e.description = u"Synthetic: 学生主动来访，考试后哭泣不止，说压力很大（虚构）。"_s;
    e.assessment.recentLoss = true;  // suggests medium: confirmed
    e.assessment.protectiveFactors = u"祖父每天接送（虚构）。"_s;
    e.level = RiskLevel::Medium;
    const qint64 id = must(events.record(e), "record a crisis event");
    at("2026-11-10T07:30:00");
    Notification teacher;
    teacher.at = utc("2026-11-10T06:20:00");
    teacher.recipient = Recipient::ClassTeacher;
    teacher.person = u"李老师（班主任，虚构）"_s;
    teacher.method = ContactMethod::Message;
    must(events.notify(id, teacher), "tell the class teacher");
    return id;
}

Referral draftReferral(vault::Vault &v, const QString &studentNo, qint64 eventId, qint64 institutionId)
{
    Referral r;
    r.studentId = studentId(v, studentNo);
    r.eventId = eventId;
    r.institutionId = institutionId;
    return r;
}

}  // namespace

void makeCrisisRecords(vault::Vault &v)
{
    const Settings s = settings(v);
    const qint64 event1 = openEvent(v, s);
    Referrals referrals(v);

    // Referral 1 (林晓雨, from the open event): given to her mother.
    at("2026-11-09T07:30:00");
    Referral r1 = draftReferral(v, u"F7101"_s, event1, s.hospital);
    r1.reason = u"两周来多次表达“活着没意思”，上课注意力下降（观察所见，虚构）。"_s;
    r1.duration = u"约两周"_s;
    r1.urgency = Urgency::Soon;
    r1.questions = u"是否需要进一步评估情绪状况？在校需要注意什么？（虚构）"_s;
    r1.disclose = {Disclosure::Identity, Disclosure::Reason, Disclosure::Questions, Disclosure::Contact};
    r1.consent = {u"许美玲"_s, u"母亲"_s, u"13800000102"_s, utc("2026-11-09T07:00:00"), u"当面"_s};
    const qint64 ref1 = must(referrals.create(r1), "draft referral 1");
    at("2026-11-09T08:30:00");
    must(referrals.markGiven(ref1, utc("2026-11-09T08:15:00"), 7), "give referral 1");
    must(CrisisEvents(v).recordStep(event1, CrisisStep::Referral, utc("2026-11-09T08:15:00"), u"Fixture Lead"_s,
                                    u"转介单已交母亲（虚构）。"_s),
         "record a step");

    // 刘博文: the closed event, referral 2 (slip returned), a safety plan for 林晓雨 meanwhile.
    const qint64 event2 = closedEvent(v);
    at("2026-11-10T08:30:00");
    Referral r2 = draftReferral(v, u"F8102"_s, event2, s.hospital);
    r2.reason = u"考试前后情绪崩溃、失眠，持续一个月（观察所见，虚构）。"_s;
    r2.duration = u"约一个月"_s;
    r2.disclose = {Disclosure::Identity, Disclosure::Reason, Disclosure::Questions, Disclosure::Screening};
    r2.screeningText = u"PHQ-9 总分 12（2026-10-12，虚构）"_s;
    r2.consent = {u"刘德明"_s, u"祖父"_s, u"13800000201"_s, utc("2026-11-10T08:00:00"), u"电话"_s};
    const qint64 ref2 = must(referrals.create(r2), "draft referral 2");

    at("2026-11-10T09:00:00");
    SafetyPlanContent plan;
    plan.warningSigns = u"一个人待着时反复想起小猫（虚构）。"_s;
    plan.copingAlone = u"画画、听音乐、深呼吸（虚构）。"_s;
    plan.distractions = u"去图书馆，找同桌聊天（虚构）。"_s;
    plan.helpers = u"妈妈、班主任李老师、心理老师（虚构）。"_s;
    plan.professionals = u"12356 心理援助热线；夹具市第三人民医院儿少心理科（虚构）。"_s;
    plan.reasonToLive = u"明年和妈妈去看海（虚构）。"_s;
    must(SafetyPlans(v).save(studentId(v, u"F7101"_s), event1, plan, day("2026-11-24")), "save safety plan v1");

    at("2026-11-11T08:10:00");
    must(referrals.markGiven(ref2, utc("2026-11-11T08:00:00"), 10), "give referral 2");
    // Referral 3 (黄诗琪, to the centre, no event): given, then closed.
    at("2026-11-11T09:00:00");
    Referral r3 = draftReferral(v, u"F8103"_s, 0, s.centre);
    r3.reason = u"筛查第 9 题作答阳性，面谈中情绪低落（观察所见，虚构）。"_s;
    r3.urgency = Urgency::Routine;
    r3.consent = {u"黄建国"_s, u"父亲"_s, u"13800000401"_s, utc("2026-11-11T08:50:00"), u"电话"_s};
    const qint64 ref3 = must(referrals.create(r3), "draft referral 3");
    at("2026-11-11T09:40:00");
    must(referrals.markGiven(ref3, utc("2026-11-11T09:30:00")), "give referral 3");
    at("2026-11-12T09:00:00");
    must(CrisisEvents(v).recordStep(event1, CrisisStep::FollowUp, utc("2026-11-12T08:30:00"), u"Fixture Lead"_s,
                                    u"情绪平稳，按时上学（虚构）。"_s),
         "record a step");
    at("2026-11-13T12:00:00");
    must(referrals.markSeen(ref2, utc("2026-11-13T10:00:00")), "mark referral 2 seen");
    at("2026-11-16T08:00:00");
    ReturnSlip slip;
    slip.outcome = VisitOutcome::Seen;
    slip.visitedOn = day("2026-11-13");
    slip.department = u"儿少心理门诊（虚构）"_s;
    slip.treatments = {Treatment::Outpatient, Treatment::Psychotherapy};
    slip.fitness = SchoolFitness::TimeOff;
    slip.supportNeeded = u"建议休学两周后评估复学（虚构）。"_s;
    slip.nextVisit = day("2026-11-27");
    slip.diagnosis = u"（监护人同意告知）焦虑状态（虚构）"_s;
    slip.filledBy = u"医生"_s;
    slip.receivedOn = day("2026-11-16");
    must(referrals.recordSlip(ref2, slip, day("2026-11-23")), "enter referral 2's slip");

    // 刘博文's time off after the slip.
    at("2026-11-16T09:00:00");
    Absences absences(v);
    const qint64 absence = must(absences.start(studentId(v, u"F8102"_s), ref2, day("2026-11-17"),
                                               u"遵医嘱休学（虚构）。"_s),
                                "start a time off");
    at("2026-11-18T08:00:00");
    must(referrals.close(ref3, u"家长已自行带学生就诊，转介结束（虚构）。"_s), "close referral 3");
    at("2026-11-19T08:00:00");
    must(Directory(v).setActive(s.centre, false), "retire the centre");
    at("2026-11-20T08:00:00");
    must(CrisisEvents(v).close(event2, u"情绪平稳，已转介并安排休学（虚构）。"_s), "close a crisis event");
    // Referral 4 (马欣怡): drafted, never given.
    at("2026-11-20T09:00:00");
    Referral r4 = draftReferral(v, u"F8202"_s, 0, 0);
    r4.reason = u"近期频繁请假，待与家长沟通（虚构）。"_s;
    must(referrals.create(r4), "draft referral 4");

    at("2026-11-24T08:00:00");
    plan.helpers += u" 外婆（虚构）。"_s;
    plan.safeSurroundings = u"家中药品由妈妈保管（虚构）。"_s;
    plan.guardianName = u"许美玲"_s;
    plan.guardianSigned = true;
    must(SafetyPlans(v).save(studentId(v, u"F7101"_s), event1, plan, day("2026-12-08")), "save safety plan v2");

    at("2026-12-03T08:00:00");
    Absence back = must(absences.forStudent(studentId(v, u"F8102"_s)), "read a time off").first();
    if (back.id != absence) die("read a time off", u"not the one started"_s);
    back.certificateOn = day("2026-11-27");
    back.applicationOn = day("2026-11-30");
    back.assessmentOn = day("2026-12-02");
    back.assessment = u"复学评估：情绪稳定，睡眠改善（虚构）。"_s;
    back.assessmentPassed = true;
    back.returnedOn = day("2026-12-03");
    must(absences.update(back), "record the return");
    at("2026-12-03T09:00:00");
    SupportPlan support;
    support.studentId = studentId(v, u"F8102"_s);
    support.goals = u"复学后逐步恢复全天上课，每周一次面谈（虚构）。"_s;
    support.counselorDoes = u"每周三面谈（虚构）。"_s;
    support.teacherDoes = u"考试前单独沟通，减少当众点名（虚构）。"_s;
    support.guardianDoes = u"保证作息，按时复诊（虚构）。"_s;
    support.reviewOn = day("2026-12-17");
    must(SupportPlans(v).save(support), "save a support plan");
}

}  // namespace cd::fixture

#include "support/TestDocuments.h"

#include "crisis/Directory.h"
#include "crisis/Referrals.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace cd::test {

namespace {

crisis::Institution sampleHospital()
{
    crisis::Institution h;
    h.kind = crisis::InstitutionKind::Hospital;
    h.name = u"示例市精神卫生中心"_s;
    h.department = u"儿童青少年心理门诊"_s;
    h.address = u"示例区健康路 5 号"_s;
    h.phone = u"010-8888 0000"_s;
    return h;
}

crisis::Letterhead sampleLetterhead()
{
    crisis::Letterhead l;
    l.schoolName = u"示例市第一中学"_s;
    l.room = u"心理辅导室"_s;
    l.address = u"示例区学府路 12 号"_s;
    l.phone = u"010-6200 1234"_s;
    return l;
}

}  // namespace

crisis::ReferralDocumentData sampleReferralData()
{
    crisis::ReferralDocumentData d;
    d.letterhead = sampleLetterhead();
    d.referral.id = 1;
    d.referral.studentId = 1;
    d.referral.number = u"ZJ-2026-007"_s;
    d.referral.reason = u"近三周上课时常伏案哭泣，两次在课堂上离开教室，午饭几乎不吃。"_s;
    d.referral.duration = u"约三周"_s;
    d.referral.urgency = crisis::Urgency::Soon;
    d.referral.questions = u"是否需要调整体育课安排？"_s;
    d.referral.disclose = crisis::defaultDisclosures();
    d.referral.screeningText = u"PHQ-9 总分 17（2026-03-02）"_s;
    d.referral.sessionText = u"三次辅导中谈到与同学关系紧张。"_s;
    d.referral.consent.guardianName = u"李女士"_s;
    d.referral.consent.relation = u"母亲"_s;
    d.referral.consent.phone = u"138 0000 1234"_s;
    d.referral.consent.at = QDateTime(QDate(2026, 3, 4), QTime(16, 30));
    d.referral.slipDue = QDate(2026, 3, 12);
    d.student.id = 1;
    d.student.name = u"王小明"_s;
    d.student.sex = students::Sex::Male;
    d.student.birthDate = QDate(2011, 9, 1);
    d.student.grade = 8;
    d.student.klass = u"3"_s;
    d.destination = sampleHospital();
    d.counselorName = u"陈老师"_s;
    d.counselorPhone = u"010-6200 1234 转 801"_s;
    d.date = QDate(2026, 3, 5);
    return d;
}

crisis::SafetyPlanDocumentData sampleSafetyPlanData()
{
    const crisis::ReferralDocumentData r = sampleReferralData();
    crisis::SafetyPlanDocumentData s;
    s.letterhead = r.letterhead;
    s.student = r.student;
    s.counselorName = r.counselorName;
    s.counselorPhone = r.counselorPhone;
    s.date = r.date;
    s.plan.id = 1;
    s.plan.studentId = 1;
    s.plan.version = 2;
    s.plan.reviewOn = QDate(2026, 3, 19);
    crisis::SafetyPlanContent &c = s.plan.content;
    c.warningSigns = u"晚上睡不着，一直想考试的事"_s;
    c.copingAlone = u"听喜欢的歌；画画"_s;
    c.distractions = u"去奶奶家；学校图书馆"_s;
    c.helpers = u"妈妈；班主任张老师"_s;
    c.professionals = u"心理老师陈老师（周一至周五）"_s;
    c.safeSurroundings = u"家里的药由妈妈保管"_s;
    c.reasonToLive = u"我的小狗豆豆"_s;
    c.guardianName = u"李女士"_s;
    s.professionals << sampleHospital();
    return s;
}

QByteArray testLogoPng()
{
    QImage image(48, 48, QImage::Format_RGB32);
    image.fill(QColor(0x8b, 0x1a, 0x1a));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

qint64 addTestReferral(vault::Vault &vault, qint64 studentId, const QList<crisis::Disclosure> &disclose,
                       const QString &sessionText, const QString &screeningText)
{
    crisis::Directory directory(vault);
    qint64 hospital = 0;
    auto existing = directory.list(true);
    REQUIRE(existing.ok());
    for (const crisis::Institution &place : *existing)
        if (place.name == sampleHospital().name) hospital = place.id;
    if (!hospital) {
        auto added = directory.add(sampleHospital());
        REQUIRE(added.ok());
        hospital = *added;
    }
    crisis::Referral draft = sampleReferralData().referral;
    draft.id = 0;
    draft.number.clear();
    draft.studentId = studentId;
    draft.institutionId = hospital;
    draft.disclose = disclose;
    draft.sessionText = sessionText;
    draft.screeningText = screeningText;
    draft.slipDue = QDate();
    auto id = crisis::Referrals(vault).create(draft);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    INFO("pdftotext (poppler-utils) is needed: make deps installs it");
    REQUIRE_FALSE(tool.isEmpty());
    QProcess process;
    process.start(tool, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

}  // namespace cd::test

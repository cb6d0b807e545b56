// The referral's documents and the safety plan page as composed (core/crisis/Documents.h): what
// each holds, what it never holds (unticked items, a diagnosis nobody entered), escaping, and the
// language chosen per document whatever the interface speaks. Synthetic data only.

#include "crisis/Documents.h"
#include "support/TestDocuments.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QTextDocument>
#include <QTranslator>

using namespace cd;
using namespace cd::crisis;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

QString plain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

/// Every referral document in `language`, as plain text.
QStringList referralTexts(const ReferralDocumentData &data, const QString &language)
{
    return {plain(composeHospitalLetter(data, language)), plain(composeGuardianAdvice(data, language)),
            plain(composeReturnSlip(data, language))};
}

}  // namespace

TEST_CASE("documents: the hospital letter holds the minimal identity, the observation and the questions", "[documents]")
{
    const ReferralDocumentData data = sampleReferralData();
    const QString text = plain(composeHospitalLetter(data, u"en"_s));
    INFO(text.toStdString());
    for (const QString &expected :
         {u"Referral letter"_s, u"ZJ-2026-007"_s, u"5 March 2026"_s, u"示例市第一中学"_s, u"心理辅导室"_s,
          u"示例市精神卫生中心 儿童青少年心理门诊"_s, u"王小明"_s, u"Male"_s, u"14 years"_s, u"Grade 8"_s,
          u"近三周上课时常伏案哭泣"_s, u"约三周"_s, u"Can the student attend school as usual"_s,
          u"What support or precautions should the school provide"_s, u"是否需要调整体育课安排"_s, u"陈老师"_s,
          u"010-6200 1234 转 801"_s, u"School counselling room (stamp):"_s, u"School counselor (signature):"_s,
          u"Return slip"_s, u"cut along the dashed line"_s, u"it is not a medical judgement"_s})
        CHECK(text.contains(expected));
    // The class and the student number are not part of the minimal identity.
    CHECK_FALSE(text.contains(u"(3)"_s));
    // A school advises; it never names a condition.
    CHECK_FALSE(text.contains(u"diagnos"_s, Qt::CaseInsensitive));
}

TEST_CASE("documents: the age is counted at the document's date", "[documents]")
{
    ReferralDocumentData data = sampleReferralData();
    data.date = QDate(2026, 8, 31);
    CHECK(plain(composeHospitalLetter(data, u"en"_s)).contains(u"14 years"_s));
    data.date = QDate(2026, 9, 1);  // the birthday
    CHECK(plain(composeHospitalLetter(data, u"en"_s)).contains(u"15 years"_s));
    data.student.birthDate = QDate();
    CHECK_FALSE(plain(composeHospitalLetter(data, u"en"_s)).contains(u" years"_s));
}

TEST_CASE("documents: only ticked items reach the hospital letter", "[documents]")
{
    ReferralDocumentData data = sampleReferralData();
    data.referral.disclose = defaultDisclosures();
    QString text = plain(composeHospitalLetter(data, u"en"_s));
    CHECK_FALSE(text.contains(data.referral.screeningText));
    CHECK_FALSE(text.contains(data.referral.sessionText));
    CHECK_FALSE(text.contains(data.referral.consent.phone));
    CHECK_FALSE(text.contains(u"Screening results"_s));
    CHECK(text.contains(u"includes only: the student's name, sex, age and grade; what the school observed and for "
                        "how long; the school's questions for the doctor."_s));

    data.referral.disclose = {Disclosure::Identity, Disclosure::Reason, Disclosure::Questions, Disclosure::Screening,
                              Disclosure::SessionExcerpt, Disclosure::Contact};
    text = plain(composeHospitalLetter(data, u"en"_s));
    CHECK(text.contains(data.referral.screeningText));
    CHECK(text.contains(data.referral.sessionText));
    CHECK(text.contains(data.referral.consent.phone));
    CHECK(text.contains(u"李女士 (母亲)"_s));

    // Nothing but the reason: no name, no questions, and the tear-off slip does not name the student.
    data.referral.disclose = {Disclosure::Reason};
    text = plain(composeHospitalLetter(data, u"en"_s));
    CHECK(text.contains(data.referral.reason));
    CHECK_FALSE(text.contains(data.student.name));
    CHECK_FALSE(text.contains(u"Questions for the doctor"_s));
    CHECK_FALSE(text.contains(u"是否需要调整体育课安排"_s));
    CHECK(text.contains(u"The guardian will give the student's details in person."_s));
    data.referral.disclose = {Disclosure::Identity};
    CHECK_FALSE(plain(composeHospitalLetter(data, u"en"_s)).contains(data.referral.reason));
}

TEST_CASE("documents: a diagnosis appears only when the guardian shared one on the slip", "[documents]")
{
    ReferralDocumentData data = sampleReferralData();
    for (const QString &language : documentLanguages())
        for (const QString &text : referralTexts(data, language)) {
            CHECK_FALSE(text.contains(u"diagnos"_s, Qt::CaseInsensitive));
            CHECK_FALSE(text.contains(u"诊断"_s));
        }

    ReturnSlip slip;
    slip.outcome = VisitOutcome::Seen;
    slip.visitedOn = QDate(2026, 3, 9);
    slip.department = u"儿童青少年心理门诊"_s;
    slip.treatments = {Treatment::Outpatient, Treatment::Psychotherapy};
    slip.fitness = SchoolFitness::FitWithSupport;
    slip.supportNeeded = u"暂免长跑"_s;
    slip.filledBy = u"李女士"_s;
    data.referral.slip = slip;
    QString text = plain(composeReturnSlip(data, u"en"_s));
    INFO(text.toStdString());
    CHECK(text.contains(u"☑ Seen by a doctor"_s));
    CHECK(text.contains(u"☐ Declined the visit"_s));
    CHECK(text.contains(u"☑ Outpatient follow-up"_s));
    CHECK(text.contains(u"☐ Medication"_s));
    CHECK(text.contains(u"☑ Psychotherapy"_s));
    CHECK(text.contains(u"☑ Can attend school with support"_s));
    CHECK(text.contains(u"9 March 2026"_s));
    CHECK(text.contains(u"暂免长跑"_s));
    CHECK_FALSE(text.contains(u"diagnos"_s, Qt::CaseInsensitive));

    data.referral.slip->diagnosis = u"示例诊断文字"_s;
    text = plain(composeReturnSlip(data, u"en"_s));
    CHECK(text.contains(u"Diagnosis (shared by the guardian)"_s));
    CHECK(text.contains(u"示例诊断文字"_s));
    // The letter's tear-off slip is there to be filled in: blank, never the answers nor a diagnosis.
    const QString letter = plain(composeHospitalLetter(data, u"zh_CN"_s));
    CHECK_FALSE(letter.contains(u"示例诊断文字"_s));
    CHECK_FALSE(letter.contains(u"暂免长跑"_s));
    CHECK_FALSE(letter.contains(u"☑"_s));
    CHECK_FALSE(plain(composeGuardianAdvice(data, u"en"_s)).contains(u"示例诊断文字"_s));
}

TEST_CASE("documents: the advice to the guardian has the school's and the guardian's parts", "[documents]")
{
    const ReferralDocumentData data = sampleReferralData();
    const QString html = composeGuardianAdvice(data, u"en"_s);
    const QString text = plain(html);
    INFO(text.toStdString());
    CHECK(text.count(u"Advice to seek a medical consultation"_s) == 2);
    CHECK(text.contains(u"School's copy"_s));
    CHECK(text.contains(u"Guardian's copy"_s));
    CHECK(text.count(u"I have received this advice and understood it."_s) == 2);
    CHECK(text.count(u"Guardian's signature"_s) == 2);
    CHECK(text.contains(u"Dear 李女士,"_s));
    CHECK(text.contains(u"within the next few days"_s));
    CHECK(text.contains(u"by 12 March 2026"_s));
    CHECK(text.contains(u"010-8888 0000"_s));
    CHECK(html.contains(u"page-break-before: always"_s));  // the guardian's part on a page of its own
}

TEST_CASE("documents: the safety plan prints the six steps and the hotlines", "[documents]")
{
    SafetyPlanDocumentData data = sampleSafetyPlanData();
    data.plan.content.professionals.clear();
    for (const QString &language : documentLanguages()) {
        const QString text = plain(composeSafetyPlan(data, language));
        INFO(text.toStdString());
        for (const QString &expected : {u"12356"_s, u"12355"_s, u"120"_s, u"110"_s, u"示例市精神卫生中心"_s,
                                        u"010-8888 0000"_s, u"陈老师"_s, u"晚上睡不着"_s, u"听喜欢的歌"_s,
                                        u"去奶奶家"_s, u"班主任张老师"_s, u"家里的药由妈妈保管"_s, u"我的小狗豆豆"_s})
            CHECK(text.contains(expected));
    }
    const QString en = plain(composeSafetyPlan(data, u"en"_s));
    CHECK(en.contains(u"national psychological assistance hotline"_s));
    CHECK(en.contains(u"youth service line"_s));
    CHECK(en.contains(u"Guardian (signature):"_s));
    CHECK(en.contains(u"19 March 2026"_s));
    CHECK(en.contains(u"Version 2"_s));
    CHECK_FALSE(en.contains(u"Agreed with the guardian"_s));
    data.plan.content.guardianSigned = true;
    CHECK(plain(composeSafetyPlan(data, u"en"_s)).contains(u"Agreed with the guardian, 李女士."_s));
    const QString zh = plain(composeSafetyPlan(data, u"zh_CN"_s));
    CHECK(zh.contains(u"已与监护人李女士商定。"_s));
    CHECK(zh.contains(u"全国心理援助热线"_s));
    CHECK(zh.contains(u"青少年服务台"_s));
    CHECK(zh.contains(u"2026年3月19日"_s));
}

TEST_CASE("documents: every field is escaped, the logo is referenced only when there is one", "[documents]")
{
    ReferralDocumentData data = sampleReferralData();
    data.student.name = u"<b>Tom & \"Jerry\"</b>"_s;
    data.referral.reason = u"<img src=\"x\"> <script>alert(1)</script>"_s;
    data.letterhead.schoolName = u"A & B <School>"_s;
    for (const QString &html : {composeHospitalLetter(data, u"en"_s), composeGuardianAdvice(data, u"en"_s),
                                composeReturnSlip(data, u"en"_s)}) {
        CHECK_FALSE(html.contains(u"<b>Tom"_s));
        CHECK_FALSE(html.contains(u"<script>"_s));
        CHECK_FALSE(html.contains(u"<img src=\"x\">"_s));
        CHECK(html.contains(u"A &amp; B &lt;School&gt;"_s));
        CHECK_FALSE(html.contains(QString::fromLatin1(kLogoResource)));
    }
    CHECK(plain(composeHospitalLetter(data, u"en"_s)).contains(u"<b>Tom & \"Jerry\"</b>"_s));

    data.letterhead.logo = testLogoPng();
    CHECK(composeHospitalLetter(data, u"en"_s).contains(u"<img src=\"cd-logo://letterhead\""_s));
    // The letterhead is the header row of the page table: it repeats on every page.
    CHECK(composeHospitalLetter(data, u"en"_s).contains(u"<thead>"_s));
}

TEST_CASE("documents: each document speaks its own language, whatever the interface speaks", "[documents]")
{
    const ReferralDocumentData data = sampleReferralData();
    auto *chinese = new QTranslator(QCoreApplication::instance());
    REQUIRE(chinese->load(u":/i18n/counseldesk_zh_CN.qm"_s));
    QCoreApplication::installTranslator(chinese);
    const QString en = plain(composeHospitalLetter(data, u"en"_s));
    const QString zh = plain(composeHospitalLetter(data, u"zh_CN"_s));
    QCoreApplication::removeTranslator(chinese);
    delete chinese;
    // An English letter while the interface speaks Chinese.
    CHECK(en.contains(u"Referral letter"_s));
    CHECK(en.contains(u"Questions for the doctor"_s));
    CHECK_FALSE(en.contains(u"转介函"_s));
    // And a Chinese letter while it speaks English.
    const QString zhWhileEnglish = plain(composeHospitalLetter(data, u"zh_CN"_s));
    CHECK(zh == zhWhileEnglish);
    INFO(zh.toStdString());
    CHECK(zh.contains(u"转介函"_s));
    CHECK(zh.contains(u"2026年3月5日"_s));
    CHECK(zh.contains(u"14岁"_s));
    CHECK(zh.contains(u"初二"_s));
    CHECK(zh.contains(u"男"_s));
    CHECK_FALSE(zh.contains(u"Referral letter"_s));
    CHECK_FALSE(zh.contains(u"Questions for the doctor"_s));
    CHECK(plain(composeGuardianAdvice(data, u"zh_CN"_s)).contains(u"监护人留存联"_s));
}

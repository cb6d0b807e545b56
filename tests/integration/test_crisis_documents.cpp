// The letterhead, the printed documents kept in the vault, what a referral's documents are
// composed from (never a private note), and counseldesk-cli referral list|letter on a real vault.
// Synthetic data only.

#include "audit/AuditTarget.h"
#include "cases/CaseRepository.h"
#include "crisis/CrisisAudit.h"
#include "crisis/DocumentData.h"
#include "crisis/Documents.h"
#include "crisis/Letterhead.h"
#include "crisis/PrintedDocuments.h"
#include "crisis/Referrals.h"
#include "support/CliRun.h"
#include "support/TempVault.h"
#include "support/TestDocuments.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextDocument>

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

CliRun cli(const QStringList &args) { return runCliAsLead(args); }

PrintedDocument letterFor(qint64 studentId, qint64 referralId, const QString &body)
{
    PrintedDocument d;
    d.studentId = studentId;
    d.referralId = referralId;
    d.kind = DocumentKind::HospitalLetter;
    d.language = u"zh_CN"_s;
    d.body = body;
    return d;
}

}  // namespace

TEST_CASE("letterhead: the lead keeps it, a logo must be a small PNG or JPEG, every change is audited",
          "[crisis][documents]")
{
    TempVault tv;
    auto vault = tv.open();
    LetterheadStore store(*vault);
    auto empty = store.load();
    REQUIRE(empty.ok());
    CHECK(empty->schoolName == vault->school().name);
    CHECK(empty->room.isEmpty());
    CHECK(empty->logo.isEmpty());

    Letterhead letterhead;
    letterhead.room = u"  心理辅导室 "_s;
    letterhead.address = u"示例区学府路 12 号"_s;
    letterhead.phone = u"010-6200 1234"_s;
    letterhead.logo = testLogoPng();
    REQUIRE(store.save(letterhead).ok());
    auto loaded = store.load();
    REQUIRE(loaded.ok());
    CHECK(loaded->room == u"心理辅导室"_s);
    CHECK(loaded->address == letterhead.address);
    CHECK(loaded->phone == letterhead.phone);
    CHECK(loaded->logo == letterhead.logo);
    auto row = vault->audit().latest(audit::action::LetterheadChanged);
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    CHECK((*row)->detail == u"logo %1 bytes"_s.arg(letterhead.logo.size()));

    SECTION("a logo that is no picture, or too large, is refused and nothing changes")
    {
        Letterhead bad = letterhead;
        bad.room = u"别的名字"_s;
        bad.logo = QByteArray("GIF89a not a png at all");
        Status st = store.save(bad);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == ErrorCode::InvalidInput);
        CHECK(st.error().message.contains(u"PNG or JPEG"_s));
        bad.logo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(LetterheadStore::kMaxLogoBytes, 'x');
        st = store.save(bad);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().message.contains(u"at most 1024 KB"_s));
        CHECK(store.load()->room == u"心理辅导室"_s);
        CHECK(LetterheadStore::looksLikeImage(QByteArray("\xff\xd8\xff\xe0", 4)));
        CHECK_FALSE(LetterheadStore::looksLikeImage(QByteArray("\x89PNX", 4)));
    }
    SECTION("a counselor may not change it")
    {
        REQUIRE(vault->addUser(u"wang"_s, u"王老师"_s, vault::Role::Counselor, u"wang passphrase 1"_s).ok());
        vault.reset();
        auto counselor = tv.open(u"wang"_s, u"wang passphrase 1"_s);
        const Status st = LetterheadStore(*counselor).save(Letterhead{});
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == ErrorCode::PermissionDenied);
        CHECK(LetterheadStore(*counselor).load()->logo == testLogoPng());
    }
}

TEST_CASE("printed documents: the exact text is kept and audited with the referral's number", "[crisis][documents]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 student = addTestStudent(*vault, u"D1"_s, u"王小明"_s, QDate(2011, 9, 1), 8);
    const qint64 other = addTestStudent(*vault, u"D2"_s, u"李小红"_s, QDate(2012, 1, 1), 7);
    const qint64 referralId = addTestReferral(*vault, student, defaultDisclosures());
    auto referral = Referrals(*vault).get(referralId);
    REQUIRE(referral.ok());

    PrintedDocuments printed(*vault);
    auto first = printed.record(letterFor(student, referralId, u"<p>第一版</p>"_s));
    REQUIRE(first.ok());
    auto second = printed.record(letterFor(student, referralId, u"<p>改过的第二版</p>"_s));
    REQUIRE(second.ok());
    auto row = vault->audit().latest(audit::action::DocumentPrinted);
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    CHECK((*row)->target == audit::studentTarget(student));
    CHECK((*row)->detail == audit::referralDetail(referral->number) + u" hospital_letter zh_CN"_s);

    auto latest = printed.latestForReferral(referralId, DocumentKind::HospitalLetter);
    REQUIRE(latest.ok());
    REQUIRE(latest->has_value());
    CHECK((*latest)->id == *second);
    CHECK((*latest)->body == u"<p>改过的第二版</p>"_s);
    CHECK((*latest)->printedBy == kLeadLogin);
    CHECK((*latest)->printedAt.isValid());
    CHECK_FALSE(printed.latestForReferral(referralId, DocumentKind::GuardianAdvice)->has_value());
    auto list = printed.forStudent(student);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == *second);
    CHECK(printed.forStudent(other)->isEmpty());

    // Refused, with nothing written: no text, an unknown language, another student's referral.
    CHECK(printed.record(letterFor(student, referralId, u"  "_s)).error().code == ErrorCode::InvalidInput);
    PrintedDocument french = letterFor(student, referralId, u"<p>x</p>"_s);
    french.language = u"fr"_s;
    CHECK_FALSE(printed.record(french).ok());
    CHECK(printed.record(letterFor(other, referralId, u"<p>x</p>"_s)).error().code == ErrorCode::NotFound);
    CHECK(printed.forStudent(student)->size() == 2);
}

TEST_CASE("documents: a referral's documents never hold a private note or an unticked session text",
          "[crisis][documents][private]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 student = addTestStudent(*vault, u"P1"_s, u"赵同学"_s, QDate(2010, 5, 20), 10);
    const QString privateWords = u"PRIVATE-NOTE-WORDS-7f3a 只写给自己看的推测"_s;
    const QString sessionWords = u"SESSION-RECORD-WORDS-52c1 第三次辅导的记录"_s;
    cases::CaseRepository repo(*vault);
    cases::Session session;
    session.caseId = addTestCase(*vault, student, u"emotions"_s);
    session.heldOn = QDate::currentDate();
    session.author = kLeadLogin;
    session.presenting = sessionWords;
    auto sessionId = repo.saveSession(session, privateWords);
    REQUIRE(sessionId.ok());
    REQUIRE(repo.privateNote(*sessionId)->has_value());

    const QString excerpt = u"EXCERPT-THE-COUNSELOR-CHOSE 学生同意分享的摘要"_s;
    const qint64 unticked = addTestReferral(*vault, student, defaultDisclosures(), excerpt);
    const qint64 ticked = addTestReferral(*vault, student,
                                          {Disclosure::Identity, Disclosure::Reason, Disclosure::SessionExcerpt}, excerpt);
    for (const qint64 id : {unticked, ticked}) {
        auto data = referralDocumentData(*vault, id, QDate(2026, 3, 5));
        REQUIRE(data.ok());
        CHECK(data->student.name == u"赵同学"_s);
        CHECK(data->destination.has_value());
        CHECK(data->counselorName == vault->currentUser().displayName);
        for (const QString &language : documentLanguages())
            for (const QString &html : {composeHospitalLetter(*data, language), composeGuardianAdvice(*data, language),
                                        composeReturnSlip(*data, language)}) {
                const QString text = plain(html);
                CHECK_FALSE(text.contains(u"PRIVATE-NOTE-WORDS"_s));
                CHECK_FALSE(text.contains(u"只写给自己看的推测"_s));
                CHECK_FALSE(text.contains(u"SESSION-RECORD-WORDS"_s));
            }
        CHECK(plain(composeHospitalLetter(*data, u"en"_s)).contains(u"EXCERPT-THE-COUNSELOR-CHOSE"_s) == (id == ticked));
    }
}

TEST_CASE("cli: referral list prints numbers, statuses and dates, never a name", "[crisis][cli]")
{
    TempVault tv;
    QString number;
    {
        auto vault = tv.open();
        const qint64 student = addTestStudent(*vault, u"L1"_s, u"孙悟空"_s, QDate(2011, 2, 3), 8);
        const qint64 id = addTestReferral(*vault, student, defaultDisclosures());
        number = Referrals(*vault).get(id)->number;
    }
    const CliRun run = cli({u"referral"_s, u"list"_s, tv.dir()});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == u"number\tstatus\tcreated\tgiven\tslip_due\tslip_returned\tclosed"_s);
    const QStringList fields = lines[1].split(u'\t');
    REQUIRE(fields.size() == 7);
    CHECK(fields[0] == number);
    CHECK(fields[1] == u"drafted"_s);
    CHECK(QDate::fromString(fields[2], Qt::ISODate).isValid());
    CHECK(fields[3] == u"-"_s);
    CHECK_FALSE(run.out.contains(u"孙悟空"_s));
    CHECK_FALSE(run.out.contains(u"L1"_s));
}

TEST_CASE("cli: referral letter writes the PDF, keeps what left and says what is wrong", "[crisis][cli][documents]")
{
    TempVault tv;
    QString number;
    qint64 referralId = 0;
    {
        auto vault = tv.open();
        const qint64 student = addTestStudent(*vault, u"L2"_s, u"猪八戒"_s, QDate(2011, 2, 3), 8);
        referralId = addTestReferral(*vault, student, defaultDisclosures());
        number = Referrals(*vault).get(referralId)->number;
    }
    QTemporaryDir out;
    const QString pdf = out.filePath(u"letter.pdf"_s);

    SECTION("composed, then the stored text")
    {
        CliRun run = cli({u"referral"_s, u"letter"_s, tv.dir(), u"--referral"_s, number, u"--out"_s, pdf});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.trimmed() == QStringList{number, u"hospital_letter"_s, u"zh_CN"_s, u"composed"_s, pdf}.join(u'\t'));
        CHECK_FALSE(QFile::exists(pdf + u".part"_s));
        const QString text = pdfText(pdf);
        CHECK(text.contains(u"猪八戒"_s));
        CHECK(text.contains(number));
        {
            auto vault = tv.open();
            auto kept = PrintedDocuments(*vault).latestForReferral(referralId, DocumentKind::HospitalLetter);
            REQUIRE(kept->has_value());
            CHECK(plain((*kept)->body).contains(u"猪八戒"_s));
            auto row = vault->audit().latest(audit::action::DocumentPrinted);
            REQUIRE(row->has_value());
            CHECK((*row)->detail == audit::referralDetail(number) + u" hospital_letter zh_CN"_s);
            // The counselor's edit, printed from the preview, is what the CLI renders next.
            REQUIRE(PrintedDocuments(*vault)
                        .record(letterFor((*kept)->studentId, referralId, u"<p>EDITED-LETTER-TEXT 已修改</p>"_s))
                        .ok());
        }
        run = cli({u"referral"_s, u"letter"_s, tv.dir(), u"--referral"_s, number, u"--out"_s, pdf});
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(u"\tstored\t"_s));
        CHECK(pdfText(pdf).contains(u"EDITED-LETTER-TEXT"_s));

        run = cli({u"referral"_s, u"letter"_s, tv.dir(), u"--referral"_s, number, u"--out"_s, pdf, u"--kind"_s,
                   u"guardian"_s, u"--language"_s, u"en"_s});
        REQUIRE(run.exitCode == 0);
        const QString advice = pdfText(pdf);
        CHECK(advice.contains(u"Guardian's copy"_s));
        CHECK(advice.contains(u"Advice to seek a medical consultation"_s));
        auto vault = tv.open();
        CHECK(PrintedDocuments(*vault).latestForReferral(referralId, DocumentKind::GuardianAdvice)->has_value());
    }
    SECTION("an unknown number: a clear error, exit 1, no file")
    {
        const CliRun run = cli({u"referral"_s, u"letter"_s, tv.dir(), u"--referral"_s, u"ZJ-1999-999"_s, u"--out"_s, pdf});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"ZJ-1999-999"_s));
        CHECK_FALSE(QFile::exists(pdf));
    }
    SECTION("an --out that cannot be written: an error, exit 1, nothing left and nothing recorded")
    {
        const QString nowhere = out.filePath(u"no such folder/letter.pdf"_s);
        const CliRun run = cli({u"referral"_s, u"letter"_s, tv.dir(), u"--referral"_s, number, u"--out"_s, nowhere});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"could not be written"_s));
        CHECK_FALSE(QFile::exists(nowhere));
        CHECK(QDir(out.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
        auto vault = tv.open();
        CHECK_FALSE(PrintedDocuments(*vault).latestForReferral(referralId, DocumentKind::HospitalLetter)->has_value());
    }
    SECTION("usage errors exit 2")
    {
        CHECK(cli({u"referral"_s, u"letter"_s, tv.dir(), u"--out"_s, pdf}).exitCode == 2);
        CHECK(cli({u"referral"_s, u"letter"_s, tv.dir(), u"--referral"_s, number}).exitCode == 2);
        CHECK(cli({u"referral"_s, u"letter"_s, tv.dir(), u"--referral"_s, number, u"--out"_s, pdf, u"--kind"_s,
                   u"poem"_s}).exitCode == 2);
        CHECK(cli({u"referral"_s, u"letter"_s, tv.dir(), u"--referral"_s, number, u"--out"_s, pdf, u"--language"_s,
                   u"fr"_s}).exitCode == 2);
        CHECK(cli({u"referral"_s, u"frobnicate"_s}).exitCode == 2);
    }
}

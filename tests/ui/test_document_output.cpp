// Printed documents as PDF files, read back with poppler's pdftotext and pdfinfo: the Chinese text
// extracts, a long letter continues on a second page under the letterhead, a logo that is no
// picture is reported and left out, a path that cannot be written leaves nothing. With
// CD_DOCUMENT_PNG_DIR set, every page is also rendered to PNG there (pdftoppm) to be looked at.

#include "crisis/Documents.h"
#include "common/DocumentOutput.h"
#include "support/TestDocuments.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace cd;
using namespace cd::crisis;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

QString poppler(const QString &tool, const QStringList &args)
{
    const QString path = QStandardPaths::findExecutable(tool);
    INFO((tool + u" (poppler-utils) is needed: make deps installs it"_s).toStdString());
    REQUIRE_FALSE(path.isEmpty());
    QProcess process;
    process.start(path, args);
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args = {u"-layout"_s};
    if (page > 0) args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    return poppler(u"pdftotext"_s, args << pdf << u"-"_s);
}

int pageCount(const QString &pdf)
{
    const QString info = poppler(u"pdfinfo"_s, {pdf});
    for (const QString &line : info.split(u'\n'))
        if (line.startsWith(u"Pages:"_s)) return line.mid(6).trimmed().toInt();
    return 0;
}

/// Renders the PDF's pages as PNG into CD_DOCUMENT_PNG_DIR, when set (to look at them).
void keepPictures(const QString &pdf, const QString &name)
{
    const QString dir = qEnvironmentVariable("CD_DOCUMENT_PNG_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(dir);
    poppler(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, pdf, QDir(dir).filePath(name)});
}

QString write(const QString &html, const QByteArray &logo, const QString &path, QString *warning = nullptr)
{
    const QString error = ui::writeDocumentPdf(html, logo, path, u"test"_s, warning);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    REQUIRE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + u".part"_s));
    return pdfText(path);
}

}  // namespace

TEST_CASE("document pdf: every document prints in Chinese and the text extracts", "[documents][pdf]")
{
    QTemporaryDir dir;
    ReferralDocumentData data = sampleReferralData();
    data.letterhead.logo = testLogoPng();
    const QString letter = write(composeHospitalLetter(data, u"zh_CN"_s), data.letterhead.logo,
                                 dir.filePath(u"letter.pdf"_s));
    INFO(letter.toStdString());
    for (const QString &expected : {u"示例市第一中学"_s, u"转介函"_s, u"ZJ-2026-007"_s, u"王小明"_s, u"初二"_s,
                                    u"14岁"_s, u"近三周上课时常伏案哭泣"_s, u"示例市精神卫生中心"_s, u"回执"_s,
                                    u"陈老师"_s})
        CHECK(letter.contains(expected));
    keepPictures(dir.filePath(u"letter.pdf"_s), u"zh-hospital-letter"_s);

    const QString advice = write(composeGuardianAdvice(data, u"zh_CN"_s), data.letterhead.logo,
                                 dir.filePath(u"advice.pdf"_s));
    CHECK(advice.contains(u"学校留存联"_s));
    CHECK(advice.contains(u"监护人留存联"_s));
    CHECK(advice.contains(u"监护人签名"_s));
    CHECK(pageCount(dir.filePath(u"advice.pdf"_s)) == 2);
    keepPictures(dir.filePath(u"advice.pdf"_s), u"zh-guardian-advice"_s);

    const QString slip = write(composeReturnSlip(data, u"zh_CN"_s), data.letterhead.logo, dir.filePath(u"slip.pdf"_s));
    CHECK(slip.contains(u"回执"_s));
    CHECK(pageCount(dir.filePath(u"slip.pdf"_s)) == 1);
    keepPictures(dir.filePath(u"slip.pdf"_s), u"zh-return-slip"_s);

    SafetyPlanDocumentData plan = sampleSafetyPlanData();
    plan.letterhead.logo = testLogoPng();
    const QString planText = write(composeSafetyPlan(plan, u"zh_CN"_s), plan.letterhead.logo,
                                   dir.filePath(u"plan.pdf"_s));
    CHECK(planText.contains(u"12356"_s));
    CHECK(planText.contains(u"我的小狗豆豆"_s));
    CHECK(pageCount(dir.filePath(u"plan.pdf"_s)) == 1);  // one page for the student and the guardian
    keepPictures(dir.filePath(u"plan.pdf"_s), u"zh-safety-plan"_s);

    const QString english = write(composeHospitalLetter(data, u"en"_s), {}, dir.filePath(u"letter-en.pdf"_s));
    CHECK(english.contains(u"Referral letter"_s));
    keepPictures(dir.filePath(u"letter-en.pdf"_s), u"en-hospital-letter"_s);
    write(composeSafetyPlan(plan, u"en"_s), plan.letterhead.logo, dir.filePath(u"plan-en.pdf"_s));
    keepPictures(dir.filePath(u"plan-en.pdf"_s), u"en-safety-plan"_s);
}

TEST_CASE("document pdf: a long letter continues on the next page under the letterhead", "[documents][pdf]")
{
    QTemporaryDir dir;
    ReferralDocumentData data = sampleReferralData();
    QStringList observed;
    for (int i = 1; i <= 60; ++i) observed << u"第%1条观察：课间独自坐在座位上，不与同学交谈。"_s.arg(i);
    data.referral.reason = observed.join(u'\n');
    const QString path = dir.filePath(u"long.pdf"_s);
    write(composeHospitalLetter(data, u"zh_CN"_s), {}, path);
    const int pages = pageCount(path);
    CHECK(pages >= 2);
    for (int page = 2; page <= pages; ++page) {
        const QString text = pdfText(path, page);
        INFO("page " << page << ": " << text.toStdString());
        // (Qt also writes the line cut at the page's foot, clipped out of sight, into the next page's
        // text: the letterhead comes first in what can be seen, not always in the text layer.)
        CHECK(text.contains(u"示例市第一中学"_s));
        CHECK(text.contains(u"心理辅导室 · 示例区学府路 12 号"_s));
    }
    CHECK(pdfText(path, 2).contains(u"第60条观察"_s) != pdfText(path, 1).contains(u"第60条观察"_s));
    keepPictures(path, u"zh-long-letter"_s);
}

TEST_CASE("document pdf: a logo that is no picture is reported and the document prints without it", "[documents][pdf]")
{
    QTemporaryDir dir;
    ReferralDocumentData data = sampleReferralData();
    data.letterhead.logo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray("garbage, not a picture");
    const QString html = composeHospitalLetter(data, u"zh_CN"_s);
    REQUIRE(html.contains(QString::fromLatin1(kLogoResource)));
    QString warning;
    const QString text = write(html, data.letterhead.logo, dir.filePath(u"nologo.pdf"_s), &warning);
    CHECK(warning.contains(u"logo"_s));
    CHECK(text.contains(u"王小明"_s));

    QTextDocument document;
    CHECK(ui::prepareDocument(document, html, data.letterhead.logo) == warning);
    CHECK_FALSE(document.toHtml().contains(QString::fromLatin1(kLogoResource)));
    // A good logo is an image resource of the document.
    QTextDocument withLogo;
    CHECK(ui::prepareDocument(withLogo, html, testLogoPng()).isEmpty());
    CHECK_FALSE(withLogo.resource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(kLogoResource))).isNull());
}

TEST_CASE("document pdf: a path that cannot be written says so and leaves nothing", "[documents][pdf]")
{
    QTemporaryDir dir;
    const QString html = composeReturnSlip(sampleReferralData(), u"en"_s);
    for (const QString &path : {dir.filePath(u"missing folder/slip.pdf"_s), dir.path()}) {
        const QString error = ui::writeDocumentPdf(html, {}, path, u"test"_s);
        CHECK(error.contains(u"could not be written"_s));
    }
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const QString readOnly = dir.filePath(u"slip.pdf"_s);
    const QString error = ui::writeDocumentPdf(html, {}, readOnly, u"test"_s);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!QFileInfo(dir.path()).isWritable() || error.isEmpty())  // root writes anywhere: skip that part
        SUCCEED("running with permissions that ignore a read-only folder");
    else
        CHECK(error.contains(u"could not be written"_s));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size() == (error.isEmpty() ? 1 : 0));

    // Committing a part replaces an older file of that name.
    const QString target = dir.filePath(u"again.pdf"_s);
    QFile old(target);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    REQUIRE(ui::writeDocumentPdf(html, {}, target, u"test"_s).isEmpty());
    CHECK(QFileInfo(target).size() > 1000);
    {
        ui::PdfFile abandoned(dir.filePath(u"abandoned.pdf"_s));
        QTextDocument document;
        ui::prepareDocument(document, html, {});
        REQUIRE(abandoned.write(document, u"test"_s).isEmpty());
        CHECK(QFile::exists(abandoned.partPath()));
    }
    CHECK_FALSE(QFile::exists(dir.filePath(u"abandoned.pdf.part"_s)));
    CHECK_FALSE(QFile::exists(dir.filePath(u"abandoned.pdf"_s)));
}

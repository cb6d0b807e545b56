// The last guard on a real vault: a student's name planted in a table's label, a guardian's phone
// in the PDF's text, a sentence of a session note in the PDF, a name that only the workbook holds
// (compressed, so no plain byte search would find it) and one only manifest.json holds each stop
// the export, with a message
// naming the kind and not the text, and nothing written. A clean summary passes, also when a
// two-character name is part of a label's word.

#include "district/LeakGuard.h"
#include "district/Package.h"
#include "district/PackageFiles.h"

#include "cases/CaseRepository.h"
#include "students/StudentRepository.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"
#include "support/TestSummary.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace cd;
using namespace cd::district;
using namespace Qt::StringLiterals;

namespace {

const QString kName = u"欧阳明月"_s;
const QString kShortName = u"健康"_s;
const QString kPhone = u"139 8765 4321"_s;
const QString kNote = u"最近和同桌发生冲突，晚上经常失眠，担心期末考试成绩下滑。"_s;

/// A vault with two students (one named like a word), a guardian's phone and a session note.
void fillVault(vault::Vault &vault)
{
    const qint64 student = test::addTestStudent(vault, u"202600777"_s, kName, QDate(2012, 5, 17));
    test::addTestStudent(vault, u"202600778"_s, kShortName, QDate(2012, 6, 1));
    students::StudentRepository students(vault);
    students::GrowthRecord record;
    record.guardians << students::Guardian{0, u"母亲"_s, u"mother"_s, kPhone, QString()};
    REQUIRE(students.saveGrowthRecord(student, record).ok());
    cases::CaseRepository cases(vault);
    cases::Session session;
    session.caseId = test::addTestCase(vault, student);
    session.heldOn = QDate::currentDate();
    session.observations = kNote;
    session.author = test::kLeadLogin;
    REQUIRE(cases.saveSession(session).ok());
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

/// The export's refusal; REQUIREs one, and that nothing was written.
QString stopped(const Summary &s, const RenderedPdf &pdf, const LeakGuard &guard)
{
    QTemporaryDir drive;
    auto report = writePackage(s, test::pdfOf(s, pdf), drive.path(), guard);
    REQUIRE_FALSE(report.ok());
    CHECK(entries(drive.path()).isEmpty());
    const QString message = report.error().message;
    // Where, and that nothing was written; never what was found.
    CHECK(message.contains(QDir::toNativeSeparators(drive.path())));
    CHECK(message.contains(u"Nothing was written"_s));
    CHECK_FALSE(message.contains(kName));
    CHECK_FALSE(message.contains(kPhone));
    CHECK_FALSE(message.contains(u"失眠"_s));
    return message;
}

}  // namespace

TEST_CASE("The last guard stops a package that holds what the vault knows of a student", "[district][leakguard]")
{
    test::TempVault tv(true);
    vault::Vault &vault = *tv.created();
    fillVault(vault);
    auto guard = LeakGuard::fromVault(vault);
    REQUIRE(guard.ok());
    CHECK(guard->needleCount() > 20);

    Summary s = test::makeTestSummary();
    s.tables[1].title = u"心理健康教育课"_s;  // "健康" is a student's name, and a word here
    const RenderedPdf pdf{QByteArray("%PDF-1.4\n%%EOF\n"), u"学期汇总 心理健康教育课 2026 autumn"_s, {}};

    SECTION("a clean package passes")
    {
        QTemporaryDir drive;
        auto report = writePackage(s, test::pdfOf(s, pdf), drive.path(), *guard);
        INFO((report ? QString() : report.error().message).toStdString());
        CHECK(report.ok());
    }
    SECTION("a student's name in a table's label")
    {
        s.tables[0].rows[1].label = u"初一"_s + kName + u"班"_s;
        const QString message = stopped(s, pdf, *guard);
        CHECK(message.contains(LeakGuard::kindName(LeakGuard::Kind::Name)));
        CHECK(message.contains(u".csv"_s));  // the first file searched that holds it
    }
    SECTION("a guardian's phone number in the PDF's text")
    {
        const RenderedPdf leaky{pdf.bytes, pdf.text + u"\n联系电话 13987654321"_s, {}};
        const QString message = stopped(s, leaky, *guard);
        CHECK(message.contains(LeakGuard::kindName(LeakGuard::Kind::GuardianPhone)));
        CHECK(message.contains(u"summary.pdf"_s));
    }
    SECTION("a sentence of a session note in the PDF's text")
    {
        const RenderedPdf leaky{pdf.bytes, pdf.text + u"\n备注：晚上经常失眠，担心期末考试成绩下滑"_s, {}};
        CHECK(stopped(s, leaky, *guard).contains(LeakGuard::kindName(LeakGuard::Kind::NoteText)));
    }
    SECTION("a birth date in a footnote")
    {
        s.tables[0].note = u"截至2012年5月17日"_s;
        CHECK(stopped(s, pdf, *guard).contains(LeakGuard::kindName(LeakGuard::Kind::BirthDate)));
    }
    SECTION("a name only the workbook holds")
    {
        Summary named = s;
        named.tables[0].title = kName;
        auto leakyXlsx = summaryXlsx(named);
        REQUIRE(leakyXlsx.ok());
        REQUIRE_FALSE(leakyXlsx->contains(kName.toUtf8()));  // compressed: a byte search would miss it
        auto contents = packageContents(s, pdf);
        REQUIRE(contents.ok());
        for (PackageContent &c : *contents)
            if (c.name == u"summary.xlsx"_s) c.bytes = *leakyXlsx;
        const QString folder = u"/media/usb/summary_G4401"_s;
        const Status status = checkForLeaks(*contents, pdf, *guard, folder);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(u"summary.xlsx"_s));
        CHECK(status.error().message.contains(QDir::toNativeSeparators(folder)));
        CHECK(status.error().message.contains(LeakGuard::kindName(LeakGuard::Kind::Name)));
        CHECK_FALSE(status.error().message.contains(kName));
        // The clean workbook passes.
        CHECK(checkForLeaks(*packageContents(s, pdf), pdf, *guard, folder).ok());
    }
    SECTION("a name only manifest.json holds")
    {
        auto contents = packageContents(s, pdf);
        REQUIRE(contents.ok());
        contents->append(PackageContent{u"manifest.json"_s, manifestJson(s.header, {})});
        CHECK(checkForLeaks(*contents, pdf, *guard, u"/media/usb/summary_G4401"_s).ok());
        SummaryHeader named = s.header;
        named.generator = kName;
        contents->last().bytes = manifestJson(named, {});
        const Status status = checkForLeaks(*contents, pdf, *guard, u"/media/usb/summary_G4401"_s);
        REQUIRE_FALSE(status.ok());
        CHECK(status.error().message.contains(u"manifest.json"_s));
    }
}

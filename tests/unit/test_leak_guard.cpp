// The last guard's search (core/district/LeakGuard): each kind of needle found where a report
// might print it, and the documented choices against false positives (a two-character name inside
// an ordinary word, a short student number that is also a count, digits around a date); a PDF's
// own bytes (its Info dictionary, its XMP metadata) and manifest.json searched too.

#include "district/LeakGuard.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

using namespace cd::district;
using namespace Qt::StringLiterals;
using Kind = LeakGuard::Kind;

TEST_CASE("Leak guard: names", "[district][leakguard]")
{
    LeakGuard guard;
    guard.addName(u"欧阳明月"_s);
    guard.addName(u"健康"_s);  // a two-character name that is also a word of the tables' labels
    guard.addName(u"Anna Li"_s);
    guard.addName(u"王"_s);    // one character: not searched

    CHECK(guard.firstHit(u"初一（3）班欧阳明月的筛查"_s) == Kind::Name);  // three or more Han characters: anywhere
    CHECK(guard.firstHit(u"心理健康教育课,12,30"_s) == std::nullopt);        // inside a word: not a name
    CHECK(guard.firstHit(u"Grade 7,健康,12"_s) == Kind::Name);             // standing alone: a name
    CHECK(guard.firstHit(u"\"label\": \"健康\""_s) == Kind::Name);
    CHECK(guard.firstHit(u"Seen: ANNA LI (grade 7)"_s) == Kind::Name);      // case does not hide it
    CHECK(guard.firstHit(u"Annabel Lin"_s) == std::nullopt);
    CHECK(guard.firstHit(u"王老师,国王"_s) == std::nullopt);
    CHECK(guard.firstHit(u"Ｈｅｌｌｏ　欧阳明月"_s) == Kind::Name);          // full-width text normalised
    // A long text is normalised in pieces (a megabyte of a PDF's structure): a name written
    // full-width across where a piece would end is still found.
    for (const int at : {4090, 4093, 8185}) {
        INFO(at);
        CHECK(guard.firstHit(QString(at, u'x') + u" ＡＮＮＡ ＬＩ "_s + QString(9000, u'½')) == Kind::Name);
    }
    CHECK(guard.firstHit(QString(20000, u'½') + u" annabel lin"_s) == std::nullopt);
}

TEST_CASE("Leak guard: student numbers, birth dates and phone numbers", "[district][leakguard]")
{
    LeakGuard guard;
    guard.addStudentNumber(u"202600123"_s);
    guard.addStudentNumber(u"4321"_s);    // digits only and under seven: cannot be told from a count
    guard.addStudentNumber(u"120000"_s);  // nor from the school's funding in yuan
    guard.addStudentNumber(u"G44A"_s);
    guard.addBirthDate(QDate(2012, 3, 4));
    guard.addPhone(u"138 1234 5678"_s);

    CHECK(guard.firstHit(u"no. 202600123,"_s) == Kind::StudentNumber);
    CHECK(guard.firstHit(u"12026001234"_s) == std::nullopt);  // part of a longer number
    CHECK(guard.firstHit(u"Total,4321,56"_s) == std::nullopt);  // short, digits only: never as a figure
    CHECK(guard.firstHit(u"Funding (yuan),120000"_s) == std::nullopt);
    CHECK(guard.firstHit(u"<v>4321</v>"_s) == std::nullopt);
    CHECK(guard.firstHit(u"\"value\": 120000,"_s) == std::nullopt);
    CHECK(guard.firstHit(u"12.4321"_s) == std::nullopt);
    CHECK(guard.firstHit(u"class g44a"_s) == Kind::StudentNumber);
    CHECK(guard.firstHit(u"class g44a."_s) == Kind::StudentNumber);

    for (const QString &date : {u"2012-03-04"_s, u"2012/3/4"_s, u"20120304"_s, u"2012年3月4日"_s, u"2012年03月04日"_s,
                                u"born 4 March 2012"_s, u"04/03/2012"_s})
        CHECK(guard.firstHit(u"x "_s + date + u" y"_s) == Kind::BirthDate);
    CHECK(guard.firstHit(u"2012-03-041"_s) == std::nullopt);
    CHECK(guard.firstHit(u"2012-03-05"_s) == std::nullopt);

    for (const QString &phone : {u"13812345678"_s, u"138-1234-5678"_s, u"138 1234 5678"_s})
        CHECK(guard.firstHit(u"tel "_s + phone) == Kind::GuardianPhone);
    CHECK(guard.firstHit(u"113812345678"_s) == std::nullopt);
}

TEST_CASE("Leak guard: note text is found as a copied sentence, whatever its spacing", "[district][leakguard]")
{
    LeakGuard guard;
    guard.addNoteText(u"最近和同桌发生冲突，晚上经常失眠，担心期末考试成绩下滑。"_s);
    guard.addNoteText(u"Says she feels left out at lunch and has stopped going to the art club."_s);
    guard.addNoteText(u"短句"_s);  // too short to search

    CHECK(guard.firstHit(u"摘要：晚上经常失眠，担心期末考试成绩\n下滑"_s) == Kind::NoteText);
    CHECK(guard.firstHit(u"…feels left-out at lunch, and has stopped…"_s) == Kind::NoteText);
    CHECK(guard.firstHit(u"担心期末考试"_s) == std::nullopt);  // a few words in common are not a copy
    CHECK(guard.firstHit(u"短句"_s) == std::nullopt);
    CHECK(guard.firstHit(u"Left out at lunch"_s) == std::nullopt);
}

TEST_CASE("Leak guard: a hit is reported by its kind, never by what matched", "[district][leakguard]")
{
    for (Kind kind : {Kind::Name, Kind::StudentNumber, Kind::BirthDate, Kind::GuardianPhone, Kind::NoteText})
        CHECK_FALSE(LeakGuard::kindName(kind).isEmpty());
    LeakGuard empty;
    CHECK(empty.needleCount() == 0);
    CHECK(empty.firstHit(u"anything at all 2012-03-04"_s) == std::nullopt);
}

TEST_CASE("Leak guard: short student numbers inside text, with letters or leading zeros", "[district][leakguard]")
{
    LeakGuard guard;
    guard.addStudentNumber(u"70312"_s);  // grade, class, seat: digits only and short
    guard.addStudentNumber(u"00417"_s);  // a leading zero: no figure is printed so
    guard.addStudentNumber(u"A12"_s);
    guard.addStudentNumber(u"2026"_s);   // reads as a year: not searched
    guard.addStudentNumber(u"12"_s);     // under three characters: not searched

    CHECK(guard.firstHit(u"学号70312的学生"_s) == Kind::StudentNumber);  // inside text: found
    CHECK(guard.firstHit(u"Grade 7,\"seen: 70312\",3"_s) == Kind::StudentNumber);
    CHECK(guard.firstHit(u"Grade 7,70312,3"_s) == std::nullopt);  // a cell of its own: a figure
    CHECK(guard.firstHit(u"Grade 7\n70312\n3"_s) == std::nullopt);
    CHECK(guard.firstHit(u"Total,00417"_s) == Kind::StudentNumber);
    CHECK(guard.firstHit(u"rate 0.00417"_s) == std::nullopt);  // the decimals of a figure
    CHECK(guard.firstHit(u"row a12,"_s) == Kind::StudentNumber);
    CHECK(guard.firstHit(u"2026-2027学年第一学期 2026"_s) == std::nullopt);
    CHECK(guard.firstHit(u"class 12 of 12"_s) == std::nullopt);

    LeakGuard referrals;
    referrals.addReferralNumber(u"ZJ-2026-007"_s);
    CHECK(referrals.firstHit(u"转介单 ZJ-2026-007 已回执"_s) == Kind::ReferralNumber);
    CHECK(referrals.firstHit(u"ZJ-2026-0071"_s) == std::nullopt);
}

TEST_CASE("Leak guard: typed names, initials and the school's own words", "[district][leakguard]")
{
    LeakGuard guard;
    guard.addTypedName(u"班主任"_s);   // typed where a person's name goes: a role word labels hold
    guard.addTypedName(u"张伟东"_s);
    guard.addInitials(u"OYMY"_s);
    guard.addInitials(u"MHT"_s);       // an instrument's code too: not searched
    guard.addName(u"Ouyang Mingyue"_s);  // the pinyin, a name without Han characters

    CHECK(guard.firstHit(u"班主任培训（人次）"_s) == std::nullopt);
    CHECK(guard.firstHit(u"通知,班主任,1"_s) == Kind::Name);
    CHECK(guard.firstHit(u"已告知张伟东"_s) == std::nullopt);  // typed: only standing alone
    CHECK(guard.firstHit(u"告知: 张伟东"_s) == Kind::Name);
    CHECK(guard.firstHit(u"seen: oymy"_s) == Kind::Name);
    CHECK(guard.firstHit(u"MHT,12,3"_s) == std::nullopt);
    CHECK(guard.firstHit(u"OUYANG MINGYUE, grade 7"_s) == Kind::Name);

    LeakGuard letters;
    const QString school = u"杭州市西湖区第一实验中学心理健康教育中心"_s;
    letters.addPublicText(school);
    letters.addNoteText(school + u"出具：该生近期情绪低落，夜间难以入睡，需要进一步评估。"_s);
    CHECK(letters.firstHit(u"学校："_s + school) == std::nullopt);  // the school's name is no leak
    CHECK(letters.firstHit(u"该生近期情绪低落，夜间难以入睡，需要进一步评估"_s) == Kind::NoteText);
}

namespace {

/// A PDF made by Qt's writer, as the summary's is: `title` in its Info dictionary and XMP.
QByteArray qtPdf(const QString &title, const QByteArray &xmp = {})
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(u"CounselDesk test"_s);
    if (!xmp.isEmpty()) writer.setDocumentXmpMetadata(xmp);
    QPainter painter(&writer);
    painter.drawText(QPointF(100, 100), u"Semester summary"_s);
    painter.end();
    return bytes;
}

/// A hand-made PDF whose Info dictionary has `info` and whose only other object is a metadata
/// stream of `metadata`, compressed when `flate`.
QByteArray handPdf(const QByteArray &info, const QByteArray &metadata, bool flate)
{
    const QByteArray data = flate ? qCompress(metadata).mid(4) : metadata;
    return "%PDF-1.4\n1 0 obj\n<< " + info + " >>\nendobj\n2 0 obj\n<< /Type /Metadata /Subtype /XML /Length "
           + QByteArray::number(data.size()) + (flate ? " /Filter /FlateDecode" : "") + " >>\nstream\n" + data
           + "\nendstream\nendobj\ntrailer\n<< /Info 1 0 R >>\n%%EOF\n";
}

}  // namespace

TEST_CASE("Leak guard: a PDF's own bytes, its Info dictionary and its XMP metadata", "[district][leakguard]")
{
    LeakGuard guard;
    guard.addName(u"欧阳明月"_s);
    guard.addName(u"Anna Li"_s);
    guard.addStudentNumber(u"2026001"_s);
    guard.addBirthDate(QDate(2012, 3, 4));

    SECTION("Qt's writer: a title set from a name is found, a clean one is not")
    {
        CHECK(guard.firstHitInPdf(qtPdf(u"学期汇总"_s)) == std::nullopt);
        const QByteArray leaky = qtPdf(u"学期汇总 欧阳明月"_s);
        REQUIRE_FALSE(leaky.contains(u"欧阳明月"_s.toUtf8()));  // UTF-16 in the Info dictionary
        CHECK(guard.firstHitInPdf(leaky) == Kind::Name);
        CHECK(guard.firstHitInPdf(qtPdf(u"Report by Anna Li"_s)) == Kind::Name);
    }
    SECTION("an author in the Info dictionary, as a hex string or an escaped literal")
    {
        QByteArray be("\xfe\xff");  // UTF-16BE after its byte-order mark
        for (const QChar c : u"Anna Li"_s) be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        CHECK(guard.firstHitInPdf(handPdf("/Author <" + be.toHex() + ">", "<x/>", false)) == Kind::Name);
        CHECK(guard.firstHitInPdf(handPdf("/Author (Anna\\040Li)", "<x/>", false)) == Kind::Name);
        CHECK(guard.firstHitInPdf(handPdf("/Author (Anna Lin)", "<x/>", false)) == std::nullopt);
    }
    SECTION("XMP metadata, plain or compressed")
    {
        const QByteArray xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>&#27431;阳明月</dc:creator>"  // dc: undeclared
                               "</x:xmpmeta>";
        CHECK(guard.firstHitInPdf(handPdf("/Producer (Qt)", xmp, false)) == Kind::Name);
        CHECK(guard.firstHitInPdf(handPdf("/Producer (Qt)", xmp, true)) == Kind::Name);
        CHECK(guard.firstHitInPdf(handPdf("/Producer (Qt)", "<x>2012-03-04</x>", true)) == Kind::BirthDate);
        CHECK(guard.firstHitInPdf(qtPdf(u"学期汇总"_s, xmp)) == Kind::Name);
    }
    SECTION("a control character does not hide a name; bytes are not read as text")
    {
        CHECK(guard.firstHitInPdf(handPdf("/Author (\\001Anna Li)", "<x/>", false)) == Kind::Name);
        QByteArray noise(4096, '\x01');  // as random bytes are: control characters, and a name among them
        noise.replace(2000, 7, "Anna Li");
        CHECK(guard.firstHitInPdf("%PDF-1.4\n" + noise + "\n%%EOF\n") == std::nullopt);
    }
    SECTION("the writer's own numbers are not a student's")
    {
        // A stream 2026001 bytes long states that length: digits the writer chose.
        CHECK(guard.firstHitInPdf("%PDF-1.4\n1 0 obj\n<< /Length 2026001 >>\nendobj\n%%EOF\n") == std::nullopt);
        CHECK(guard.firstHitInPdf("%PDF-1.4\n1 0 obj\n<< /Title (No. 2026001) >>\nendobj\n%%EOF\n")
              == Kind::StudentNumber);
    }
}

TEST_CASE("Leak guard: manifest.json, its digests left out", "[district][leakguard]")
{
    LeakGuard guard;
    guard.addBirthDate(QDate(2012, 3, 4));
    guard.addName(u"欧阳明月"_s);
    const QByteArray digest = "ab20120304cd" + QByteArray(52, 'e');  // digits that equal a birth date, by chance
    const QByteArray manifest = R"({"files": [{"name": "summary.pdf", "sha256": ")" + digest + R"("}]})";
    CHECK(guard.firstHitInUtf8(manifest) == Kind::BirthDate);  // as plain text it would stop the export
    CHECK(guard.firstHitInManifest(manifest) == std::nullopt);
    CHECK(guard.firstHitInManifest(R"({"school": "欧阳明月", "files": []})") == Kind::Name);
}

// The last guard's search (core/district/LeakGuard): each kind of needle found where a report
// might print it, and the documented choices against false positives (a two-character name inside
// an ordinary word, a short student number that is also a count, digits around a date).

#include "district/LeakGuard.h"

#include <catch2/catch.hpp>

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
}

TEST_CASE("Leak guard: student numbers, birth dates and phone numbers", "[district][leakguard]")
{
    LeakGuard guard;
    guard.addStudentNumber(u"202600123"_s);
    guard.addStudentNumber(u"1234"_s);    // digits only and under seven: cannot be told from a count
    guard.addStudentNumber(u"120000"_s);  // nor from the school's funding in yuan
    guard.addStudentNumber(u"G44A"_s);
    guard.addBirthDate(QDate(2012, 3, 4));
    guard.addPhone(u"138 1234 5678"_s);

    CHECK(guard.firstHit(u"no. 202600123,"_s) == Kind::StudentNumber);
    CHECK(guard.firstHit(u"12026001234"_s) == std::nullopt);  // part of a longer number
    CHECK(guard.firstHit(u"Total,1234,56"_s) == std::nullopt);
    CHECK(guard.firstHit(u"Funding (yuan),120000"_s) == std::nullopt);
    CHECK(guard.firstHit(u"class g44a"_s) == Kind::StudentNumber);

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

#include "students/StudentRepository.h"
#include "students/WatchList.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;


TEST_CASE("watch list: levels, reasons, review dates and every change kept with who and when", "[watch]")
{
    TempVault tv;
    auto vault = tv.open();
    const qint64 a = addTestStudent(*vault, u"W1"_s, u"甲同学"_s, QDate(), 8, u"2"_s);
    const qint64 b = addTestStudent(*vault, u"W2"_s, u"乙同学"_s, QDate(), 8, u"2"_s);
    const qint64 c = addTestStudent(*vault, u"W3"_s, u"丙同学"_s, QDate(), 8, u"2"_s);
    students::WatchList list(*vault);
    const QDate today = QDate::currentDate();

    CHECK(list.set(a, students::RiskLevel::Medium, QString(), today).error().code == ErrorCode::InvalidInput);
    CHECK(list.set(a, students::RiskLevel::Medium, u"reason"_s, QDate()).error().code
          == ErrorCode::InvalidInput);
    REQUIRE(list.set(a, students::RiskLevel::Medium, u"exam stress"_s, today.addDays(10)).ok());
    REQUIRE(list.set(b, students::RiskLevel::Low, u"new to the school"_s, today.addDays(-3)).ok());
    REQUIRE(list.set(c, students::RiskLevel::Crisis, u"safety plan in place"_s, today.addDays(1)).ok());
    REQUIRE(list.set(a, students::RiskLevel::High, u"exam stress, sleeping badly"_s, today.addDays(7)).ok());

    auto entries = list.entries();
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 3);
    CHECK(entries->at(0).studentId == c);  // crisis first
    CHECK(entries->at(1).studentId == b);  // then the overdue review
    CHECK(entries->at(1).overdue(today));
    CHECK(entries->at(2).level == students::RiskLevel::High);

    CHECK(list.remove(a, QString()).error().code == ErrorCode::InvalidInput);
    REQUIRE(list.remove(a, u"doing well after two sessions"_s).ok());
    auto history = list.history(a);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    CHECK_FALSE(history->at(0).level.has_value());  // newest first: taken off
    CHECK(history->at(1).level == students::RiskLevel::High);
    CHECK(history->at(2).level == students::RiskLevel::Medium);
    CHECK(history->at(2).changedBy == u"lead"_s);
    CHECK_FALSE(list.entry(a)->has_value());
}

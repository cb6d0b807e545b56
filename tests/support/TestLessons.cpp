#include "support/TestLessons.h"

#include "lessons/Semesters.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace cd::test {

TestSemester addTestSemester(vault::Vault &vault, const QString &name)
{
    addTestStudent(vault, u"S1"_s, u"测试甲"_s, {}, 8, u"1"_s);
    addTestStudent(vault, u"S2"_s, u"测试乙"_s, {}, 8, u"2"_s);
    lessons::Semester s;
    s.name = name;
    s.startsOn = QDate(2026, 8, 31);
    s.week1Monday = s.startsOn;
    s.endsOn = s.startsOn.addDays(4 * 7 - 3);
    for (int i = 0; i < 6; ++i) s.periods.append({i + 1, QTime(8, 0).addSecs(i * 3000), QTime(8, 40).addSecs(i * 3000)});
    auto id = lessons::Semesters(vault).save(s);
    REQUIRE(id.ok());
    s.id = *id;
    lessons::Timetable t;
    t.semesterId = s.id;
    t.teachers.append({0, u"王老师"_s, {}, 4});
    t.teachers.append({0, u"李老师"_s, {}, 4});
    t.assignments.append({{8, u"1"_s}, u"王老师"_s});
    t.assignments.append({{8, u"2"_s}, u"李老师"_s});
    REQUIRE(lessons::Timetables(vault).save(t).ok());
    auto saved = lessons::Timetables(vault).load(s.id);
    REQUIRE(saved.ok());
    return {s, *saved};
}

void forEachScreenshotLanguage(const std::function<void(const QString &folder, const QString &language)> &shoot)
{
    const QString folder = qEnvironmentVariable("CD_SCREENSHOTS");
    if (folder.isEmpty()) return;
    QDir().mkpath(folder);
    shoot(folder, u"en"_s);
    QTranslator own;
    REQUIRE(own.load(u":/i18n/counseldesk_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&own);
    QLocale::setDefault(QLocale(u"zh_CN"_s));
    shoot(folder, u"zh_CN"_s);
    QCoreApplication::removeTranslator(&own);
    QLocale::setDefault(QLocale::c());
}

}  // namespace cd::test

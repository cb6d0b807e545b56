#pragma once
// The synthetic semester and timetable the lessons tests share: one call, a semester with its
// classes and teachers in the vault.

#include "lessons/Semester.h"
#include "lessons/Timetable.h"
#include "vault/Vault.h"

#include <QString>

#include <functional>

namespace cd::test {

struct TestSemester {
    lessons::Semester semester;    ///< saved (id set)
    lessons::Timetable timetable;  ///< as loaded back (teachers' ids set)
};

/// Saves a student in each of 初二(1)班 and 初二(2)班, the semester `name` of four school weeks from
/// Monday 2026-08-31 (week 1) to Friday 2026-09-25 with six periods a day (08:00–08:40, then every
/// 50 minutes), and its timetable: 王老师 teaches 初二(1)班 and 李老师 初二(2)班, at most 4 a day, no
/// slots. REQUIREs success.
TestSemester addTestSemester(vault::Vault &vault, const QString &name = QStringLiteral("Autumn"));

/// When CD_SCREENSHOTS names a folder: runs `shoot` in English, then in Chinese (the app's
/// translations installed, QLocale zh_CN), with the folder and the language code; widgets made
/// inside `shoot` speak that language. Does nothing otherwise.
void forEachScreenshotLanguage(const std::function<void(const QString &folder, const QString &language)> &shoot);

}  // namespace cd::test

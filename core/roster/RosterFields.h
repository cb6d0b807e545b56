#pragma once
// The roster's fields and how the many ways schools write them are read: student numbers,
// 男/女, dates (2010-03-05, 2010/3/5, 2010年3月5日, 20100305, Excel serials), grades (初一, 七年级,
// 高二, 7) and classes ((3)班, 三班, 03), including one cell that holds both ("初一(3)班").

#include <QDate>
#include <QString>

#include <optional>

namespace cd::roster {

enum class Field { StudentNo, Name, Sex, BirthDate, Grade, Class };
inline constexpr Field kAllFields[] = {Field::StudentNo, Field::Name,  Field::Sex,
                                       Field::BirthDate, Field::Grade, Field::Class};

QString fieldName(Field field);  ///< translated, for the mapping step
QString fieldCode(Field field);  ///< stable, for remembered mappings
std::optional<Field> fieldFromCode(const QString &code);

/// Each parser returns the value, or an empty optional with `*why` set to a translated reason.
std::optional<QString> parseStudentNo(const QString &cell, QString *why);
std::optional<QString> parseName(const QString &cell, QString *why);
std::optional<int> parseSex(const QString &cell, QString *why);  ///< 0 unknown, 1 male, 2 female
std::optional<QDate> parseBirthDate(const QString &cell, QString *why);
std::optional<int> parseGrade(const QString &cell, QString *why);
/// A class cell: the class, and the grade when the cell names one too.
struct ClassCell {
    QString klass;
    int grade = 0;
};
std::optional<ClassCell> parseClass(const QString &cell, QString *why);

}  // namespace cd::roster

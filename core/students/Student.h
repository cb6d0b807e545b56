#pragma once
// A student as the counseling room knows them: the roster facts (which an import may update) and
// the growth record the counselor writes (which an import never touches).

#include <QDate>
#include <QString>

#include <optional>

namespace cd::students {

enum class Sex { Unknown, Male, Female };
enum class Enrolment { Active, Graduated, Transferred, Left };

QString sexCode(Sex sex);
Sex sexFromCode(const QString &code);
QString sexName(Sex sex);
QString statusCode(Enrolment status);
Enrolment statusFromCode(const QString &code);
QString statusName(Enrolment status);

/// "初一" style names for grades 1–12 (translated).
QString gradeName(int grade);
/// "初一(3)班" / "Grade 7, class 3".
QString className(int grade, const QString &klass);

struct Student {
    qint64 id = 0;
    QString studentNo;  ///< the school's student number: the key for matching
    QString name;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    int grade = 0;  ///< 1–12; 0 unknown
    QString klass;  ///< the class within the grade, e.g. "3"
    Enrolment status = Enrolment::Active;
    QDate leftOn;   ///< graduated, transferred or left on
};

}  // namespace cd::students

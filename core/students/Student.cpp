#include "students/Student.h"

#include "common/CodeTable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::students {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Students)
};
}  // namespace

static const CodeTable<Sex> &sexCodes()
{
    static const CodeTable<Sex> table = {{Sex::Male, "M"}, {Sex::Female, "F"}, {Sex::Unknown, ""}};
    return table;
}

static const CodeTable<Enrolment> &enrolmentCodes()
{
    static const CodeTable<Enrolment> table = {{Enrolment::Active, "active"},
                                               {Enrolment::Graduated, "graduated"},
                                               {Enrolment::Transferred, "transferred"},
                                               {Enrolment::Left, "left"}};
    return table;
}

QString sexCode(Sex sex) { return sexCodes().code(sex); }
Sex sexFromCode(const QString &code) { return sexCodes().fromCode(code).value_or(Sex::Unknown); }

QString sexName(Sex sex)
{
    switch (sex) {
    case Sex::Male: return Tr::tr("Male");
    case Sex::Female: return Tr::tr("Female");
    case Sex::Unknown: return QString();
    }
    return {};
}

QString statusCode(Enrolment status) { return enrolmentCodes().code(status); }
Enrolment statusFromCode(const QString &code) { return enrolmentCodes().fromCode(code).value_or(Enrolment::Active); }

QString statusName(Enrolment status)
{
    switch (status) {
    case Enrolment::Active: return Tr::tr("At school");
    case Enrolment::Graduated: return Tr::tr("Graduated");
    case Enrolment::Transferred: return Tr::tr("Transferred out");
    case Enrolment::Left: return Tr::tr("Left");
    }
    return {};
}

QString gradeName(int grade)
{
    switch (grade) {
    case 1: return Tr::tr("Grade 1");
    case 2: return Tr::tr("Grade 2");
    case 3: return Tr::tr("Grade 3");
    case 4: return Tr::tr("Grade 4");
    case 5: return Tr::tr("Grade 5");
    case 6: return Tr::tr("Grade 6");
    case 7: return Tr::tr("Grade 7 (junior 1)");
    case 8: return Tr::tr("Grade 8 (junior 2)");
    case 9: return Tr::tr("Grade 9 (junior 3)");
    case 10: return Tr::tr("Grade 10 (senior 1)");
    case 11: return Tr::tr("Grade 11 (senior 2)");
    case 12: return Tr::tr("Grade 12 (senior 3)");
    default: return QString();
    }
}

QString className(int grade, const QString &klass)
{
    if (grade <= 0) return klass;
    bool numbered = false;
    klass.toInt(&numbered);
    if (!numbered)  //: %1 is a grade name, %2 a named class such as 实验班
        return Tr::tr("%1, %2").arg(gradeName(grade), klass);
    //: %1 is a grade name such as "Grade 7 (junior 1)", %2 the class number
    return Tr::tr("%1, class %2").arg(gradeName(grade), klass);
}

}  // namespace cd::students

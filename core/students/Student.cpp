#include "students/Student.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::students {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Students)
};
}  // namespace

QString sexCode(Sex sex) { return sex == Sex::Male ? u"M"_s : sex == Sex::Female ? u"F"_s : QString(); }
Sex sexFromCode(const QString &code) { return code == u"M"_s ? Sex::Male : code == u"F"_s ? Sex::Female : Sex::Unknown; }

QString sexName(Sex sex)
{
    switch (sex) {
    case Sex::Male: return Tr::tr("Male");
    case Sex::Female: return Tr::tr("Female");
    case Sex::Unknown: return QString();
    }
    return {};
}

QString statusCode(Enrolment status)
{
    switch (status) {
    case Enrolment::Active: return u"active"_s;
    case Enrolment::Graduated: return u"graduated"_s;
    case Enrolment::Transferred: return u"transferred"_s;
    case Enrolment::Left: return u"left"_s;
    }
    return {};
}

Enrolment statusFromCode(const QString &code)
{
    if (code == u"graduated"_s) return Enrolment::Graduated;
    if (code == u"transferred"_s) return Enrolment::Transferred;
    if (code == u"left"_s) return Enrolment::Left;
    return Enrolment::Active;
}

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

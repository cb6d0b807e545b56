#pragma once
// Funding per student a year, the one figure the school profile's standards check and the
// summary's table print: rounded down to tenths of a yuan (29,880 yuan for 3,000 students is 9.9,
// never 10: a figure just short never shows as the standard).

#include "district/SchoolProfile.h"

#include <QString>

namespace cd::district {

/// In tenths of a yuan, rounded down; 0 without students.
inline qint64 fundingPerStudentTenths(const SchoolProfile &profile)
{
    return profile.studentsEnrolled > 0 ? profile.fundingYuan * 10 / profile.studentsEnrolled : 0;
}

/// As printed: one decimal, none when whole ("9.9", "10").
inline QString fundingPerStudentText(const SchoolProfile &profile)
{
    const qint64 tenths = fundingPerStudentTenths(profile);
    return tenths % 10 == 0 ? QString::number(tenths / 10)
                            : QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

}  // namespace cd::district

#pragma once
// The school's own facts for the district (docs/district-summary.md, "Staffing and funding"):
// what kind of school it is, who staffs the counseling room, what it is funded with. Facts about
// the school, not about students: published as they are, never suppressed. Stored in the vault
// (schema 10, `school_profile`) by SchoolProfiles; compared with the standards by
// `standardsProblems`.

#include <QString>

namespace cd::district {

/// The stages a school teaches (学段); decides the staffing standard it is held to.
enum class SchoolType {
    Primary,      ///< 小学
    JuniorHigh,   ///< 初级中学
    SeniorHigh,   ///< 高级中学
    NineYear,     ///< 九年一贯制 (primary + junior high)
    Complete,     ///< 完全中学 (junior + senior high)
    TwelveYear,   ///< 十二年一贯制 (primary to senior high)
};

struct SchoolProfile {
    QString schoolName;         ///< for the printed report's title
    QString districtCode;       ///< the district's code for the school (学校代码); identifies the package
    SchoolType type = SchoolType::Primary;
    int studentsEnrolled = 0;   ///< 在校生数
    int boarders = 0;           ///< 寄宿生数 (Shaanxi's thresholds count them)
    int counselorsFullTime = 0; ///< 专职心理教师
    int counselorsPartTime = 0; ///< 兼职
    int counselorsCertified = 0;///< 持证 (of the full- and part-time ones)
    QString roomName;           ///< 心理辅导室, where it is
    double roomAreaSquareMetres = 0;
    double roomOpenHoursPerWeek = 0;
    /// false: roomOpenHoursPerWeek is what the room's open hours (core/room) add up to in the
    /// current semester, filled in by SchoolProfiles::load; true: typed in by the user.
    bool roomOpenHoursOverridden = false;
    qint64 fundingYuan = 0;     ///< the year's mental-health funding (专项经费), yuan
    int fundingYear = 0;        ///< the calendar year the funding is for
};

}  // namespace cd::district

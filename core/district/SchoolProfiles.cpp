#include "district/SchoolProfiles.h"

#include "district/DistrictAudit.h"
#include "district/FundingPerStudent.h"

#include "common/Clock.h"
#include "lessons/Semesters.h"
#include "room/RoomSchedule.h"
#include "storage/Database.h"
#include "vault/SchoolTypeKeys.h"
#include "vault/Types.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(SchoolProfiles)
};

constexpr int kMaxNameLength = 100;
constexpr int kMaxPeople = 100000;
constexpr qint64 kMaxFundingYuan = 10'000'000'000LL;
constexpr int kFirstFundingYear = 2000;

// The district's types and the vault's are the same six stages: one list of codes and names.
vault::SchoolType toVault(SchoolType type)
{
    switch (type) {
    case SchoolType::Primary: return vault::SchoolType::Primary;
    case SchoolType::JuniorHigh: return vault::SchoolType::JuniorHigh;
    case SchoolType::SeniorHigh: return vault::SchoolType::SeniorHigh;
    case SchoolType::NineYear: return vault::SchoolType::PrimaryJunior;
    case SchoolType::Complete: return vault::SchoolType::JuniorSenior;
    case SchoolType::TwelveYear: return vault::SchoolType::AllGrades;
    }
    return vault::SchoolType::Primary;
}

SchoolType fromVault(vault::SchoolType type)
{
    for (SchoolType t : allSchoolTypes())
        if (toVault(t) == type) return t;
    return SchoolType::Primary;
}

/// "12.5" rather than "12.500000"; whole numbers without a point.
QString hours(double h) { return QString::number(h, 'f', 1).remove(QRegularExpression(u"\\.0$"_s)); }

constexpr char16_t kColumns[] =
    u"school_name, district_code, school_type, students_enrolled, boarders, counselors_full_time, "
    u"counselors_part_time, counselors_certified, room_name, room_area, room_open_hours, funding_yuan, "
    u"funding_year";
}  // namespace

QString schoolTypeCode(SchoolType type) { return vault::schoolTypeCode(toVault(type)); }

std::optional<SchoolType> schoolTypeFromCode(const QString &code)
{
    const std::optional<vault::SchoolType> type = vault::schoolTypeFromCode(code);
    if (!type) return std::nullopt;
    return fromVault(*type);
}

QString schoolTypeName(SchoolType type) { return vault::schoolTypeName(toVault(type)); }

QString schoolTypeKey(SchoolType type) { return vault::schoolTypeSummaryKey(toVault(type)); }

std::optional<SchoolType> schoolTypeFromKey(const QString &key)
{
    for (SchoolType t : allSchoolTypes())
        if (schoolTypeKey(t) == key) return t;
    return std::nullopt;
}

QList<SchoolType> allSchoolTypes()
{
    return {SchoolType::Primary, SchoolType::JuniorHigh, SchoolType::SeniorHigh,
            SchoolType::NineYear, SchoolType::Complete, SchoolType::TwelveYear};
}

int requiredCounselors(SchoolType type)
{
    switch (type) {
    case SchoolType::Primary:
    case SchoolType::JuniorHigh:
    case SchoolType::NineYear: return 1;
    case SchoolType::SeniorHigh:
    case SchoolType::Complete:
    case SchoolType::TwelveYear: return 2;
    }
    return 1;
}

QStringList profileProblems(const SchoolProfile &p)
{
    QStringList problems;
    static const QRegularExpression code(u"^[A-Za-z0-9]{1,32}$"_s);
    if (!code.match(p.districtCode.trimmed()).hasMatch())
        problems << Tr::tr("The school code must be 1 to 32 letters or digits, without spaces or other signs "
                           "(it is the code the district gave the school).");
    const std::pair<int, const char *> counts[] = {
        {p.studentsEnrolled, QT_TRANSLATE_NOOP("SchoolProfiles", "Students enrolled")},
        {p.boarders, QT_TRANSLATE_NOOP("SchoolProfiles", "Boarders")},
        {p.counselorsFullTime, QT_TRANSLATE_NOOP("SchoolProfiles", "Full-time counselors")},
        {p.counselorsPartTime, QT_TRANSLATE_NOOP("SchoolProfiles", "Part-time counselors")},
        {p.counselorsCertified, QT_TRANSLATE_NOOP("SchoolProfiles", "Certified counselors")},
    };
    for (const auto &[value, name] : counts) {
        //: %1 is what is counted (e.g. "Boarders")
        if (value < 0) problems << Tr::tr("%1 cannot be negative.").arg(Tr::tr(name));
        //: %1 is what is counted (e.g. "Boarders"), %2 the largest number allowed
        else if (value > kMaxPeople) problems << Tr::tr("%1 can be at most %2.").arg(Tr::tr(name)).arg(kMaxPeople);
    }
    if (p.counselorsCertified > p.counselorsFullTime + p.counselorsPartTime && p.counselorsCertified >= 0)
        problems << Tr::tr("Certified counselors (%1) cannot be more than the full- and part-time counselors "
                           "together (%2): count the certified ones among them.")
                        .arg(p.counselorsCertified)
                        .arg(p.counselorsFullTime + p.counselorsPartTime);
    if (p.boarders > p.studentsEnrolled && p.boarders >= 0 && p.studentsEnrolled >= 0)
        problems << Tr::tr("Boarders (%1) cannot be more than the students enrolled (%2).")
                        .arg(p.boarders)
                        .arg(p.studentsEnrolled);
    if (p.roomAreaSquareMetres < 0 || p.roomAreaSquareMetres > 10000)
        problems << Tr::tr("The room's area must be between 0 and 10000 square metres.");
    if (p.roomOpenHoursPerWeek < 0 || p.roomOpenHoursPerWeek > 168)
        problems << Tr::tr("The room's open hours must be between 0 and 168 a week.");
    if (p.fundingYuan < 0) problems << Tr::tr("The funding cannot be negative.");
    else if (p.fundingYuan > kMaxFundingYuan)
        problems << Tr::tr("The funding can be at most %1 yuan.").arg(kMaxFundingYuan);
    const int lastYear = clock::today().year() + 1;
    if (p.fundingYear < kFirstFundingYear || p.fundingYear > lastYear)
        problems << Tr::tr("The funding year must be between %1 and %2.").arg(kFirstFundingYear).arg(lastYear);
    if (p.schoolName.trimmed().size() > kMaxNameLength)
        problems << Tr::tr("The school's name can have at most %1 characters.").arg(kMaxNameLength);
    if (p.roomName.trimmed().size() > kMaxNameLength)
        problems << Tr::tr("The room's name can have at most %1 characters.").arg(kMaxNameLength);
    return problems;
}

QList<StandardCheck> checkStandards(const SchoolProfile &p, int openHoursTarget)
{
    QList<StandardCheck> checks;

    StandardCheck staff{Standard::Counselors, true, false, {}};
    const int counselors = p.counselorsFullTime + p.counselorsPartTime;
    const int needed = requiredCounselors(p.type);
    staff.met = counselors >= needed;
    //: %1 the school type (e.g. "Senior high school"), %2 counselors needed, %3 counselors it has
    staff.sentence = staff.met ? Tr::tr("Counselors met: a school of the type \"%1\" needs at least %2 (full or part "
                                        "time); it has %3.")
                               : Tr::tr("Counselors not met: a school of the type \"%1\" needs at least %2 (full or "
                                        "part time); it has %3.");
    staff.sentence = staff.sentence.arg(schoolTypeName(p.type)).arg(needed).arg(counselors);
    checks << staff;

    StandardCheck funding{Standard::Funding, p.studentsEnrolled > 0, false, {}};
    if (!funding.checkable) {
        funding.sentence = Tr::tr("Funding cannot be checked: enter the number of students enrolled to compare "
                                  "%1 yuan a year with %2 yuan per student.")
                               .arg(p.fundingYuan)
                               .arg(kFundingPerStudentYuan);
    } else {
        // Exact in whole yuan: 999 yuan for 100 students (9.99) is short of 10 a student.
        funding.met = p.fundingYuan >= qint64(kFundingPerStudentYuan) * p.studentsEnrolled;
        // Rounded down as the summary prints it, so a figure just short never shows as the standard.
        const QString perStudent = fundingPerStudentText(p);
        //: %1 yuan a year, %2 students, %3 yuan per student (one decimal, as the summary prints it), %4 the standard
        funding.sentence = funding.met ? Tr::tr("Funding met: %1 yuan for %2 students is %3 yuan per student "
                                                "a year (at least %4).")
                                       : Tr::tr("Funding not met: %1 yuan for %2 students is %3 yuan per student "
                                                "a year; the standard is at least %4.");
        funding.sentence = funding.sentence.arg(p.fundingYuan).arg(p.studentsEnrolled).arg(perStudent).arg(kFundingPerStudentYuan);
    }
    checks << funding;

    StandardCheck open{Standard::OpenHours, true, p.roomOpenHoursPerWeek >= openHoursTarget, {}};
    //: %1 hours the room is open a week, %2 the target in hours
    open.sentence = open.met ? Tr::tr("Open hours met: the room is open %1 hours a week (at least %2).")
                             : Tr::tr("Open hours not met: the room is open %1 hours a week; the target is at "
                                      "least %2.");
    open.sentence = open.sentence.arg(hours(p.roomOpenHoursPerWeek)).arg(openHoursTarget);
    checks << open;
    return checks;
}

QStringList standardsProblems(const SchoolProfile &profile, int openHoursTarget)
{
    QStringList problems;
    for (const StandardCheck &check : checkStandards(profile, openHoursTarget))
        if (!check.met) problems << check.sentence;
    return problems;
}

Result<RoomFacts> SchoolProfiles::roomFacts()
{
    auto semester = lessons::Semesters(m_vault).current(clock::today());
    if (!semester) return semester.error();
    if (!semester->has_value()) return RoomFacts{};
    return roomFacts(**semester);
}

Result<RoomFacts> SchoolProfiles::roomFacts(const lessons::Semester &semester)
{
    RoomFacts facts;
    facts.semesterName = semester.name;
    facts.openHoursTarget = semester.targets.openHoursPerWeek;
    auto schedule = room::RoomSchedules(m_vault).load(semester.id);
    if (!schedule) return schedule.error();
    int minutes = 0;
    for (const room::OpenHours &h : schedule->hours) minutes += h.starts.secsTo(h.ends) / 60;
    facts.openHoursPerWeek = minutes / 60.0;
    return facts;
}

Result<std::optional<SchoolProfile>> SchoolProfiles::stored()
{
    auto stmt = m_vault.database().prepare(u"SELECT "_s + QString::fromUtf16(kColumns) + u" FROM school_profile WHERE id = 1"_s);
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return std::optional<SchoolProfile>();
    SchoolProfile p;
    p.schoolName = stmt->text(0);
    p.districtCode = stmt->text(1);
    p.type = schoolTypeFromCode(stmt->text(2)).value_or(SchoolType::Primary);
    p.studentsEnrolled = static_cast<int>(stmt->int64(3));
    p.boarders = static_cast<int>(stmt->int64(4));
    p.counselorsFullTime = static_cast<int>(stmt->int64(5));
    p.counselorsPartTime = static_cast<int>(stmt->int64(6));
    p.counselorsCertified = static_cast<int>(stmt->int64(7));
    p.roomName = stmt->text(8);
    p.roomAreaSquareMetres = stmt->real(9);
    p.roomOpenHoursOverridden = !stmt->isNull(10);
    p.roomOpenHoursPerWeek = p.roomOpenHoursOverridden ? stmt->real(10) : 0;
    p.fundingYuan = stmt->int64(11);
    p.fundingYear = static_cast<int>(stmt->int64(12));
    return std::optional<SchoolProfile>(p);
}

Result<SchoolProfile> SchoolProfiles::load()
{
    auto saved = stored();
    if (!saved) return saved.error();
    SchoolProfile p;
    if (saved->has_value()) {
        p = **saved;
    } else {
        p.schoolName = m_vault.school().name;
        p.type = fromVault(m_vault.school().type);
        p.fundingYear = clock::today().year();
        // A new profile counts the roll's active students as enrolled, a start the lead corrects
        // if the school counts otherwise.
        auto active = m_vault.database().scalar(u"SELECT count(*) FROM students WHERE status = 'active'"_s);
        if (!active) return active.error();
        p.studentsEnrolled = active->toInt();
    }
    if (!p.roomOpenHoursOverridden) {
        auto facts = roomFacts();
        if (!facts) return facts.error();
        p.roomOpenHoursPerWeek = facts->openHoursPerWeek;
    }
    return p;
}

Status SchoolProfiles::save(const SchoolProfile &profile)
{
    if (!m_vault.isLead())
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Only the room lead can change the school profile."));
    const QStringList problems = profileProblems(profile);
    if (!problems.isEmpty()) return makeError(ErrorCode::InvalidInput, problems.join(u'\n'));
    const QString code = profile.districtCode.trimmed();
    return m_vault.recordChange(audit::action::SchoolProfileSaved, QString(), u"school_code="_s + code, [&]() -> Status {
        auto stmt = m_vault.database().prepare(
            u"INSERT OR REPLACE INTO school_profile (id, "_s + QString::fromUtf16(kColumns)
            + u", updated_at, updated_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, profile.schoolName.trimmed())
            .bind(2, code)
            .bind(3, schoolTypeCode(profile.type))
            .bind(4, profile.studentsEnrolled)
            .bind(5, profile.boarders)
            .bind(6, profile.counselorsFullTime)
            .bind(7, profile.counselorsPartTime)
            .bind(8, profile.counselorsCertified)
            .bind(9, profile.roomName.trimmed())
            .bind(10, profile.roomAreaSquareMetres)
            .bind(11, profile.roomOpenHoursOverridden ? QVariant(profile.roomOpenHoursPerWeek) : QVariant())
            .bind(12, profile.fundingYuan)
            .bind(13, profile.fundingYear)
            .bind(14, clock::toStorage(clock::now()))
            .bind(15, m_vault.currentUser().login);
        return stmt->exec();
    });
}

}  // namespace cd::district

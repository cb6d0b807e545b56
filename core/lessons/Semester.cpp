#include "lessons/Semester.h"

#include "common/CodeTable.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::lessons {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Semester)
};

const CodeTable<BreakKind> &breakKinds()
{
    static const CodeTable<BreakKind> table({{BreakKind::Holiday, "holiday"}, {BreakKind::Exam, "exam"}});
    return table;
}

constexpr int kMaxWeeks = 30;  // a longer semester is a typo in a year
}  // namespace

QString breakKindCode(BreakKind kind) { return breakKinds().code(kind); }
std::optional<BreakKind> breakKindFromCode(const QString &code) { return breakKinds().fromCode(code); }

QString breakKindName(BreakKind kind)
{
    switch (kind) {
    case BreakKind::Holiday: return Tr::tr("Holiday");
    case BreakKind::Exam: return Tr::tr("Exam period");
    }
    return {};
}

int Semester::weekOf(const QDate &day) const
{
    const qint64 days = week1Monday.daysTo(day);
    // Floor division: the days before week 1 belong to week 0, -1, …
    return static_cast<int>(days >= 0 ? days / 7 : -((-days + 6) / 7)) + 1;
}

QDate Semester::dateOf(int week, int weekday) const { return week1Monday.addDays(qint64(week - 1) * 7 + (weekday - 1)); }

int Semester::weekCount() const { return weekOf(endsOn); }

int Semester::firstWeek() const { return std::max(1, weekOf(startsOn)); }

std::optional<SemesterBreak> Semester::breakOn(const QDate &day) const
{
    for (const SemesterBreak &b : breaks)
        if (b.contains(day)) return b;
    return std::nullopt;
}

bool Semester::isSchoolDay(const QDate &day) const
{
    if (!contains(day) || day.dayOfWeek() > schoolDays || weekOf(day) < 1) return false;
    const auto b = breakOn(day);
    return !b || b->kind != BreakKind::Holiday;
}

bool Semester::isTeachingDay(const QDate &day) const { return isSchoolDay(day) && !breakOn(day); }

QList<std::pair<int, int>> Semester::windows() const
{
    QList<std::pair<int, int>> out;
    const int step = std::max(1, targets.windowWeeks);
    for (int first = firstWeek(); first <= weekCount(); first += step)
        out.append({first, std::min(first + step - 1, weekCount())});
    return out;
}

bool Semester::hasTeachingDay(int firstWeek, int lastWeek) const
{
    for (QDate d = dateOf(firstWeek, 1); d <= dateOf(lastWeek, 7); d = d.addDays(1))
        if (isTeachingDay(d)) return true;
    return false;
}

const DayPeriod *Semester::period(int n) const
{
    for (const DayPeriod &p : periods)
        if (p.period == n) return &p;
    return nullptr;
}

QStringList semesterProblems(const Semester &s, const QList<Semester> &others)
{
    QStringList problems;
    const QString name = s.name.trimmed();
    if (name.isEmpty() || name.size() > 60) problems << Tr::tr("Give the semester a name of 1 to 60 characters.");
    if (!s.startsOn.isValid() || !s.endsOn.isValid()) {
        problems << Tr::tr("Enter the semester's first and last day.");
        return problems;
    }
    if (s.endsOn < s.startsOn) {
        problems << Tr::tr("The semester ends (%1) before it starts (%2): check the dates.")
                        .arg(s.endsOn.toString(Qt::ISODate), s.startsOn.toString(Qt::ISODate));
        return problems;
    }
    if (s.startsOn.daysTo(s.endsOn) > kMaxWeeks * 7)
        problems << Tr::tr("A semester of more than %1 weeks is not possible: check the year of the dates.").arg(kMaxWeeks);
    if (!s.week1Monday.isValid() || s.week1Monday.dayOfWeek() != Qt::Monday)
        problems << Tr::tr("Week 1 must start on a Monday.");
    else if (s.week1Monday < s.startsOn.addDays(-6) || s.week1Monday > s.startsOn.addDays(13))
        problems << Tr::tr("Week 1 must start within a week before or two weeks after the semester's first day (%1).")
                        .arg(s.startsOn.toString(Qt::ISODate));
    if (s.schoolDays < 5 || s.schoolDays > 7) problems << Tr::tr("A school week has 5, 6 or 7 school days.");
    for (const Semester &other : others) {
        if (other.id != 0 && other.id == s.id) continue;
        if (other.name.trimmed() == name && !name.isEmpty())
            problems << Tr::tr("There is already a semester called \"%1\": give this one another name.").arg(name);
        if (s.startsOn <= other.endsOn && other.startsOn <= s.endsOn)
            problems << Tr::tr("The dates overlap the semester \"%1\" (%2 to %3): semesters may not overlap, change the dates.")
                            .arg(other.name, other.startsOn.toString(Qt::ISODate), other.endsOn.toString(Qt::ISODate));
    }
    for (int i = 0; i < s.breaks.size(); ++i) {
        const SemesterBreak &b = s.breaks[i];
        const QString label = b.label.trimmed().isEmpty() ? breakKindName(b.kind) : b.label.trimmed();
        if (!b.from.isValid() || !b.to.isValid() || b.to < b.from) {
            problems << Tr::tr("\"%1\": enter a first and last day, the last not before the first.").arg(label);
            continue;
        }
        if (b.from < s.startsOn || b.to > s.endsOn)
            problems << Tr::tr("\"%1\" (%2 to %3) lies outside the semester (%4 to %5): change its dates or the semester's.")
                            .arg(label, b.from.toString(Qt::ISODate), b.to.toString(Qt::ISODate),
                                 s.startsOn.toString(Qt::ISODate), s.endsOn.toString(Qt::ISODate));
        for (int j = 0; j < i; ++j) {
            const SemesterBreak &o = s.breaks[j];
            if (o.from.isValid() && o.to.isValid() && b.from <= o.to && o.from <= b.to) {
                const QString other = o.label.trimmed().isEmpty() ? breakKindName(o.kind) : o.label.trimmed();
                problems << Tr::tr("\"%1\" overlaps \"%2\": give each day one kind.").arg(label, other);
            }
        }
    }
    for (int i = 0; i < s.periods.size(); ++i) {
        const DayPeriod &p = s.periods[i];
        if (p.period != i + 1) {
            problems << Tr::tr("Number the periods of the day 1, 2, 3 … without gaps.");
            break;
        }
        if (!p.starts.isValid() || !p.ends.isValid() || p.ends <= p.starts) {
            problems << Tr::tr("Period %1 must end after it starts.").arg(p.period);
            continue;
        }
        if (i > 0 && s.periods[i - 1].ends.isValid() && p.starts < s.periods[i - 1].ends)
            problems << Tr::tr("Period %1 starts before period %2 ends.").arg(p.period).arg(p.period - 1);
    }
    if (s.periods.size() > 16) problems << Tr::tr("A school day has at most 16 periods.");
    const SemesterTargets &t = s.targets;
    if (t.windowWeeks < 1 || t.windowWeeks > 8 || t.lessonsPerWindow < 1 || t.lessonsPerWindow > 5)
        problems << Tr::tr("The lesson rule must be 1 to 5 lessons every 1 to 8 weeks.");
    if (t.meetingsPerClass < 0 || t.meetingsPerClass > 20 || t.activitiesPerMonth < 0 || t.activitiesPerMonth > 10
        || t.familyEvents < 0 || t.familyEvents > 50 || t.teacherTrainings < 0 || t.teacherTrainings > 50
        || t.openHoursPerWeek < 0 || t.openHoursPerWeek > 80)
        problems << Tr::tr("A target is out of range: check the semester's targets.");
    return problems;
}

}  // namespace cd::lessons

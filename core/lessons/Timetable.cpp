#include "lessons/Timetable.h"

#include "lessons/LessonsAudit.h"
#include "lessons/Semesters.h"

#include "common/CodeTable.h"
#include "storage/Database.h"
#include "students/Student.h"
#include "vault/Vault.h"

#include <QCollator>
#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::lessons {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Timetable)
};

QString weekdayName(int weekday)
{
    return QLocale().dayName(weekday, QLocale::LongFormat);
}
}  // namespace

bool ClassKey::operator<(const ClassKey &o) const
{
    if (grade != o.grade) return grade < o.grade;
    static const QCollator collator = [] {
        QCollator c;
        c.setNumericMode(true);
        return c;
    }();
    return collator.compare(className, o.className) < 0;
}

QString ClassKey::displayName() const { return students::className(grade, className); }

Result<QList<ClassKey>> rosterClasses(vault::Vault &vault)
{
    auto stmt = vault.database().prepare(
        u"SELECT DISTINCT grade, class_name FROM students WHERE status = 'active' AND grade BETWEEN 1 AND 12"_s);
    if (!stmt) return stmt.error();
    auto rows = storage::collectRows(*stmt, [](storage::Statement &s) {
        return ClassKey{static_cast<int>(s.int64(0)), s.text(1)};
    });
    if (!rows) return rows.error();
    std::sort(rows->begin(), rows->end());
    return *rows;
}

QString slotWeeksName(SlotWeeks parity)
{
    switch (parity) {
    case SlotWeeks::Odd: return Tr::tr("Odd weeks");
    case SlotWeeks::Even: return Tr::tr("Even weeks");
    case SlotWeeks::Every: break;
    }
    return Tr::tr("Every week");
}

bool slotWeeksHold(SlotWeeks parity, int week)
{
    switch (parity) {
    case SlotWeeks::Odd: return week % 2 != 0;
    case SlotWeeks::Even: return week % 2 == 0;
    case SlotWeeks::Every: break;
    }
    return true;
}

const TimetableTeacher *Timetable::teacher(const QString &name) const
{
    for (const TimetableTeacher &t : teachers)
        if (t.name == name) return &t;
    return nullptr;
}

const TimetableTeacher *Timetable::teacherById(qint64 id) const
{
    for (const TimetableTeacher &t : teachers)
        if (t.id == id) return &t;
    return nullptr;
}

QString Timetable::teacherOf(const ClassKey &cls) const
{
    for (const ClassAssignment &a : assignments)
        if (a.cls == cls) return a.teacher;
    return {};
}

QList<ClassSlot> Timetable::slotsOf(const ClassKey &cls) const
{
    QList<ClassSlot> out;
    for (const ClassSlot &s : slots)
        if (s.cls == cls) out.append(s);
    return out;
}

QList<ClassKey> Timetable::classesOf(const QString &name) const
{
    QList<ClassKey> out;
    for (const ClassAssignment &a : assignments)
        if (a.teacher == name) out.append(a.cls);
    std::sort(out.begin(), out.end());
    return out;
}

bool Timetable::isUnavailable(const QString &name, int week, int weekday, int period) const
{
    for (const Unavailability &u : unavailable)
        if (u.teacher == name && u.covers(week, weekday, period)) return true;
    return false;
}

QStringList timetableProblems(const Timetable &tt, const Semester &semester, const QList<ClassKey> &roster)
{
    QStringList problems;
    QSet<QString> names;
    for (const TimetableTeacher &t : tt.teachers) {
        const QString name = t.name.trimmed();
        if (name.isEmpty()) {
            problems << Tr::tr("A teacher has no name. Enter the teacher's name or remove the row.");
            continue;
        }
        if (names.contains(name))
            problems << Tr::tr("The teacher \"%1\" is listed twice. Remove one of them.").arg(name);
        names.insert(name);
        if (t.maxPerDay < 1 || t.maxPerDay > 16)
            problems << Tr::tr("%1's most lessons a day must be between 1 and 16.").arg(name);
    }
    const auto onRoster = [&](const ClassKey &c) { return roster.contains(c); };
    QList<ClassKey> assigned;
    for (const ClassAssignment &a : tt.assignments) {
        const QString cls = a.cls.displayName();
        if (assigned.contains(a.cls))
            problems << Tr::tr("%1 is assigned to a teacher twice. A class has one teacher: keep one.").arg(cls);
        assigned.append(a.cls);
        if (!onRoster(a.cls))
            problems << Tr::tr("%1 is not a class on the roster. Import the roster or remove the class.").arg(cls);
        if (!names.contains(a.teacher.trimmed()))
            problems << Tr::tr("%1's teacher \"%2\" is not in the list of teachers. Add the teacher first.")
                            .arg(cls, a.teacher.trimmed());
    }
    QSet<QString> slotKeys;
    for (const ClassSlot &s : tt.slots) {
        const QString cls = s.cls.displayName();
        if (!onRoster(s.cls) && !assigned.contains(s.cls))
            problems << Tr::tr("%1 is not a class on the roster. Import the roster or remove its slots.").arg(cls);
        if (s.weekday < 1 || s.weekday > semester.schoolDays)
            problems << Tr::tr("%1 has a slot on %2, which is not a school day of this semester. Choose a school day.")
                            .arg(cls, weekdayName(std::clamp(s.weekday, 1, 7)));
        if (!semester.period(s.period))
            problems << Tr::tr("%1 has a slot in period %2, which the school day of this semester does not have. "
                               "Choose one of its periods or add the period to the semester.")
                            .arg(cls)
                            .arg(s.period);
        const QString key = u"%1|%2|%3|%4"_s.arg(s.cls.grade).arg(s.cls.className).arg(s.weekday).arg(s.period);
        if (slotKeys.contains(key))
            problems << Tr::tr("%1 has the slot %2, period %3 twice. Remove one of them.")
                            .arg(cls, weekdayName(std::clamp(s.weekday, 1, 7)))
                            .arg(s.period);
        slotKeys.insert(key);
    }
    const int first = semester.firstWeek();
    const int last = semester.weekCount();
    for (const Unavailability &u : tt.unavailable) {
        const QString who = u.teacher.trimmed();
        if (!names.contains(who)) {
            problems << Tr::tr("Unavailability is set for \"%1\", who is not in the list of teachers. Add the "
                               "teacher or remove the row.")
                            .arg(who);
            continue;
        }
        if (u.weekday < 1 || u.weekday > semester.schoolDays)
            problems << Tr::tr("%1 is marked unavailable on a day that is not a school day of this semester. "
                               "Choose a school day.")
                            .arg(who);
        if (u.period != 0 && !semester.period(u.period))
            problems << Tr::tr("%1 is marked unavailable in period %2, which the school day does not have. "
                               "Choose one of its periods or the whole day.")
                            .arg(who)
                            .arg(u.period);
        if (u.firstWeek > u.lastWeek)
            problems << Tr::tr("%1's unavailability ends (week %2) before it starts (week %3). Swap the weeks.")
                            .arg(who)
                            .arg(u.lastWeek)
                            .arg(u.firstWeek);
        else if (u.firstWeek < first || u.lastWeek > last)
            problems << Tr::tr("%1's unavailability in weeks %2–%3 lies outside the semester (weeks %4–%5). "
                               "Choose weeks of the semester.")
                            .arg(who)
                            .arg(u.firstWeek)
                            .arg(u.lastWeek)
                            .arg(first)
                            .arg(last);
    }
    return problems;
}

Result<Timetable> Timetables::load(qint64 semesterId)
{
    storage::Database &db = m_vault.database();
    Timetable tt;
    tt.semesterId = semesterId;
    auto teachers = db.prepare(
        u"SELECT id, name, login, max_per_day FROM lesson_teachers WHERE semester_id = ? ORDER BY name, id"_s);
    if (!teachers) return teachers.error();
    teachers->bind(1, semesterId);
    auto t = storage::collectRows(*teachers, [](storage::Statement &s) {
        return TimetableTeacher{s.int64(0), s.text(1), s.text(2), static_cast<int>(s.int64(3))};
    });
    if (!t) return t.error();
    tt.teachers = *t;

    auto classes = db.prepare(u"SELECT c.grade, c.class_name, t.name FROM teacher_classes c "
                              "JOIN lesson_teachers t ON t.id = c.teacher_id WHERE c.semester_id = ?"_s);
    if (!classes) return classes.error();
    classes->bind(1, semesterId);
    auto c = storage::collectRows(*classes, [](storage::Statement &s) {
        return ClassAssignment{ClassKey{static_cast<int>(s.int64(0)), s.text(1)}, s.text(2)};
    });
    if (!c) return c.error();
    tt.assignments = *c;
    std::sort(tt.assignments.begin(), tt.assignments.end(),
              [](const ClassAssignment &a, const ClassAssignment &b) { return a.cls < b.cls; });

    auto away = db.prepare(u"SELECT t.name, u.weekday, u.period, u.first_week, u.last_week, u.note "
                           "FROM teacher_unavailable u JOIN lesson_teachers t ON t.id = u.teacher_id "
                           "WHERE t.semester_id = ? ORDER BY t.name, u.first_week, u.weekday, u.period, u.id"_s);
    if (!away) return away.error();
    away->bind(1, semesterId);
    auto u = storage::collectRows(*away, [](storage::Statement &s) {
        return Unavailability{s.text(0), static_cast<int>(s.int64(1)), static_cast<int>(s.int64(2)),
                              static_cast<int>(s.int64(3)), static_cast<int>(s.int64(4)), s.text(5)};
    });
    if (!u) return u.error();
    tt.unavailable = *u;

    auto slots = db.prepare(u"SELECT grade, class_name, weekday, period, weeks FROM class_slots "
                            "WHERE semester_id = ? ORDER BY grade, class_name, weekday, period"_s);
    if (!slots) return slots.error();
    slots->bind(1, semesterId);
    auto sl = storage::collectRows(*slots, [](storage::Statement &s) {
        return ClassSlot{ClassKey{static_cast<int>(s.int64(0)), s.text(1)}, static_cast<int>(s.int64(2)),
                         static_cast<int>(s.int64(3)), slotWeeksFromCode(s.text(4)).value_or(SlotWeeks::Every)};
    });
    if (!sl) return sl.error();
    tt.slots = *sl;
    std::stable_sort(tt.slots.begin(), tt.slots.end(),
                     [](const ClassSlot &a, const ClassSlot &b) { return a.cls < b.cls; });
    return tt;
}

Status Timetables::save(const Timetable &tt)
{
    auto semester = Semesters(m_vault).get(tt.semesterId);
    if (!semester) return semester.error();
    auto roster = rosterClasses(m_vault);
    if (!roster) return roster.error();
    const QStringList problems = timetableProblems(tt, *semester, *roster);
    if (!problems.isEmpty()) return makeError(ErrorCode::InvalidInput, problems.join(u'\n'));
    auto before = load(tt.semesterId);
    if (!before) return before.error();
    for (const TimetableTeacher &t : tt.teachers)
        if (t.id != 0 && !before->teacherById(t.id))
            return makeError(ErrorCode::NotFound,
                             Tr::tr("The teacher \"%1\" was removed meanwhile. Reopen the timetable.").arg(t.name));

    const QString detail = u"semester=%1 teachers=%2 classes=%3 slots=%4"_s.arg(semester->name)
                               .arg(tt.teachers.size())
                               .arg(tt.assignments.size())
                               .arg(tt.slots.size());
    return m_vault.recordChange(audit::action::TimetableSaved, QString(), detail, [&]() -> Status {
        storage::Database &db = m_vault.database();
        const qint64 sid = tt.semesterId;
        // Teachers: keep ids, remove the ones left out. Names are unique per semester, so a rename
        // that swaps two names goes through temporary names first.
        QSet<qint64> kept;
        for (const TimetableTeacher &t : tt.teachers)
            if (t.id != 0) kept.insert(t.id);
        for (const TimetableTeacher &old : before->teachers) {
            if (kept.contains(old.id)) continue;
            auto del = db.prepare(u"DELETE FROM lesson_teachers WHERE id = ?"_s);
            if (!del) return del.error();
            CD_TRY(del->bind(1, old.id).exec());
        }
        auto tmp = db.prepare(u"UPDATE lesson_teachers SET name = char(1) || id WHERE semester_id = ?"_s);
        if (!tmp) return tmp.error();
        CD_TRY(tmp->bind(1, sid).exec());
        QHash<QString, qint64> ids;
        for (const TimetableTeacher &t : tt.teachers) {
            auto stmt = db.prepare(t.id == 0 ? u"INSERT INTO lesson_teachers (name, login, max_per_day, semester_id) "
                                               "VALUES (?, ?, ?, ?)"_s
                                             : u"UPDATE lesson_teachers SET name = ?, login = ?, max_per_day = ? "
                                               "WHERE semester_id = ? AND id = ?"_s);
            if (!stmt) return stmt.error();
            stmt->bind(1, t.name.trimmed()).bind(2, t.login.trimmed()).bind(3, t.maxPerDay).bind(4, sid);
            if (t.id != 0) stmt->bind(5, t.id);
            CD_TRY(stmt->exec());
            ids.insert(t.name.trimmed(), t.id == 0 ? db.lastInsertRowId() : t.id);
        }
        for (const QString &table : {u"teacher_classes"_s, u"class_slots"_s}) {
            auto del = db.prepare(u"DELETE FROM %1 WHERE semester_id = ?"_s.arg(table));
            if (!del) return del.error();
            CD_TRY(del->bind(1, sid).exec());
        }
        auto delAway = db.prepare(
            u"DELETE FROM teacher_unavailable WHERE teacher_id IN (SELECT id FROM lesson_teachers WHERE semester_id = ?)"_s);
        if (!delAway) return delAway.error();
        CD_TRY(delAway->bind(1, sid).exec());

        auto addClass = db.prepare(
            u"INSERT INTO teacher_classes (semester_id, grade, class_name, teacher_id) VALUES (?, ?, ?, ?)"_s);
        if (!addClass) return addClass.error();
        for (const ClassAssignment &a : tt.assignments) {
            addClass->reset();
            addClass->bind(1, sid).bind(2, a.cls.grade).bind(3, a.cls.className).bind(4, ids.value(a.teacher.trimmed()));
            CD_TRY(addClass->exec());
        }
        auto addAway = db.prepare(u"INSERT INTO teacher_unavailable (teacher_id, weekday, period, first_week, "
                                  "last_week, note) VALUES (?, ?, ?, ?, ?, ?)"_s);
        if (!addAway) return addAway.error();
        for (const Unavailability &u : tt.unavailable) {
            addAway->reset();
            addAway->bind(1, ids.value(u.teacher.trimmed()))
                .bind(2, u.weekday)
                .bind(3, u.period)
                .bind(4, u.firstWeek)
                .bind(5, u.lastWeek)
                .bind(6, u.note.trimmed());
            CD_TRY(addAway->exec());
        }
        auto addSlot = db.prepare(u"INSERT INTO class_slots (semester_id, grade, class_name, weekday, period, weeks) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
        if (!addSlot) return addSlot.error();
        for (const ClassSlot &s : tt.slots) {
            addSlot->reset();
            addSlot->bind(1, sid)
                .bind(2, s.cls.grade)
                .bind(3, s.cls.className)
                .bind(4, s.weekday)
                .bind(5, s.period)
                .bind(6, slotWeeksCode(s.weeks));
            CD_TRY(addSlot->exec());
        }
        return {};
    });
}

Result<Timetable> Timetables::copiedFrom(qint64 fromId, qint64 toId)
{
    auto to = Semesters(m_vault).get(toId);
    if (!to) return to.error();
    auto from = load(fromId);
    if (!from) return from.error();
    auto roster = rosterClasses(m_vault);
    if (!roster) return roster.error();
    Timetable out;
    out.semesterId = toId;
    for (TimetableTeacher t : from->teachers) {
        t.id = 0;
        out.teachers.append(t);
    }
    for (const ClassAssignment &a : from->assignments)
        if (roster->contains(a.cls)) out.assignments.append(a);
    for (const ClassSlot &s : from->slots)
        if (roster->contains(s.cls) && s.weekday <= to->schoolDays && to->period(s.period)) out.slots.append(s);
    return out;
}

}  // namespace cd::lessons

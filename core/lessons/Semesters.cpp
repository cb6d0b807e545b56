#include "lessons/Semesters.h"

#include "lessons/LessonsAudit.h"
#include "lessons/SemesterNames.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::lessons {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Semesters)
};

QString timeToStorage(const QTime &t) { return t.toString(u"HH:mm"_s); }
QTime timeFromStorage(const QString &text) { return QTime::fromString(text, u"HH:mm"_s); }

Semester readSemester(storage::Statement &s)
{
    Semester out;
    out.id = s.int64(0);
    out.name = s.text(1);
    out.startsOn = clock::dateFromStorage(s.text(2));
    out.endsOn = clock::dateFromStorage(s.text(3));
    out.week1Monday = clock::dateFromStorage(s.text(4));
    out.schoolDays = static_cast<int>(s.int64(5));
    out.targets.windowWeeks = static_cast<int>(s.int64(6));
    out.targets.lessonsPerWindow = static_cast<int>(s.int64(7));
    out.targets.meetingsPerClass = static_cast<int>(s.int64(8));
    out.targets.activitiesPerMonth = static_cast<int>(s.int64(9));
    out.targets.familyEvents = static_cast<int>(s.int64(10));
    out.targets.teacherTrainings = static_cast<int>(s.int64(11));
    out.targets.openHoursPerWeek = static_cast<int>(s.int64(12));
    return out;
}

constexpr char16_t kSelect[] =
    u"SELECT id, name, starts_on, ends_on, week1_monday, school_days, window_weeks, lessons_per_window, "
    u"meetings_target, activities_target, family_target, training_target, open_hours_target FROM semesters";

Status loadDetails(storage::Database &db, QList<Semester> &semesters)
{
    auto breaks = db.prepare(u"SELECT kind, starts_on, ends_on, label FROM semester_breaks "
                             "WHERE semester_id = ? ORDER BY starts_on, id"_s);
    if (!breaks) return breaks.error();
    auto periods = db.prepare(u"SELECT period, starts_at, ends_at FROM day_periods WHERE semester_id = ? ORDER BY period"_s);
    if (!periods) return periods.error();
    for (Semester &s : semesters) {
        breaks->reset();
        breaks->bind(1, s.id);
        auto b = storage::collectRows(*breaks, [](storage::Statement &st) {
            return SemesterBreak{breakKindFromCode(st.text(0)).value_or(BreakKind::Holiday),
                                 clock::dateFromStorage(st.text(1)), clock::dateFromStorage(st.text(2)), st.text(3)};
        });
        if (!b) return b.error();
        s.breaks = *b;
        periods->reset();
        periods->bind(1, s.id);
        auto p = storage::collectRows(*periods, [](storage::Statement &st) {
            return DayPeriod{static_cast<int>(st.int64(0)), timeFromStorage(st.text(1)), timeFromStorage(st.text(2))};
        });
        if (!p) return p.error();
        s.periods = *p;
    }
    return {};
}

Result<QList<Semester>> query(storage::Database &db, const QString &where, const QVariant &arg)
{
    auto stmt = db.prepare(QString::fromUtf16(kSelect) + where + u" ORDER BY starts_on, id"_s);
    if (!stmt) return stmt.error();
    if (arg.isValid()) stmt->bind(1, arg);
    auto rows = storage::collectRows(*stmt, readSemester);
    if (!rows) return rows.error();
    CD_TRY(loadDetails(db, *rows));
    return *rows;
}
}  // namespace

Result<QList<Semester>> Semesters::list() { return query(m_vault.database(), QString(), QVariant()); }

Result<Semester> Semesters::get(qint64 id)
{
    auto rows = query(m_vault.database(), u" WHERE id = ?"_s, QVariant(id));
    if (!rows) return rows.error();
    if (rows->isEmpty()) return makeError(ErrorCode::NotFound, Tr::tr("That semester no longer exists."));
    return rows->first();
}

// Exactly (after trimming), else as matchSemesterName matches a name typed with another dash,
// spaces or full-width digits; NotFound naming it and listing the vault's semesters otherwise.
Result<Semester> Semesters::byName(const QString &name)
{
    auto rows = query(m_vault.database(), u" WHERE name = ?"_s, QVariant(name.trimmed()));
    if (!rows) return rows.error();
    if (!rows->isEmpty()) return rows->first();
    // As typed on a command line: another dash, spaces, full-width digits (semesterNameKey).
    auto all = list();
    if (!all) return all.error();
    QStringList names;
    for (const Semester &s : std::as_const(*all)) names << s.name;
    if (const int i = matchSemesterName(names, name); i >= 0) return all->at(i);
    if (names.isEmpty())
        return makeError(ErrorCode::NotFound,
                         Tr::tr("There is no semester called \"%1\": the vault has no semester yet. Add it on the "
                                "Lessons page first.")
                             .arg(name.trimmed()));
    //: %2 the vault's semesters' names, one a line
    return makeError(ErrorCode::NotFound,
                     Tr::tr("There is no semester called \"%1\". The vault's semesters are:\n%2")
                         .arg(name.trimmed(), names.join(u'\n')));
}

Result<std::optional<Semester>> Semesters::current(const QDate &day)
{
    auto all = list();
    if (!all) return all.error();
    const Semester *next = nullptr;
    const Semester *last = nullptr;
    for (const Semester &s : *all) {
        if (s.contains(day)) return std::optional<Semester>(s);
        if (s.startsOn > day && (!next || s.startsOn < next->startsOn)) next = &s;
        if (s.endsOn < day && (!last || s.endsOn > last->endsOn)) last = &s;
    }
    if (next) return std::optional<Semester>(*next);
    if (last) return std::optional<Semester>(*last);
    return std::optional<Semester>();
}

Result<qint64> Semesters::save(const Semester &semester)
{
    auto all = list();
    if (!all) return all.error();
    const QStringList problems = semesterProblems(semester, *all);
    if (!problems.isEmpty()) return makeError(ErrorCode::InvalidInput, problems.join(u'\n'));
    if (semester.id != 0) {
        bool found = false;
        for (const Semester &s : *all) found = found || s.id == semester.id;
        if (!found) return makeError(ErrorCode::NotFound, Tr::tr("That semester no longer exists."));
    }
    qint64 id = semester.id;
    const QString detail = (semester.id == 0 ? u"add semester="_s : u"edit semester="_s) + semester.name.trimmed();
    CD_TRY(m_vault.recordChange(audit::action::SemesterSaved, QString(), detail, [&]() -> Status {
        storage::Database &db = m_vault.database();
        auto stmt = db.prepare(
            semester.id == 0
                ? u"INSERT INTO semesters (name, starts_on, ends_on, week1_monday, school_days, window_weeks, "
                  "lessons_per_window, meetings_target, activities_target, family_target, training_target, "
                  "open_hours_target, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                : u"UPDATE semesters SET name = ?, starts_on = ?, ends_on = ?, week1_monday = ?, school_days = ?, "
                  "window_weeks = ?, lessons_per_window = ?, meetings_target = ?, activities_target = ?, "
                  "family_target = ?, training_target = ?, open_hours_target = ?, updated_at = ?, updated_by = ? "
                  "WHERE id = ?"_s);
        if (!stmt) return stmt.error();
        const SemesterTargets &t = semester.targets;
        stmt->bind(1, semester.name.trimmed())
            .bind(2, clock::dateToStorage(semester.startsOn))
            .bind(3, clock::dateToStorage(semester.endsOn))
            .bind(4, clock::dateToStorage(semester.week1Monday))
            .bind(5, semester.schoolDays)
            .bind(6, t.windowWeeks)
            .bind(7, t.lessonsPerWindow)
            .bind(8, t.meetingsPerClass)
            .bind(9, t.activitiesPerMonth)
            .bind(10, t.familyEvents)
            .bind(11, t.teacherTrainings)
            .bind(12, t.openHoursPerWeek)
            .bind(13, clock::toStorage(clock::now()))
            .bind(14, m_vault.currentUser().login);
        if (semester.id != 0) stmt->bind(15, semester.id);
        CD_TRY(stmt->exec());
        if (semester.id == 0) id = db.lastInsertRowId();
        auto clearBreaks = db.prepare(u"DELETE FROM semester_breaks WHERE semester_id = ?"_s);
        if (!clearBreaks) return clearBreaks.error();
        CD_TRY(clearBreaks->bind(1, id).exec());
        auto clearPeriods = db.prepare(u"DELETE FROM day_periods WHERE semester_id = ?"_s);
        if (!clearPeriods) return clearPeriods.error();
        CD_TRY(clearPeriods->bind(1, id).exec());
        auto addBreak = db.prepare(
            u"INSERT INTO semester_breaks (semester_id, kind, starts_on, ends_on, label) VALUES (?, ?, ?, ?, ?)"_s);
        if (!addBreak) return addBreak.error();
        for (const SemesterBreak &b : semester.breaks) {
            addBreak->reset();
            addBreak->bind(1, id)
                .bind(2, breakKindCode(b.kind))
                .bind(3, clock::dateToStorage(b.from))
                .bind(4, clock::dateToStorage(b.to))
                .bind(5, b.label.trimmed());
            CD_TRY(addBreak->exec());
        }
        auto addPeriod = db.prepare(u"INSERT INTO day_periods (semester_id, period, starts_at, ends_at) VALUES (?, ?, ?, ?)"_s);
        if (!addPeriod) return addPeriod.error();
        for (const DayPeriod &p : semester.periods) {
            addPeriod->reset();
            addPeriod->bind(1, id).bind(2, p.period).bind(3, timeToStorage(p.starts)).bind(4, timeToStorage(p.ends));
            CD_TRY(addPeriod->exec());
        }
        return {};
    }));
    return id;
}

Status Semesters::remove(qint64 id)
{
    if (!m_vault.isLead())
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Only the room lead can remove a semester."));
    auto semester = get(id);
    if (!semester) return semester.error();
    return m_vault.recordChange(audit::action::SemesterRemoved, QString(), u"semester="_s + semester->name, [&]() -> Status {
        auto stmt = m_vault.database().prepare(u"DELETE FROM semesters WHERE id = ?"_s);
        if (!stmt) return stmt.error();
        return stmt->bind(1, id).exec();
    });
}

}  // namespace cd::lessons

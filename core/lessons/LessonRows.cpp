#include "lessons/LessonRows.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::lessons {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Lessons)
};

constexpr char16_t kSelect[] =
    u"SELECT id, semester_id, grade, class_name, kind, week, weekday, period, teacher_id, topic_id, topic, status, "
    u"pinned, makes_up, materials, reflection, updated_at, updated_by FROM lessons";

Lesson readLesson(storage::Statement &s)
{
    Lesson l;
    l.id = s.int64(0);
    l.semesterId = s.int64(1);
    l.cls = ClassKey{static_cast<int>(s.int64(2)), s.text(3)};
    l.kind = lessonKindFromCode(s.text(4)).value_or(LessonKind::Lesson);
    l.at = LessonTime{static_cast<int>(s.int64(5)), static_cast<int>(s.int64(6)), static_cast<int>(s.int64(7))};
    l.teacherId = s.isNull(8) ? 0 : s.int64(8);
    l.topicId = s.isNull(9) ? 0 : s.int64(9);
    l.topic = s.text(10);
    l.status = lessonStatusFromCode(s.text(11)).value_or(LessonStatus::Planned);
    l.pinned = s.int64(12) != 0;
    l.makesUp = s.isNull(13) ? 0 : s.int64(13);
    l.materials = s.text(14);
    l.reflection = s.text(15);
    l.updatedAt = clock::fromStorage(s.text(16));
    l.updatedBy = s.text(17);
    return l;
}

void bindOptionalId(storage::Statement &stmt, int index, qint64 id)
{
    if (id > 0)
        stmt.bind(index, id);
    else
        stmt.bindNull(index);
}
}  // namespace

Result<QList<Lesson>> loadLessons(storage::Database &db, qint64 semesterId, int week)
{
    auto stmt = db.prepare(QString::fromUtf16(kSelect) + (week >= 1 ? u" WHERE semester_id = ? AND week = ?"_s
                                                                    : u" WHERE semester_id = ?"_s) +
                           u" ORDER BY week, weekday, period, grade, class_name, id"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, semesterId);
    if (week >= 1) stmt->bind(2, week);
    return storage::collectRows(*stmt, readLesson);
}

Result<Lesson> loadLesson(storage::Database &db, qint64 id)
{
    auto stmt = db.prepare(QString::fromUtf16(kSelect) + u" WHERE id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto rows = storage::collectRows(*stmt, readLesson);
    if (!rows) return rows.error();
    if (rows->isEmpty()) return makeError(ErrorCode::NotFound, Tr::tr("That lesson no longer exists."));
    return rows->first();
}

Result<qint64> insertLesson(vault::Vault &vault, const Lesson &l)
{
    auto stmt = vault.database().prepare(
        u"INSERT INTO lessons (semester_id, grade, class_name, kind, week, weekday, period, teacher_id, topic_id, "
        "topic, status, pinned, makes_up, materials, reflection, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, l.semesterId).bind(2, l.cls.grade).bind(3, l.cls.className).bind(4, lessonKindCode(l.kind));
    stmt->bind(5, l.at.week).bind(6, l.at.weekday).bind(7, l.at.period);
    bindOptionalId(*stmt, 8, l.teacherId);
    bindOptionalId(*stmt, 9, l.topicId);
    stmt->bind(10, l.topic).bind(11, lessonStatusCode(l.status)).bind(12, l.pinned ? 1 : 0);
    bindOptionalId(*stmt, 13, l.makesUp);
    stmt->bind(14, l.materials).bind(15, l.reflection);
    stmt->bind(16, clock::toStorage(clock::now())).bind(17, vault.currentUser().login);
    CD_TRY(stmt->exec());
    return vault.database().lastInsertRowId();
}

Status updateLesson(vault::Vault &vault, const Lesson &l)
{
    auto stmt = vault.database().prepare(
        u"UPDATE lessons SET grade = ?, class_name = ?, week = ?, weekday = ?, period = ?, teacher_id = ?, "
        "topic_id = ?, topic = ?, status = ?, pinned = ?, makes_up = ?, materials = ?, reflection = ?, "
        "updated_at = ?, updated_by = ? WHERE id = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, l.cls.grade).bind(2, l.cls.className).bind(3, l.at.week).bind(4, l.at.weekday).bind(5, l.at.period);
    bindOptionalId(*stmt, 6, l.teacherId);
    bindOptionalId(*stmt, 7, l.topicId);
    stmt->bind(8, l.topic).bind(9, lessonStatusCode(l.status)).bind(10, l.pinned ? 1 : 0);
    bindOptionalId(*stmt, 11, l.makesUp);
    stmt->bind(12, l.materials).bind(13, l.reflection);
    stmt->bind(14, clock::toStorage(clock::now())).bind(15, vault.currentUser().login).bind(16, l.id);
    CD_TRY(stmt->exec());
    if (vault.database().changes() == 0) return makeError(ErrorCode::NotFound, Tr::tr("That lesson no longer exists."));
    return {};
}

}  // namespace cd::lessons

#include "lessons/Topics.h"

#include "lessons/LessonsAudit.h"

#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cd::lessons {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Topics)
};

struct DefaultTopic {
    int grade;
    const char *theme;
    const char *title;
};

// Grade bands: 1–6 primary, 7–9 junior, 10–12 senior. Exam stress for grades 9 and 12.
constexpr DefaultTopic kDefaults[] = {
    {0, QT_TRANSLATE_NOOP("Topics", "Adjusting"), QT_TRANSLATE_NOOP("Topics", "A new term, a new start")},
    {1, QT_TRANSLATE_NOOP("Topics", "Adjusting"), QT_TRANSLATE_NOOP("Topics", "Hello, school!")},
    {1, QT_TRANSLATE_NOOP("Topics", "Emotions"), QT_TRANSLATE_NOOP("Topics", "My feelings have colours")},
    {1, QT_TRANSLATE_NOOP("Topics", "Friendship"), QT_TRANSLATE_NOOP("Topics", "Making a friend")},
    {2, QT_TRANSLATE_NOOP("Topics", "Emotions"), QT_TRANSLATE_NOOP("Topics", "When I am angry")},
    {2, QT_TRANSLATE_NOOP("Topics", "Learning"), QT_TRANSLATE_NOOP("Topics", "Listening well in class")},
    {3, QT_TRANSLATE_NOOP("Topics", "Learning"), QT_TRANSLATE_NOOP("Topics", "Good study habits")},
    {3, QT_TRANSLATE_NOOP("Topics", "Friendship"), QT_TRANSLATE_NOOP("Topics", "Sharing and taking turns")},
    {4, QT_TRANSLATE_NOOP("Topics", "Emotions"), QT_TRANSLATE_NOOP("Topics", "Calming down")},
    {4, QT_TRANSLATE_NOOP("Topics", "Life education"), QT_TRANSLATE_NOOP("Topics", "Keeping myself safe")},
    {5, QT_TRANSLATE_NOOP("Topics", "Adolescence"), QT_TRANSLATE_NOOP("Topics", "My growing body")},
    {5, QT_TRANSLATE_NOOP("Topics", "Friendship"), QT_TRANSLATE_NOOP("Topics", "Saying no to bullying")},
    {6, QT_TRANSLATE_NOOP("Topics", "Adjusting"), QT_TRANSLATE_NOOP("Topics", "Ready for junior school")},
    {6, QT_TRANSLATE_NOOP("Topics", "Adolescence"), QT_TRANSLATE_NOOP("Topics", "Growing up, changing moods")},
    {7, QT_TRANSLATE_NOOP("Topics", "Adjusting"), QT_TRANSLATE_NOOP("Topics", "Settling into junior school")},
    {7, QT_TRANSLATE_NOOP("Topics", "Learning"), QT_TRANSLATE_NOOP("Topics", "Learning with more subjects")},
    {7, QT_TRANSLATE_NOOP("Topics", "Adolescence"), QT_TRANSLATE_NOOP("Topics", "Understanding adolescence")},
    {8, QT_TRANSLATE_NOOP("Topics", "Emotions"), QT_TRANSLATE_NOOP("Topics", "Riding the emotional waves")},
    {8, QT_TRANSLATE_NOOP("Topics", "Friendship"), QT_TRANSLATE_NOOP("Topics", "Friends, crushes and boundaries")},
    {8, QT_TRANSLATE_NOOP("Topics", "Life education"), QT_TRANSLATE_NOOP("Topics", "Valuing life")},
    {9, QT_TRANSLATE_NOOP("Topics", "Exam stress"), QT_TRANSLATE_NOOP("Topics", "Facing the zhongkao calmly")},
    {9, QT_TRANSLATE_NOOP("Topics", "Learning"), QT_TRANSLATE_NOOP("Topics", "Planning revision")},
    {9, QT_TRANSLATE_NOOP("Topics", "Exam stress"), QT_TRANSLATE_NOOP("Topics", "Sleep, rest and exam nerves")},
    {10, QT_TRANSLATE_NOOP("Topics", "Adjusting"), QT_TRANSLATE_NOOP("Topics", "Settling into senior school")},
    {10, QT_TRANSLATE_NOOP("Topics", "Learning"), QT_TRANSLATE_NOOP("Topics", "Choosing subjects and goals")},
    {11, QT_TRANSLATE_NOOP("Topics", "Friendship"), QT_TRANSLATE_NOOP("Topics", "Relationships and respect")},
    {11, QT_TRANSLATE_NOOP("Topics", "Life education"), QT_TRANSLATE_NOOP("Topics", "Meaning and resilience")},
    {12, QT_TRANSLATE_NOOP("Topics", "Exam stress"), QT_TRANSLATE_NOOP("Topics", "Facing the gaokao calmly")},
    {12, QT_TRANSLATE_NOOP("Topics", "Emotions"), QT_TRANSLATE_NOOP("Topics", "Coping with pressure")},
    {12, QT_TRANSLATE_NOOP("Topics", "Exam stress"), QT_TRANSLATE_NOOP("Topics", "Life after the exam")},
};

Topic readTopic(storage::Statement &s)
{
    return Topic{s.int64(0), static_cast<int>(s.int64(1)), static_cast<int>(s.int64(2)), s.text(3), s.text(4),
                 s.text(5), s.int64(6) != 0};
}

constexpr char16_t kSelect[] = u"SELECT id, grade, position, title, theme, materials, active FROM lesson_topics";

Status checkTopic(const Topic &t)
{
    if (t.title.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("A topic needs a title. Type its title."));
    if (t.grade < 0 || t.grade > 12)
        return makeError(ErrorCode::InvalidInput, Tr::tr("A topic's grade must be 1–12, or every grade."));
    return {};
}
}  // namespace

QList<Topic> defaultTopics()
{
    QList<Topic> out;
    QHash<int, int> positions;
    for (const DefaultTopic &d : kDefaults) {
        Topic t;
        t.grade = d.grade;
        t.position = ++positions[d.grade];
        t.theme = QCoreApplication::translate("Topics", d.theme);
        t.title = QCoreApplication::translate("Topics", d.title);
        out.append(t);
    }
    return out;
}

Result<QList<Topic>> Topics::list()
{
    auto stmt = m_vault.database().prepare(QString::fromUtf16(kSelect) + u" ORDER BY grade, position, id"_s);
    if (!stmt) return stmt.error();
    return storage::collectRows(*stmt, readTopic);
}

Result<QList<Topic>> Topics::forGrade(int grade)
{
    auto stmt = m_vault.database().prepare(QString::fromUtf16(kSelect) +
                                           u" WHERE active = 1 AND (grade = ? OR grade = 0) "
                                           "ORDER BY grade = 0, position, id"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, grade);
    return storage::collectRows(*stmt, readTopic);
}

Result<int> Topics::seedDefaultsIfEmpty()
{
    auto count = m_vault.database().scalar(u"SELECT count(*) FROM lesson_topics"_s);
    if (!count) return count.error();
    if (count->toLongLong() > 0) return 0;
    const QList<Topic> topics = defaultTopics();
    CD_TRY(m_vault.recordChange(audit::action::TopicsSaved, QString(), u"defaults count=%1"_s.arg(topics.size()),
                                [&]() -> Status {
                                    auto stmt = m_vault.database().prepare(
                                        u"INSERT INTO lesson_topics (grade, position, title, theme) VALUES (?, ?, ?, ?)"_s);
                                    if (!stmt) return stmt.error();
                                    for (const Topic &t : topics) {
                                        stmt->reset();
                                        stmt->bind(1, t.grade).bind(2, t.position).bind(3, t.title).bind(4, t.theme);
                                        CD_TRY(stmt->exec());
                                    }
                                    return {};
                                }));
    return static_cast<int>(topics.size());
}

Result<qint64> Topics::add(const Topic &topic)
{
    CD_TRY(checkTopic(topic));
    qint64 id = 0;
    CD_TRY(m_vault.recordChange(audit::action::TopicsSaved, [&](vault::Vault::AuditRow &row) -> Status {
        auto stmt = m_vault.database().prepare(
            u"INSERT INTO lesson_topics (grade, position, title, theme, materials, active) VALUES (?, "
            "(SELECT coalesce(max(position), 0) + 1 FROM lesson_topics WHERE grade = ?), ?, ?, ?, ?)"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, topic.grade)
            .bind(2, topic.grade)
            .bind(3, topic.title.trimmed())
            .bind(4, topic.theme.trimmed())
            .bind(5, topic.materials.trimmed())
            .bind(6, topic.active ? 1 : 0);
        CD_TRY(stmt->exec());
        id = m_vault.database().lastInsertRowId();
        row.detail = u"add topic:%1"_s.arg(id);
        return {};
    }));
    return id;
}

Status Topics::update(const Topic &topic)
{
    CD_TRY(checkTopic(topic));
    return m_vault.recordChange(audit::action::TopicsSaved, QString(), u"edit topic:%1"_s.arg(topic.id), [&]() -> Status {
        auto stmt = m_vault.database().prepare(
            u"UPDATE lesson_topics SET title = ?, theme = ?, materials = ?, active = ? WHERE id = ?"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, topic.title.trimmed())
            .bind(2, topic.theme.trimmed())
            .bind(3, topic.materials.trimmed())
            .bind(4, topic.active ? 1 : 0)
            .bind(5, topic.id);
        CD_TRY(stmt->exec());
        if (m_vault.database().changes() == 0)
            return makeError(ErrorCode::NotFound, Tr::tr("That topic no longer exists."));
        return {};
    });
}

Status Topics::rename(qint64 id, const QString &title)
{
    auto all = list();
    if (!all) return all.error();
    for (Topic t : *all) {
        if (t.id != id) continue;
        t.title = title;
        return update(t);
    }
    return makeError(ErrorCode::NotFound, Tr::tr("That topic no longer exists."));
}

Status Topics::setActive(qint64 id, bool active)
{
    auto all = list();
    if (!all) return all.error();
    for (Topic t : *all) {
        if (t.id != id) continue;
        t.active = active;
        return update(t);
    }
    return makeError(ErrorCode::NotFound, Tr::tr("That topic no longer exists."));
}

Status Topics::reorder(int grade, const QList<qint64> &ids)
{
    auto all = list();
    if (!all) return all.error();
    QSet<qint64> ofGrade;
    for (const Topic &t : *all)
        if (t.grade == grade) ofGrade.insert(t.id);
    const QSet<qint64> given(ids.cbegin(), ids.cend());
    if (given != ofGrade || given.size() != ids.size())
        return makeError(ErrorCode::Usage, Tr::tr("The new order must name every topic of the grade once. Reopen the topics."));
    return m_vault.recordChange(audit::action::TopicsSaved, QString(), u"move count=%1"_s.arg(ids.size()), [&]() -> Status {
        auto stmt = m_vault.database().prepare(u"UPDATE lesson_topics SET position = ? WHERE id = ?"_s);
        if (!stmt) return stmt.error();
        for (int i = 0; i < ids.size(); ++i) {
            stmt->reset();
            stmt->bind(1, i + 1).bind(2, ids[i]);
            CD_TRY(stmt->exec());
        }
        return {};
    });
}

}  // namespace cd::lessons

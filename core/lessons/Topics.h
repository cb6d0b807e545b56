#pragma once
// The library of mental-health lesson topics, per grade (grade 0: for every grade), in order
// (docs/lessons.md). Plans give each class the topics of its grade in order. Editable by any user
// (add, rename, reorder, retire); when the library is empty it is seeded with defaults in the
// interface's language, fitting each grade band (primary, junior, senior; exam stress for grades 9
// and 12). Changes are audited (`topics.save`).

#include "common/Result.h"

#include <QList>
#include <QString>

namespace cd::vault {
class Vault;
}

namespace cd::lessons {

struct Topic {
    qint64 id = 0;
    int grade = 0;     ///< 1–12; 0: every grade
    int position = 0;  ///< order within the grade (ascending)
    QString title;     ///< "认识情绪"
    QString theme;     ///< the strand: "emotions", "learning", … (free text, shown as is)
    QString materials; ///< suggested materials (free text)
    bool active = true;  ///< retired topics are kept for lessons naming them, never planned
};

/// The default library (translated into the interface's language): every grade band's topics.
QList<Topic> defaultTopics();

class Topics {
public:
    explicit Topics(vault::Vault &vault) : m_vault(vault) {}

    /// Every topic, retired too, by grade then position.
    Result<QList<Topic>> list();
    /// The active topics a class of `grade` is taught, in plan order: the grade's own topics, then
    /// those for every grade (grade 0), each by position.
    Result<QList<Topic>> forGrade(int grade);
    /// Seeds the defaults when the library is empty (audited); returns how many were added (0 when
    /// the library already had topics).
    Result<int> seedDefaultsIfEmpty();
    /// Adds a topic at the end of its grade; returns its id. InvalidInput on an empty title or a
    /// grade out of 0–12.
    Result<qint64> add(const Topic &topic);
    /// Saves title, theme, materials and active of an existing topic.
    Status update(const Topic &topic);
    Status rename(qint64 id, const QString &title);
    /// Retires (active false) or brings back a topic.
    Status setActive(qint64 id, bool active);
    /// Puts the grade's topics in the order of `ids` (every topic of that grade, each once).
    Status reorder(int grade, const QList<qint64> &ids);

private:
    vault::Vault &m_vault;
};

}  // namespace cd::lessons

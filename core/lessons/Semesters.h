#pragma once
// The school's semesters in the vault: listed, found by name or by today's date, saved whole
// (dates, breaks, periods and targets in one audited transaction) and removed with everything
// planned in them. Any user can read and edit them: the room's calendar is the room's work.

#include "common/Result.h"
#include "lessons/Semester.h"

#include <optional>

namespace cd::vault {
class Vault;
}

namespace cd::lessons {

class Semesters {
public:
    explicit Semesters(vault::Vault &vault) : m_vault(vault) {}

    /// Every semester with its breaks and periods, earliest first.
    Result<QList<Semester>> list();
    Result<Semester> get(qint64 id);
    /// The semester named `name` (exactly, after trimming); NotFound naming it otherwise.
    Result<Semester> byName(const QString &name);
    /// The semester holding `day`; else the next one to start; else the last one to end; empty
    /// when the school has none.
    Result<std::optional<Semester>> current(const QDate &day);
    /// Inserts (id 0) or updates `semester` with its breaks and periods; InvalidInput with every
    /// problem of `semesterProblems` (one per line) when it cannot be saved. Returns the id.
    /// Audited (`semester.save`).
    Result<qint64> save(const Semester &semester);
    /// Removes a semester and everything planned in it (lessons, slots, duty, events). Lead only;
    /// audited (`semester.remove`). The UI asks first, naming what goes.
    Status remove(qint64 id);

private:
    vault::Vault &m_vault;
};

}  // namespace cd::lessons

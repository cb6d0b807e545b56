#pragma once
// The watch list (重点关注): students a counselor keeps an eye on, with a risk level, the reason
// and the date of the next review. Every change, including taking a student off the list, is
// kept with who and when; overdue reviews are easy to find.

#include "common/Result.h"
#include "students/StudentsAudit.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd::storage {
class Database;
}
namespace cd::vault {
class Vault;
}

namespace cd::students {

enum class RiskLevel { Low, Medium, High, Crisis };
inline constexpr RiskLevel kRiskLevels[] = {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High, RiskLevel::Crisis};

QString riskCode(RiskLevel level);
std::optional<RiskLevel> riskFromCode(const QString &code);
QString riskName(RiskLevel level);

struct WatchEntry {
    qint64 studentId = 0;
    QString studentNo;
    QString name;
    int grade = 0;
    QString klass;
    RiskLevel level = RiskLevel::Low;
    QString reason;
    QDate nextReview;
    QDateTime updatedAt;
    QString updatedBy;
    bool overdue(const QDate &today) const { return nextReview.isValid() && nextReview < today; }
};

struct WatchChange {
    std::optional<RiskLevel> level;  ///< empty: taken off the list
    QString reason;
    QDate nextReview;
    QDateTime changedAt;
    QString changedBy;
};

class WatchList {
public:
    explicit WatchList(vault::Vault &vault);

    /// Everyone on the list, most urgent first (crisis, then overdue, then by review date).
    Result<QList<WatchEntry>> entries();
    Result<std::optional<WatchEntry>> entry(qint64 studentId);
    /// Puts a student on the list or changes their entry, as the signed-in user. A reason and a
    /// review date are required. Audited (`watch.change`, the level as detail).
    Status set(qint64 studentId, RiskLevel level, const QString &reason, const QDate &nextReview);
    /// Takes a student off the list, with the reason. Audited (`watch.change`, detail "off");
    /// nothing is written for a student who is not on it.
    Status remove(qint64 studentId, const QString &reason);
    Result<QList<WatchChange>> history(qint64 studentId);

private:
    /// Everyone on the list, or only `studentId` when it is not 0; unsorted.
    Result<QList<WatchEntry>> select(qint64 studentId);
    Status addHistory(qint64 studentId, const QString &level, const QString &reason, const QDate &review,
                      const QString &actor, const QString &now);
    vault::Vault &m_vault;
    storage::Database &m_db;
};

}  // namespace cd::students

#pragma once
// Safety plans made with the student, on the six steps of the Stanley–Brown safety planning
// intervention adapted for a school (docs/crisis.md): in the student's own words, reviewed and
// versioned (a save is a new version; earlier versions stay readable).

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd::vault {
class Vault;
}

namespace cd::crisis {

struct SafetyPlanContent {
    QString warningSigns;      ///< 1. thoughts, images, moods, situations that a crisis may be starting
    QString copingAlone;       ///< 2. what I can do on my own
    QString distractions;      ///< 3. people and places that take my mind off things
    QString helpers;           ///< 4. people I can ask for help (teacher and guardian among them)
    QString professionals;     ///< 5. professionals and hotlines (12356, 12355, the local hospital)
    QString safeSurroundings;  ///< 6. making my surroundings safe (the guardian's part)
    QString reasonToLive;      ///< the one thing most important to me
    QString guardianName;      ///< who signed step 6
    bool guardianSigned = false;
    bool operator==(const SafetyPlanContent &other) const;
};

struct SafetyPlan {
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 eventId = 0;  ///< the event it was made after, or 0
    int version = 0;
    SafetyPlanContent content;
    QDate reviewOn;
    QDateTime createdAt;
    QString createdBy;
};

class SafetyPlans {
public:
    explicit SafetyPlans(vault::Vault &vault) : m_vault(vault) {}
    /// Saves a new version of the student's plan. Steps 1, 2 and 5 are required (a plan without
    /// warning signs, own coping or a professional to call is no plan); a review date is
    /// required and may not be in the past. Audited (`safety_plan.save`).
    Result<SafetyPlan> save(qint64 studentId, qint64 eventId, const SafetyPlanContent &content, const QDate &reviewOn);
    /// The newest version, if any.
    Result<std::optional<SafetyPlan>> current(qint64 studentId);
    /// Every version, newest first.
    Result<QList<SafetyPlan>> versions(qint64 studentId);
    Result<SafetyPlan> get(qint64 planId);
    /// Current plans whose review date has come, soonest first.
    Result<QList<SafetyPlan>> reviewsDue(const QDate &until);

private:
    vault::Vault &m_vault;
};

/// The content as stored (JSON) and back; unknown keys are ignored.
QString safetyPlanToJson(const SafetyPlanContent &content);
SafetyPlanContent safetyPlanFromJson(const QString &json);

}  // namespace cd::crisis

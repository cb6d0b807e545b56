#include "crisis/RiskScale.h"

#include "crisis/CrisisAudit.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cd::crisis {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(RiskScale)
};
}  // namespace

QList<RiskLevel> levelsBySeverity() { return {RiskLevel::Crisis, RiskLevel::High, RiskLevel::Medium, RiskLevel::Low}; }

int severity(RiskLevel level) { return static_cast<int>(level); }

RiskLabel RiskLabels::defaultLabel(RiskLevel level)
{
    // The common Chinese four-colour scheme (docs/crisis.md): red is the most severe.
    switch (level) {
    //: default name of the most severe risk level (red alert)
    case RiskLevel::Crisis: return {level, Tr::tr("Red: crisis"), u"#c62828"_s, false};
    //: default name of the second risk level (orange alert)
    case RiskLevel::High: return {level, Tr::tr("Orange: high"), u"#ef6c00"_s, false};
    //: default name of the third risk level (yellow alert)
    case RiskLevel::Medium: return {level, Tr::tr("Yellow: medium"), u"#f9a825"_s, false};
    //: default name of the lowest risk level (blue: keep an eye on)
    case RiskLevel::Low: return {level, Tr::tr("Blue: low"), u"#1565c0"_s, false};
    }
    return {};
}

RiskLabels::RiskLabels()
{
    for (RiskLevel level : levelsBySeverity()) m_labels.append(defaultLabel(level));
}

RiskLabels::RiskLabels(QList<RiskLabel> labels) : RiskLabels()
{
    for (const RiskLabel &custom : labels)
        for (RiskLabel &label : m_labels)
            if (label.level == custom.level) label = custom;
}

QString RiskLabels::label(RiskLevel level) const
{
    for (const RiskLabel &l : m_labels)
        if (l.level == level) return l.label;
    return {};
}

QString RiskLabels::colour(RiskLevel level) const
{
    for (const RiskLabel &l : m_labels)
        if (l.level == level) return l.colour;
    return {};
}

Result<RiskLabels> RiskScale::load()
{
    auto stmt = m_vault.database().prepare(u"SELECT level, label, colour FROM risk_labels"_s);
    if (!stmt) return stmt.error();
    QList<RiskLabel> custom;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        const auto level = students::riskFromCode(stmt->text(0));
        if (!level) continue;
        custom.append({*level, stmt->text(1), stmt->text(2), true});
    }
    return RiskLabels(custom);
}

Status RiskScale::save(const QList<RiskLabel> &labels)
{
    if (!m_vault.isLead())
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Only the room lead can rename the risk levels."));
    static const QRegularExpression colourPattern(u"^#[0-9a-fA-F]{6}$"_s);
    QSet<QString> seenLabels;
    QSet<int> seenLevels;
    for (const RiskLabel &l : labels) {
        const QString label = l.label.trimmed();
        if (label.isEmpty() || label.size() > 40)
            return makeError(ErrorCode::InvalidInput, Tr::tr("Give each risk level a name of 1 to 40 characters."));
        if (seenLabels.contains(label.toCaseFolded()))
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("Two risk levels are both called \"%1\". Give each level its own name.").arg(label));
        if (!colourPattern.match(l.colour).hasMatch())
            return makeError(ErrorCode::InvalidInput, Tr::tr("Choose a colour for the level \"%1\".").arg(label));
        seenLabels.insert(label.toCaseFolded());
        seenLevels.insert(severity(l.level));
    }
    if (seenLevels.size() != levelsBySeverity().size() || labels.size() != levelsBySeverity().size())
        return makeError(ErrorCode::InvalidInput, Tr::tr("Name every risk level once."));
    return m_vault.recordChange(audit::action::RiskLabelsChanged, QString(), u"custom"_s, [&]() -> Status {
        storage::Database &db = m_vault.database();
        CD_TRY(db.exec(u"DELETE FROM risk_labels"_s));
        auto stmt = db.prepare(u"INSERT INTO risk_labels (level, label, colour, changed_at, changed_by) "
                               "VALUES (?, ?, ?, ?, ?)"_s);
        if (!stmt) return stmt.error();
        for (const RiskLabel &l : labels) {
            stmt->reset();
            stmt->bind(1, students::riskCode(l.level))
                .bind(2, l.label.trimmed())
                .bind(3, l.colour.toLower())
                .bind(4, clock::toStorage(clock::now()))
                .bind(5, m_vault.currentUser().login);
            CD_TRY(stmt->exec());
        }
        return {};
    });
}

Status RiskScale::reset()
{
    if (!m_vault.isLead())
        return makeError(ErrorCode::PermissionDenied, Tr::tr("Only the room lead can rename the risk levels."));
    return m_vault.recordChange(audit::action::RiskLabelsChanged, QString(), u"defaults"_s,
                                [&]() -> Status { return m_vault.database().exec(u"DELETE FROM risk_labels"_s); });
}

}  // namespace cd::crisis

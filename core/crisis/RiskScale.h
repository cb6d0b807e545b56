#pragma once
// One ordered scale of risk for the whole room. CounselDesk keeps the order (the four severities
// the watch list stores: low < medium < high < crisis); the room lead names them and picks their
// colours, so a school that says 一级预警 and one that says 红色预警 both see their own words.
// A severity the lead has not named shows its default (红/橙/黄/蓝 in Chinese). Labels are shown,
// never stored in records: changing a label changes it everywhere, and old entries keep their
// meaning.

#include "common/Result.h"
#include "students/WatchList.h"

#include <QList>
#include <QString>

namespace cd::vault {
class Vault;
}

namespace cd::crisis {

using students::RiskLevel;

struct RiskLabel {
    RiskLevel level = RiskLevel::Low;
    QString label;   ///< as shown
    QString colour;  ///< "#rrggbb"
    bool custom = false;  ///< set by the lead (false: the default)
};

/// The scale as loaded: cheap to copy, read once per page.
class RiskLabels {
public:
    RiskLabels();  ///< the defaults
    explicit RiskLabels(QList<RiskLabel> labels);
    QString label(RiskLevel level) const;
    QString colour(RiskLevel level) const;
    /// Every level, most severe first.
    const QList<RiskLabel> &all() const { return m_labels; }
    static RiskLabel defaultLabel(RiskLevel level);

private:
    QList<RiskLabel> m_labels;
};

/// Levels in order of severity, most severe first.
QList<RiskLevel> levelsBySeverity();
/// 0 (low) … 3 (crisis).
int severity(RiskLevel level);

class RiskScale {
public:
    explicit RiskScale(vault::Vault &vault) : m_vault(vault) {}
    Result<RiskLabels> load();
    /// The lead's labels and colours for every level. Labels must be 1–40 characters and all
    /// different; colours "#rrggbb". Lead only; audited (`risk.labels`).
    Status save(const QList<RiskLabel> &labels);
    /// Back to the defaults. Lead only; audited.
    Status reset();

private:
    vault::Vault &m_vault;
};

}  // namespace cd::crisis

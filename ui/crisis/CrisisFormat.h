#pragma once
// Small display helpers shared by the crisis area's windows: times as the counselor reads them,
// the lead's risk labels as coloured text, and students by id for lists (names are read from the
// vault when shown and kept nowhere else).

#include "core/crisis/RiskScale.h"
#include "core/students/StudentRepository.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QString>

class QComboBox;
class QWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui::crisisui {

/// "2026-12-06 14:05", local time (ui/common/Dates.h).
QString dateTime(const QDateTime &at);
/// "2026-12-06"; empty for an invalid date (ui/common/Dates.h).
QString date(const QDate &on);
/// A small square of `colour`, for combo boxes and lists.
QIcon swatch(const QColor &colour);
/// The colour of a level, as the lead set it.
QColor levelColour(const crisis::RiskLabels &labels, crisis::RiskLevel level);
/// Fills `combo` with every level, most severe first, in the lead's labels and colours (data: the
/// level as int).
void fillLevels(QComboBox *combo, const crisis::RiskLabels &labels);
/// The lead's labels, or the defaults when they cannot be read (a label is never worth an error).
crisis::RiskLabels loadLabels(vault::Vault &vault);
/// Every student by id (for the names and classes of a list); empty on an error.
QHash<qint64, students::StudentSummary> studentsById(vault::Vault &vault);
/// "张三 · 初一(3)班"; `fallback` when the id is unknown.
QString studentLine(const QHash<qint64, students::StudentSummary> &students, qint64 id);
/// Who wrote a record, by name: the user's display name for a login (the login when unknown).
QString userName(vault::Vault &vault, const QString &login);
/// The colour that marks what is overdue.
QColor overdueColour();

}  // namespace cd::ui::crisisui

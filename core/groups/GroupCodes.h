#pragma once
// The codes of the groups area: a counseling group's theme and a school event's kind and format,
// each stored as a code (never change one) with its translated name.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::groups {

/// What a counseling group (团体辅导) works on.
enum class GroupTheme { NewSchool, Emotions, Friendship, ExamStress, Adolescence, LifeEducation, Other };

QString groupThemeCode(GroupTheme theme);
std::optional<GroupTheme> groupThemeFromCode(const QString &code);
/// "Adjusting to a new school", "Emotions", … (translated).
QString groupThemeName(GroupTheme theme);
QList<GroupTheme> groupThemes();

/// A school event: the monthly whole-school activity, a family-education event or a teacher training.
enum class EventKind { Activity, Family, Training };

QString eventKindCode(EventKind kind);
std::optional<EventKind> eventKindFromCode(const QString &code);
/// "Whole-school activity", "Family education", "Teacher training" (translated).
QString eventKindName(EventKind kind);
QList<EventKind> eventKinds();

/// The format codes offered for `kind` (activity: its theme; family: talk, parent school, home
/// visit, open day; training: lecture, workshop, case study), each ending with "other".
QStringList eventFormats(EventKind kind);
/// The translated name of a format code; a code no list knows is shown as it was stored.
QString eventFormatName(const QString &code);

}  // namespace cd::groups

#pragma once
// The time the core writes into records. Tests may pin it.

#include <QDate>
#include <QDateTime>

namespace cd::clock {

/// Now, in UTC, millisecond precision.
QDateTime now();
/// Pins now() to `fixed` (an invalid QDateTime unpins). For tests only.
void setNowForTesting(const QDateTime &fixed);
/// ISO 8601 UTC with milliseconds, the form stored in the vault.
QString toStorage(const QDateTime &at);
QDateTime fromStorage(const QString &text);
/// Today in local time (the day a counselor means), following now().
QDate today();
/// Calendar dates as stored: ISO 8601 "2026-03-05"; an invalid date is stored as "".
QString dateToStorage(const QDate &date);
QDate dateFromStorage(const QString &text);

}  // namespace cd::clock

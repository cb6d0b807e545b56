#pragma once
// The time the core writes into records. Tests may pin it.

#include <QDateTime>

namespace cd::clock {

/// Now, in UTC, millisecond precision.
QDateTime now();
/// Pins now() to `fixed` (an invalid QDateTime unpins). For tests only.
void setNowForTesting(const QDateTime &fixed);
/// ISO 8601 UTC with milliseconds, the form stored in the vault.
QString toStorage(const QDateTime &at);
QDateTime fromStorage(const QString &text);

}  // namespace cd::clock

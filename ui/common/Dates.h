#pragma once
// The one way the interface writes dates and times: "2026-12-06" and "2026-12-06 14:05" (local
// time) in every language, the same as the date fields people type into, so a record never mixes
// "2013年3月1日星期五", "2026/12/6" and "2026-12-06". Everything shown in ui/ goes through here.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace cd::ui::dates {

/// "yyyy-MM-dd": for QDateEdit::setDisplayFormat and chart axes.
QString dateFormat();
/// "yyyy-MM-dd HH:mm": for QDateTimeEdit::setDisplayFormat.
QString dateTimeFormat();

/// "2026-12-06"; empty for an invalid date.
QString date(const QDate &on);
/// "2026-12-06 14:05" in local time; empty for an invalid time.
QString dateTime(const QDateTime &at);
/// "2026-12-06 14:05:09" in local time (the audit log, where seconds matter).
QString dateTimeSeconds(const QDateTime &at);
/// "14:05".
QString time(const QTime &at);

}  // namespace cd::ui::dates

#include "common/Clock.h"


namespace cd::clock {

namespace {
QDateTime &pinned()
{
    static QDateTime value;
    return value;
}
}  // namespace

QDateTime now()
{
    if (pinned().isValid()) return pinned();
    return QDateTime::currentDateTimeUtc();
}

void setNowForTesting(const QDateTime &fixed) { pinned() = fixed.toUTC(); }

QString toStorage(const QDateTime &at) { return at.toUTC().toString(Qt::ISODateWithMs); }

QDateTime fromStorage(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QDate today() { return now().toLocalTime().date(); }

QString dateToStorage(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

QDate dateFromStorage(const QString &text) { return QDate::fromString(text, Qt::ISODate); }

}  // namespace cd::clock

#pragma once
// The maker's helpers, shared by its files (make_fixture_vault.cpp, FixtureCrisisMaker.cpp): the
// pinned clock and failing loudly. A fixture is made once; any refusal stops it with the reason.

#include "common/Clock.h"
#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <utility>

namespace cd::fixture {

[[noreturn]] inline void die(const char *what, const Error &error)
{
    std::fprintf(stderr, "cd_make_fixture_vault: %s: %s\n", what, error.message.toUtf8().constData());
    std::exit(1);
}
[[noreturn]] inline void die(const char *what, const QString &why) { die(what, Error{ErrorCode::Internal, why}); }
inline void must(const Status &st, const char *what)
{
    if (!st) die(what, st.error());
}
template <typename T>
T must(Result<T> r, const char *what)
{
    if (!r) die(what, r.error());
    return std::move(*r);
}

/// Pins the clock (clock::setNowForTesting) to an ISO time in UTC: every record and audit row made
/// after it carries that time.
inline void at(const char *isoUtc)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    clock::setNowForTesting(t);
}
/// An ISO time in UTC (for times given to the API, not the clock).
inline QDateTime utc(const char *isoUtc)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}
inline QDate day(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

}  // namespace cd::fixture

#pragma once
// The core clock pinned for the length of a scope; released (back to the real time) after it.

#include "common/Clock.h"

#include <QDateTime>

namespace cd::test {

class PinnedClock {
public:
    explicit PinnedClock(const QDateTime &at) { clock::setNowForTesting(at); }
    ~PinnedClock() { clock::setNowForTesting(QDateTime()); }
    PinnedClock(const PinnedClock &) = delete;
    PinnedClock &operator=(const PinnedClock &) = delete;
};

}  // namespace cd::test

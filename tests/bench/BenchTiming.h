#pragma once
// The benchmarks' one timing rule: run the work `runs` times, report the median in milliseconds.

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace cd::bench {

inline double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

}  // namespace cd::bench

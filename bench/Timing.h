#pragma once
// The median wall time of `runs` runs of `work`, in milliseconds.

#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <vector>

namespace cn::bench {

inline double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace cn::bench

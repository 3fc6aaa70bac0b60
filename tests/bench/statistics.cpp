#include "statistics.h"

#include <algorithm>
#include <cmath>

namespace Statistics {

double median(QVector<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    if (samples.size() % 2 == 1)
        return samples.at(middle);
    return (samples.at(middle - 1) + samples.at(middle)) / 2;
}

double percentile(QVector<double> samples, double percent)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<qsizetype>(std::ceil(percent / 100 * samples.size()));
    return samples.at(std::clamp<qsizetype>(rank, 1, samples.size()) - 1);
}

} // namespace Statistics

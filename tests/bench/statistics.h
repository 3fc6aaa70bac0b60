#pragma once

#include <QVector>

// Summaries of repeated measurements. Medians rather than means, because a
// single run slowed down by the rest of the machine should not move the
// verdict.
namespace Statistics {

// The middle value (the mean of the two middle ones for an even count);
// 0 for no samples.
double median(QVector<double> samples);

// Nearest-rank percentile, percent in (0, 100]; 0 for no samples.
double percentile(QVector<double> samples, double percent);

} // namespace Statistics

#pragma once

#include <QString>

#include <cstdint>

namespace es {

// How the Topics view writes sizes and rates: in the user's locale, with units a person
// reads at a glance ("1.2 MB", "12,400/s").
QString formatBytes(std::uint64_t bytes);
QString formatRate(double perSecond);
QString formatBytesRate(double bytesPerSecond);

} // namespace es

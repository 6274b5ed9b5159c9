#include "ui/topics/topic_format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace es {

QString formatBytes(std::uint64_t bytes)
{
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeSIFormat);
}

QString formatRate(double perSecond)
{
    // Whole numbers above 10/s, one decimal below, so a trickle of test events still shows.
    const int decimals = perSecond >= 10 || perSecond == 0 ? 0 : 1;
    return QCoreApplication::translate("es::TopicFormat", "%1/s")
        .arg(QLocale().toString(perSecond, 'f', decimals));
}

QString formatBytesRate(double bytesPerSecond)
{
    return QCoreApplication::translate("es::TopicFormat", "%1/s")
        .arg(formatBytes(static_cast<std::uint64_t>(std::llround(std::max(0.0, bytesPerSecond)))));
}

} // namespace es

#pragma once

#ifndef Q_MOC_RUN
#include "replay/republish_request.h"
#endif

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace es {

// The small texts the Replay view's fields take, parsed with errors in words:
//   partitions: "" (all) or "0, 2, 5";
//   ranges: "" (all, whole logs) or "0, 1:100-500, 2:950-" (partition, optional from-to,
//   either end may be left out: the log start, the high watermark). Both ends are included,
//   as users read "100-500"; the ranges returned end after it, as the engine's do.
class RangeText {
    Q_DECLARE_TR_FUNCTIONS(RangeText)

public:
    // nullopt with `error` set when the text is not a partition list.
    static std::optional<std::vector<std::int32_t>> parsePartitions(const QString &text, QString *error);
    static std::optional<std::vector<RepublishRange>> parseRanges(const QString &text, QString *error);
};

} // namespace es

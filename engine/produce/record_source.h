#pragma once

#include "client/producer.h"
#include "common/status.h"

namespace es {

// Where a BulkSend takes its records from: a template rendered N times, or a file.
// Used by the job's thread only, one call at a time.
class RecordSource {
public:
    virtual ~RecordSource() = default;

    // Fills the next record (topic included); false when there is none left, or on an
    // error, which status() then explains.
    virtual bool next(ProducerRecord &out) = 0;
    [[nodiscard]] virtual Status status() const { return Status::ok(); }
    // How far through the source next() has got, in [0, 1].
    [[nodiscard]] virtual double progress() const = 0;
};

} // namespace es

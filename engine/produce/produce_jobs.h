#pragma once

// Starting the send jobs of the Produce view: each function runs on a worker thread that
// may use the connection, does only quick work (parse, open a file, look up the topic) and
// leaves the running job in a JobSlot.

#include "produce/bulk_send.h"
#include "produce/job_slot.h"
#include "produce/record_template.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace es {

class Connection;

// One record (or a run of them) as the editor describes it.
struct ProduceDraft {
    std::string topic;
    std::optional<std::int32_t> partition; // nullopt: by key
    std::optional<std::int64_t> timestamp; // nullopt: now
    RecordTemplateSet set;
};

// The options for sending one record: no linger, and a delivery timeout short enough that
// a stopped cluster is reported within seconds.
BulkSendOptions singleSendOptions();

// Starts sending `count` records rendered from the draft ({{seq}} from firstSequence), at
// `ratePerSecond` (0: as fast as possible). An error in words, or an empty string.
std::string startTemplateJob(Connection &connection, JobSlot &slot, const ProduceDraft &draft,
                             std::int64_t count, std::int64_t firstSequence, double ratePerSecond,
                             BulkSendOptions options);

// Starts importing the records of a JSON Lines or CSV file (by its extension) into `topic`.
std::string startImportJob(Connection &connection, JobSlot &slot, const std::string &path,
                           const std::string &topic);

} // namespace es

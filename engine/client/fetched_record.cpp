#include "client/fetched_record.h"

#include <string>

namespace es {

FetchedRecord toFetchedRecord(const TopicPartition &tp, const RecordView &view)
{
    FetchedRecord r;
    r.tp = tp;
    r.offset = view.offset;
    r.timestamp = view.timestamp;
    if (view.key)
        r.key = Bytes(view.key->begin(), view.key->end());
    if (view.value)
        r.value = Bytes(view.value->begin(), view.value->end());
    for (const auto &h : view.headers())
        r.headers.push_back(
            {std::string(h.key),
             h.value ? std::optional<Bytes>(Bytes(h.value->begin(), h.value->end())) : std::nullopt});
    r.sizeBytes = view.sizeInBytes;
    return r;
}

} // namespace es

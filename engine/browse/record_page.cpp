#include "browse/record_page.h"

#include <algorithm>

namespace es {

const FetchedRecord *RecordPage::find(std::int64_t offset) const
{
    auto it = std::lower_bound(records.begin(), records.end(), offset,
                               [](const FetchedRecord &r, std::int64_t o) { return r.offset < o; });
    return it != records.end() && it->offset == offset ? &*it : nullptr;
}

Result<RecordPagePtr> readRecordPage(RecordReader &reader, const TopicPartition &tp, std::int64_t first,
                                     std::stop_token stop)
{
    auto page = std::make_shared<RecordPage>();
    page->partition = tp.partition;
    page->first = first;
    page->readEnd = first;
    const std::int64_t end = first + RecordPage::kRows;
    std::int64_t next = first;
    // A read may stop early at its byte limit; go on until the page is full or the log ends.
    while (next < end) {
        auto records = reader.read(tp, next, static_cast<std::size_t>(end - next), 1 << 20, stop);
        if (!records)
            return records.status();
        if (records->empty()) {
            // Nothing at or after `next` below the high watermark: the offsets up to it have
            // no record (a compacted or aborted tail), the ones past it are not written yet.
            auto bounds = reader.bounds(tp, stop);
            if (!bounds)
                return bounds.status();
            next = std::max(next, std::min(end, bounds->highWatermark));
            break;
        }
        for (FetchedRecord &r : *records) {
            if (r.offset >= end)
                break;
            if (r.offset >= next)
                page->records.push_back(std::move(r));
        }
        const std::int64_t last = records->back().offset;
        if (last + 1 <= next)
            break; // no progress: never loop on a reader that returns old records
        next = last + 1;
    }
    page->readEnd = std::min(end, next);
    return RecordPagePtr(std::move(page));
}

} // namespace es

#include "storage/batch_filter.h"

#include <algorithm>

#include "common/byte_order.h"
#include "common/crc32c.h"
#include "storage/compression.h"
#include "storage/record_batch_format.h"
#include "storage/record_batch_reader.h"

namespace es {

Result<FilteredBatch> filterBatch(const RecordBatchView &view, const std::function<bool(const RecordView &)> &keep)
{
    Bytes scratch;
    auto section = view.records(scratch);
    if (!section)
        return section.status();

    Bytes kept;
    std::int32_t total = 0, keptCount = 0;
    std::size_t cursor = 0;
    RecordDecoder decoder(view.header(), *section);
    RecordView r;
    while (decoder.next(r)) {
        ++total;
        if (keep(r)) {
            const auto raw = section->subspan(cursor, r.sizeInBytes);
            kept.insert(kept.end(), raw.begin(), raw.end());
            ++keptCount;
        }
        cursor += r.sizeInBytes;
    }
    ES_RETURN_IF_ERROR(decoder.status());

    FilteredBatch out;
    if (keptCount == total) {
        out.unchanged = true;
        return out;
    }
    if (keptCount == 0) {
        out.empty = true;
        return out;
    }
    const ByteView original = view.bytes();
    out.bytes.resize(batch::kHeaderSize);
    std::copy_n(original.data(), batch::kHeaderSize, out.bytes.data());
    if (view.header().compression() == Compression::None)
        out.bytes.insert(out.bytes.end(), kept.begin(), kept.end());
    else
        ES_RETURN_IF_ERROR(compress(view.header().compression(), kept, out.bytes));
    std::uint8_t *b = out.bytes.data();
    storeBigEndian<std::int32_t>(b + batch::kLengthAt, static_cast<std::int32_t>(out.bytes.size() - batch::kLogOverhead));
    storeBigEndian<std::int32_t>(b + batch::kRecordCountAt, keptCount);
    storeBigEndian<std::uint32_t>(b + batch::kCrcAt,
                                  crc32c(b + batch::kAttributesAt, out.bytes.size() - batch::kAttributesAt));
    return out;
}

} // namespace es

#include "storage/batch_filter.h"

#include <algorithm>

#include "common/byte_order.h"
#include "common/crc32c.h"
#include "common/varint.h"
#include "storage/compression.h"
#include "storage/record_batch_format.h"
#include "storage/record_batch_reader.h"

namespace es {

namespace {

// Appends `raw` (one encoded record, length prefix included) with its timestamp delta
// taken against `baseTimestamp` instead: attributes, the new delta, and the rest as it was.
Status appendRebased(ByteView raw, std::int64_t timestamp, std::int64_t baseTimestamp, Bytes &out)
{
    BufferReader in(raw);
    (void)getVarint(in); // the length, recomputed below
    const auto attributes = in.get<std::int8_t>();
    (void)getVarlong(in);
    if (!in.ok())
        return Status::corruption("a record's header is truncated");
    const ByteView rest = raw.subspan(in.position());
    Bytes body;
    body.reserve(rest.size() + kMaxVarint64Bytes + 1);
    body.push_back(static_cast<std::uint8_t>(attributes));
    putVarlong(body, static_cast<std::int64_t>(static_cast<std::uint64_t>(timestamp) -
                                               static_cast<std::uint64_t>(baseTimestamp)));
    body.insert(body.end(), rest.begin(), rest.end());
    putVarint(out, static_cast<std::int32_t>(body.size()));
    out.insert(out.end(), body.begin(), body.end());
    return Status::ok();
}

} // namespace

Result<FilteredBatch> filterBatch(const RecordBatchView &view, const std::function<bool(const RecordView &)> &keep,
                                  std::optional<std::int64_t> deleteHorizonMs)
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
            if (deleteHorizonMs)
                ES_RETURN_IF_ERROR(appendRebased(raw, r.timestamp, *deleteHorizonMs, kept));
            else
                kept.insert(kept.end(), raw.begin(), raw.end());
            ++keptCount;
        }
        cursor += r.sizeInBytes;
    }
    ES_RETURN_IF_ERROR(decoder.status());

    FilteredBatch out;
    if (keptCount == total && !deleteHorizonMs) {
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
    if (deleteHorizonMs) {
        storeBigEndian<std::int16_t>(
            b + batch::kAttributesAt, static_cast<std::int16_t>(view.header().attributes | batch::kDeleteHorizonSet));
        storeBigEndian<std::int64_t>(b + batch::kBaseTimestampAt, *deleteHorizonMs);
    }
    storeBigEndian<std::int32_t>(b + batch::kLengthAt, static_cast<std::int32_t>(out.bytes.size() - batch::kLogOverhead));
    storeBigEndian<std::int32_t>(b + batch::kRecordCountAt, keptCount);
    storeBigEndian<std::uint32_t>(b + batch::kCrcAt,
                                  crc32c(b + batch::kAttributesAt, out.bytes.size() - batch::kAttributesAt));
    return out;
}

} // namespace es

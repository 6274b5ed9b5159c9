#include "storage/batch_recompression.h"

#include "common/byte_order.h"
#include "common/crc32c.h"
#include "storage/record_batch_format.h"
#include "storage/record_batch_reader.h"

namespace es {

namespace {

bool needsRewrite(const BatchHeader &h, Compression codec)
{
    return !h.isControl() && h.compression() != codec;
}

// Appends `batch` to `out` with its records in `codec`.
Status appendRecompressed(const RecordBatchView &batch, Compression codec, Bytes &scratch, Bytes &out)
{
    auto records = batch.records(scratch);
    if (!records)
        return records.status();
    const std::size_t start = out.size();
    const ByteView header = batch.bytes().first(batch::kHeaderSize);
    out.insert(out.end(), header.begin(), header.end());
    if (codec == Compression::None)
        out.insert(out.end(), records->begin(), records->end());
    else
        ES_RETURN_IF_ERROR(compress(codec, *records, out));
    const std::size_t size = out.size() - start;
    if (size - batch::kLogOverhead > static_cast<std::size_t>(batch::kMaxBatchSize))
        return Status::outOfRange("a recompressed batch exceeds the largest batch size");
    std::uint8_t *b = out.data() + start;
    storeBigEndian<std::int32_t>(b + batch::kLengthAt, static_cast<std::int32_t>(size - batch::kLogOverhead));
    const auto attributes = static_cast<std::int16_t>((batch.header().attributes & ~batch::kCompressionMask) |
                                                      static_cast<std::int16_t>(codec));
    storeBigEndian<std::int16_t>(b + batch::kAttributesAt, attributes);
    storeBigEndian<std::uint32_t>(b + batch::kCrcAt,
                                  crc32c(b + batch::kAttributesAt, size - batch::kAttributesAt));
    return Status::ok();
}

} // namespace

Result<std::optional<Bytes>> recompressBatches(ByteView batches, Compression codec, Bytes &scratch)
{
    bool any = false;
    for (BatchIterator it(batches, CrcCheck::Skip); it.next();)
        any = any || needsRewrite(it.header(), codec);
    if (!any)
        return std::optional<Bytes>();
    Bytes out;
    out.reserve(batches.size());
    BatchIterator it(batches, CrcCheck::Skip);
    while (it.next()) {
        if (!needsRewrite(it.header(), codec)) {
            out.insert(out.end(), it.batch().begin(), it.batch().end());
            continue;
        }
        auto view = RecordBatchView::parse(it.batch(), CrcCheck::Skip);
        if (!view)
            return view.status();
        ES_RETURN_IF_ERROR(appendRecompressed(*view, codec, scratch, out));
    }
    ES_RETURN_IF_ERROR(it.status());
    return std::optional<Bytes>(std::move(out));
}

} // namespace es

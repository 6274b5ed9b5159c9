#include "storage/record.h"

#include "common/varint.h"

#include <algorithm>

namespace es {

namespace {

// Reads a varint length and that many bytes; -1 is null. False if malformed.
bool readField(BufferReader &in, std::optional<ByteView> &out)
{
    const std::int32_t n = getVarint(in);
    if (!in.ok() || n < -1)
        return false;
    if (n < 0)
        out.reset();
    else
        out = in.getBytes(static_cast<std::size_t>(n));
    return in.ok();
}

std::optional<Bytes> toBytes(const std::optional<ByteView> &v)
{
    return v ? std::optional<Bytes>(std::in_place, v->begin(), v->end()) : std::nullopt;
}

} // namespace

std::vector<RecordHeaderView> RecordView::headers() const
{
    // The reader validated headersRaw; on bytes it did not validate, decoding stops at the
    // first malformed header rather than reading past the view.
    std::vector<RecordHeaderView> out;
    // Each header takes at least two bytes, which bounds the reservation on bad input too.
    out.reserve(std::min(static_cast<std::size_t>(headerCount > 0 ? headerCount : 0), headersRaw.size() / 2));
    BufferReader in(headersRaw);
    for (std::int32_t i = 0; i < headerCount; ++i) {
        std::optional<ByteView> headerKey;
        std::optional<ByteView> headerValue;
        if (!readField(in, headerKey) || !headerKey || !readField(in, headerValue))
            break;
        out.push_back({asChars(*headerKey), headerValue});
    }
    return out;
}

Record RecordView::toRecord() const
{
    Record r;
    r.key = toBytes(key);
    r.value = toBytes(value);
    r.timestamp = timestamp;
    for (const RecordHeaderView &h : headers())
        r.headers.push_back({std::string(h.key), toBytes(h.value)});
    return r;
}

} // namespace es

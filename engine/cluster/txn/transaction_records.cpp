#include "cluster/txn/transaction_records.h"

#include "common/classic_encoding.h"
#include "common/varint.h"

namespace es {
namespace {

// The tags of TransactionLogValue's version 1 tagged fields.
constexpr std::uint32_t kTagPreviousProducerId = 0;
constexpr std::uint32_t kTagNextProducerId = 1;
constexpr std::uint32_t kTagClientTransactionVersion = 2;

Status finish(const BufferReader &in, std::string_view what)
{
    if (!in.ok())
        return Status::corruption(std::string(what) + " is truncated or malformed");
    if (in.remaining() != 0)
        return Status::corruption(std::string(what) + " has " + std::to_string(in.remaining()) +
                                  " trailing bytes");
    return Status::ok();
}

// Flexible (version 1) encoding: lengths and counts are unsigned varints of n + 1, 0 for null.
void putCompactString(BufferWriter &out, std::string_view s)
{
    putUnsignedVarint(out.bytes(), static_cast<std::uint32_t>(s.size()) + 1);
    out.putBytes(s);
}

void putCompactCount(BufferWriter &out, std::size_t n)
{
    putUnsignedVarint(out.bytes(), static_cast<std::uint32_t>(n) + 1);
}

// A compact length or count; nullopt for null. Fails the reader when the remaining bytes
// cannot hold that many elements of `minElementBytes` each.
std::optional<std::size_t> getCompactCount(BufferReader &in, std::size_t minElementBytes)
{
    const std::uint32_t n = getUnsignedVarint(in);
    if (!in.ok() || n == 0)
        return std::nullopt;
    if (n - 1 > in.remaining() / minElementBytes) {
        in.fail();
        return std::nullopt;
    }
    return static_cast<std::size_t>(n - 1);
}

std::string getCompactString(BufferReader &in)
{
    const std::optional<std::size_t> n = getCompactCount(in, 1);
    if (!n) {
        in.fail();
        return {};
    }
    return std::string(asChars(in.getBytes(*n)));
}

void putTaggedFields(BufferWriter &out, const TransactionLogValue &value)
{
    Bytes fields;
    BufferWriter tagged(fields);
    std::uint32_t count = 0;
    auto putTag = [&](std::uint32_t tag, std::uint32_t size) {
        putUnsignedVarint(fields, tag);
        putUnsignedVarint(fields, size);
        ++count;
    };
    if (value.previousProducerId != -1) {
        putTag(kTagPreviousProducerId, 8);
        tagged.put<std::int64_t>(value.previousProducerId);
    }
    if (value.nextProducerId != -1) {
        putTag(kTagNextProducerId, 8);
        tagged.put<std::int64_t>(value.nextProducerId);
    }
    if (value.clientTransactionVersion != 0) {
        putTag(kTagClientTransactionVersion, 2);
        tagged.put<std::int16_t>(value.clientTransactionVersion);
    }
    putUnsignedVarint(out.bytes(), count);
    out.putBytes(fields);
}

// Steps over a structure's tagged fields, as a reader that knows none of its tags does.
void skipTaggedFields(BufferReader &in)
{
    const std::uint32_t count = getUnsignedVarint(in);
    // Each field takes at least two bytes (tag and size).
    if (!in.ok() || count > in.remaining() / 2) {
        in.fail();
        return;
    }
    for (std::uint32_t i = 0; i < count && in.ok(); ++i) {
        getUnsignedVarint(in);
        in.skip(getUnsignedVarint(in));
    }
}

void getTaggedFields(BufferReader &in, TransactionLogValue &value)
{
    const std::uint32_t count = getUnsignedVarint(in);
    // Each field takes at least two bytes (tag and size).
    if (!in.ok() || count > in.remaining() / 2) {
        in.fail();
        return;
    }
    for (std::uint32_t i = 0; i < count && in.ok(); ++i) {
        const std::uint32_t tag = getUnsignedVarint(in);
        const std::uint32_t size = getUnsignedVarint(in);
        BufferReader field(in.getBytes(size));
        if (!in.ok())
            return;
        if (tag == kTagPreviousProducerId)
            value.previousProducerId = field.get<std::int64_t>();
        else if (tag == kTagNextProducerId)
            value.nextProducerId = field.get<std::int64_t>();
        else if (tag == kTagClientTransactionVersion)
            value.clientTransactionVersion = field.get<std::int16_t>();
        else
            continue; // a field from a newer Kafka: its size lets us step over it
        if (!field.ok() || field.remaining() != 0)
            in.fail(); // a known tag whose size does not match its type
    }
}

void putPartitions(BufferWriter &out, const TransactionLogValue &value, bool flexible)
{
    if (!value.partitions) {
        if (flexible)
            putUnsignedVarint(out.bytes(), 0);
        else
            out.put<std::int32_t>(-1);
        return;
    }
    const std::vector<TransactionLogTopic> &topics = *value.partitions;
    if (flexible)
        putCompactCount(out, topics.size());
    else
        out.put<std::int32_t>(static_cast<std::int32_t>(topics.size()));
    for (const TransactionLogTopic &t : topics) {
        if (flexible) {
            putCompactString(out, t.topic);
            putCompactCount(out, t.partitionIds.size());
        } else {
            putString(out, t.topic);
            out.put<std::int32_t>(static_cast<std::int32_t>(t.partitionIds.size()));
        }
        for (std::int32_t id : t.partitionIds)
            out.put<std::int32_t>(id);
        if (flexible)
            putUnsignedVarint(out.bytes(), 0); // the element's (empty) tagged fields
    }
}

std::optional<std::vector<TransactionLogTopic>> getPartitions(BufferReader &in, bool flexible)
{
    // Smallest element: version 0 an empty topic and no ids (2 + 4 bytes); version 1 the
    // same in compact form plus its tagged field count (3 bytes).
    std::optional<std::size_t> count;
    if (flexible) {
        count = getCompactCount(in, 3);
    } else {
        const auto n = in.get<std::int32_t>();
        if (n < -1 || (n >= 0 && static_cast<std::size_t>(n) > in.remaining() / 6))
            in.fail();
        if (n >= 0 && in.ok())
            count = static_cast<std::size_t>(n);
    }
    if (!count || !in.ok())
        return std::nullopt;
    std::vector<TransactionLogTopic> topics;
    topics.reserve(*count);
    for (std::size_t i = 0; i < *count && in.ok(); ++i) {
        TransactionLogTopic t;
        t.topic = flexible ? getCompactString(in) : getString(in);
        std::size_t ids = 0;
        if (flexible) {
            // Not nullable: a null id array (compact count 0) is malformed.
            const std::optional<std::size_t> n = getCompactCount(in, sizeof(std::int32_t));
            if (!n)
                in.fail();
            ids = n.value_or(0);
        } else {
            ids = getArrayCount(in, sizeof(std::int32_t));
        }
        t.partitionIds.reserve(ids);
        for (std::size_t j = 0; j < ids && in.ok(); ++j)
            t.partitionIds.push_back(in.get<std::int32_t>());
        if (flexible)
            skipTaggedFields(in);
        topics.push_back(std::move(t));
    }
    return topics;
}

} // namespace

Bytes encodeTransactionLogKey(std::string_view transactionalId)
{
    Bytes bytes;
    BufferWriter out(bytes);
    out.put<std::int16_t>(kTransactionLogKeyVersion);
    putString(out, transactionalId);
    return bytes;
}

Bytes encodeTransactionLogValue(const TransactionLogValue &value, std::int16_t version)
{
    const bool flexible = version >= kTransactionLogValueFlexibleVersion;
    Bytes bytes;
    BufferWriter out(bytes);
    out.put<std::int16_t>(flexible ? kTransactionLogValueFlexibleVersion : kTransactionLogValueVersion);
    out.put<std::int64_t>(value.producerId);
    out.put<std::int16_t>(value.producerEpoch);
    out.put<std::int32_t>(value.transactionTimeoutMs);
    out.put<std::int8_t>(static_cast<std::int8_t>(value.status));
    putPartitions(out, value, flexible);
    out.put<std::int64_t>(value.lastUpdateTimestampMs);
    out.put<std::int64_t>(value.startTimestampMs);
    if (flexible)
        putTaggedFields(out, value);
    return bytes;
}

Result<std::string> decodeTransactionLogKey(ByteView bytes)
{
    BufferReader in(bytes);
    const auto version = in.get<std::int16_t>();
    if (!in.ok())
        return Status::corruption("__transaction_state key is shorter than its version");
    if (version != kTransactionLogKeyVersion)
        return Status::unsupported("__transaction_state key version " + std::to_string(version));
    std::string transactionalId = getString(in);
    ES_RETURN_IF_ERROR(finish(in, "__transaction_state key"));
    return transactionalId;
}

Result<TransactionLogValue> decodeTransactionLogValue(ByteView bytes)
{
    BufferReader in(bytes);
    const auto version = in.get<std::int16_t>();
    if (!in.ok())
        return Status::corruption("transaction log value is shorter than its version");
    if (version != kTransactionLogValueVersion && version != kTransactionLogValueFlexibleVersion)
        return Status::unsupported("transaction log value version " + std::to_string(version));
    const bool flexible = version == kTransactionLogValueFlexibleVersion;
    TransactionLogValue value;
    value.producerId = in.get<std::int64_t>();
    value.producerEpoch = in.get<std::int16_t>();
    value.transactionTimeoutMs = in.get<std::int32_t>();
    const auto status = in.get<std::int8_t>();
    value.partitions = getPartitions(in, flexible);
    value.lastUpdateTimestampMs = in.get<std::int64_t>();
    value.startTimestampMs = in.get<std::int64_t>();
    if (flexible)
        getTaggedFields(in, value);
    ES_RETURN_IF_ERROR(finish(in, "transaction log value"));
    const std::optional<TransactionState> state = transactionStateFromId(status);
    if (!state)
        return Status::corruption("transaction log value has status " + std::to_string(status) +
                                  ", which is no transaction state");
    value.status = *state;
    return value;
}

Result<TransactionLogRecord> decodeTransactionLogRecord(ByteView key, std::optional<ByteView> value)
{
    Result<std::string> transactionalId = decodeTransactionLogKey(key);
    if (!transactionalId)
        return transactionalId.status();
    TransactionLogRecord record{std::move(*transactionalId), std::nullopt};
    if (value) {
        Result<TransactionLogValue> decoded = decodeTransactionLogValue(*value);
        if (!decoded)
            return decoded.status().code() == StatusCode::Corruption
                       ? Status::corruption("transactional id '" + record.transactionalId +
                                            "': " + decoded.status().message())
                       : decoded.status();
        record.value = std::move(*decoded);
    }
    return record;
}

} // namespace es

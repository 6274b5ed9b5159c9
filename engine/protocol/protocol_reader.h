#pragma once

#include "common/buffer.h"
#include "common/error_code.h"
#include "common/status.h"
#include "protocol/uuid.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace es::protocol {

// Reads Kafka protocol fields from a byte view that must outlive the reader.
//
// Strings, bytes and arrays are read in the reader's mode: classic (int16 string lengths,
// int32 bytes and array lengths, -1 for null) or flexible (compact: unsigned varint N+1,
// 0 for null). Every read is bounds-checked. The first failure is kept as a Status that
// names the field by its path (e.g. "topics[1].partitions[0].records") and the byte
// offset; after it every read returns a zero value, so a decoder reads a whole message
// and checks once (finish()). A length is never trusted beyond the bytes that are left,
// so a lying length fails instead of allocating.
class ProtocolReader {
public:
    explicit ProtocolReader(ByteView data, bool flexible = false) : m_in(data), m_flexible(flexible) {}

    void setFlexible(bool flexible) { m_flexible = flexible; }
    [[nodiscard]] bool flexible() const { return m_flexible; }

    std::int8_t readInt8(const char *field) { return readFixed<std::int8_t>(field); }
    std::int16_t readInt16(const char *field) { return readFixed<std::int16_t>(field); }
    std::int32_t readInt32(const char *field) { return readFixed<std::int32_t>(field); }
    std::int64_t readInt64(const char *field) { return readFixed<std::int64_t>(field); }
    std::uint32_t readUint32(const char *field) { return readFixed<std::uint32_t>(field); }
    // Any non-zero byte is true, as Kafka reads it.
    bool readBool(const char *field) { return readFixed<std::uint8_t>(field) != 0; }
    ErrorCode readErrorCode(const char *field) { return static_cast<ErrorCode>(readInt16(field)); }
    Uuid readUuid(const char *field);
    std::uint32_t readUnsignedVarint(const char *field);

    std::string readString(const char *field);
    // nullAllowed = false for versions where the schema's field is not yet nullable.
    std::optional<std::string> readNullableString(const char *field, bool nullAllowed = true);
    Bytes readBytes(const char *field);
    std::optional<Bytes> readNullableBytes(const char *field);
    // An int16-length nullable string whatever the mode (the client id of request header v2).
    std::optional<std::string> readClassicNullableString(const char *field);

    // readElement(T &) reads one element from this reader.
    template <typename T, typename ReadElement>
    std::vector<T> readArray(const char *field, ReadElement &&readElement)
    {
        return readArrayImpl<T>(field, false, readElement).value_or(std::vector<T>{});
    }
    template <typename T, typename ReadElement>
    std::optional<std::vector<T>> readNullableArray(const char *field, ReadElement &&readElement,
                                                    bool nullAllowed = true)
    {
        return readArrayImpl<T>(field, nullAllowed, readElement);
    }
    std::vector<std::int32_t> readInt32Array(const char *field);
    std::vector<std::string> readStringArray(const char *field);

    // The tagged-field section of a flexible struct; nothing in classic mode.
    // onTag(tag) reads a known field's value from this reader and returns true, or returns
    // false to skip an unknown one. A known field must use exactly its declared size.
    template <typename OnTag>
    void readTaggedFields(const char *field, OnTag &&onTag)
    {
        if (!m_flexible)
            return;
        const std::uint32_t count = readUnsignedVarint(field);
        for (std::uint32_t i = 0; i < count && ok(); ++i) {
            const std::uint32_t tag = readUnsignedVarint(field);
            const std::uint32_t size = readUnsignedVarint(field);
            if (!ok())
                return;
            if (size > remaining()) {
                fail(field, "tagged field " + std::to_string(tag) + " of " + std::to_string(size) +
                                " bytes exceeds the " + std::to_string(remaining()) + " bytes left");
                return;
            }
            PathScope scope(*this, field, static_cast<std::int64_t>(tag));
            const std::size_t start = position();
            if (!onTag(tag)) {
                m_in.skip(size);
                continue;
            }
            if (ok() && position() - start != size)
                fail("value", "declared " + std::to_string(size) + " bytes but used " +
                                  std::to_string(position() - start));
        }
    }
    void readTaggedFields(const char *field = "tagged_fields")
    {
        readTaggedFields(field, [](std::uint32_t) { return false; });
    }

    // Records the first failure; later ones are ignored.
    void fail(const char *field, const std::string &reason);

    [[nodiscard]] bool ok() const { return m_status.isOk(); }
    [[nodiscard]] const Status &status() const { return m_status; }
    [[nodiscard]] std::size_t position() const { return m_in.position(); }
    [[nodiscard]] std::size_t remaining() const { return ok() ? m_in.remaining() : 0; }

    // The decoded value, or the first failure.
    template <typename T>
    Result<T> finish(T value) const
    {
        if (!ok())
            return m_status;
        return value;
    }

private:
    enum class LengthKind : std::uint8_t { String, Bytes, Array };

    struct PathEntry {
        const char *field;
        std::int64_t index;
    };

    // Names array elements and tagged fields in failure messages.
    class PathScope {
    public:
        PathScope(ProtocolReader &reader, const char *field, std::int64_t index) : m_reader(reader)
        {
            m_reader.m_path.push_back({field, index});
        }
        ~PathScope() { m_reader.m_path.pop_back(); }
        PathScope(const PathScope &) = delete;
        PathScope &operator=(const PathScope &) = delete;

    private:
        ProtocolReader &m_reader;
    };

    template <typename T>
    T readFixed(const char *field)
    {
        if (!ok())
            return T{};
        if (m_in.remaining() < sizeof(T)) {
            failTruncated(field, sizeof(T));
            return T{};
        }
        return m_in.get<T>();
    }

    // A length in the current mode: -1 for null (when allowed), otherwise 0..remaining().
    // Returns -1 after a failure too; callers check ok().
    std::int64_t readLength(const char *field, LengthKind kind, bool nullAllowed);
    std::int64_t checkLength(const char *field, LengthKind kind, std::int64_t length, bool nullAllowed);
    void failTruncated(const char *field, std::size_t needed);

    template <typename T, typename ReadElement>
    std::optional<std::vector<T>> readArrayImpl(const char *field, bool nullAllowed, ReadElement &readElement)
    {
        const std::int64_t count = readLength(field, LengthKind::Array, nullAllowed);
        if (count < 0)
            return std::nullopt;
        std::vector<T> items;
        // Every element takes at least one byte, and count <= remaining(); the reservation
        // is capped further so that a large claim costs memory only as elements arrive.
        items.reserve(static_cast<std::size_t>(std::min<std::int64_t>(count, 1024)));
        for (std::int64_t i = 0; i < count && ok(); ++i) {
            PathScope scope(*this, field, i);
            readElement(items.emplace_back());
        }
        return items;
    }

    BufferReader m_in;
    bool m_flexible = false;
    Status m_status;
    std::vector<PathEntry> m_path;
};

} // namespace es::protocol

#pragma once

#include "common/buffer.h"
#include "common/error_code.h"
#include "common/status.h"
#include "protocol/uuid.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace es::protocol {

// One entry of a tagged-field section: the tag and its already encoded value.
struct TaggedField {
    std::uint32_t tag = 0;
    Bytes value;
};

// Appends Kafka protocol fields to a byte vector it does not own (the vector must outlive
// the writer). Mirrors ProtocolReader: strings, bytes and arrays use the writer's mode,
// classic or flexible (compact). Writing cannot fail for most fields; what the wire cannot
// carry (a string over 32767 bytes, a null where the version has no null) is kept as the
// first failure in status(), and the bytes written are then not a valid message.
class ProtocolWriter {
public:
    explicit ProtocolWriter(Bytes &out, bool flexible = false) : m_out(out), m_flexible(flexible) {}

    void setFlexible(bool flexible) { m_flexible = flexible; }
    [[nodiscard]] bool flexible() const { return m_flexible; }

    void writeInt8(std::int8_t v) { m_out.put(v); }
    void writeInt16(std::int16_t v) { m_out.put(v); }
    void writeInt32(std::int32_t v) { m_out.put(v); }
    void writeInt64(std::int64_t v) { m_out.put(v); }
    void writeUint32(std::uint32_t v) { m_out.put(v); }
    void writeBool(bool v) { m_out.put<std::uint8_t>(v ? 1 : 0); }
    void writeErrorCode(ErrorCode code) { writeInt16(static_cast<std::int16_t>(code)); }
    void writeUuid(const Uuid &id);
    void writeUnsignedVarint(std::uint32_t v);

    void writeString(std::string_view s);
    // nullAllowed = false for versions where the schema's field is not yet nullable: a null
    // there is a failure.
    void writeNullableString(const std::optional<std::string> &s, bool nullAllowed = true);
    void writeBytes(ByteView b);
    void writeNullableBytes(const std::optional<Bytes> &b);
    // An int16-length nullable string whatever the mode (the client id of request header v2).
    void writeClassicNullableString(const std::optional<std::string> &s);

    // writeElement(const T &) writes one element to this writer.
    template <typename T, typename WriteElement>
    void writeArray(const std::vector<T> &items, WriteElement &&writeElement)
    {
        writeLength(static_cast<std::int64_t>(items.size()), false);
        for (const T &item : items)
            writeElement(item);
    }
    template <typename T, typename WriteElement>
    void writeNullableArray(const std::optional<std::vector<T>> &items, WriteElement &&writeElement,
                            bool nullAllowed = true)
    {
        if (!items) {
            if (!nullAllowed)
                fail("null array where the version has no null");
            writeLength(-1, false);
            return;
        }
        writeArray(*items, writeElement);
    }
    void writeInt32Array(const std::vector<std::int32_t> &items);
    void writeStringArray(const std::vector<std::string> &items);

    // An empty tagged-field section in flexible mode; nothing in classic mode.
    void writeTaggedFields() { writeTaggedFields({}); }
    // The given fields, which must be in ascending tag order; nothing in classic mode.
    void writeTaggedFields(std::span<const TaggedField> fields);

    // Encodes one tagged field's value with a flexible writer; encode(ProtocolWriter &).
    template <typename Encode>
    TaggedField encodeTaggedField(std::uint32_t tag, Encode &&encode)
    {
        TaggedField field{tag, {}};
        ProtocolWriter w(field.value, true);
        encode(w);
        if (!w.ok())
            fail(w.status().message());
        return field;
    }

    // Records the first failure; later ones are ignored.
    void fail(const std::string &reason);

    [[nodiscard]] bool ok() const { return m_status.isOk(); }
    [[nodiscard]] const Status &status() const { return m_status; }
    [[nodiscard]] std::size_t size() const { return m_out.size(); }
    BufferWriter &buffer() { return m_out; }

private:
    // -1 is null; classic strings use int16 lengths, bytes and arrays int32.
    void writeLength(std::int64_t length, bool isString);

    BufferWriter m_out;
    bool m_flexible = false;
    Status m_status;
};

} // namespace es::protocol

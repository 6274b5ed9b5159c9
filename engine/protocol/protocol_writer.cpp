#include "protocol/protocol_writer.h"

#include "common/varint.h"

#include <limits>

namespace es::protocol {

namespace {

constexpr std::size_t kMaxStringLength = std::numeric_limits<std::int16_t>::max();

} // namespace

void ProtocolWriter::writeUuid(const Uuid &id) { m_out.putBytes(ByteView(id.bytes)); }

void ProtocolWriter::writeUnsignedVarint(std::uint32_t v) { putUnsignedVarint(m_out.bytes(), v); }

void ProtocolWriter::writeLength(std::int64_t length, bool isString)
{
    if (length > std::numeric_limits<std::int32_t>::max() - 1) {
        fail("length " + std::to_string(length) + " does not fit the wire");
        length = 0;
    }
    if (m_flexible)
        writeUnsignedVarint(static_cast<std::uint32_t>(length + 1));
    else if (isString)
        writeInt16(static_cast<std::int16_t>(length));
    else
        writeInt32(static_cast<std::int32_t>(length));
}

void ProtocolWriter::writeString(std::string_view s)
{
    if (s.size() > kMaxStringLength) {
        fail("a string of " + std::to_string(s.size()) + " bytes exceeds 32767");
        s = s.substr(0, kMaxStringLength);
    }
    writeLength(static_cast<std::int64_t>(s.size()), true);
    m_out.putBytes(s);
}

void ProtocolWriter::writeNullableString(const std::optional<std::string> &s, bool nullAllowed)
{
    if (s) {
        writeString(*s);
        return;
    }
    if (!nullAllowed)
        fail("null string where the version has no null");
    writeLength(-1, true);
}

void ProtocolWriter::writeClassicNullableString(const std::optional<std::string> &s)
{
    const bool flexible = m_flexible;
    m_flexible = false;
    writeNullableString(s);
    m_flexible = flexible;
}

void ProtocolWriter::writeBytes(ByteView b)
{
    writeLength(static_cast<std::int64_t>(b.size()), false);
    m_out.putBytes(b);
}

void ProtocolWriter::writeNullableBytes(const std::optional<Bytes> &b)
{
    if (b)
        writeBytes(*b);
    else
        writeLength(-1, false);
}

void ProtocolWriter::writeInt32Array(const std::vector<std::int32_t> &items)
{
    writeArray(items, [this](std::int32_t v) { writeInt32(v); });
}

void ProtocolWriter::writeStringArray(const std::vector<std::string> &items)
{
    writeArray(items, [this](const std::string &v) { writeString(v); });
}

void ProtocolWriter::writeTaggedFields(std::span<const TaggedField> fields)
{
    if (!m_flexible)
        return;
    writeUnsignedVarint(static_cast<std::uint32_t>(fields.size()));
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0 && fields[i].tag <= fields[i - 1].tag)
            fail("tagged fields out of order");
        writeUnsignedVarint(fields[i].tag);
        writeUnsignedVarint(static_cast<std::uint32_t>(fields[i].value.size()));
        m_out.putBytes(fields[i].value);
    }
}

void ProtocolWriter::fail(const std::string &reason)
{
    if (ok())
        m_status = Status::invalidArgument(reason);
}

} // namespace es::protocol

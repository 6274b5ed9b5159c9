#include "protocol/protocol_reader.h"

#include "common/varint.h"

#include <cstring>
#include <limits>
#include <string>

namespace es::protocol {

namespace {

// Kafka refuses longer strings in both encodings (the generated Java code checks 0x7fff).
constexpr std::int64_t kMaxStringLength = std::numeric_limits<std::int16_t>::max();

} // namespace

Uuid ProtocolReader::readUuid(const char *field)
{
    Uuid id;
    if (!ok())
        return id;
    if (m_in.remaining() < id.bytes.size()) {
        failTruncated(field, id.bytes.size());
        return id;
    }
    const ByteView b = m_in.getBytes(id.bytes.size());
    std::memcpy(id.bytes.data(), b.data(), b.size());
    return id;
}

std::uint32_t ProtocolReader::readUnsignedVarint(const char *field)
{
    // Unsigned LEB128 of at most five bytes; like Kafka, bits beyond 32 in the fifth byte
    // are dropped rather than refused.
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < kMaxVarint32Bytes; ++i) {
        const auto b = readFixed<std::uint8_t>(field);
        if (!ok())
            return 0;
        value |= static_cast<std::uint32_t>(b & 0x7f) << (7 * i);
        if ((b & 0x80) == 0)
            return value;
    }
    fail(field, "unsigned varint longer than 5 bytes");
    return 0;
}

std::int64_t ProtocolReader::readLength(const char *field, LengthKind kind, bool nullAllowed)
{
    if (!ok())
        return -1;
    std::int64_t length = 0;
    if (m_flexible) {
        const std::uint32_t raw = readUnsignedVarint(field);
        if (!ok())
            return -1;
        length = static_cast<std::int64_t>(raw) - 1;
    } else if (kind == LengthKind::String) {
        length = readInt16(field);
    } else {
        length = readInt32(field);
    }
    if (!ok())
        return -1;
    return checkLength(field, kind, length, nullAllowed);
}

std::int64_t ProtocolReader::checkLength(const char *field, LengthKind kind, std::int64_t length,
                                         bool nullAllowed)
{
    const char *what = kind == LengthKind::String ? "string" : kind == LengthKind::Bytes ? "bytes" : "array";
    if (length == -1) {
        if (!nullAllowed)
            fail(field, std::string("null ") + what + " where the field is not nullable");
        return -1;
    }
    if (length < -1) {
        fail(field, std::string("negative ") + what + " length " + std::to_string(length));
        return -1;
    }
    if (kind == LengthKind::String && length > kMaxStringLength) {
        fail(field, "string length " + std::to_string(length) + " exceeds 32767");
        return -1;
    }
    // Array elements take at least one byte each, so this bound holds for arrays too.
    if (static_cast<std::uint64_t>(length) > m_in.remaining()) {
        fail(field, std::string(what) + " length " + std::to_string(length) + " exceeds the " +
                        std::to_string(m_in.remaining()) + " bytes left");
        return -1;
    }
    return length;
}

std::string ProtocolReader::readString(const char *field)
{
    const std::int64_t n = readLength(field, LengthKind::String, false);
    if (n < 0)
        return {};
    return std::string(asChars(m_in.getBytes(static_cast<std::size_t>(n))));
}

std::optional<std::string> ProtocolReader::readNullableString(const char *field, bool nullAllowed)
{
    const std::int64_t n = readLength(field, LengthKind::String, nullAllowed);
    if (n < 0)
        return std::nullopt;
    return std::string(asChars(m_in.getBytes(static_cast<std::size_t>(n))));
}

std::optional<std::string> ProtocolReader::readClassicNullableString(const char *field)
{
    const std::int16_t n = readInt16(field);
    if (!ok())
        return std::nullopt;
    if (checkLength(field, LengthKind::String, n, true) < 0)
        return std::nullopt;
    return std::string(asChars(m_in.getBytes(static_cast<std::size_t>(n))));
}

Bytes ProtocolReader::readBytes(const char *field)
{
    const std::int64_t n = readLength(field, LengthKind::Bytes, false);
    if (n < 0)
        return {};
    const ByteView b = m_in.getBytes(static_cast<std::size_t>(n));
    return Bytes(b.begin(), b.end());
}

std::optional<Bytes> ProtocolReader::readNullableBytes(const char *field)
{
    const std::int64_t n = readLength(field, LengthKind::Bytes, true);
    if (n < 0)
        return std::nullopt;
    const ByteView b = m_in.getBytes(static_cast<std::size_t>(n));
    return Bytes(b.begin(), b.end());
}

std::vector<std::int32_t> ProtocolReader::readInt32Array(const char *field)
{
    return readArray<std::int32_t>(field, [this](std::int32_t &v) { v = readInt32("element"); });
}

std::vector<std::string> ProtocolReader::readStringArray(const char *field)
{
    return readArray<std::string>(field, [this](std::string &v) { v = readString("element"); });
}

void ProtocolReader::failTruncated(const char *field, std::size_t needed)
{
    fail(field, "truncated: needs " + std::to_string(needed) + " bytes, " + std::to_string(m_in.remaining()) +
                    " left");
}

void ProtocolReader::fail(const char *field, const std::string &reason)
{
    if (!ok())
        return;
    std::string path;
    for (const PathEntry &e : m_path) {
        if (!path.empty())
            path += '.';
        path += e.field;
        path += '[' + std::to_string(e.index) + ']';
    }
    if (!path.empty())
        path += '.';
    path += field;
    m_status =
        Status::corruption(path + ": " + reason + " (at byte " + std::to_string(m_in.position()) + ")");
    m_in.fail();
}

} // namespace es::protocol

#pragma once

// One description of a message's layout serves both directions: an API's .cpp writes
// `template <typename IO, typename M> void fields(IO &io, M &m, std::int16_t version)`
// once, and it runs with FieldReader (M is the message, filled in) or FieldWriter (M is
// const, written out). Encoder and decoder cannot disagree on order or on versions.
// Internal to protocol/: API headers do not include this.

#include "protocol/protocol_reader.h"
#include "protocol/protocol_writer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace es::protocol {

class FieldReader;
class FieldWriter;

// Whether the API serves this version.
template <typename Api>
bool checkVersion(std::int16_t version)
{
    return version >= Api::kMinVersion && version <= Api::kMaxVersion;
}

class FieldReader {
public:
    explicit FieldReader(ProtocolReader &in) : m_in(in) {}

    // Sets the mode for an API version's body; a version outside the API's range fails.
    template <typename Api>
    void begin(std::int16_t version)
    {
        m_in.setFlexible(version >= Api::kFirstFlexibleVersion);
        if (!checkVersion<Api>(version))
            m_in.fail("api_version", "version " + std::to_string(version) + " is not supported");
    }

    void int8(const char *f, std::int8_t &v) { v = m_in.readInt8(f); }
    void int16(const char *f, std::int16_t &v) { v = m_in.readInt16(f); }
    void int32(const char *f, std::int32_t &v) { v = m_in.readInt32(f); }
    void int64(const char *f, std::int64_t &v) { v = m_in.readInt64(f); }
    void boolean(const char *f, bool &v) { v = m_in.readBool(f); }
    void uuid(const char *f, Uuid &v) { v = m_in.readUuid(f); }
    void errorCode(const char *f, ErrorCode &v) { v = m_in.readErrorCode(f); }
    void string(const char *f, std::string &v) { v = m_in.readString(f); }
    void nullableString(const char *f, std::optional<std::string> &v, bool nullAllowed = true)
    {
        v = m_in.readNullableString(f, nullAllowed);
    }
    void bytes(const char *f, Bytes &v) { v = m_in.readBytes(f); }
    void nullableBytes(const char *f, std::optional<Bytes> &v) { v = m_in.readNullableBytes(f); }
    void int32Array(const char *f, std::vector<std::int32_t> &v) { v = m_in.readInt32Array(f); }
    void stringArray(const char *f, std::vector<std::string> &v) { v = m_in.readStringArray(f); }
    void int64Array(const char *f, std::vector<std::int64_t> &v)
    {
        v = m_in.readArray<std::int64_t>(f, [this](std::int64_t &x) { x = m_in.readInt64("element"); });
    }

    // each(T &) describes one element with this FieldReader.
    template <typename T, typename Each>
    void array(const char *f, std::vector<T> &v, Each &&each)
    {
        v = m_in.readArray<T>(f, each);
    }
    template <typename T, typename Each>
    void nullableArray(const char *f, std::optional<std::vector<T>> &v, Each &&each, bool nullAllowed = true)
    {
        v = m_in.readNullableArray<T>(f, each, nullAllowed);
    }

    // A struct's tagged-field section with no known fields.
    void tags() { m_in.readTaggedFields(); }
    // spec(Tags &) lists the struct's tagged fields in ascending tag order.
    template <typename Spec>
    void tags(Spec &&spec);

    [[nodiscard]] ProtocolReader &reader() { return m_in; }

private:
    ProtocolReader &m_in;
};

// The tagged fields of one struct while reading: only the field whose tag was just read
// is decoded.
class TagReader {
public:
    TagReader(FieldReader &io, std::uint32_t tag) : m_io(io), m_tag(tag) {}

    // read(FieldReader &, T &) decodes the value; isDefault is ignored when reading.
    template <typename T, typename Read>
    void field(std::uint32_t tag, T &value, bool /*isDefault*/, Read &&read)
    {
        if (tag != m_tag)
            return;
        m_matched = true;
        read(m_io, value);
    }
    void nullableString(std::uint32_t tag, std::optional<std::string> &v)
    {
        field(tag, v, false,
              [](FieldReader &io, std::optional<std::string> &x) { io.nullableString("value", x); });
    }
    void errorCode(std::uint32_t tag, ErrorCode &v)
    {
        field(tag, v, false, [](FieldReader &io, ErrorCode &x) { io.errorCode("value", x); });
    }
    void int64(std::uint32_t tag, std::int64_t &v, std::int64_t /*defaultValue*/)
    {
        field(tag, v, false, [](FieldReader &io, std::int64_t &x) { io.int64("value", x); });
    }
    void boolean(std::uint32_t tag, bool &v)
    {
        field(tag, v, false, [](FieldReader &io, bool &x) { io.boolean("value", x); });
    }
    // A struct that is absent (nullopt) unless its tag is present. each(FieldReader &, S &)
    // reads it; like every tagged value it must use the IO it is given, not the enclosing one.
    template <typename S, typename Each>
    void optionalStruct(std::uint32_t tag, std::optional<S> &v, Each &&each)
    {
        field(tag, v, false, [&](FieldReader &io, std::optional<S> &x) { each(io, x.emplace()); });
    }
    // An array written only when not empty. each(FieldReader &, T &) reads one element.
    template <typename T, typename Each>
    void array(std::uint32_t tag, std::vector<T> &v, Each &&each)
    {
        field(tag, v, false,
              [&](FieldReader &io, std::vector<T> &x) { io.array("value", x, [&](T &e) { each(io, e); }); });
    }

    [[nodiscard]] bool matched() const { return m_matched; }

private:
    FieldReader &m_io;
    std::uint32_t m_tag;
    bool m_matched = false;
};

template <typename Spec>
void FieldReader::tags(Spec &&spec)
{
    m_in.readTaggedFields("tagged_fields", [&](std::uint32_t tag) {
        TagReader t(*this, tag);
        spec(t);
        return t.matched();
    });
}

class FieldWriter {
public:
    explicit FieldWriter(ProtocolWriter &out) : m_out(out) {}

    // Sets the mode for an API version's body; a version outside the API's range fails.
    template <typename Api>
    void begin(std::int16_t version)
    {
        m_out.setFlexible(version >= Api::kFirstFlexibleVersion);
        if (!checkVersion<Api>(version))
            m_out.fail(std::string(Api::kName) + " version " + std::to_string(version) + " is not supported");
    }

    void int8(const char *, std::int8_t v) { m_out.writeInt8(v); }
    void int16(const char *, std::int16_t v) { m_out.writeInt16(v); }
    void int32(const char *, std::int32_t v) { m_out.writeInt32(v); }
    void int64(const char *, std::int64_t v) { m_out.writeInt64(v); }
    void boolean(const char *, bool v) { m_out.writeBool(v); }
    void uuid(const char *, const Uuid &v) { m_out.writeUuid(v); }
    void errorCode(const char *, ErrorCode v) { m_out.writeErrorCode(v); }
    void string(const char *, const std::string &v) { m_out.writeString(v); }
    void nullableString(const char *, const std::optional<std::string> &v, bool nullAllowed = true)
    {
        m_out.writeNullableString(v, nullAllowed);
    }
    void bytes(const char *, const Bytes &v) { m_out.writeBytes(v); }
    void nullableBytes(const char *, const std::optional<Bytes> &v) { m_out.writeNullableBytes(v); }
    void int32Array(const char *, const std::vector<std::int32_t> &v) { m_out.writeInt32Array(v); }
    void stringArray(const char *, const std::vector<std::string> &v) { m_out.writeStringArray(v); }
    void int64Array(const char *, const std::vector<std::int64_t> &v)
    {
        m_out.writeArray(v, [this](std::int64_t x) { m_out.writeInt64(x); });
    }

    // each(const T &) describes one element with this FieldWriter.
    template <typename T, typename Each>
    void array(const char *, const std::vector<T> &v, Each &&each)
    {
        m_out.writeArray(v, each);
    }
    template <typename T, typename Each>
    void nullableArray(const char *, const std::optional<std::vector<T>> &v, Each &&each,
                       bool nullAllowed = true)
    {
        m_out.writeNullableArray(v, each, nullAllowed);
    }

    void tags() { m_out.writeTaggedFields(); }
    template <typename Spec>
    void tags(Spec &&spec);

    [[nodiscard]] ProtocolWriter &writer() { return m_out; }

private:
    ProtocolWriter &m_out;
};

// The tagged fields of one struct while writing: those that differ from their default
// are encoded, in the order the spec lists them (ascending tags).
class TagWriter {
public:
    explicit TagWriter(ProtocolWriter &out) : m_out(out) {}

    template <typename T, typename Write>
    void field(std::uint32_t tag, const T &value, bool isDefault, Write &&write)
    {
        if (isDefault)
            return;
        m_fields.push_back(m_out.encodeTaggedField(tag, [&](ProtocolWriter &w) {
            FieldWriter io(w);
            write(io, value);
        }));
    }
    void nullableString(std::uint32_t tag, const std::optional<std::string> &v)
    {
        field(tag, v, !v.has_value(),
              [](FieldWriter &io, const std::optional<std::string> &x) { io.nullableString("value", x); });
    }
    void errorCode(std::uint32_t tag, ErrorCode v)
    {
        field(tag, v, v == ErrorCode::None, [](FieldWriter &io, ErrorCode x) { io.errorCode("value", x); });
    }
    void int64(std::uint32_t tag, std::int64_t v, std::int64_t defaultValue)
    {
        field(tag, v, v == defaultValue, [](FieldWriter &io, std::int64_t x) { io.int64("value", x); });
    }
    void boolean(std::uint32_t tag, bool v)
    {
        field(tag, v, !v, [](FieldWriter &io, bool x) { io.boolean("value", x); });
    }
    template <typename S, typename Each>
    void optionalStruct(std::uint32_t tag, const std::optional<S> &v, Each &&each)
    {
        field(tag, v, !v.has_value(), [&](FieldWriter &io, const std::optional<S> &x) { each(io, *x); });
    }
    // each(FieldWriter &, const T &) writes one element to the tagged field's writer.
    template <typename T, typename Each>
    void array(std::uint32_t tag, const std::vector<T> &v, Each &&each)
    {
        field(tag, v, v.empty(), [&](FieldWriter &io, const std::vector<T> &x) {
            io.array("value", x, [&](const T &e) { each(io, e); });
        });
    }

    [[nodiscard]] const std::vector<TaggedField> &fields() const { return m_fields; }

private:
    ProtocolWriter &m_out;
    std::vector<TaggedField> m_fields;
};

template <typename Spec>
void FieldWriter::tags(Spec &&spec)
{
    if (!m_out.flexible())
        return;
    TagWriter t(m_out);
    spec(t);
    m_out.writeTaggedFields(t.fields());
}

// Runs a message's field description in one direction. Fields is a function
// `void(IO &, M &, std::int16_t)` instantiated for FieldReader or FieldWriter.
template <typename Api, typename Message>
Result<Message> decodeMessage(ProtocolReader &in, std::int16_t version,
                              void (*fields)(FieldReader &, Message &, std::int16_t))
{
    FieldReader io(in);
    io.begin<Api>(version);
    Message m;
    if (in.ok())
        fields(io, m, version);
    return in.finish(std::move(m));
}

template <typename Api, typename Message>
void encodeMessage(const Message &m, std::int16_t version, ProtocolWriter &out,
                   void (*fields)(FieldWriter &, const Message &, std::int16_t))
{
    FieldWriter io(out);
    io.begin<Api>(version);
    fields(io, m, version);
}

} // namespace es::protocol

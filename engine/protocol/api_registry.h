#pragma once

// The registry of supported APIs and the frame-level codec the server uses: one call
// decodes a request frame into its header and typed body, one call encodes a response
// frame ready to be written. A "frame" here is what a 4-byte big-endian size prefix
// announces: decoders take the bytes after the prefix, encoders return prefix + frame.

#include "common/buffer.h"
#include "common/error_code.h"
#include "common/status.h"
#include "protocol/all_apis.h"
#include "protocol/request_header.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace es::protocol {

struct ApiDescriptor {
    ApiKey key = ApiKey::Produce;
    std::string_view name;
    std::int16_t minVersion = 0;
    std::int16_t maxVersion = 0;
    std::int16_t firstFlexibleVersion = kNeverFlexible;

    [[nodiscard]] bool supports(std::int16_t version) const
    {
        return version >= minVersion && version <= maxVersion;
    }
};

// Every supported API, in api-key order.
std::span<const ApiDescriptor> supportedApis();
// nullptr for an API Eventscope does not decode.
const ApiDescriptor *findApi(ApiKey key);

struct HeaderVersions {
    std::int16_t request = 1;
    std::int16_t response = 0;
};
// The request and response header versions of an API version (any version, supported or
// not: flexibility is open-ended upwards); nullopt for an unknown API.
std::optional<HeaderVersions> headerVersions(ApiKey key, std::int16_t apiVersion);

// The ApiVersions answer listing the given APIs (all supported ones by default). With
// errorCode UNSUPPORTED_VERSION it is the answer to an ApiVersions request whose version
// the broker cannot parse: encode it at version 0.
ApiVersionsResponse makeApiVersionsResponse(ErrorCode errorCode = ErrorCode::None,
                                            std::span<const ApiDescriptor> apis = supportedApis());

// Why a request frame could not be decoded; the server chooses to answer or to close.
enum class RequestDecodeError : std::uint8_t {
    MalformedHeader,    // the header is cut short or its client id is malformed: no answer possible
    UnknownApiKey,      // an API Eventscope does not serve
    UnsupportedVersion, // a known API at a version outside its range (ApiVersions: answer v0, error 35)
    MalformedBody,      // the body does not match the API version's layout
};
std::string_view requestDecodeErrorName(RequestDecodeError error);

struct RequestDecodeFailure {
    RequestDecodeError error = RequestDecodeError::MalformedHeader;
    // The header as far as it was read: absent for MalformedHeader; for UnknownApiKey only
    // the api key, version and correlation id (the client id is left null).
    std::optional<RequestHeader> header;
    Status status; // names the field and byte offset
};

struct DecodedRequest {
    RequestHeader header;
    AnyRequest body;

    bool operator==(const DecodedRequest &) const = default;
};

// A decoded request or the reason there is none, with the header when it was readable.
class [[nodiscard]] RequestDecodeResult {
public:
    RequestDecodeResult(DecodedRequest request) : m_v(std::move(request)) {} // NOLINT: implicit by design
    RequestDecodeResult(RequestDecodeFailure failure)
        : m_v(std::move(failure)) {} // NOLINT: implicit by design

    [[nodiscard]] bool isOk() const { return std::holds_alternative<DecodedRequest>(m_v); }
    explicit operator bool() const { return isOk(); }

    DecodedRequest &value() & { return std::get<DecodedRequest>(m_v); }
    const DecodedRequest &value() const & { return std::get<DecodedRequest>(m_v); }
    DecodedRequest &&value() && { return std::get<DecodedRequest>(std::move(m_v)); }
    [[nodiscard]] const RequestDecodeFailure &failure() const { return std::get<RequestDecodeFailure>(m_v); }
    [[nodiscard]] const Status &status() const
    {
        static const Status okStatus;
        return isOk() ? okStatus : failure().status;
    }

private:
    std::variant<DecodedRequest, RequestDecodeFailure> m_v;
};

// Decodes one request frame (the bytes after the size prefix). Never throws; the result
// refers to nothing in `frame`. Bytes left after a complete body are ignored, as Kafka's
// broker ignores them: librdkafka 2.0.2 ends its ListGroups v4 request with one extra byte.
RequestDecodeResult decodeRequestFrame(ByteView frame);

struct DecodedResponse {
    ResponseHeader header;
    AnyResponse body;

    bool operator==(const DecodedResponse &) const = default;
};

// Decodes one response frame for the API and version the request was sent with.
Result<DecodedResponse> decodeResponseFrame(ByteView frame, ApiKey key, std::int16_t version);

namespace detail {

// Starts a frame with a size placeholder; finishFrame() patches it.
inline void startFrame(ProtocolWriter &out) { out.writeInt32(0); }
Result<Bytes> finishFrame(Bytes frame, const ProtocolWriter &out);

} // namespace detail

// Size prefix, response header and body of one response. Fails only for values the wire
// cannot carry at that version (e.g. a null where the version has none) or a version out
// of range.
template <typename Response>
Result<Bytes> encodeResponseFrame(const ResponseHeader &header, const Response &response,
                                  std::int16_t version)
{
    using Api = typename Response::Api;
    Bytes frame;
    ProtocolWriter out(frame);
    detail::startFrame(out);
    encodeResponseHeader(header, responseHeaderVersion(Api::kKey, version, Api::kFirstFlexibleVersion), out);
    Api::encodeResponse(response, version, out);
    return detail::finishFrame(std::move(frame), out);
}
Result<Bytes> encodeResponseFrame(const ResponseHeader &header, const AnyResponse &response,
                                  std::int16_t version);

// Size prefix, request header and body of one request; the version is header.apiVersion
// and header.apiKey must be the request's API.
template <typename Request>
Result<Bytes> encodeRequestFrame(const RequestHeader &header, const Request &request)
{
    using Api = typename Request::Api;
    Bytes frame;
    ProtocolWriter out(frame);
    detail::startFrame(out);
    if (header.apiKey != Api::kKey)
        out.fail("the header's api key does not match the " + std::string(Api::kName) + " request");
    encodeRequestHeader(header, requestHeaderVersion(header.apiVersion, Api::kFirstFlexibleVersion), out);
    Api::encodeRequest(request, header.apiVersion, out);
    return detail::finishFrame(std::move(frame), out);
}
Result<Bytes> encodeRequestFrame(const RequestHeader &header, const AnyRequest &request);

} // namespace es::protocol

#include "protocol/api_registry.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string>

namespace es::protocol {

namespace {

template <typename... Apis>
constexpr std::array<ApiDescriptor, sizeof...(Apis)> makeDescriptors(ApiList<Apis...>)
{
    return {ApiDescriptor{Apis::kKey, Apis::kName, Apis::kMinVersion, Apis::kMaxVersion,
                          Apis::kFirstFlexibleVersion}...};
}

constexpr auto kApis = makeDescriptors(AllApis{});

static_assert(std::is_sorted(kApis.begin(), kApis.end(),
                             [](const ApiDescriptor &a, const ApiDescriptor &b) { return a.key < b.key; }),
              "AllApis must be listed in api-key order");

// The bytes every request header starts with: api key, api version, correlation id.
constexpr std::size_t kHeaderPrefixSize = 8;

std::string describe(const ApiDescriptor &api, std::int16_t version)
{
    return std::string(api.name) + " v" + std::to_string(version);
}

// Calls f.template operator()<Api>() for the API with this key; false when there is none.
template <typename F, typename... Apis>
bool withApi(ApiList<Apis...>, ApiKey key, F &&f)
{
    return ((Apis::kKey == key ? (f.template operator()<Apis>(), true) : false) || ...);
}

RequestDecodeFailure failure(RequestDecodeError error, std::optional<RequestHeader> header,
                             std::string message)
{
    return RequestDecodeFailure{error, std::move(header), Status::corruption(std::move(message))};
}

} // namespace

std::span<const ApiDescriptor> supportedApis() { return kApis; }

const ApiDescriptor *findApi(ApiKey key)
{
    const auto it = std::lower_bound(kApis.begin(), kApis.end(), key,
                                     [](const ApiDescriptor &a, ApiKey k) { return a.key < k; });
    return it != kApis.end() && it->key == key ? &*it : nullptr;
}

std::optional<HeaderVersions> headerVersions(ApiKey key, std::int16_t apiVersion)
{
    const ApiDescriptor *api = findApi(key);
    if (api == nullptr)
        return std::nullopt;
    return HeaderVersions{requestHeaderVersion(apiVersion, api->firstFlexibleVersion),
                          responseHeaderVersion(key, apiVersion, api->firstFlexibleVersion)};
}

ApiVersionsResponse makeApiVersionsResponse(ErrorCode errorCode, std::span<const ApiDescriptor> apis)
{
    ApiVersionsResponse response;
    response.errorCode = errorCode;
    response.apiKeys.reserve(apis.size());
    for (const ApiDescriptor &api : apis)
        response.apiKeys.push_back({static_cast<std::int16_t>(api.key), api.minVersion, api.maxVersion});
    return response;
}

std::string_view requestDecodeErrorName(RequestDecodeError error)
{
    switch (error) {
    case RequestDecodeError::MalformedHeader: return "malformed header";
    case RequestDecodeError::UnknownApiKey: return "unknown api key";
    case RequestDecodeError::UnsupportedVersion: return "unsupported version";
    case RequestDecodeError::MalformedBody: return "malformed body";
    }
    return "unknown error";
}

RequestDecodeResult decodeRequestFrame(ByteView frame)
{
    if (frame.size() < kHeaderPrefixSize) {
        return failure(RequestDecodeError::MalformedHeader, std::nullopt,
                       "request header: truncated: needs " + std::to_string(kHeaderPrefixSize) +
                           " bytes, frame has " + std::to_string(frame.size()));
    }
    ProtocolReader prefixReader(frame);
    Result<RequestHeader> prefix = decodeRequestHeader(prefixReader, 0);
    const ApiDescriptor *api = findApi(prefix->apiKey);
    if (api == nullptr) {
        return failure(RequestDecodeError::UnknownApiKey, *prefix,
                       "request header: unknown api key " +
                           std::to_string(static_cast<std::int16_t>(prefix->apiKey)));
    }

    const std::int16_t version = prefix->apiVersion;
    ProtocolReader in(frame);
    Result<RequestHeader> header =
        decodeRequestHeader(in, requestHeaderVersion(version, api->firstFlexibleVersion));
    if (!header) {
        return failure(RequestDecodeError::MalformedHeader, std::nullopt,
                       describe(*api, version) + " request header: " + header.status().message());
    }
    if (!api->supports(version)) {
        return failure(RequestDecodeError::UnsupportedVersion, *header,
                       describe(*api, version) + " request: supported versions are " +
                           std::to_string(api->minVersion) + "-" + std::to_string(api->maxVersion));
    }

    std::optional<Result<AnyRequest>> body;
    withApi(AllApis{}, api->key, [&]<typename Api>() {
        Result<typename Api::Request> typed = Api::decodeRequest(in, version);
        if (typed)
            body.emplace(AnyRequest(std::in_place_type<typename Api::Request>, std::move(typed).value()));
        else
            body.emplace(typed.status());
    });
    if (!*body) {
        return failure(RequestDecodeError::MalformedBody, *header,
                       describe(*api, version) + " request: " + body->status().message());
    }
    return DecodedRequest{std::move(*header), std::move(*body).value()};
}

Result<DecodedResponse> decodeResponseFrame(ByteView frame, ApiKey key, std::int16_t version)
{
    const std::optional<HeaderVersions> headers = headerVersions(key, version);
    if (!headers)
        return Status::notFound("unknown api key " + std::to_string(static_cast<std::int16_t>(key)));
    const ApiDescriptor &api = *findApi(key);
    ProtocolReader in(frame);
    Result<ResponseHeader> header = decodeResponseHeader(in, headers->response);
    if (!header)
        return Status::corruption(describe(api, version) + " response header: " + header.status().message());

    std::optional<Result<AnyResponse>> body;
    withApi(AllApis{}, key, [&]<typename Api>() {
        Result<typename Api::Response> typed = Api::decodeResponse(in, version);
        if (typed)
            body.emplace(AnyResponse(std::in_place_type<typename Api::Response>, std::move(typed).value()));
        else
            body.emplace(typed.status());
    });
    if (!*body)
        return Status::corruption(describe(api, version) + " response: " + body->status().message());
    if (in.remaining() != 0) {
        return Status::corruption(describe(api, version) + " response: " + std::to_string(in.remaining()) +
                                  " bytes left after the body");
    }
    return DecodedResponse{*header, std::move(*body).value()};
}

namespace detail {

Result<Bytes> finishFrame(Bytes frame, const ProtocolWriter &out)
{
    if (!out.ok())
        return out.status();
    const std::size_t size = frame.size() - sizeof(std::int32_t);
    if (size > static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
        return Status::invalidArgument("frame of " + std::to_string(size) + " bytes is too large");
    BufferWriter(frame).patch<std::int32_t>(0, static_cast<std::int32_t>(size));
    return frame;
}

} // namespace detail

Result<Bytes> encodeResponseFrame(const ResponseHeader &header, const AnyResponse &response,
                                  std::int16_t version)
{
    return std::visit([&](const auto &r) { return encodeResponseFrame(header, r, version); }, response);
}

Result<Bytes> encodeRequestFrame(const RequestHeader &header, const AnyRequest &request)
{
    return std::visit([&](const auto &r) { return encodeRequestFrame(header, r); }, request);
}

} // namespace es::protocol

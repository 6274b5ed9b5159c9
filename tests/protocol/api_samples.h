#pragma once

// Sample requests and responses of every supported API, built for one version: every
// field the version carries has a non-default value (nulls where the version allows them,
// empty and many-element arrays, tagged fields in flexible versions) and every field it
// does not carry keeps its default, so decode(encode(sample)) must equal the sample.
// Used by the round-trip tests and by the fuzz corpus generator.

#include "protocol/all_apis.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace es::protocol::samples {

AnyRequest request(ApiKey key, std::int16_t version);
AnyResponse response(ApiKey key, std::int16_t version);
// The SASL, ACL and SCRAM APIs' samples (api_samples_security.cpp), which request() and
// response() return for those keys.
AnyRequest securityRequest(ApiKey key, std::int16_t version);
AnyResponse securityResponse(ApiKey key, std::int16_t version);
// The transaction APIs' samples (api_samples_transactions.cpp).
AnyRequest transactionRequest(ApiKey key, std::int16_t version);
AnyResponse transactionResponse(ApiKey key, std::int16_t version);

inline Bytes bytesOf(std::string_view s) { return Bytes(s.begin(), s.end()); }

// The value from version `first` on, null before.
template <typename T>
std::optional<T> since(std::int16_t version, std::int16_t first, T value)
{
    return version >= first ? std::optional<T>(std::move(value)) : std::nullopt;
}

inline Uuid uuidOf(std::uint8_t seed)
{
    Uuid id;
    for (std::size_t i = 0; i < id.bytes.size(); ++i)
        id.bytes[i] = static_cast<std::uint8_t>(seed + i);
    return id;
}

} // namespace es::protocol::samples

#pragma once

#include <string_view>

// What a client is told when a SASL exchange fails for a reason that is not a wrong
// password, in Kafka's words where Kafka has them. Internal to engine/security.
namespace es::security::sasl {

constexpr std::string_view kExchangeOver = "Authentication failed: the SASL exchange is already over";
constexpr std::string_view kAuthzidDiffers =
    "Authentication failed: Client requested an authorization id that is different from username";
constexpr std::string_view kNoDelegationTokens = "Authentication failed: delegation tokens are not supported";

} // namespace es::security::sasl

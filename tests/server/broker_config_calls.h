#pragma once

// DescribeConfigs and IncrementalAlterConfigs as the wire tests of broker configs send them,
// one resource a call, and what they read of the answers.

#include "server/wire_client.h"

#include <QtGlobal>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace es::test {

// Kafka's resource types and config sources, as numbers on the wire.
constexpr std::int8_t kTopicResource = 2;
constexpr std::int8_t kBrokerResource = 4;
constexpr std::int8_t kDynamicBroker = 2;
constexpr std::int8_t kDynamicDefaultBroker = 3;
constexpr std::int8_t kStaticBroker = 4;
constexpr std::int8_t kDefaultConfig = 5;

using Configs = std::map<std::string, protocol::DescribeConfigsResponse::Config>;

// Every config of the resource, with synonyms and documentation; the resource's error and
// message go to `error` and `message` when given.
inline Configs describe(WireClient &client, std::int8_t type, const std::string &name,
                        ErrorCode *error = nullptr, std::string *message = nullptr)
{
    protocol::DescribeConfigsRequest request;
    request.resources.push_back({type, name, std::nullopt});
    request.includeSynonyms = true;
    request.includeDocumentation = true;
    auto described = client.call(request, 3);
    if (!described || described->results.size() != 1)
        qFatal("DescribeConfigs got no answer");
    if (error)
        *error = described->results[0].errorCode;
    if (message)
        *message = described->results[0].errorMessage.value_or("");
    Configs out;
    for (const auto &c : described->results[0].configs)
        out[c.name] = c;
    return out;
}

using Change = protocol::IncrementalAlterConfigsRequest::Config;

// Changes the broker resource `name` ("" for cluster-wide).
inline protocol::IncrementalAlterConfigsResponse::ResourceResponse
alter(WireClient &client, const std::string &name, std::vector<Change> changes, bool validateOnly = false)
{
    protocol::IncrementalAlterConfigsRequest request;
    request.resources.push_back({kBrokerResource, name, std::move(changes)});
    request.validateOnly = validateOnly;
    auto altered = client.call(request, 1);
    if (!altered || altered->responses.size() != 1)
        qFatal("IncrementalAlterConfigs got no answer");
    return altered->responses[0];
}

inline Change set(std::string name, std::string value) { return {std::move(name), 0, std::move(value)}; }
inline Change unset(std::string name) { return {std::move(name), 1, std::nullopt}; }

// The config's value, "<none>" when it has none or is not listed.
inline std::string value(const Configs &configs, const std::string &name)
{
    auto it = configs.find(name);
    return it != configs.end() && it->second.value ? *it->second.value : std::string("<none>");
}

} // namespace es::test

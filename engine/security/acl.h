#pragma once

#include "common/status.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace es::security {

// Kafka's ACL model; the numbers are Kafka's wire codes.
enum class ResourceType : std::int8_t {
    Unknown = 0,
    Any = 1,
    Topic = 2,
    Group = 3,
    Cluster = 4,
    TransactionalId = 5,
    DelegationToken = 6,
    User = 7
};
enum class PatternType : std::int8_t { Unknown = 0, Any = 1, Match = 2, Literal = 3, Prefixed = 4 };
enum class AclOperation : std::int8_t {
    Unknown = 0,
    Any = 1,
    All = 2,
    Read = 3,
    Write = 4,
    Create = 5,
    Delete = 6,
    Alter = 7,
    Describe = 8,
    ClusterAction = 9,
    DescribeConfigs = 10,
    AlterConfigs = 11,
    IdempotentWrite = 12,
    CreateTokens = 13,
    DescribeTokens = 14
};
enum class AclPermission : std::int8_t { Unknown = 0, Any = 1, Deny = 2, Allow = 3 };

// Kafka's names: "Topic", "Prefixed", "IdempotentWrite", "Allow" (parsing ignores case and
// accepts Kafka's upper-case forms "PREFIXED", "IDEMPOTENT_WRITE").
std::string_view resourceTypeName(ResourceType type);
std::string_view patternTypeName(PatternType type);
std::string_view aclOperationName(AclOperation operation);
std::string_view aclPermissionName(AclPermission permission);
std::optional<ResourceType> parseResourceType(std::string_view name);
std::optional<PatternType> parsePatternType(std::string_view name);
std::optional<AclOperation> parseAclOperation(std::string_view name);
std::optional<AclPermission> parseAclPermission(std::string_view name);

constexpr std::string_view kWildcardResource = "*"; // a literal "*" matches every name
constexpr std::string_view kWildcardPrincipal = "User:*";
constexpr std::string_view kWildcardHost = "*";
constexpr std::string_view kClusterResourceName = "kafka-cluster";

struct ResourcePattern {
    ResourceType type = ResourceType::Topic;
    std::string name;
    PatternType patternType = PatternType::Literal;
    bool operator==(const ResourcePattern &) const = default;
    auto operator<=>(const ResourcePattern &) const = default;
};

struct AccessControlEntry {
    std::string principal = std::string(kWildcardPrincipal); // "User:alice"
    std::string host = std::string(kWildcardHost);
    AclOperation operation = AclOperation::Read;
    AclPermission permission = AclPermission::Allow;
    bool operator==(const AccessControlEntry &) const = default;
    auto operator<=>(const AccessControlEntry &) const = default;
};

struct AclBinding {
    ResourcePattern pattern;
    AccessControlEntry entry;
    bool operator==(const AclBinding &) const = default;
    auto operator<=>(const AclBinding &) const = default;
};

// What CreateAcls accepts, with Kafka's error message when it refuses (no Any/Match/Unknown
// values, a principal of the form Type:name, a cluster resource named kafka-cluster ...).
Status validateAclBinding(const AclBinding &binding);

// DescribeAcls' and DeleteAcls' filter, with Kafka's matching: Any matches every value,
// an absent name/principal/host matches every one, and PatternType Match matches the
// literal name, the literal wildcard and every prefix pattern the name starts with.
struct AclBindingFilter {
    ResourceType resourceType = ResourceType::Any;
    std::optional<std::string> resourceName;
    PatternType patternType = PatternType::Any;
    std::optional<std::string> principal;
    std::optional<std::string> host;
    AclOperation operation = AclOperation::Any;
    AclPermission permission = AclPermission::Any;

    [[nodiscard]] bool matches(const AclBinding &binding) const;
    bool operator==(const AclBindingFilter &) const = default;
};

// Kafka's error for a filter DescribeAcls/DeleteAcls cannot use (Unknown values); ok otherwise.
Status validateAclFilter(const AclBindingFilter &filter);

// "User:alice has Allow permission for operations: Read from hosts: * on Topic:LITERAL:orders"
std::string describeAcl(const AclBinding &binding);

} // namespace es::security

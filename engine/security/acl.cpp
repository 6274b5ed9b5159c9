#include "security/acl.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace es::security {

namespace {

// One value's names: ours ("IdempotentWrite", also what Kafka's tools print) and the Java
// enum constant Kafka's error messages and audit log use ("IDEMPOTENT_WRITE").
template <typename E>
struct Named {
    E value;
    std::string_view name;
    std::string_view kafkaName;
};

constexpr std::array<Named<ResourceType>, 8> kResourceTypes{{
    {ResourceType::Unknown, "Unknown", "UNKNOWN"},
    {ResourceType::Any, "Any", "ANY"},
    {ResourceType::Topic, "Topic", "TOPIC"},
    {ResourceType::Group, "Group", "GROUP"},
    {ResourceType::Cluster, "Cluster", "CLUSTER"},
    {ResourceType::TransactionalId, "TransactionalId", "TRANSACTIONAL_ID"},
    {ResourceType::DelegationToken, "DelegationToken", "DELEGATION_TOKEN"},
    {ResourceType::User, "User", "USER"},
}};

constexpr std::array<Named<PatternType>, 5> kPatternTypes{{
    {PatternType::Unknown, "Unknown", "UNKNOWN"},
    {PatternType::Any, "Any", "ANY"},
    {PatternType::Match, "Match", "MATCH"},
    {PatternType::Literal, "Literal", "LITERAL"},
    {PatternType::Prefixed, "Prefixed", "PREFIXED"},
}};

constexpr std::array<Named<AclOperation>, 15> kOperations{{
    {AclOperation::Unknown, "Unknown", "UNKNOWN"},
    {AclOperation::Any, "Any", "ANY"},
    {AclOperation::All, "All", "ALL"},
    {AclOperation::Read, "Read", "READ"},
    {AclOperation::Write, "Write", "WRITE"},
    {AclOperation::Create, "Create", "CREATE"},
    {AclOperation::Delete, "Delete", "DELETE"},
    {AclOperation::Alter, "Alter", "ALTER"},
    {AclOperation::Describe, "Describe", "DESCRIBE"},
    {AclOperation::ClusterAction, "ClusterAction", "CLUSTER_ACTION"},
    {AclOperation::DescribeConfigs, "DescribeConfigs", "DESCRIBE_CONFIGS"},
    {AclOperation::AlterConfigs, "AlterConfigs", "ALTER_CONFIGS"},
    {AclOperation::IdempotentWrite, "IdempotentWrite", "IDEMPOTENT_WRITE"},
    {AclOperation::CreateTokens, "CreateTokens", "CREATE_TOKENS"},
    {AclOperation::DescribeTokens, "DescribeTokens", "DESCRIBE_TOKENS"},
}};

constexpr std::array<Named<AclPermission>, 4> kPermissions{{
    {AclPermission::Unknown, "Unknown", "UNKNOWN"},
    {AclPermission::Any, "Any", "ANY"},
    {AclPermission::Deny, "Deny", "DENY"},
    {AclPermission::Allow, "Allow", "ALLOW"},
}};

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

// Unknown codes (a newer client's) read as the table's first entry, Unknown.
template <typename E, std::size_t N>
const Named<E> &entryOf(const std::array<Named<E>, N> &table, E value)
{
    for (const auto &entry : table)
        if (entry.value == value)
            return entry;
    return table.front();
}

template <typename E, std::size_t N>
std::optional<E> parseNamed(const std::array<Named<E>, N> &table, std::string_view text)
{
    for (const auto &entry : table)
        if (equalsIgnoringCase(text, entry.name) || equalsIgnoringCase(text, entry.kafkaName))
            return entry.value;
    return std::nullopt;
}

Status invalid(std::string message) { return Status::invalidArgument(std::move(message)); }

// Kafka's messages name the Java enum constant: "Invalid operation ANY".
template <typename E, std::size_t N>
Status invalidValue(std::string_view field, const std::array<Named<E>, N> &table, E value)
{
    return invalid("Invalid " + std::string(field) + " " + std::string(entryOf(table, value).kafkaName));
}

// SecurityUtils.parseKafkaPrincipal splits at the first colon; we also refuse an empty type
// or name, which Kafka stores but no session principal can ever equal.
Status validatePrincipal(const std::string &principal)
{
    const auto colon = principal.find(':');
    if (colon == std::string::npos)
        return invalid("Could not parse principal from `" + principal +
                       "` (no colon is present separating the principal type from the principal name)");
    if (colon == 0 || colon + 1 == principal.size())
        return invalid("Could not parse principal from `" + principal +
                       "` (expected a string in format principalType:principalName)");
    return Status::ok();
}

bool patternMatches(const AclBindingFilter &filter, const ResourcePattern &pattern)
{
    if (filter.resourceType != ResourceType::Any && filter.resourceType != pattern.type)
        return false;
    if (filter.patternType != PatternType::Any && filter.patternType != PatternType::Match &&
        filter.patternType != pattern.patternType)
        return false;
    if (!filter.resourceName)
        return true;
    const std::string &name = *filter.resourceName;
    if (filter.patternType == PatternType::Any || filter.patternType == pattern.patternType)
        return name == pattern.name;
    // Match: every stored pattern that would apply to a resource of this name.
    switch (pattern.patternType) {
    case PatternType::Literal: return name == pattern.name || pattern.name == kWildcardResource;
    case PatternType::Prefixed: return name.starts_with(pattern.name);
    default: return false;
    }
}

bool entryMatches(const AclBindingFilter &filter, const AccessControlEntry &entry)
{
    if (filter.principal && *filter.principal != entry.principal)
        return false;
    if (filter.host && *filter.host != entry.host)
        return false;
    if (filter.operation != AclOperation::Any && filter.operation != entry.operation)
        return false;
    return filter.permission == AclPermission::Any || filter.permission == entry.permission;
}

} // namespace

std::string_view resourceTypeName(ResourceType type) { return entryOf(kResourceTypes, type).name; }
std::string_view patternTypeName(PatternType type) { return entryOf(kPatternTypes, type).name; }
std::string_view aclOperationName(AclOperation operation) { return entryOf(kOperations, operation).name; }
std::string_view aclPermissionName(AclPermission permission)
{
    return entryOf(kPermissions, permission).name;
}

std::optional<ResourceType> parseResourceType(std::string_view name)
{
    return parseNamed(kResourceTypes, name);
}
std::optional<PatternType> parsePatternType(std::string_view name) { return parseNamed(kPatternTypes, name); }
std::optional<AclOperation> parseAclOperation(std::string_view name) { return parseNamed(kOperations, name); }
std::optional<AclPermission> parseAclPermission(std::string_view name)
{
    return parseNamed(kPermissions, name);
}

// The checks of Kafka's AclApis.handleCreateAcls, then AclControlManager.validateNewAcl, in
// their order. Like Kafka, an operation that never applies to the resource type (Write on a
// Group) is accepted: only kafka-acls.sh refuses it, not the broker.
Status validateAclBinding(const AclBinding &binding)
{
    const ResourcePattern &pattern = binding.pattern;
    const AccessControlEntry &entry = binding.entry;
    if (pattern.type == ResourceType::Cluster && pattern.name != kClusterResourceName)
        return invalid("The only valid name for the CLUSTER resource is " +
                       std::string(kClusterResourceName));
    if (pattern.name.empty())
        return invalid("Invalid empty resource name");
    if (pattern.type == ResourceType::Unknown || pattern.type == ResourceType::Any)
        return invalidValue("resourceType", kResourceTypes, pattern.type);
    if (pattern.patternType != PatternType::Literal && pattern.patternType != PatternType::Prefixed)
        return invalidValue("patternType", kPatternTypes, pattern.patternType);
    if (entry.operation == AclOperation::Unknown || entry.operation == AclOperation::Any)
        return invalidValue("operation", kOperations, entry.operation);
    if (entry.permission != AclPermission::Allow && entry.permission != AclPermission::Deny)
        return invalidValue("permissionType", kPermissions, entry.permission);
    return validatePrincipal(entry.principal);
}

bool AclBindingFilter::matches(const AclBinding &binding) const
{
    return patternMatches(*this, binding.pattern) && entryMatches(*this, binding.entry);
}

// AclControlManager.validateFilter.
Status validateAclFilter(const AclBindingFilter &filter)
{
    if (filter.resourceType == ResourceType::Unknown || filter.patternType == PatternType::Unknown)
        return invalid("Unknown patternFilter.");
    if (filter.operation == AclOperation::Unknown || filter.permission == AclPermission::Unknown)
        return invalid("Unknown entryFilter.");
    return Status::ok();
}

// kafka-acls.sh's line for an ACL, followed by the resource as Kafka's audit log writes it.
std::string describeAcl(const AclBinding &binding)
{
    const auto &[pattern, entry] = binding;
    std::string out = entry.principal;
    out += " has ";
    out += aclPermissionName(entry.permission);
    out += " permission for operations: ";
    out += aclOperationName(entry.operation);
    out += " from hosts: ";
    out += entry.host;
    out += " on ";
    out += resourceTypeName(pattern.type);
    out += ':';
    out += entryOf(kPatternTypes, pattern.patternType).kafkaName;
    out += ':';
    out += pattern.name;
    return out;
}

} // namespace es::security

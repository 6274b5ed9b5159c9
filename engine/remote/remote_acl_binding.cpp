#include "remote/remote_acl_binding.h"

#include <array>
#include <string>

namespace es {

namespace {

// librdkafka's enums end in a __CNT entry: the codes below it are those it can send.
template <typename Ours>
bool sendable(Ours value, int count)
{
    return static_cast<int>(value) < count;
}

// Kafka's code as our enum; one beyond what this librdkafka knows is Unknown.
template <typename Ours>
Ours fromRd(int code, int count)
{
    return code < 0 || code >= count ? Ours::Unknown : static_cast<Ours>(code);
}

Status notSendable(const security::ResourceType type, const security::AclOperation operation)
{
    const std::string client = "librdkafka " + std::string(rd_kafka_version_str());
    if (!sendable(type, RD_KAFKA_RESOURCE__CNT))
        return Status::unsupported("ACLs on " + std::string(security::resourceTypeName(type)) +
                                   " resources cannot be sent by this client (" + client + ")");
    if (!sendable(operation, RD_KAFKA_ACL_OPERATION__CNT))
        return Status::unsupported("ACLs for the " + std::string(security::aclOperationName(operation)) +
                                   " operation cannot be sent by this client (" + client + ")");
    return Status::ok();
}

const char *orNull(const std::optional<std::string> &value) { return value ? value->c_str() : nullptr; }

} // namespace

Result<RdAclBinding> toRdAclBinding(const security::AclBinding &binding)
{
    const auto &[pattern, entry] = binding;
    if (Status refused = notSendable(pattern.type, entry.operation); !refused.isOk())
        return refused;
    std::array<char, 512> why{};
    RdAclBinding made(rd_kafka_AclBinding_new(
        static_cast<rd_kafka_ResourceType_t>(pattern.type), pattern.name.c_str(),
        static_cast<rd_kafka_ResourcePatternType_t>(pattern.patternType), entry.principal.c_str(),
        entry.host.c_str(), static_cast<rd_kafka_AclOperation_t>(entry.operation),
        static_cast<rd_kafka_AclPermissionType_t>(entry.permission), why.data(), why.size()));
    if (!made)
        return Status::invalidArgument(why.data());
    return made;
}

Result<RdAclBinding> toRdAclFilter(const security::AclBindingFilter &filter)
{
    if (Status refused = notSendable(filter.resourceType, filter.operation); !refused.isOk())
        return refused;
    std::array<char, 512> why{};
    RdAclBinding made(rd_kafka_AclBindingFilter_new(
        static_cast<rd_kafka_ResourceType_t>(filter.resourceType), orNull(filter.resourceName),
        static_cast<rd_kafka_ResourcePatternType_t>(filter.patternType), orNull(filter.principal),
        orNull(filter.host), static_cast<rd_kafka_AclOperation_t>(filter.operation),
        static_cast<rd_kafka_AclPermissionType_t>(filter.permission), why.data(), why.size()));
    if (!made)
        return Status::invalidArgument(why.data());
    return made;
}

security::AclBinding fromRdAclBinding(const rd_kafka_AclBinding_t *binding)
{
    const auto text = [](const char *s) { return std::string(s ? s : ""); };
    security::AclBinding b;
    b.pattern.type =
        fromRd<security::ResourceType>(rd_kafka_AclBinding_restype(binding), RD_KAFKA_RESOURCE__CNT);
    b.pattern.name = text(rd_kafka_AclBinding_name(binding));
    b.pattern.patternType = fromRd<security::PatternType>(rd_kafka_AclBinding_resource_pattern_type(binding),
                                                          RD_KAFKA_RESOURCE_PATTERN_TYPE__CNT);
    b.entry.principal = text(rd_kafka_AclBinding_principal(binding));
    b.entry.host = text(rd_kafka_AclBinding_host(binding));
    b.entry.operation =
        fromRd<security::AclOperation>(rd_kafka_AclBinding_operation(binding), RD_KAFKA_ACL_OPERATION__CNT);
    b.entry.permission = fromRd<security::AclPermission>(rd_kafka_AclBinding_permission_type(binding),
                                                         RD_KAFKA_ACL_PERMISSION_TYPE__CNT);
    return b;
}

} // namespace es

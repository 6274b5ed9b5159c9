// DescribeAcls, CreateAcls and DeleteAcls: the cluster's ACLs in the security store, changed
// and read as Kafka's admin clients expect. Describe on the cluster to read them, Alter to
// change them.

#include "cluster/cluster.h"
#include "security/security_store.h"
#include "server/authorization.h"
#include "server/handlers/handlers.h"

#include <map>
#include <tuple>

namespace es::server {

namespace {

using security::AclBinding;
using security::AclBindingFilter;

// The wire's codes as the model's enums; a code Kafka does not know becomes Unknown, which
// validation refuses.
template <typename Enum>
Enum fromWire(std::int8_t code, Enum highest)
{
    return code < 0 || code > static_cast<std::int8_t>(highest) ? Enum::Unknown : static_cast<Enum>(code);
}

security::ResourceType resourceTypeOf(std::int8_t code)
{
    return fromWire(code, security::ResourceType::User);
}
security::PatternType patternTypeOf(std::int8_t code)
{
    return fromWire(code, security::PatternType::Prefixed);
}
security::AclOperation operationOf(std::int8_t code)
{
    return fromWire(code, security::AclOperation::DescribeTokens);
}
security::AclPermission permissionOf(std::int8_t code)
{
    return fromWire(code, security::AclPermission::Allow);
}

template <typename Enum>
std::int8_t toWire(Enum value)
{
    return static_cast<std::int8_t>(value);
}

// A store refusal as Kafka answers it: its validation is INVALID_REQUEST, anything else (the
// catalog could not save the change) an unexpected failure.
ErrorCode errorOf(const Status &status)
{
    if (status.isOk())
        return ErrorCode::None;
    return status.code() == StatusCode::InvalidArgument ? ErrorCode::InvalidRequest
                                                        : ErrorCode::UnknownServerError;
}

template <typename Filter>
AclBindingFilter filterOf(const Filter &f)
{
    AclBindingFilter filter;
    filter.resourceType = resourceTypeOf(f.resourceTypeFilter);
    filter.resourceName = f.resourceNameFilter;
    filter.patternType = patternTypeOf(f.patternTypeFilter);
    filter.principal = f.principalFilter;
    filter.host = f.hostFilter;
    filter.operation = operationOf(f.operation);
    filter.permission = permissionOf(f.permissionType);
    return filter;
}

std::string refusedMessage() { return std::string(errorMessage(ErrorCode::ClusterAuthorizationFailed)); }

} // namespace

void DescribeAclsHandler::handle(RequestContext ctx, protocol::DescribeAclsRequest request,
                                 Respond<protocol::DescribeAclsResponse> respond)
{
    protocol::DescribeAclsResponse response;
    if (!authorizeCluster(ctx, security::AclOperation::Describe, Api::kName)) {
        response.errorCode = ErrorCode::ClusterAuthorizationFailed;
        response.errorMessage = refusedMessage();
        respond(response);
        return;
    }
    const AclBindingFilter filter = filterOf(request);
    if (const Status valid = security::validateAclFilter(filter); !valid.isOk()) {
        response.errorCode = ErrorCode::InvalidRequest;
        response.errorMessage = valid.message();
        respond(response);
        return;
    }
    // Grouped by resource pattern, as Kafka answers.
    std::map<std::tuple<std::int8_t, std::string, std::int8_t>, std::size_t> index;
    for (const AclBinding &acl : ctx.server().cluster().security().describeAcls(filter)) {
        const auto key =
            std::make_tuple(toWire(acl.pattern.type), acl.pattern.name, toWire(acl.pattern.patternType));
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.emplace(key, response.resources.size()).first;
            protocol::DescribeAclsResponse::Resource resource;
            resource.resourceType = std::get<0>(key);
            resource.resourceName = acl.pattern.name;
            resource.patternType = std::get<2>(key);
            response.resources.push_back(std::move(resource));
        }
        response.resources[it->second].acls.push_back(
            {acl.entry.principal, acl.entry.host, toWire(acl.entry.operation), toWire(acl.entry.permission)});
    }
    respond(response);
}

void CreateAclsHandler::handle(RequestContext ctx, protocol::CreateAclsRequest request,
                               Respond<protocol::CreateAclsResponse> respond)
{
    protocol::CreateAclsResponse response;
    if (!authorizeCluster(ctx, security::AclOperation::Alter, Api::kName)) {
        for (std::size_t i = 0; i < request.creations.size(); ++i)
            response.results.push_back({ErrorCode::ClusterAuthorizationFailed, refusedMessage()});
        respond(response);
        return;
    }
    std::vector<AclBinding> bindings;
    for (const auto &c : request.creations)
        bindings.push_back(
            {{resourceTypeOf(c.resourceType), c.resourceName, patternTypeOf(c.resourcePatternType)},
             {c.principal, c.host, operationOf(c.operation), permissionOf(c.permissionType)}});
    for (const Status &status : ctx.server().cluster().security().createAcls(bindings)) {
        protocol::CreateAclsResponse::CreationResult result;
        result.errorCode = errorOf(status);
        if (!status.isOk())
            result.errorMessage = status.message();
        response.results.push_back(std::move(result));
    }
    respond(response);
}

void DeleteAclsHandler::handle(RequestContext ctx, protocol::DeleteAclsRequest request,
                               Respond<protocol::DeleteAclsResponse> respond)
{
    protocol::DeleteAclsResponse response;
    response.filterResults.resize(request.filters.size());
    if (!authorizeCluster(ctx, security::AclOperation::Alter, Api::kName)) {
        for (auto &result : response.filterResults) {
            result.errorCode = ErrorCode::ClusterAuthorizationFailed;
            result.errorMessage = refusedMessage();
        }
        respond(response);
        return;
    }
    // A filter Kafka refuses (Unknown values) answers INVALID_REQUEST and deletes nothing; the
    // others go to the store together.
    std::vector<AclBindingFilter> valid;
    std::vector<std::size_t> validIndexes;
    for (std::size_t i = 0; i < request.filters.size(); ++i) {
        AclBindingFilter filter = filterOf(request.filters[i]);
        if (const Status checked = security::validateAclFilter(filter); !checked.isOk()) {
            response.filterResults[i].errorCode = ErrorCode::InvalidRequest;
            response.filterResults[i].errorMessage = checked.message();
            continue;
        }
        valid.push_back(std::move(filter));
        validIndexes.push_back(i);
    }
    Status failure;
    const auto removed = ctx.server().cluster().security().deleteAcls(valid, &failure);
    for (std::size_t k = 0; k < validIndexes.size(); ++k) {
        auto &result = response.filterResults[validIndexes[k]];
        if (!failure.isOk()) {
            result.errorCode = errorOf(failure);
            result.errorMessage = failure.message();
            continue;
        }
        for (const AclBinding &acl : removed[k])
            result.matchingAcls.push_back({ErrorCode::None, std::nullopt, toWire(acl.pattern.type),
                                           acl.pattern.name, toWire(acl.pattern.patternType),
                                           acl.entry.principal, acl.entry.host, toWire(acl.entry.operation),
                                           toWire(acl.entry.permission)});
    }
    respond(response);
}

} // namespace es::server

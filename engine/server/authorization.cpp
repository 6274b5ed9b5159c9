#include "server/authorization.h"

#include "cluster/cluster.h"
#include "common/clock.h"
#include "common/logging.h"
#include "security/security_store.h"

#include <algorithm>

namespace es::server {

namespace {

using security::AclBinding;
using security::AclOperation;
using security::AclPermission;
using security::PatternType;

bool entryApplies(const AclBinding &acl, const security::RequestPrincipal &who, AclOperation operation,
                  AclPermission permission)
{
    const auto &e = acl.entry;
    return e.permission == permission && (e.operation == operation || e.operation == AclOperation::All) &&
           (e.principal == who.principal || e.principal == security::kWildcardPrincipal) &&
           (e.host == who.host || e.host == security::kWildcardHost);
}

// Kafka's Authorizer.authorizeByResourceType: whether some allow for `operation` on a
// resource of `type` is left standing by the denies (a deny on the wildcard or on every
// prefix refuses everything; a deny on a name or a shorter prefix refuses that allow).
bool someResourceAllows(const security::AclIndex &index, const security::RequestPrincipal &who,
                        AclOperation operation, security::ResourceType type)
{
    std::vector<const security::ResourcePattern *> denies;
    for (const AclBinding &acl : index.acls()) {
        if (acl.pattern.type != type || !entryApplies(acl, who, operation, AclPermission::Deny))
            continue;
        const bool everything =
            (acl.pattern.patternType == PatternType::Literal &&
             acl.pattern.name == security::kWildcardResource) ||
            (acl.pattern.patternType == PatternType::Prefixed && acl.pattern.name.empty());
        if (everything)
            return false;
        denies.push_back(&acl.pattern);
    }
    const auto denied = [&](const security::ResourcePattern &allowed) {
        return std::any_of(denies.begin(), denies.end(), [&](const security::ResourcePattern *deny) {
            if (deny->patternType == PatternType::Prefixed)
                return allowed.name.starts_with(deny->name);
            return allowed.patternType == PatternType::Literal && deny->name == allowed.name;
        });
    };
    return std::any_of(index.acls().begin(), index.acls().end(), [&](const AclBinding &acl) {
        return acl.pattern.type == type && entryApplies(acl, who, operation, AclPermission::Allow) &&
               (acl.pattern.patternType == PatternType::Literal ||
                acl.pattern.patternType == PatternType::Prefixed) &&
               !denied(acl.pattern);
    });
}

// The operations Kafka lists for each resource type (AclEntry.supportedOperations).
std::vector<AclOperation> supportedOperations(security::ResourceType type)
{
    using enum AclOperation;
    switch (type) {
    case security::ResourceType::Topic:
        return {Read, Write, Create, Describe, Delete, Alter, DescribeConfigs, AlterConfigs};
    case security::ResourceType::Group:
        return {Read, Describe, Delete};
    case security::ResourceType::Cluster:
        return {Create, ClusterAction, DescribeConfigs, AlterConfigs, IdempotentWrite, Alter, Describe};
    case security::ResourceType::TransactionalId:
        return {Describe, Write};
    case security::ResourceType::DelegationToken:
        return {Describe};
    default:
        return {};
    }
}

} // namespace

std::int32_t authorizedOperations(const RequestContext &ctx, security::ResourceType type, std::string_view name)
{
    const std::shared_ptr<const security::AclIndex> index = ctx.server().cluster().security().acls();
    const bool everyone = index->acls().empty() && index->options().allowEveryoneIfNoAclFound;
    std::int32_t bits = 0;
    for (AclOperation operation : supportedOperations(type))
        if (everyone || index->authorize(ctx.principal, {operation, type, std::string(name)}).allowed)
            bits |= std::int32_t{1} << static_cast<int>(operation);
    return bits;
}

bool authorize(const RequestContext &ctx, security::AclOperation operation, security::ResourceType type,
               std::string_view name, std::string_view api, Denial denial)
{
    security::SecurityStore &store = ctx.server().cluster().security();
    const std::shared_ptr<const security::AclIndex> index = store.acls();
    security::AuthorizationAction action{operation, type, std::string(name)};
    const std::int64_t nowMs = SystemClock::instance().nowMs();

    // No ACL anywhere: nothing to look up, the option decides. Still recorded, so that the
    // Security view can preview the first ACL against what clients do.
    if (index->acls().empty() && index->options().allowEveryoneIfNoAclFound) {
        store.recentAuthorizations().record(ctx.principal, action, api, true, nowMs);
        return true;
    }

    const security::AuthorizationDecision decision = index->authorize(ctx.principal, action);
    store.recentAuthorizations().record(ctx.principal, action, api, decision.allowed, nowMs);
    if (decision.allowed || denial == Denial::NotKept)
        return decision.allowed;

    if (const auto log = logger("server"); log->should_log(spdlog::level::debug))
        log->debug("broker {}: {} from {} at {} denied {} on {}:{} ({})", ctx.server().brokerId(), api,
                   ctx.principal.principal, ctx.principal.host, security::aclOperationName(operation),
                   security::resourceTypeName(type), name,
                   decision.decidingAcl ? security::describeAcl(*decision.decidingAcl)
                                        : std::string("no ACL allows it"));
    store.recordDenial({nowMs, ctx.principal, std::move(action), decision.decidingAcl, std::string(api)});
    return false;
}

bool authorizeCluster(const RequestContext &ctx, security::AclOperation operation, std::string_view api,
                      Denial denial)
{
    return authorize(ctx, operation, security::ResourceType::Cluster, security::kClusterResourceName, api,
                     denial);
}

bool authorizeIdempotentWrite(const RequestContext &ctx, std::string_view api)
{
    security::SecurityStore &store = ctx.server().cluster().security();
    const std::shared_ptr<const security::AclIndex> index = store.acls();
    const security::AuthorizationAction action{AclOperation::IdempotentWrite, security::ResourceType::Cluster,
                                               std::string(security::kClusterResourceName)};
    const security::AuthorizationDecision decision = index->authorize(ctx.principal, action);
    // Kafka's authorizeByResourceType first asks about one (unnamed) topic, which answers
    // for allow.everyone.if.no.acl.found when topics have no ACL.
    const bool allowed =
        decision.allowed ||
        index->authorize(ctx.principal, {AclOperation::Write, security::ResourceType::Topic, "hardcode"})
            .allowed ||
        someResourceAllows(*index, ctx.principal, AclOperation::Write, security::ResourceType::Topic);
    const std::int64_t nowMs = SystemClock::instance().nowMs();
    store.recentAuthorizations().record(ctx.principal, action, api, allowed, nowMs);
    if (!allowed)
        store.recordDenial({nowMs, ctx.principal, action, decision.decidingAcl, std::string(api)});
    return allowed;
}

bool TopicAuthorizer::operator()(const std::string &name)
{
    const auto it = std::find_if(m_answers.begin(), m_answers.end(),
                                 [&](const auto &answer) { return answer.first == name; });
    if (it != m_answers.end())
        return it->second;
    const bool allowed = authorize(m_ctx, m_operation, security::ResourceType::Topic, name, m_api, m_denial);
    m_answers.emplace_back(name, allowed);
    return allowed;
}

} // namespace es::server

#pragma once

// The authorizer on the request path, as Kafka's KafkaApis asks it: one question per
// operation and resource, the answer recorded for the Security view.

#include "security/acl.h"
#include "server/request_context.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace es::server {

// Whether the request's principal may do `operation` on the resource, by the cluster's ACLs
// (security::AclIndex::authorize). Every decision is counted in the store's recent
// authorizations and every denial kept in its recent denials, with the ACL that decided;
// denials are logged at debug. `api` names the request ("Produce").
//
// With no ACL at all and allow.everyone.if.no.acl.found, the answer is yes without asking
// the index. On the broker's loop; the store may be changed from any thread meanwhile.
//
// A question asked only to choose the way to go on (Create on the cluster before Create on
// each topic: Kafka's logIfDenied = false) passes Denial::NotKept: a no is then no denial.
enum class Denial : std::uint8_t { Kept, NotKept };
bool authorize(const RequestContext &ctx, security::AclOperation operation, security::ResourceType type,
               std::string_view name, std::string_view api, Denial denial = Denial::Kept);

// The same question about the cluster resource ("kafka-cluster").
bool authorizeCluster(const RequestContext &ctx, security::AclOperation operation, std::string_view api,
                      Denial denial = Denial::Kept);

// InitProducerId without a transactional id, as Kafka 3.x allows it: IdempotentWrite on the
// cluster, or Write on some topic (an allow for the principal on a topic or a prefix that no
// deny covers; Kafka's authorizeByResourceType). Recorded as IdempotentWrite on the cluster.
bool authorizeIdempotentWrite(const RequestContext &ctx, std::string_view api);

// The operations the request's principal may do on the resource, as the bit field Kafka
// answers when a client asks for authorized operations (Metadata, DescribeCluster,
// DescribeGroups): bit i set for AclOperation i, among the operations the resource type
// supports. Not recorded: a client asking what it may do is doing none of it.
std::int32_t authorizedOperations(const RequestContext &ctx, security::ResourceType type,
                                  std::string_view name);

// Asks once per distinct name: a request naming many partitions of one topic asks about the
// topic once, as Kafka's authorizedResources does. Lives as long as one request.
class TopicAuthorizer {
public:
    TopicAuthorizer(const RequestContext &ctx, security::AclOperation operation, std::string_view api,
                    Denial denial = Denial::Kept)
        : m_ctx(ctx), m_operation(operation), m_api(api), m_denial(denial)
    {}
    bool operator()(const std::string &name);

private:
    const RequestContext &m_ctx;
    security::AclOperation m_operation;
    std::string_view m_api;
    Denial m_denial;
    std::vector<std::pair<std::string, bool>> m_answers; // few names per request: a scan is enough
};

} // namespace es::server

#include "remote/remote_security_admin.h"

#include "remote/admin_call.h"
#include "remote/remote_acl_binding.h"

#include <string>
#include <utility>

namespace es {

namespace {

// The client these abilities depend on, as its headers were when this was built: a newer
// librdkafka at run time does not give this code the calls it was built without.
std::string builtClient()
{
    constexpr int version = RD_KAFKA_VERSION;
    return "librdkafka " + std::to_string(version >> 24 & 0xff) + "." + std::to_string(version >> 16 & 0xff) +
           "." + std::to_string(version >> 8 & 0xff);
}

// What the protocol has no request for.
Status notInProtocol(const std::string &what)
{
    return Status::unsupported("Kafka's protocol does not tell a client " + what);
}

// What librdkafka has only from 2.2 (Describe/AlterUserScramCredentials).
Status needsNewerClient(const std::string &what)
{
    return Status::unsupported(what + " needs librdkafka 2.2 or later; this is " + builtClient());
}

// A cluster's answer to one binding or filter: the Kafka code in the cluster's words.
Status statusOf(const rd_kafka_error_t *error)
{
    if (!error)
        return Status::ok();
    const AdminResult result = adminResult(rd_kafka_error_code(error), rd_kafka_error_string(error));
    switch (result.error) {
    case ErrorCode::InvalidRequest: return Status::invalidArgument(result.message);
    case ErrorCode::RequestTimedOut: return Status::timedOut(result.message);
    default: return Status::ioError(result.message);
    }
}

std::vector<security::AclBinding> bindingsOf(const rd_kafka_AclBinding_t **acls, size_t count)
{
    std::vector<security::AclBinding> out;
    out.reserve(count);
    for (size_t i = 0; i < count; ++i)
        out.push_back(fromRdAclBinding(acls[i]));
    return out;
}

} // namespace

SecurityAdminAbilities RemoteSecurityAdmin::abilities() const
{
    return {.listeners = false,
            .users = false,
            .acls = true,
            .denials = false,
            .missingFromClient = builtClient()};
}

Result<SecurityDescription> RemoteSecurityAdmin::describeSecurity()
{
    return notInProtocol("a remote cluster's listener settings");
}

Result<std::vector<ScramUserDescription>> RemoteSecurityAdmin::describeUsers()
{
    return needsNewerClient("Listing SCRAM users");
}

Status RemoteSecurityAdmin::setUserPassword(const std::string &, security::ScramMechanism,
                                            const std::string &, std::int32_t)
{
    return needsNewerClient("Setting a SCRAM password");
}

Status RemoteSecurityAdmin::deleteUser(const std::string &, std::optional<security::ScramMechanism>)
{
    return needsNewerClient("Removing a SCRAM user");
}

Result<std::vector<security::AuthorizationDenial>> RemoteSecurityAdmin::recentDenials()
{
    return notInProtocol("what a remote cluster's authorizer refused");
}

Result<std::vector<security::RecentAuthorization>> RemoteSecurityAdmin::recentRequests()
{
    return notInProtocol("what a remote cluster's authorizer decided");
}

Status RemoteSecurityAdmin::refuseWhenReadOnly() const
{
    if (m_readOnly)
        return Status::unsupported("the connection " + m_connectionName + " is read-only");
    return Status::ok();
}

Result<std::vector<security::AclBinding>>
RemoteSecurityAdmin::describeAcls(const security::AclBindingFilter &filter)
{
    auto rdFilter = toRdAclFilter(filter);
    if (!rdFilter)
        return rdFilter.status();
    auto event = awaitAdmin(
        m_rk,
        [&](rd_kafka_queue_t *queue) {
            auto options = adminOptions(m_rk, RD_KAFKA_ADMIN_OP_DESCRIBEACLS, m_timeoutMs);
            rd_kafka_DescribeAcls(m_rk, rdFilter->get(), options.get(), queue);
        },
        m_timeoutMs);
    if (!event)
        return event.status();
    size_t count = 0;
    const auto **acls =
        rd_kafka_DescribeAcls_result_acls(rd_kafka_event_DescribeAcls_result(event->get()), &count);
    return bindingsOf(acls, count);
}

Result<std::vector<Status>> RemoteSecurityAdmin::createAcls(const std::vector<security::AclBinding> &bindings)
{
    ES_RETURN_IF_ERROR(refuseWhenReadOnly());
    // Bindings librdkafka cannot send are answered here; the others go in one request.
    std::vector<Status> results(bindings.size());
    std::vector<RdAclBinding> owned;
    std::vector<rd_kafka_AclBinding_t *> sent;
    std::vector<std::size_t> sentIndexes;
    for (std::size_t i = 0; i < bindings.size(); ++i) {
        auto made = toRdAclBinding(bindings[i]);
        if (!made) {
            results[i] = made.status();
            continue;
        }
        sent.push_back(made->get());
        sentIndexes.push_back(i);
        owned.push_back(std::move(*made));
    }
    if (sent.empty())
        return results;
    auto event = awaitAdmin(
        m_rk,
        [&](rd_kafka_queue_t *queue) {
            auto options = adminOptions(m_rk, RD_KAFKA_ADMIN_OP_CREATEACLS, m_timeoutMs);
            rd_kafka_CreateAcls(m_rk, sent.data(), sent.size(), options.get(), queue);
        },
        m_timeoutMs);
    if (!event)
        return event.status();
    size_t count = 0;
    const auto **answers =
        rd_kafka_CreateAcls_result_acls(rd_kafka_event_CreateAcls_result(event->get()), &count);
    for (std::size_t k = 0; k < sentIndexes.size(); ++k)
        results[sentIndexes[k]] = k < count ? statusOf(rd_kafka_acl_result_error(answers[k]))
                                            : Status::ioError("the cluster did not answer for this ACL");
    return results;
}

Result<std::vector<security::AclBinding>>
RemoteSecurityAdmin::deleteAcls(const std::vector<security::AclBindingFilter> &filters)
{
    ES_RETURN_IF_ERROR(refuseWhenReadOnly());
    std::vector<RdAclBinding> owned;
    std::vector<rd_kafka_AclBindingFilter_t *> sent;
    for (const auto &filter : filters) {
        auto made = toRdAclFilter(filter);
        if (!made)
            return made.status();
        sent.push_back(made->get());
        owned.push_back(std::move(*made));
    }
    if (sent.empty())
        return std::vector<security::AclBinding>{};
    auto event = awaitAdmin(
        m_rk,
        [&](rd_kafka_queue_t *queue) {
            auto options = adminOptions(m_rk, RD_KAFKA_ADMIN_OP_DELETEACLS, m_timeoutMs);
            rd_kafka_DeleteAcls(m_rk, sent.data(), sent.size(), options.get(), queue);
        },
        m_timeoutMs);
    if (!event)
        return event.status();
    size_t count = 0;
    const auto **responses =
        rd_kafka_DeleteAcls_result_responses(rd_kafka_event_DeleteAcls_result(event->get()), &count);
    // Kafka answers each filter alone: the first refusal is the answer, as nothing that
    // filter matched was removed (what other filters removed stays removed, as in Kafka).
    std::vector<security::AclBinding> removed;
    for (size_t i = 0; i < count; ++i) {
        if (Status refused = statusOf(rd_kafka_DeleteAcls_result_response_error(responses[i]));
            !refused.isOk())
            return refused;
        size_t n = 0;
        const auto **matching = rd_kafka_DeleteAcls_result_response_matching_acls(responses[i], &n);
        for (auto &binding : bindingsOf(matching, n))
            removed.push_back(std::move(binding));
    }
    return removed;
}

} // namespace es

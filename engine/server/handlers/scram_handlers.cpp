// DescribeUserScramCredentials and AlterUserScramCredentials: the SCRAM users of the
// security store, with the answers and messages of Kafka's controller (ScramControlManager,
// ScramImage). Describe on the cluster to read them, Alter to change them.

#include "cluster/cluster.h"
#include "security/scram_credential.h"
#include "security/security_store.h"
#include "server/authorization.h"
#include "server/handlers/handlers.h"

#include <map>
#include <set>

namespace es::server {

namespace {

using AlterResult = protocol::AlterUserScramCredentialsResponse::UserResult;
using DescribeResult = protocol::DescribeUserScramCredentialsResponse::UserResult;

std::string refusedMessage() { return std::string(errorMessage(ErrorCode::ClusterAuthorizationFailed)); }

DescribeResult describeUser(const security::SecurityState &state, const std::string &user)
{
    DescribeResult result;
    result.user = user;
    const auto it = state.users.find(user);
    if (it == state.users.end() || it->second.empty()) {
        result.errorCode = ErrorCode::ResourceNotFound;
        result.errorMessage = "Attempt to describe a user credential that does not exist: " + user;
        return result;
    }
    for (const auto &[mechanism, credential] : it->second)
        result.credentialInfos.push_back({static_cast<std::int8_t>(mechanism), credential.iterations});
    return result;
}

// Kafka's checks of one alteration, before anything changes: a user name, a known mechanism,
// and for an upsertion an iteration count within bounds.
std::optional<AlterResult> invalidAlteration(const std::string &user, std::int8_t mechanism)
{
    if (user.empty())
        return AlterResult{user, ErrorCode::UnacceptableCredential, "Username must not be empty"};
    if (!security::scramMechanismFromCode(mechanism))
        return AlterResult{user, ErrorCode::UnsupportedSaslMechanism, "Unknown SCRAM mechanism"};
    return std::nullopt;
}

std::optional<AlterResult> invalidUpsertion(const protocol::AlterUserScramCredentialsRequest::Upsertion &u)
{
    if (auto invalid = invalidAlteration(u.name, u.mechanism))
        return invalid;
    if (u.iterations < security::kMinScramIterations)
        return AlterResult{u.name, ErrorCode::UnacceptableCredential, "Too few iterations"};
    if (u.iterations > security::kMaxScramIterations)
        return AlterResult{u.name, ErrorCode::UnacceptableCredential, "Too many iterations"};
    return std::nullopt;
}

AlterResult resultOf(const std::string &user, const Status &status)
{
    if (status.isOk())
        return {user, ErrorCode::None, std::nullopt};
    const ErrorCode error = status.code() == StatusCode::NotFound          ? ErrorCode::ResourceNotFound
                            : status.code() == StatusCode::InvalidArgument ? ErrorCode::UnacceptableCredential
                                                                           : ErrorCode::UnknownServerError;
    return {user, error, status.message()};
}

} // namespace

void DescribeUserScramCredentialsHandler::handle(
    RequestContext ctx, protocol::DescribeUserScramCredentialsRequest request,
    Respond<protocol::DescribeUserScramCredentialsResponse> respond)
{
    protocol::DescribeUserScramCredentialsResponse response;
    if (!authorizeCluster(ctx, security::AclOperation::Describe, Api::kName)) {
        response.errorCode = ErrorCode::ClusterAuthorizationFailed;
        response.errorMessage = refusedMessage();
        respond(response);
        return;
    }
    const security::SecurityState state = ctx.server().cluster().security().state();
    // Null or empty: every user with a credential.
    if (!request.users || request.users->empty()) {
        for (const auto &[user, credentials] : state.users)
            response.results.push_back(describeUser(state, user));
        respond(response);
        return;
    }
    std::map<std::string, int> named;
    for (const auto &u : *request.users)
        ++named[u.name];
    std::set<std::string> answered;
    for (const auto &u : *request.users) {
        if (!answered.insert(u.name).second)
            continue;
        if (named[u.name] > 1) {
            response.results.push_back(
                {u.name,
                 ErrorCode::DuplicateResource,
                 "Cannot describe SCRAM credentials for the same user twice in a single request: " + u.name,
                 {}});
            continue;
        }
        response.results.push_back(describeUser(state, u.name));
    }
    respond(response);
}

void AlterUserScramCredentialsHandler::handle(RequestContext ctx,
                                              protocol::AlterUserScramCredentialsRequest request,
                                              Respond<protocol::AlterUserScramCredentialsResponse> respond)
{
    protocol::AlterUserScramCredentialsResponse response;
    // One result per user, in the order users first appear (deletions, then upsertions).
    std::vector<std::string> users;
    std::map<std::string, int> alterations;
    const auto count = [&](const std::string &user) {
        if (alterations[user]++ == 0)
            users.push_back(user);
    };
    for (const auto &d : request.deletions)
        count(d.name);
    for (const auto &u : request.upsertions)
        count(u.name);

    if (!authorizeCluster(ctx, security::AclOperation::Alter, Api::kName)) {
        for (const auto &user : users)
            response.results.push_back({user, ErrorCode::ClusterAuthorizationFailed, refusedMessage()});
        respond(response);
        return;
    }

    // As Kafka's controller: a user altered twice in one request (any mechanism) is refused
    // whole; every other alteration is checked, then applied.
    std::map<std::string, AlterResult> results;
    for (const auto &[user, n] : alterations)
        if (n > 1)
            results[user] = {user, ErrorCode::DuplicateResource,
                             "A user credential cannot be altered twice in the same request"};
    security::SecurityStore &store = ctx.server().cluster().security();
    for (const auto &d : request.deletions) {
        if (results.contains(d.name))
            continue;
        if (auto invalid = invalidAlteration(d.name, d.mechanism)) {
            results[d.name] = *invalid;
            continue;
        }
        results[d.name] =
            resultOf(d.name, store.deleteCredential(d.name, *security::scramMechanismFromCode(d.mechanism)));
    }
    for (const auto &u : request.upsertions) {
        if (results.contains(u.name))
            continue;
        if (auto invalid = invalidUpsertion(u)) {
            results[u.name] = *invalid;
            continue;
        }
        auto credential = security::scramCredentialFromSaltedPassword(
            *security::scramMechanismFromCode(u.mechanism), u.salt, u.saltedPassword, u.iterations);
        results[u.name] =
            resultOf(u.name, credential ? store.upsertCredential(u.name, *credential) : credential.status());
    }
    for (const auto &user : users)
        response.results.push_back(results[user]);
    respond(response);
}

} // namespace es::server

#include "cluster/cluster_security.h"

#include "catalog/catalog.h"
#include "common/logging.h"

#include <algorithm>
#include <string>
#include <vector>

namespace es {

namespace {

using security::ListenerConfig;
using security::ScramMechanism;

std::vector<ListenerConfig> listenersOf(const ClusterConfig &config)
{
    return security::effectiveListeners(config.listeners, config.bindAddress, config.basePort);
}

// The saved state with the config's choices applied.
SavedSecurity startingState(SavedSecurity saved, const ClusterConfig &config)
{
    saved.listeners = listenersOf(config);
    saved.tls = config.tls;
    if (!config.superUsers.empty())
        saved.state.options.superUsers = config.superUsers;
    if (config.allowEveryoneIfNoAclFound) {
        saved.state.options.allowEveryoneIfNoAclFound = *config.allowEveryoneIfNoAclFound;
        saved.allowEveryoneChosen = true;
    } else if (!saved.allowEveryoneChosen) {
        // "Off once any SASL listener exists": users who log in are the ones ACLs name.
        const auto listeners = listenersOf(config);
        saved.state.options.allowEveryoneIfNoAclFound =
            std::none_of(listeners.begin(), listeners.end(),
                         [](const ListenerConfig &l) { return security::usesSasl(l.protocol); });
    }
    return saved;
}

// Saves the store's state; allow.everyone.if.no.acl.found only once it was chosen: at start,
// or by a change that set it to another value than the one the cluster started with.
security::SecurityStore::Persist persistTo(Catalog &catalog, const SavedSecurity &start)
{
    struct Choice {
        bool chosen;
        bool startValue;
    };
    auto choice = std::make_shared<Choice>(
        Choice{start.allowEveryoneChosen, start.state.options.allowEveryoneIfNoAclFound});
    // The store calls it under its write lock, so `choice` sees one change at a time.
    return [&catalog, choice](const security::SecurityState &state) {
        const bool chosen = choice->chosen || state.options.allowEveryoneIfNoAclFound != choice->startValue;
        // No listeners: the saved ones stay (those of this start, or the next start's).
        ES_RETURN_IF_ERROR(catalog.saveSecurity(
            SavedSecurity{.state = state, .allowEveryoneChosen = chosen, .listeners = {}, .tls = {}}));
        choice->chosen = chosen;
        return Status::ok();
    };
}

Status addScramUsers(security::SecurityStore &store, const ClusterConfig &config)
{
    for (const auto &[user, password] : config.scramUsers)
        for (const ScramMechanism mechanism : {ScramMechanism::Sha256, ScramMechanism::Sha512}) {
            const auto existing = store.credential(user, mechanism);
            if (existing && existing->iterations == kScramUserIterations &&
                security::scramPasswordMatches(*existing, password))
                continue;
            auto credential = security::makeScramCredential(mechanism, password, kScramUserIterations);
            if (!credential)
                return credential.status();
            if (Status s = store.upsertCredential(user, *credential); !s.isOk()) {
                std::string message = "SCRAM user " + user + ": " + s.message();
                return s.code() == StatusCode::InvalidArgument ? Status::invalidArgument(std::move(message))
                                                               : Status::ioError(std::move(message));
            }
            logger("cluster")->info("SCRAM user {}: {} credential saved", user,
                                    security::scramMechanismName(mechanism));
        }
    return Status::ok();
}

} // namespace

Result<std::unique_ptr<security::SecurityStore>> openSecurityStore(Catalog &catalog,
                                                                   const ClusterConfig &config)
{
    Result<SavedSecurity> saved = catalog.loadSecurity();
    if (!saved)
        return saved.status();
    const SavedSecurity start = startingState(*saved, config);
    if (start != *saved)
        ES_RETURN_IF_ERROR(catalog.saveSecurity(start));
    auto store = std::make_unique<security::SecurityStore>(start.state, persistTo(catalog, start));
    ES_RETURN_IF_ERROR(addScramUsers(*store, config));
    return store;
}

Result<std::optional<security::TlsMaterial>> prepareTlsMaterial(const ClusterConfig &config)
{
    const auto listeners = listenersOf(config);
    if (std::none_of(listeners.begin(), listeners.end(),
                     [](const ListenerConfig &l) { return security::usesTls(l.protocol); }))
        return std::optional<security::TlsMaterial>();
    std::vector<std::string> hosts;
    auto add = [&hosts](const std::string &host) {
        if (std::find(hosts.begin(), hosts.end(), host) == hosts.end())
            hosts.push_back(host);
    };
    for (const ListenerConfig &listener : listeners) {
        add(listener.host);
        // Clients reach a wildcard address through loopback, so the certificate names it.
        if (listener.host == "0.0.0.0")
            add("127.0.0.1");
        else if (listener.host == "::")
            add("::1");
    }
    add("localhost");
    auto material = security::ensureTlsMaterial(config.dataDir / "tls", config.tls, hosts);
    if (!material)
        return material.status();
    return std::optional<security::TlsMaterial>(std::move(*material));
}

} // namespace es

#pragma once

// A cluster's security as a connection shows and changes it (Connection::securityAdmin()):
// its listeners and TLS certificate authority, SCRAM users, ACLs, and the requests its
// authorizer refused lately. What a cluster reached over the network cannot tell (its
// listeners' settings, its refusals), SecurityAdminAbilities says, and the view leaves out.
//
// Thread-safety: as Connection: any thread but the engine's loops; calls block until the
// cluster answers.

#include "common/status.h"
#include "security/acl.h"
#include "security/authorizer.h"
#include "security/listener_config.h"
#include "security/recent_authorizations.h"
#include "security/scram_credential.h"
#include "security/security_store.h"
#include "security/tls_material.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace es {

// One listener of every broker: its name, protocol and the port of each broker.
struct ListenerDescription {
    std::string name;
    security::SecurityProtocol protocol = security::SecurityProtocol::Plaintext;
    std::string host;
    std::vector<std::pair<std::int32_t, std::int32_t>> brokerPorts; // (broker id, port)
};

struct SecurityDescription {
    std::vector<ListenerDescription> listeners;
    // Set when a listener uses TLS: the CA clients trust (ssl.ca.location) and its
    // SHA-256 fingerprint.
    std::string caCertificate;
    std::string caFingerprint;
    bool ownCertificate = false; // the user's own certificate, not the local CA's
    std::set<std::string> superUsers;
    bool allowEveryoneIfNoAclFound = true;
};

struct ScramUserDescription {
    std::string user;
    struct Credential {
        security::ScramMechanism mechanism = security::ScramMechanism::Sha512;
        std::int32_t iterations = 0;
    };
    std::vector<Credential> credentials;
};

struct SecurityAdminAbilities {
    bool listeners = false; // describeSecurity()
    bool users = false;     // describeUsers(), setUserPassword(), deleteUser()
    bool acls = false;      // describeAcls(), createAcls(), deleteAcls()
    bool denials = false;   // recentDenials(), recentRequests()
    // Why an ability is missing when only the client library lacks it ("librdkafka 2.0.2").
    std::string missingFromClient = {};
};

class SecurityAdmin {
public:
    virtual ~SecurityAdmin() = default;
    [[nodiscard]] virtual SecurityAdminAbilities abilities() const = 0;

    virtual Result<SecurityDescription> describeSecurity() = 0;
    // Keeps `listeners` and `tls` for the cluster's next start (they apply once it restarts);
    // InvalidArgument, saying why, for a set the cluster would refuse. Only where
    // abilities().listeners.
    virtual Status saveListeners(const std::vector<security::ListenerConfig> &listeners,
                                 const security::TlsSettings &tls)
    {
        (void)listeners;
        (void)tls;
        return Status::unsupported("This cluster's listeners cannot be changed from here.");
    }

    // The SCRAM users and their mechanisms (DescribeUserScramCredentials), sorted by name.
    virtual Result<std::vector<ScramUserDescription>> describeUsers() = 0;
    // Creates the user or changes its password for `mechanism` (AlterUserScramCredentials);
    // the password itself is salted here and never stored.
    virtual Status setUserPassword(const std::string &user, security::ScramMechanism mechanism,
                                   const std::string &password, std::int32_t iterations) = 0;
    // Removes the user's credential for `mechanism`, or every credential for nullopt.
    virtual Status deleteUser(const std::string &user, std::optional<security::ScramMechanism> mechanism) = 0;

    virtual Result<std::vector<security::AclBinding>>
    describeAcls(const security::AclBindingFilter &filter) = 0;
    // One Status per binding, in order (Kafka's CreateAcls results).
    virtual Result<std::vector<Status>> createAcls(const std::vector<security::AclBinding> &bindings) = 0;
    // The bindings the filters removed.
    virtual Result<std::vector<security::AclBinding>>
    deleteAcls(const std::vector<security::AclBindingFilter> &filters) = 0;

    // The authorizer's last refusals, newest last.
    virtual Result<std::vector<security::AuthorizationDenial>> recentDenials() = 0;
    // The kinds of request the authorizer decided lately, most recent first: what the form
    // for a new ACL previews it against.
    virtual Result<std::vector<security::RecentAuthorization>> recentRequests() = 0;
};

} // namespace es

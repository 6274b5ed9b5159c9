#pragma once

#include "security/acl.h"

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace es::security {

// Who is asking: the principal ("User:alice", "User:ANONYMOUS" on a plaintext listener,
// "User:CN=app,O=Example" for a client certificate) and the client's address.
struct RequestPrincipal {
    std::string principal = "User:ANONYMOUS";
    std::string host;     // the client's IP address, without the port
    std::string listener; // the listener's name
};

struct AuthorizationAction {
    AclOperation operation = AclOperation::Read;
    ResourceType resourceType = ResourceType::Topic;
    std::string resourceName;
};

struct AuthorizationDecision {
    bool allowed = false;
    // The ACL that decided (a deny, or the allow that matched); nullopt when a super user,
    // "allow everyone if no ACL found" or the absence of any matching allow decided.
    std::optional<AclBinding> decidingAcl;
    enum class Reason : std::uint8_t {
        SuperUser,
        AllowedByAcl,
        DeniedByAcl,
        NoMatchingAllow,
        NoAclAllowEveryone
    };
    Reason reason = Reason::NoMatchingAllow;
};

// An immutable set of ACLs indexed for authorize(): by resource type and literal name, the
// wildcard, and the prefixes, so that a decision looks at the ACLs of its resource only.
// Kafka's rules: deny wins over allow; in an allow (never in a deny), Read, Write, Delete
// and Alter imply Describe and AlterConfigs implies DescribeConfigs; All matches every
// operation; the principal and host match exactly or by wildcard; super users are allowed
// everything; with no ACL at all on the resource, allowEveryoneIfNoAclFound decides. Of
// several matching ACLs, the one reported is the first found: literal name, then prefixes
// from the longest, then the wildcard. An ACL whose pattern type or permission
// validateAclBinding refuses (Any, Match, Unknown) never matches.
//
// Thread-safety: immutable once built; share it through shared_ptr<const AclIndex>.
class AclIndex {
public:
    struct Options {
        std::set<std::string> superUsers; // "User:admin"
        bool allowEveryoneIfNoAclFound = true;
        bool operator==(const Options &) const = default;
    };

    AclIndex(std::vector<AclBinding> acls, Options options);

    [[nodiscard]] AuthorizationDecision authorize(const RequestPrincipal &who,
                                                  const AuthorizationAction &action) const;
    [[nodiscard]] const std::vector<AclBinding> &acls() const { return m_acls; }
    [[nodiscard]] const Options &options() const { return m_options; }

private:
    struct Buckets;
    std::vector<AclBinding> m_acls;
    Options m_options;
    std::shared_ptr<const Buckets> m_buckets;
};

} // namespace es::security

#include "security/authorizer.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace es::security {

namespace {

// Hashes std::string keys and std::string_view probes alike, so that looking up a name or
// one of its prefixes copies nothing.
struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
};

constexpr std::size_t kResourceTypes = 8; // ResourceType's codes 0..7

// Kafka's StandardAuthorizerData.findResult, without the resource (already matched): ALL
// matches every operation; in an ALLOW, Read, Write, Delete and Alter imply Describe and
// AlterConfigs implies DescribeConfigs; a DENY applies to its own operation only.
bool operationApplies(AclOperation granted, AclPermission permission, AclOperation wanted)
{
    if (granted == AclOperation::All)
        return true;
    if (permission == AclPermission::Allow) {
        if (wanted == AclOperation::Describe)
            return granted == AclOperation::Describe || granted == AclOperation::Read ||
                   granted == AclOperation::Write || granted == AclOperation::Delete ||
                   granted == AclOperation::Alter;
        if (wanted == AclOperation::DescribeConfigs)
            return granted == AclOperation::DescribeConfigs || granted == AclOperation::AlterConfigs;
    }
    return granted == wanted;
}

} // namespace

// The ACLs of one resource pattern, split by permission so that a decision can look for a
// deny everywhere while it stops looking for allows at the first one. Entries own copies of
// what they compare: an AclIndex copied shares its Buckets with the original, whose acls()
// may die first.
struct AclIndex::Buckets {
    struct Entry {
        std::string principal;
        std::string host;
        AclOperation operation;
        bool anyPrincipal;
        bool anyHost;
        std::uint32_t acl; // index into acls()

        [[nodiscard]] bool applies(const RequestPrincipal &who, AclPermission permission,
                                   AclOperation wanted) const
        {
            return (anyPrincipal || principal == who.principal) && (anyHost || host == who.host) &&
                   operationApplies(operation, permission, wanted);
        }
    };
    struct Acls {
        std::vector<Entry> denies;
        std::vector<Entry> allows;
    };
    using ByName = std::unordered_map<std::string, Acls, NameHash, std::equal_to<>>;
    struct OfType {
        ByName literal; // without the wildcard
        Acls wildcard;  // literal "*"
        ByName prefixed;
        std::vector<std::size_t> prefixLengths; // the distinct lengths of `prefixed`, longest first
    };
    std::array<OfType, kResourceTypes> types;

    explicit Buckets(const std::vector<AclBinding> &acls);

    // Calls visit(Acls) for each pattern that covers (type, name): the literal name, its
    // prefixes from the longest, the wildcard. Stops when visit returns true.
    template <typename Visit>
    void visit(ResourceType type, std::string_view name, Visit &&visitAcls) const;
};

AclIndex::Buckets::Buckets(const std::vector<AclBinding> &acls)
{
    for (std::uint32_t i = 0; i < acls.size(); ++i) {
        const auto &[pattern, entry] = acls[i];
        const auto type = static_cast<std::size_t>(pattern.type);
        const bool known =
            entry.permission == AclPermission::Allow || entry.permission == AclPermission::Deny;
        if (type >= kResourceTypes || !known)
            continue;
        OfType &of = types[type];
        Acls *bucket = nullptr;
        if (pattern.patternType == PatternType::Literal)
            bucket = pattern.name == kWildcardResource ? &of.wildcard : &of.literal[pattern.name];
        else if (pattern.patternType == PatternType::Prefixed)
            bucket = &of.prefixed[pattern.name];
        if (bucket == nullptr)
            continue;
        auto &list = entry.permission == AclPermission::Deny ? bucket->denies : bucket->allows;
        list.push_back(Entry{entry.principal, entry.host, entry.operation,
                             entry.principal == kWildcardPrincipal, entry.host == kWildcardHost, i});
    }
    for (OfType &of : types) {
        for (const auto &[prefix, unused] : of.prefixed)
            of.prefixLengths.push_back(prefix.size());
        std::sort(of.prefixLengths.begin(), of.prefixLengths.end(), std::greater<>());
        of.prefixLengths.erase(std::unique(of.prefixLengths.begin(), of.prefixLengths.end()),
                               of.prefixLengths.end());
    }
}

template <typename Visit>
void AclIndex::Buckets::visit(ResourceType type, std::string_view name, Visit &&visitAcls) const
{
    const auto index = static_cast<std::size_t>(type);
    if (index >= kResourceTypes)
        return;
    const OfType &of = types[index];
    if (const auto it = of.literal.find(name); it != of.literal.end() && visitAcls(it->second))
        return;
    for (const std::size_t length : of.prefixLengths) {
        if (length > name.size())
            continue;
        if (const auto it = of.prefixed.find(name.substr(0, length));
            it != of.prefixed.end() && visitAcls(it->second))
            return;
    }
    visitAcls(of.wildcard);
}

AclIndex::AclIndex(std::vector<AclBinding> acls, Options options)
    : m_acls(std::move(acls)),
      m_options(std::move(options)),
      m_buckets(std::make_shared<const Buckets>(m_acls))
{}

AuthorizationDecision AclIndex::authorize(const RequestPrincipal &who,
                                          const AuthorizationAction &action) const
{
    using Reason = AuthorizationDecision::Reason;
    if (m_options.superUsers.contains(who.principal))
        return {true, std::nullopt, Reason::SuperUser};

    const Buckets::Entry *deny = nullptr;
    const Buckets::Entry *allow = nullptr;
    bool resourceHasAcls = false;
    m_buckets->visit(action.resourceType, action.resourceName, [&](const Buckets::Acls &acls) {
        resourceHasAcls = resourceHasAcls || !acls.denies.empty() || !acls.allows.empty();
        for (const auto &entry : acls.denies) {
            if (entry.applies(who, AclPermission::Deny, action.operation)) {
                deny = &entry;
                return true;
            }
        }
        for (auto it = acls.allows.begin(); allow == nullptr && it != acls.allows.end(); ++it)
            if (it->applies(who, AclPermission::Allow, action.operation))
                allow = &*it;
        return false;
    });

    if (deny != nullptr)
        return {false, m_acls[deny->acl], Reason::DeniedByAcl};
    if (allow != nullptr)
        return {true, m_acls[allow->acl], Reason::AllowedByAcl};
    if (!resourceHasAcls && m_options.allowEveryoneIfNoAclFound)
        return {true, std::nullopt, Reason::NoAclAllowEveryone};
    return {false, std::nullopt, Reason::NoMatchingAllow};
}

} // namespace es::security

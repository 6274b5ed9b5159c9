#include "ui/security/acl_preview.h"

namespace es {

AclPreview previewAcls(const std::vector<security::AclBinding> &current,
                       const std::vector<security::AclBinding> &added,
                       const security::AclIndex::Options &options,
                       const std::vector<security::RecentAuthorization> &requests)
{
    std::vector<security::AclBinding> after = current;
    after.insert(after.end(), added.begin(), added.end());
    // Today's decision is taken again rather than read from the request: the ACLs may have
    // changed since it was made.
    const security::AclIndex before(current, options);
    const security::AclIndex with(std::move(after), options);
    AclPreview out;
    for (const security::RecentAuthorization &request : requests) {
        const bool was = before.authorize(request.who, request.action).allowed;
        const bool will = with.authorize(request.who, request.action).allowed;
        if (was == will)
            ++out.unchanged;
        else if (will)
            out.nowAllowed.push_back(request);
        else
            out.nowDenied.push_back(request);
    }
    return out;
}

} // namespace es

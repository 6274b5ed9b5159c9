#pragma once

// What new ACLs would change: the requests the authorizer decided lately, decided again
// with the ACLs as they are and with the new ones added, under the same options. Plain
// C++ (no Qt), so that it can be tested alone.

#ifndef Q_MOC_RUN
#include "connection/security_admin.h"
#endif

#include <vector>

namespace es {

struct AclPreview {
    std::vector<security::RecentAuthorization> nowAllowed; // denied today, allowed with the new ACLs
    std::vector<security::RecentAuthorization> nowDenied;  // allowed today, denied with them
    int unchanged = 0;
};

AclPreview previewAcls(const std::vector<security::AclBinding> &current,
                       const std::vector<security::AclBinding> &added,
                       const security::AclIndex::Options &options,
                       const std::vector<security::RecentAuthorization> &requests);

} // namespace es

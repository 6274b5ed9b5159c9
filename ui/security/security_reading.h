#pragma once

// What the Security view shows of a cluster, read in one go off the GUI thread: the
// listeners, users, ACLs and recent decisions, each as far as the connection can tell.

#ifndef Q_MOC_RUN
#include "connection/security_admin.h"
#endif

#include <optional>
#include <string>
#include <vector>

namespace es {

struct SecurityReading {
    SecurityAdminAbilities abilities;
    std::optional<SecurityDescription> description; // set when abilities.listeners
    std::vector<ScramUserDescription> users;
    std::vector<security::AclBinding> acls;
    std::vector<security::AuthorizationDenial> denials;  // newest last
    std::vector<security::RecentAuthorization> requests; // most recent first
    std::string error; // the first call that failed, in the cluster's words; empty: none
};

// Calls only what `admin` can answer (its abilities). Blocks: for a worker thread.
SecurityReading readSecurity(SecurityAdmin &admin);

} // namespace es

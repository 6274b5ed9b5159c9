#pragma once

#include "common/status.h"
#include "security/listener_config.h"
#include "security/security_store.h"
#include "security/tls_material.h"

#include <vector>

namespace es {

class SqliteDb;

// The cluster's security as the catalog keeps it.
struct SavedSecurity {
    security::SecurityState state;
    // Whether state.options.allowEveryoneIfNoAclFound was chosen (on the command line or
    // through the store) rather than derived from the listeners: only a chosen value is
    // kept, so that a default never outlives the listeners it came from.
    bool allowEveryoneChosen = false;
    // The listeners the cluster ran with last and their TLS settings (empty: none saved),
    // which a start that names none uses again. Written only when not empty: a save of users
    // and ACLs leaves the saved listeners as they are.
    std::vector<security::ListenerConfig> listeners;
    security::TlsSettings tls;

    bool operator==(const SavedSecurity &) const = default;
};

// The security tables (scram_credentials, acls, super_users, security_options; see
// catalog_format.md). Same thread rules as the SqliteDb passed in.

// Replaces everything they hold (the listeners only when saved.listeners is not empty),
// inside the caller's transaction.
Status writeSecurity(SqliteDb &db, const SavedSecurity &saved);
// Replaces the saved listeners and their TLS settings only.
Status writeListeners(SqliteDb &db, const std::vector<security::ListenerConfig> &listeners,
                      const security::TlsSettings &tls);
// A value of a name this build does not know (a mechanism, an ACL's operation) is
// Corruption naming the table, as the store could not enforce what it does not know.
Result<SavedSecurity> loadSecurity(SqliteDb &db);

} // namespace es

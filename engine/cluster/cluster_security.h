#pragma once

#include "cluster/cluster_config.h"
#include "common/status.h"
#include "security/security_store.h"
#include "security/tls_material.h"

#include <memory>
#include <optional>

namespace es {

class Catalog;

// The security a cluster starts with: what `catalog` saved, with what `config` sets applied
// and saved (super users, a chosen allow.everyone.if.no.acl.found, the SCRAM users, whose
// credentials are made again only when their password or iteration count changed). The
// store persists every later change to `catalog`, which must outlive it.
Result<std::unique_ptr<security::SecurityStore>> openSecurityStore(Catalog &catalog,
                                                                   const ClusterConfig &config);

// The TLS material of the listeners (security::ensureTlsMaterial under dataDir/tls, for the
// listeners' addresses and localhost); nullopt when no listener uses TLS.
Result<std::optional<security::TlsMaterial>> prepareTlsMaterial(const ClusterConfig &config);

} // namespace es

#pragma once

#include "cluster/cluster_config.h"
#include "common/status.h"

#include <string_view>

namespace es {

// Whether the cluster may run the listeners `config` asks for, with `brokerCount` brokers
// (0: config.brokers; a cluster that has grown passes its current count, as its ports
// grow with it). Refused, with what to change:
// - a name other than letters, digits, '_' and '-', or two listeners of one name;
// - port ranges (basePort .. basePort + brokers - 1) that overlap or pass 65535;
// - a listener on an address other than loopback (127.0.0.0/8, ::1, localhost) that lets
//   clients in without authenticating: only SASL_PLAINTEXT, SASL_SSL, and SSL with
//   tls.clientAuth Required may listen there.
Status validateListeners(const ClusterConfig &config, int brokerCount = 0);

// The listener shown first (bootstrapServers(), the snapshot's broker addresses, the
// BrokerStarted event): config.listeners' first, or the default PLAINTEXT one.
security::ListenerConfig firstListener(const ClusterConfig &config);

// 127.0.0.0/8, ::1 and "localhost": reachable from this machine only.
[[nodiscard]] bool isLoopbackHost(std::string_view host);

} // namespace es

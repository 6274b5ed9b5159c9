#pragma once

// Leader elections on a cluster reached through librdkafka. Its Admin API gained an
// ElectLeaders call only in releases after the 2.0 this program is built with, so a remote
// connection cannot ask for one: its capability says so, naming the library and version,
// and the call is refused in the same terms.

#include "common/status.h"
#include "connection/connection.h"

namespace es {

// What a remote connection's capabilities say about leader elections.
[[nodiscard]] Support remoteLeaderElections();

// Why RemoteConnection::electLeaders refuses: Unsupported, naming the library.
[[nodiscard]] Status remoteElectionsRefused();

} // namespace es

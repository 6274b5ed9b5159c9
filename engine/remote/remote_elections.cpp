#include "remote/remote_elections.h"

#include <librdkafka/rdkafka.h>

#include <string>

namespace es {

namespace {

std::string clientLibrary() { return "librdkafka " + std::string(rd_kafka_version_str()); }

} // namespace

Support remoteLeaderElections() { return {.available = false, .missingFromClient = clientLibrary()}; }

Status remoteElectionsRefused()
{
    return Status::unsupported("electing leaders is not supported by this client: " + clientLibrary() +
                               " has no leader election API");
}

} // namespace es

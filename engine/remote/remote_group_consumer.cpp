#include "remote/remote_group_consumer.h"

namespace es {

// Placeholder until the librdkafka consumer is written.
Result<std::unique_ptr<GroupConsumer>> openRemoteGroupConsumer(const RemoteSettings &, const ConsumerConfig &)
{
    return Status::unsupported("simulated consumers are not available on this connection yet");
}

} // namespace es

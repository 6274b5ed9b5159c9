#pragma once

// A member of a consumer group on a remote cluster: a librdkafka consumer behind
// GroupConsumer.

#include "client/group_consumer.h"
#include "common/status.h"
#include "remote/remote_settings.h"

#include <memory>

namespace es {

// A consumer with the connection's bootstrap servers and security and `config`'s group,
// client id, auto.offset.reset, session timeout and auto commit. InvalidArgument for
// settings librdkafka refuses.
Result<std::unique_ptr<GroupConsumer>> openRemoteGroupConsumer(const RemoteSettings &settings,
                                                               const ConsumerConfig &config);

} // namespace es

#pragma once

// A member of a consumer group on a remote cluster: a librdkafka KafkaConsumer behind
// GroupConsumer. librdkafka joins the group, heartbeats, takes what the group assigns and
// fetches ahead; poll() hands out what it fetched, at most maxPollRecords at a time, and
// moves the positions past it. close() commits (with auto commit on) and leaves the group;
// crash() drops the instance without either, so the group notices only when the session
// times out.

#include "client/group_consumer.h"
#include "common/status.h"
#include "remote/remote_settings.h"

#include <memory>

namespace es {

// A consumer with the connection's bootstrap servers and security and `config`'s group,
// client id, auto.offset.reset, session and heartbeat timing, auto commit, assignors and
// fetch sizes. InvalidArgument without a group id, when no assignor is one librdkafka has
// (range, roundrobin, cooperative-sticky), or for settings librdkafka refuses.
Result<std::unique_ptr<GroupConsumer>> openRemoteGroupConsumer(const RemoteSettings &settings,
                                                               const ConsumerConfig &config);

} // namespace es

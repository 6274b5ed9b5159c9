#pragma once

// Writing records into a remote cluster: a librdkafka producer behind RecordWriter.
//
// Records are partitioned as the embedded Producer and Java's producer do: a keyed record by
// murmur2 of its key, a record without a key to a partition of librdkafka's choosing, an
// explicit partition as given. A null key or value stays null, an empty one empty. Delivery
// reports come on the writer's own thread, which serves librdkafka's queue. send() waits
// while librdkafka's queue is full (until it drains, or the writer closes). close(timeout)
// flushes for at most `timeout`, then purges what librdkafka still holds and fails each of
// those records (RequestTimedOut), so that a broker that is gone holds no one up past the
// timeout; the destructor closes with the delivery timeout.

#include "client/record_writer.h"
#include "common/status.h"
#include "remote/remote_settings.h"

#include <memory>

namespace es {

// A producer with the connection's bootstrap servers and security, and `config`'s client id,
// acks, linger, batch size, compression, idempotence, timeouts, retry backoff and topic
// auto-creation. InvalidArgument for settings librdkafka refuses.
Result<std::unique_ptr<RecordWriter>> openRemoteWriter(const RemoteSettings &settings,
                                                       const ProducerConfig &config);

} // namespace es

#pragma once

// Writing records into a remote cluster: a librdkafka producer behind RecordWriter.

#include "client/record_writer.h"
#include "common/status.h"
#include "remote/remote_settings.h"

#include <memory>

namespace es {

// A producer with the connection's bootstrap servers and security, and `config`'s acks,
// linger, batch size, compression, idempotence and timeouts. InvalidArgument for settings
// librdkafka refuses.
Result<std::unique_ptr<RecordWriter>> openRemoteWriter(const RemoteSettings &settings,
                                                       const ProducerConfig &config);

} // namespace es

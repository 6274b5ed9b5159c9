#include "remote/remote_record_writer.h"

namespace es {

// Placeholder until the librdkafka producer is written.
Result<std::unique_ptr<RecordWriter>> openRemoteWriter(const RemoteSettings &, const ProducerConfig &)
{
    return Status::unsupported("producing is not available on this connection yet");
}

} // namespace es

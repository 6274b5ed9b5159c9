#include "remote/remote_admin.h"

namespace es {

// Placeholders until the group and record commands are written through librdkafka.
Result<std::int64_t> remoteDeleteRecords(rd_kafka_t *, const TopicPartition &, std::int64_t, int)
{
    return Status::unsupported("deleting records is not available on this connection yet");
}

AdminResult remoteResetGroupOffsets(rd_kafka_t *, const std::string &,
                                    const std::map<TopicPartition, std::int64_t> &, int)
{
    return {ErrorCode::UnsupportedVersion, "resetting offsets is not available on this connection yet"};
}

AdminResult remoteDeleteGroupOffsets(rd_kafka_t *, const std::string &, const std::vector<TopicPartition> &,
                                     int)
{
    return {ErrorCode::UnsupportedVersion, "deleting offsets is not available on this connection yet"};
}

AdminResult remoteDeleteGroup(rd_kafka_t *, const std::string &, int)
{
    return {ErrorCode::UnsupportedVersion, "deleting groups is not available on this connection yet"};
}

} // namespace es

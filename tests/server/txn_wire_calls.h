#pragma once

// The calls a transactional producer and an administrator make, sent one at a time over
// WireClient, for the wire transaction tests: finding the coordinator, batches to produce
// and what a Fetch returns, read back batch by batch.

#include "server/wire_fixture.h"

#include "storage/record_batch_builder.h"
#include "storage/record_batch_reader.h"

#include <map>
#include <string>
#include <vector>

namespace es::test {

inline std::int64_t wallClockMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// A batch of `values` stamped `timestamp`; transactional when `producerId` is given.
inline Bytes batchOf(const std::vector<std::string> &values, std::int64_t timestamp,
                     std::int64_t producerId = batch::kNoProducerId,
                     std::int16_t epoch = batch::kNoProducerEpoch,
                     std::int32_t baseSequence = batch::kNoSequence)
{
    RecordBatchOptions options;
    options.transactional = producerId != batch::kNoProducerId;
    options.producerId = producerId;
    options.producerEpoch = epoch;
    options.baseSequence = baseSequence;
    RecordBatchBuilder builder(options);
    for (const auto &v : values) {
        const Bytes value = bytesOf(v);
        builder.append(std::nullopt, ByteView(value), {}, timestamp);
    }
    return *builder.build();
}

// One batch of a Fetch answer: its header, its values, and for a marker its control type.
struct FetchedBatch {
    BatchHeader header;
    std::vector<std::string> values;
    std::int16_t controlType = -1;
};

inline std::vector<FetchedBatch> batchesIn(const std::optional<Bytes> &records)
{
    std::vector<FetchedBatch> out;
    if (!records)
        return out;
    BatchIterator it{ByteView(*records)};
    while (it.next()) {
        auto view = RecordBatchView::parse(it.batch());
        if (!view)
            break;
        FetchedBatch b{it.header(), {}, -1};
        (void)view->forEachRecord([&](const RecordView &r) {
            if (it.header().isControl()) {
                auto type = parseControlRecordType(r.key);
                b.controlType = type ? *type : static_cast<std::int16_t>(-2);
            } else {
                b.values.emplace_back(r.value ? std::string(r.value->begin(), r.value->end()) : "<null>");
            }
        });
        out.push_back(std::move(b));
    }
    return out;
}

struct Coordinator {
    std::int32_t nodeId = -1;
    int port = -1;
};

// FindCoordinator for a transactional id (key type 1), asked until a node answers.
inline Coordinator transactionCoordinator(WireClient &client, const std::string &transactionalId)
{
    protocol::FindCoordinatorRequest find;
    find.key = transactionalId;
    find.keyType = 1;
    Coordinator found;
    eventually([&] {
        auto r = client.call(find, 3);
        if (r && r->errorCode == ErrorCode::None)
            found = {r->nodeId, r->port};
        return found.port > 0;
    });
    return found;
}

// InitProducerId for a transactional id, retried while the coordinator loads its partition.
inline protocol::InitProducerIdResponse
initTransactions(WireClient &coordinator, const std::string &transactionalId, std::int32_t timeoutMs = 60000)
{
    protocol::InitProducerIdRequest init;
    init.transactionalId = transactionalId;
    init.transactionTimeoutMs = timeoutMs;
    protocol::InitProducerIdResponse answer;
    answer.errorCode = ErrorCode::RequestTimedOut;
    eventually([&] {
        if (auto r = coordinator.call(init, 4))
            answer = *r;
        return answer.errorCode != ErrorCode::CoordinatorLoadInProgress &&
               answer.errorCode != ErrorCode::ConcurrentTransactions &&
               answer.errorCode != ErrorCode::RequestTimedOut;
    });
    return answer;
}

inline std::map<TopicPartition, ErrorCode>
addPartitions(WireClient &coordinator, const std::string &transactionalId, std::int64_t producerId,
              std::int16_t epoch, std::vector<protocol::AddPartitionsToTxnRequest::Topic> topics,
              std::int16_t version = 3)
{
    protocol::AddPartitionsToTxnRequest add;
    add.transactionalId = transactionalId;
    add.producerId = producerId;
    add.producerEpoch = epoch;
    add.topics = std::move(topics);
    std::map<TopicPartition, ErrorCode> out;
    if (auto r = coordinator.call(add, version))
        for (const auto &t : r->results)
            for (const auto &p : t.results)
                out[{t.name, p.partitionIndex}] = p.errorCode;
    return out;
}

inline ErrorCode endTxn(WireClient &coordinator, const std::string &transactionalId, std::int64_t producerId,
                        std::int16_t epoch, bool commit, std::int16_t version = 3)
{
    protocol::EndTxnRequest end;
    end.transactionalId = transactionalId;
    end.producerId = producerId;
    end.producerEpoch = epoch;
    end.committed = commit;
    auto r = coordinator.call(end, version);
    return r ? r->errorCode : ErrorCode::RequestTimedOut;
}

inline std::optional<protocol::DescribeTransactionsResponse::TransactionState>
describeTransaction(WireClient &coordinator, const std::string &transactionalId)
{
    protocol::DescribeTransactionsRequest describe;
    describe.transactionalIds = {transactionalId};
    auto r = coordinator.call(describe, 0);
    if (!r || r->transactionStates.size() != 1)
        return std::nullopt;
    return r->transactionStates[0];
}

// The port of each partition's leader, as Metadata names them; waits until every
// partition has one.
inline std::map<std::int32_t, int> leaderPorts(WireClient &client, const std::string &topic,
                                               std::size_t partitions)
{
    protocol::MetadataRequest metadata;
    metadata.topics = std::vector<protocol::MetadataRequest::Topic>{{{}, topic}};
    std::map<std::int32_t, int> out;
    eventually([&] {
        out.clear();
        auto r = client.call(metadata, 9);
        if (!r || r->topics.size() != 1)
            return false;
        std::map<std::int32_t, int> portOf;
        for (const auto &b : r->brokers)
            portOf[b.nodeId] = b.port;
        for (const auto &p : r->topics[0].partitions)
            if (p.errorCode == ErrorCode::None && portOf.count(p.leaderId))
                out[p.partitionIndex] = portOf[p.leaderId];
        return out.size() == partitions;
    });
    return out;
}

inline protocol::ProduceResponse::PartitionResponse produce(int port,
                                                            const std::optional<std::string> &transactionalId,
                                                            const TopicPartition &tp, const Bytes &batch)
{
    WireClient leader(port);
    protocol::ProduceRequest request;
    request.transactionalId = transactionalId;
    request.acks = -1;
    request.timeoutMs = 10000;
    request.topicData = {{tp.topic, {{tp.partition, batch}}}};
    protocol::ProduceResponse::PartitionResponse answer;
    answer.errorCode = ErrorCode::RequestTimedOut;
    if (auto r = leader.call(request, 9);
        r && r->responses.size() == 1 && r->responses[0].partitionResponses.size() == 1)
        answer = r->responses[0].partitionResponses[0];
    return answer;
}

inline protocol::FetchResponse::PartitionData fetch(int port, const TopicPartition &tp, std::int64_t offset,
                                                    std::int8_t isolationLevel)
{
    WireClient leader(port);
    protocol::FetchRequest request;
    request.isolationLevel = isolationLevel;
    request.topics = {{tp.topic, {{tp.partition, -1, offset, -1, -1, 1 << 20}}}};
    protocol::FetchResponse::PartitionData answer;
    answer.errorCode = ErrorCode::RequestTimedOut;
    if (auto r = leader.call(request, 12);
        r && r->responses.size() == 1 && r->responses[0].partitions.size() == 1)
        answer = r->responses[0].partitions[0];
    return answer;
}

// ListOffsets "latest" (timestamp -1).
inline std::int64_t latestOffset(int port, const TopicPartition &tp, std::int8_t isolationLevel)
{
    WireClient leader(port);
    protocol::ListOffsetsRequest request;
    request.isolationLevel = isolationLevel;
    request.topics = {{tp.topic, {{tp.partition, -1, -1, 1}}}};
    auto r = leader.call(request, 7);
    if (!r || r->topics.size() != 1 || r->topics[0].partitions.size() != 1 ||
        r->topics[0].partitions[0].errorCode != ErrorCode::None)
        return -2;
    return r->topics[0].partitions[0].offset;
}

inline protocol::DescribeProducersResponse::Partition describeProducers(int port, const TopicPartition &tp)
{
    WireClient leader(port);
    protocol::DescribeProducersRequest request;
    request.topics = {{tp.topic, {tp.partition}}};
    protocol::DescribeProducersResponse::Partition answer;
    answer.errorCode = ErrorCode::RequestTimedOut;
    if (auto r = leader.call(request, 0); r && r->topics.size() == 1 && r->topics[0].partitions.size() == 1)
        answer = r->topics[0].partitions[0];
    return answer;
}

} // namespace es::test

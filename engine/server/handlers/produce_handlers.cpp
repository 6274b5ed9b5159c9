// Produce (appends on the partition leaders, answered when acks are satisfied) and
// InitProducerId for idempotent producers (ids from the controller); a transactional
// InitProducerId goes to the transaction coordinator (transaction_handlers.cpp).

#include "cluster/cluster.h"
#include "cluster/topic_name.h"
#include "server/authorization.h"
#include "server/controller_call.h"
#include "server/handlers/handler_support.h"
#include "server/handlers/handlers.h"
#include "storage/record_batch_format.h"

namespace es::server {

namespace {

// Records of Produce v0-2 are legacy message sets (magic 0 or 1), which the logs do not
// store; v3+ must carry RecordBatch v2 too.
bool allBatchesV2(const Bytes &records)
{
    std::size_t pos = 0;
    while (pos + batch::kMagicAt < records.size()) {
        if (static_cast<std::int8_t>(records[pos + batch::kMagicAt]) != batch::kMagic)
            return false;
        const std::uint8_t *l = records.data() + pos + batch::kLengthAt;
        const std::uint32_t length = static_cast<std::uint32_t>(l[0]) << 24 |
                                     static_cast<std::uint32_t>(l[1]) << 16 |
                                     static_cast<std::uint32_t>(l[2]) << 8 | static_cast<std::uint32_t>(l[3]);
        pos += batch::kLogOverhead + length;
    }
    return true;
}

protocol::ProduceResponse::PartitionResponse failed(std::int32_t index, ErrorCode error, std::string message)
{
    protocol::ProduceResponse::PartitionResponse p;
    p.index = index;
    p.errorCode = error;
    p.baseOffset = -1;
    if (!message.empty())
        p.errorMessage = std::move(message);
    return p;
}

} // namespace

void ProduceHandler::handle(RequestContext ctx, protocol::ProduceRequest request,
                            Respond<protocol::ProduceResponse> respond)
{
    const MetadataImagePtr image = ctx.broker().metadata();
    const bool autoCreate = ctx.server().cluster().config().autoCreateTopics;

    // Partitions that fail before reaching the log are answered directly; the others go to
    // the broker. `order` remembers where each broker result belongs.
    protocol::ProduceResponse response;
    ProduceRequest forward;
    forward.acks = request.acks;
    forward.timeoutMs = request.timeoutMs;
    forward.clientId = ctx.clientId();
    struct Place {
        std::size_t topic;
        std::size_t partition;
    };
    std::vector<Place> order;
    TopicAuthorizer mayWrite(ctx, security::AclOperation::Write, Api::kName);
    // A transactional produce needs Write on its transactional id first, as in Kafka.
    const bool transactionAllowed =
        !request.transactionalId || authorize(ctx, security::AclOperation::Write, security::ResourceType::TransactionalId,
                                              *request.transactionalId, Api::kName);
    for (auto &topic : request.topicData) {
        protocol::ProduceResponse::TopicResponse tr;
        tr.name = topic.name;
        // As Kafka: a topic the client may not write to is refused before it is looked up,
        // so that its existence is not revealed, and never auto-created.
        const bool writable = transactionAllowed && mayWrite(topic.name);
        const bool known = image && image->topic(topic.name);
        if (writable && !known && autoCreate && validateTopicName(topic.name).isOk() &&
            !isInternalTopic(topic.name))
            ctx.server().requestTopicCreation(topic.name);
        for (auto &p : topic.partitionData) {
            if (!transactionAllowed) {
                tr.partitionResponses.push_back(failed(p.index, ErrorCode::TransactionalIdAuthorizationFailed, {}));
            } else if (!writable) {
                tr.partitionResponses.push_back(failed(p.index, ErrorCode::TopicAuthorizationFailed, {}));
            } else if (!p.records || p.records->empty()) {
                tr.partitionResponses.push_back(failed(p.index, ErrorCode::CorruptMessage, "no records"));
            } else if (!allBatchesV2(*p.records)) {
                tr.partitionResponses.push_back(failed(p.index, ErrorCode::UnsupportedForMessageFormat,
                                                       "only record batches of magic 2 are accepted"));
            } else {
                order.push_back({response.responses.size(), tr.partitionResponses.size()});
                tr.partitionResponses.emplace_back();
                forward.partitions.push_back({TopicPartition{topic.name, p.index}, std::move(*p.records)});
            }
        }
        response.responses.push_back(std::move(tr));
    }

    const std::int16_t acks = request.acks;
    auto finish = [ctx, acks, respond, response = std::move(response),
                   order = std::move(order)](ProduceResponse result) mutable {
        bool anyError = false;
        for (std::size_t i = 0; i < result.partitions.size() && i < order.size(); ++i) {
            const auto &r = result.partitions[i];
            auto &p = response.responses[order[i].topic].partitionResponses[order[i].partition];
            p.index = r.tp.partition;
            p.errorCode = r.error;
            p.baseOffset = r.baseOffset;
            p.logAppendTimeMs = r.logAppendTime;
            p.logStartOffset = r.logStartOffset;
            if (!r.errorMessage.empty())
                p.errorMessage = r.errorMessage;
        }
        for (const auto &t : response.responses)
            for (const auto &p : t.partitionResponses)
                anyError = anyError || p.errorCode != ErrorCode::None;
        if (acks != 0) {
            respond(response);
        } else if (anyError) {
            // acks=0 has no answer: as Kafka, close the connection so the client notices
            // and refreshes its metadata.
            respond.close("a produce with acks=0 failed");
        } else {
            respond.nothing();
        }
    };
    if (forward.partitions.empty()) {
        finish(ProduceResponse{});
        return;
    }
    ctx.broker().handleProduce(std::move(forward), std::move(finish));
}

void InitProducerIdHandler::handle(RequestContext ctx, protocol::InitProducerIdRequest request,
                                   Respond<protocol::InitProducerIdResponse> respond)
{
    protocol::InitProducerIdResponse response;
    if (request.transactionalId) {
        initTransactionalProducer(std::move(ctx), request, std::move(respond));
        return;
    }
    // Kafka 3.x: IdempotentWrite on the cluster, or Write on some topic.
    if (!authorizeIdempotentWrite(ctx, Api::kName)) {
        response.errorCode = ErrorCode::ClusterAuthorizationFailed;
        respond(response);
        return;
    }
    // An idempotent producer presenting its id and epoch (v3+) bumps its epoch, as Kafka
    // does after a sequence error; otherwise it gets a fresh id.
    if (request.producerId >= 0 && request.producerEpoch >= 0 && request.producerEpoch < 32766) {
        response.producerId = request.producerId;
        response.producerEpoch = static_cast<std::int16_t>(request.producerEpoch + 1);
        respond(response);
        return;
    }
    callController<std::int64_t>(
        ctx, [](Controller &c) { return c.allocateProducerId(); },
        [respond](std::optional<std::int64_t> id) {
            protocol::InitProducerIdResponse r;
            if (id) {
                r.producerId = *id;
                r.producerEpoch = 0;
            } else {
                r.errorCode = ErrorCode::CoordinatorNotAvailable;
            }
            respond(r);
        },
        ctx.server().config().controllerTimeout);
}

} // namespace es::server

// Transactions: AddPartitionsToTxn, AddOffsetsToTxn, EndTxn and TxnOffsetCommit for a
// transactional producer, DescribeTransactions and ListTransactions for administrators (as
// kafka-transactions.sh uses them). The broker's transaction coordinator decides; it
// answers NOT_COORDINATOR for ids whose __transaction_state partition it does not lead.
// Authorization as Kafka's: Write on the transactional id, then on each topic.

#include "cluster/cluster.h"
#include "cluster/group/group_coordinator.h"
#include "cluster/topic_name.h"
#include "cluster/txn/fenced_error.h"
#include "server/authorization.h"
#include "server/handlers/handler_support.h"
#include "server/handlers/handlers.h"

namespace es::server {

namespace {

bool mayWriteTransaction(const RequestContext &ctx, const std::string &transactionalId, std::string_view api)
{
    return authorize(ctx, security::AclOperation::Write, security::ResourceType::TransactionalId, transactionalId,
                     api);
}

bool mayDescribeTransaction(const RequestContext &ctx, const std::string &transactionalId, std::string_view api)
{
    return authorize(ctx, security::AclOperation::Describe, security::ResourceType::TransactionalId,
                     transactionalId, api);
}

// The partition count of __consumer_offsets, which names a group's partition: the topic's
// when it exists, else what it will be created with.
std::int32_t offsetsTopicPartitions(const RequestContext &ctx)
{
    const MetadataImagePtr image = ctx.broker().metadata();
    const TopicInfo *offsets = image ? image->topic(std::string(kConsumerOffsetsTopic)) : nullptr;
    return offsets && !offsets->partitions.empty() ? static_cast<std::int32_t>(offsets->partitions.size())
                                                   : ctx.server().cluster().config().offsetsTopicPartitions;
}

} // namespace

void initTransactionalProducer(RequestContext ctx, const protocol::InitProducerIdRequest &request,
                               Respond<protocol::InitProducerIdResponse> respond)
{
    protocol::InitProducerIdResponse refused;
    if (!mayWriteTransaction(ctx, *request.transactionalId, protocol::InitProducerIdApi::kName)) {
        refused.errorCode = ErrorCode::TransactionalIdAuthorizationFailed;
        respond(refused);
        return;
    }
    std::optional<ProducerIdAndEpoch> expected;
    if (ctx.version() >= 3 && request.producerId >= 0)
        expected = ProducerIdAndEpoch{request.producerId, request.producerEpoch};
    const std::int16_t version = ctx.version();
    ctx.broker().initTransactionalProducer(
        *request.transactionalId, request.transactionTimeoutMs, expected,
        [respond, version](ErrorCode error, std::int64_t producerId, std::int16_t epoch) {
            protocol::InitProducerIdResponse r;
            r.errorCode = fencedErrorForVersion(error, TransactionApi::InitProducerId, version);
            r.producerId = error == ErrorCode::None ? producerId : -1;
            r.producerEpoch = error == ErrorCode::None ? epoch : static_cast<std::int16_t>(-1);
            respond(r);
        });
}

void AddPartitionsToTxnHandler::handle(RequestContext ctx, protocol::AddPartitionsToTxnRequest request,
                                       Respond<protocol::AddPartitionsToTxnResponse> respond)
{
    using Response = protocol::AddPartitionsToTxnResponse;
    const auto answerAll = [&](const auto &errorOf) {
        Response response;
        for (const auto &t : request.topics) {
            Response::TopicResult tr{t.name, {}};
            for (std::int32_t p : t.partitions)
                tr.results.push_back({p, errorOf(TopicPartition{t.name, p})});
            response.results.push_back(std::move(tr));
        }
        respond(response);
    };
    if (!mayWriteTransaction(ctx, request.transactionalId, Api::kName)) {
        answerAll([](const TopicPartition &) { return ErrorCode::TransactionalIdAuthorizationFailed; });
        return;
    }
    // As Kafka: a partition the client may not write (internal topics included), or one that
    // does not exist, fails the request; the other partitions are not attempted.
    TopicAuthorizer mayWrite(ctx, security::AclOperation::Write, Api::kName);
    const MetadataImagePtr image = ctx.broker().metadata();
    std::map<TopicPartition, ErrorCode> refused;
    std::vector<TopicPartition> partitions;
    for (const auto &t : request.topics)
        for (std::int32_t p : t.partitions) {
            const TopicPartition tp{t.name, p};
            if (isInternalTopic(t.name) || !mayWrite(t.name))
                refused[tp] = ErrorCode::TopicAuthorizationFailed;
            else if (!image || !image->partition(tp))
                refused[tp] = ErrorCode::UnknownTopicOrPartition;
            else
                partitions.push_back(tp);
        }
    if (!refused.empty()) {
        answerAll([&](const TopicPartition &tp) {
            auto it = refused.find(tp);
            return it == refused.end() ? ErrorCode::OperationNotAttempted : it->second;
        });
        return;
    }
    const std::int16_t version = ctx.version();
    ctx.broker().transactions().addPartitions(
        request.transactionalId, request.producerId, request.producerEpoch, partitions,
        [respond, version](std::map<TopicPartition, ErrorCode> results) {
            TopicGrouper<Response::TopicResult> topics;
            for (const auto &[tp, error] : results)
                topics.topic(tp.topic).results.push_back(
                    {tp.partition, fencedErrorForVersion(error, TransactionApi::AddPartitionsToTxn, version)});
            Response response;
            response.results = topics.take();
            respond(response);
        });
}

void AddOffsetsToTxnHandler::handle(RequestContext ctx, protocol::AddOffsetsToTxnRequest request,
                                    Respond<protocol::AddOffsetsToTxnResponse> respond)
{
    protocol::AddOffsetsToTxnResponse refused;
    if (!mayWriteTransaction(ctx, request.transactionalId, Api::kName)) {
        refused.errorCode = ErrorCode::TransactionalIdAuthorizationFailed;
        respond(refused);
        return;
    }
    if (!authorize(ctx, security::AclOperation::Read, security::ResourceType::Group, request.groupId, Api::kName)) {
        refused.errorCode = ErrorCode::GroupAuthorizationFailed;
        respond(refused);
        return;
    }
    const std::int16_t version = ctx.version();
    ctx.broker().transactions().addOffsets(request.transactionalId, request.producerId, request.producerEpoch,
                                           request.groupId, offsetsTopicPartitions(ctx),
                                           [respond, version](ErrorCode error) {
                                               protocol::AddOffsetsToTxnResponse r;
                                               r.errorCode = fencedErrorForVersion(
                                                   error, TransactionApi::AddOffsetsToTxn, version);
                                               respond(r);
                                           });
}

void EndTxnHandler::handle(RequestContext ctx, protocol::EndTxnRequest request,
                           Respond<protocol::EndTxnResponse> respond)
{
    if (!mayWriteTransaction(ctx, request.transactionalId, Api::kName)) {
        protocol::EndTxnResponse refused;
        refused.errorCode = ErrorCode::TransactionalIdAuthorizationFailed;
        respond(refused);
        return;
    }
    const std::int16_t version = ctx.version();
    ctx.broker().transactions().endTxn(request.transactionalId, request.producerId, request.producerEpoch,
                                       request.committed, [respond, version](ErrorCode error) {
                                           protocol::EndTxnResponse r;
                                           r.errorCode = fencedErrorForVersion(error, TransactionApi::EndTxn, version);
                                           respond(r);
                                       });
}

void TxnOffsetCommitHandler::handle(RequestContext ctx, protocol::TxnOffsetCommitRequest request,
                                    Respond<protocol::TxnOffsetCommitResponse> respond)
{
    using Response = protocol::TxnOffsetCommitResponse;
    TopicGrouper<Response::Topic> refused;
    const auto refuseAll = [&](ErrorCode error) {
        for (const auto &t : request.topics)
            for (const auto &p : t.partitions)
                refused.topic(t.name).partitions.push_back({p.partitionIndex, error});
        Response response;
        response.topics = refused.take();
        respond(response);
    };
    if (!mayWriteTransaction(ctx, request.transactionalId, Api::kName)) {
        refuseAll(ErrorCode::TransactionalIdAuthorizationFailed);
        return;
    }
    if (!authorize(ctx, security::AclOperation::Read, security::ResourceType::Group, request.groupId, Api::kName)) {
        refuseAll(ErrorCode::GroupAuthorizationFailed);
        return;
    }
    TopicAuthorizer mayRead(ctx, security::AclOperation::Read, Api::kName);
    const MetadataImagePtr image = ctx.broker().metadata();
    es::TxnOffsetCommitRequest commit;
    commit.groupId = std::move(request.groupId);
    commit.producerId = request.producerId;
    commit.producerEpoch = request.producerEpoch;
    commit.generationId = request.generationId;
    commit.memberId = std::move(request.memberId);
    commit.groupInstanceId = std::move(request.groupInstanceId);
    for (auto &t : request.topics)
        for (auto &p : t.partitions) {
            if (!mayRead(t.name))
                refused.topic(t.name).partitions.push_back({p.partitionIndex, ErrorCode::TopicAuthorizationFailed});
            else if (!image || !image->partition({t.name, p.partitionIndex}))
                // A topic deleted meanwhile: its offsets must not come back (as OffsetCommit).
                refused.topic(t.name).partitions.push_back({p.partitionIndex, ErrorCode::UnknownTopicOrPartition});
            else
                commit.partitions.push_back({t.name, p.partitionIndex, p.committedOffset, p.committedLeaderEpoch,
                                             p.committedMetadata.value_or("")});
        }
    if (commit.partitions.empty()) {
        Response response;
        response.topics = refused.take();
        respond(response);
        return;
    }
    ctx.broker().groups().commitTransactionalOffsets(
        std::move(commit), [respond, refused = std::move(refused)](OffsetCommitResult results) mutable {
            for (const auto &r : results)
                refused.topic(r.partition.topic).partitions.push_back({r.partition.partition, r.error});
            Response response;
            response.topics = refused.take();
            respond(response);
        });
}

void DescribeTransactionsHandler::handle(RequestContext ctx, protocol::DescribeTransactionsRequest request,
                                         Respond<protocol::DescribeTransactionsResponse> respond)
{
    using Response = protocol::DescribeTransactionsResponse;
    Response response;
    std::vector<std::string> allowed;
    for (const auto &id : request.transactionalIds)
        if (mayDescribeTransaction(ctx, id, Api::kName))
            allowed.push_back(id);
    const auto described = ctx.broker().transactions().describeTransactions(allowed);
    TopicAuthorizer mayDescribe(ctx, security::AclOperation::Describe, Api::kName, Denial::NotKept);
    std::size_t next = 0;
    for (const auto &id : request.transactionalIds) {
        Response::TransactionState s;
        s.transactionalId = id;
        if (next >= allowed.size() || allowed[next] != id) {
            s.errorCode = ErrorCode::TransactionalIdAuthorizationFailed;
            response.transactionStates.push_back(std::move(s));
            continue;
        }
        const TransactionDescription &d = described[next++];
        s.errorCode = d.error;
        if (d.error == ErrorCode::None) {
            s.transactionState = std::string(transactionStateName(d.state));
            s.transactionTimeoutMs = d.timeoutMs;
            s.transactionStartTimeMs = d.startTimestampMs;
            s.producerId = d.producerId;
            s.producerEpoch = d.producerEpoch;
            // Partitions of topics the client may not describe are left out, as in Kafka.
            TopicGrouper<Response::Topic, &Response::Topic::topic> topics;
            for (const TopicPartition &tp : d.partitions)
                if (mayDescribe(tp.topic))
                    topics.topic(tp.topic).partitions.push_back(tp.partition);
            s.topics = topics.take();
        }
        response.transactionStates.push_back(std::move(s));
    }
    respond(response);
}

void ListTransactionsHandler::handle(RequestContext ctx, protocol::ListTransactionsRequest request,
                                     Respond<protocol::ListTransactionsResponse> respond)
{
    const auto listed = ctx.broker().transactions().listTransactions(
        request.stateFilters, request.producerIdFilters, ctx.version() >= 1 ? request.durationFilterMs : -1);
    protocol::ListTransactionsResponse response;
    response.errorCode = listed.error;
    response.unknownStateFilters = listed.unknownStateFilters;
    // Only the ids the client may describe, as Kafka lists them.
    for (const ListedTransaction &t : listed.transactions)
        if (mayDescribeTransaction(ctx, t.transactionalId, Api::kName))
            response.transactionStates.push_back(
                {t.transactionalId, t.producerId, std::string(transactionStateName(t.state))});
    respond(response);
}

} // namespace es::server

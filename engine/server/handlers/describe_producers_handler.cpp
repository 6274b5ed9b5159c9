// DescribeProducers: the producers a partition leader knows, with each one's epoch, last
// sequence and the first offset of its open transaction, as kafka-transactions.sh
// find-hanging reads them to find a transaction no coordinator will end.

#include "server/authorization.h"
#include "server/handlers/handler_support.h"
#include "server/handlers/handlers.h"

namespace es::server {

void DescribeProducersHandler::handle(RequestContext ctx, protocol::DescribeProducersRequest request,
                                      Respond<protocol::DescribeProducersResponse> respond)
{
    using Response = protocol::DescribeProducersResponse;
    Response response;
    TopicAuthorizer mayRead(ctx, security::AclOperation::Read, Api::kName);
    const MetadataImagePtr image = ctx.broker().metadata();
    for (const auto &t : request.topics) {
        Response::Topic topic;
        topic.name = t.name;
        const bool allowed = mayRead(t.name);
        for (std::int32_t index : t.partitionIndexes) {
            Response::Partition p;
            p.partitionIndex = index;
            const TopicPartition tp{t.name, index};
            Replica *r = allowed ? ctx.broker().replica(tp) : nullptr;
            if (!allowed) {
                p.errorCode = ErrorCode::TopicAuthorizationFailed;
            } else if (!image || !image->partition(tp)) {
                p.errorCode = ErrorCode::UnknownTopicOrPartition;
            } else if (!r || !r->isLeader()) {
                p.errorCode = ErrorCode::NotLeaderOrFollower;
            } else {
                for (const ProducerView &v : r->producers())
                    p.activeProducers.push_back({v.producerId, v.producerEpoch, v.lastSequence, v.lastTimestamp,
                                                 v.coordinatorEpoch, v.currentTransactionStart});
            }
            topic.partitions.push_back(std::move(p));
        }
        response.topics.push_back(std::move(topic));
    }
    respond(response);
}

} // namespace es::server

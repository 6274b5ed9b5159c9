#include "server/handler_registry.h"

#include "server/handlers/handlers.h"

#include <algorithm>
#include <array>
#include <type_traits>

namespace es::server {

namespace {

template <typename... Handlers>
struct HandlerList {};

// The registry: every handler, in api-key order.
using AllHandlers =
    HandlerList<ProduceHandler, FetchHandler, ListOffsetsHandler, MetadataHandler, OffsetCommitHandler,
                OffsetFetchHandler, FindCoordinatorHandler, JoinGroupHandler, HeartbeatHandler,
                LeaveGroupHandler, SyncGroupHandler, DescribeGroupsHandler, ListGroupsHandler,
                SaslHandshakeHandler, ApiVersionsHandler, CreateTopicsHandler, DeleteTopicsHandler,
                DeleteRecordsHandler, InitProducerIdHandler, OffsetForLeaderEpochHandler,
                AddPartitionsToTxnHandler, AddOffsetsToTxnHandler, EndTxnHandler, TxnOffsetCommitHandler,
                DescribeAclsHandler, CreateAclsHandler, DeleteAclsHandler, DescribeConfigsHandler,
                AlterConfigsHandler, DescribeLogDirsHandler, SaslAuthenticateHandler,
                CreatePartitionsHandler, DeleteGroupsHandler, ElectLeadersHandler,
                IncrementalAlterConfigsHandler, AlterPartitionReassignmentsHandler,
                ListPartitionReassignmentsHandler, OffsetDeleteHandler,
                DescribeUserScramCredentialsHandler, AlterUserScramCredentialsHandler, DescribeClusterHandler,
                DescribeProducersHandler, DescribeTransactionsHandler, ListTransactionsHandler>;

template <typename... Handlers>
constexpr auto makeDescriptors(HandlerList<Handlers...>)
{
    return std::array<protocol::ApiDescriptor, sizeof...(Handlers)>{
        protocol::ApiDescriptor{Handlers::Api::kKey, Handlers::Api::kName, Handlers::kMinVersion,
                                Handlers::kMaxVersion, Handlers::Api::kFirstFlexibleVersion}...};
}

constexpr auto kHandled = makeDescriptors(AllHandlers{});

static_assert(std::is_sorted(kHandled.begin(), kHandled.end(),
                             [](const auto &a, const auto &b) { return a.key < b.key; }),
              "list the handlers in api-key order");

// The handler of an API, found by type; a decoded API without one fails to compile.
template <typename Api, typename... Handlers>
struct HandlerOf;

template <typename Api, typename First, typename... Rest>
struct HandlerOf<Api, First, Rest...> {
    using Type = std::conditional_t<std::is_same_v<typename First::Api, Api>, First,
                                    typename HandlerOf<Api, Rest...>::Type>;
};

template <typename Api>
struct HandlerOf<Api> {
    using Type = void;
};

template <typename Api, typename List>
struct Find;

template <typename Api, typename... Handlers>
struct Find<Api, HandlerList<Handlers...>> {
    using Type = typename HandlerOf<Api, Handlers...>::Type;
    static_assert(!std::is_void_v<Type>, "every decoded API needs a handler in AllHandlers");
};

} // namespace

std::span<const protocol::ApiDescriptor> handledApis() { return kHandled; }

const protocol::ApiDescriptor *findHandledApi(protocol::ApiKey key)
{
    const auto it =
        std::find_if(kHandled.begin(), kHandled.end(), [key](const auto &d) { return d.key == key; });
    return it == kHandled.end() ? nullptr : &*it;
}

void dispatch(RequestContext ctx, protocol::AnyRequest request, AnswerSink sink)
{
    std::visit(
        [&](auto &typed) {
            using Request = std::decay_t<decltype(typed)>;
            using Api = typename Request::Api;
            using H = typename Find<Api, AllHandlers>::Type;
            Respond<typename Api::Response> respond(ctx, std::move(sink));
            H::handle(std::move(ctx), std::move(typed), std::move(respond));
        },
        request);
}

} // namespace es::server

#include "server/handlers/broker_config_requests.h"

#include "cluster/cluster.h"
#include "server/controller_call.h"
#include "server/image_wait.h"

#include <algorithm>
#include <charconv>

namespace es::server {

namespace {

// The broker id a resource name gives, as Kafka parses it; nullopt for "" (cluster-wide).
Result<std::optional<std::int32_t>> brokerIdOf(const std::string &name, std::string_view notANumber)
{
    if (name.empty())
        return std::optional<std::int32_t>{};
    std::int32_t id = 0;
    auto [p, ec] = std::from_chars(name.data(), name.data() + name.size(), id);
    if (ec != std::errc() || p != name.data() + name.size())
        return Status::invalidArgument(std::string(notANumber) + name);
    return std::optional<std::int32_t>{id};
}

ConfigDescription fromEntry(const BrokerConfigEntry &e)
{
    return {e.name,          e.value,   e.source, e.readOnly, static_cast<std::int8_t>(e.type),
            e.documentation, e.synonyms};
}

// Configs the server obeys that no one can set here; Kafka reports them too.
ConfigDescription fixed(std::string name, std::string value, ConfigSource source, TopicConfigType type,
                        std::string doc)
{
    return {
        name, value, source, true, static_cast<std::int8_t>(type), std::move(doc), {{name, value, source}}};
}

} // namespace

std::vector<ConfigDescription> describeBrokerResource(const RequestContext &ctx, const std::string &name,
                                                      ResourceError &error)
{
    // As Kafka's brokers: each describes itself and the cluster-wide defaults, nothing else
    // (clients send a broker resource to that broker).
    const auto id = brokerIdOf(name, "Broker id must be an integer, but it is: ");
    if (!id) {
        error = {ErrorCode::InvalidRequest, id.status().message()};
        return {};
    }
    const std::int32_t self = ctx.broker().id();
    if (*id && **id != self) {
        error = {ErrorCode::InvalidRequest, "Unexpected broker id, expected " + std::to_string(self) +
                                                " or empty string, but received " + name};
        return {};
    }
    Cluster &cluster = ctx.server().cluster();
    const Controller &controller = cluster.controller();
    const auto entries =
        BrokerConfigs(cluster.config(), controller.dynamicBrokerConfigs(),
                      *id ? controller.dynamicBrokerConfigs(self) : std::map<std::string, std::string>{})
            .describe();
    std::vector<ConfigDescription> out;
    for (const auto &e : entries)
        if (!name.empty() || e.source == ConfigSource::DynamicDefaultBroker)
            out.push_back(fromEntry(e));
    if (name.empty())
        return out;
    const ServerConfig &s = ctx.server().config();
    out.push_back(fixed("broker.id", name, ConfigSource::StaticBroker, TopicConfigType::Int,
                        "The broker's id, given by the cluster"));
    out.push_back(fixed("connections.max.idle.ms", std::to_string(s.connectionsMaxIdle.count()),
                        ConfigSource::Default, TopicConfigType::Long,
                        "How long an idle client connection stays open"));
    out.push_back(fixed("socket.request.max.bytes", std::to_string(s.socketRequestMaxBytes),
                        ConfigSource::Default, TopicConfigType::Int, "The largest request a broker reads"));
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
    return out;
}

void alterBrokerResource(const RequestContext &ctx, const std::string &name, BrokerPlan plan,
                         bool validateOnly, std::function<void(ResourceError)> done)
{
    // As Kafka's brokers: one broker's configs are changed through that broker only.
    const auto id = brokerIdOf(name, "Node id must be an integer, but it is: ");
    if (!id) {
        done({ErrorCode::InvalidRequest, id.status().message()});
        return;
    }
    const std::int32_t self = ctx.broker().id();
    if (*id && **id != self) {
        done({ErrorCode::InvalidRequest,
              "Unexpected broker id, expected " + std::to_string(self) + ", but received " + name});
        return;
    }
    struct Outcome {
        ResourceError error;
        std::int64_t version = 0;
    };
    const ClusterConfig *config = &ctx.server().cluster().config();
    auto work = [plan = std::move(plan), validateOnly, config, broker = *id](Controller &c) {
        const auto own = broker ? c.dynamicBrokerConfigs(*broker) : std::map<std::string, std::string>{};
        auto changes = plan(BrokerConfigs(*config, c.dynamicBrokerConfigs(), own).describe(),
                            broker ? ConfigSource::DynamicBroker : ConfigSource::DynamicDefaultBroker);
        if (!changes)
            return Outcome{{ErrorCode::InvalidConfig, changes.status().message()}, 0};
        const AdminResult r = broker ? c.alterBrokerConfigs(*broker, *changes, validateOnly)
                                     : c.alterBrokerConfigs(*changes, validateOnly);
        return Outcome{{r.error, r.message}, c.image()->version};
    };
    auto after = [ctx, done = std::move(done)](std::optional<Outcome> outcome) {
        if (!outcome) {
            done({ErrorCode::RequestTimedOut, "the controller did not answer in time"});
            return;
        }
        const std::int64_t version = outcome->version;
        waitForImage(
            ctx, [version](const MetadataImage &image) { return image.version >= version; },
            ctx.server().config().controllerTimeout, [done, error = outcome->error](bool) { done(error); });
    };
    callController<Outcome>(ctx, std::move(work), std::move(after), ctx.server().config().controllerTimeout);
}

} // namespace es::server

#include "server/handlers/broker_config_requests.h"

#include "cluster/cluster.h"
#include "server/controller_call.h"
#include "server/image_wait.h"

#include <algorithm>

namespace es::server {

namespace {

bool isBrokerId(const std::string &name)
{
    return !name.empty() && name.size() < 10 &&
           std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
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
    if (!name.empty() && !isBrokerId(name)) {
        error = {ErrorCode::InvalidRequest, "\"" + name + "\" is not a broker id"};
        return {};
    }
    Cluster &cluster = ctx.server().cluster();
    const auto entries =
        BrokerConfigs(cluster.config(), cluster.controller().dynamicBrokerConfigs()).describe();
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
    if (!name.empty()) {
        done({ErrorCode::InvalidRequest,
              isBrokerId(name) ? "per-broker dynamic configs are not supported: every broker shares the "
                                 "cluster-wide configs, set them on the broker resource \"\""
                               : "\"" + name + "\" is not a broker id"});
        return;
    }
    struct Outcome {
        ResourceError error;
        std::int64_t version = 0;
    };
    const ClusterConfig *config = &ctx.server().cluster().config();
    auto work = [plan = std::move(plan), validateOnly, config](Controller &c) {
        auto changes = plan(BrokerConfigs(*config, c.dynamicBrokerConfigs()).describe());
        if (!changes)
            return Outcome{{ErrorCode::InvalidConfig, changes.status().message()}, 0};
        const AdminResult r = c.alterBrokerConfigs(*changes, validateOnly);
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

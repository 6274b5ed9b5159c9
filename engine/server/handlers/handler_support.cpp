#include "server/handlers/handler_support.h"

#include <algorithm>

namespace es::server {

std::vector<BrokerInfo> listedBrokers(const RequestContext &ctx, const MetadataImage *image)
{
    std::vector<BrokerInfo> out;
    if (image)
        for (const auto &[id, b] : image->brokers)
            if (!b.fenced || id == ctx.server().brokerId())
                out.push_back(b);
    if (std::none_of(out.begin(), out.end(),
                     [&](const BrokerInfo &b) { return b.id == ctx.server().brokerId(); })) {
        BrokerInfo self;
        self.id = ctx.server().brokerId();
        out.push_back(self);
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    }
    for (auto &b : out) {
        if (b.id == ctx.server().brokerId()) {
            b.host = ctx.server().advertisedHost();
            b.port = ctx.server().port();
        } else {
            // The endpoint of the listener the request came in on, as Kafka answers.
            b.host = ctx.server().advertisedHostOf(b.host);
            b.port = ctx.server().advertisedPortOf(b.id);
        }
    }
    return out;
}

std::int32_t listedControllerId(const MetadataImage *image, const std::vector<BrokerInfo> &listed)
{
    if (listed.empty())
        return -1;
    if (image &&
        std::any_of(listed.begin(), listed.end(), [&](const auto &b) { return b.id == image->controllerId; }))
        return image->controllerId;
    return listed.front().id;
}

std::string clientHost(const RequestContext &ctx)
{
    std::string host = ctx.peer.substr(0, ctx.peer.rfind(':'));
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    return "/" + host;
}

protocol::Uuid topicUuid(const std::string &topicId)
{
    protocol::Uuid uuid;
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z')
            return c - 'A';
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 26;
        if (c >= '0' && c <= '9')
            return c - '0' + 52;
        if (c == '-' || c == '+')
            return 62;
        if (c == '_' || c == '/')
            return 63;
        return -1;
    };
    std::uint32_t bits = 0;
    int have = 0;
    std::size_t out = 0;
    for (char c : topicId) {
        const int v = value(c);
        if (v < 0)
            return {};
        bits = (bits << 6) | static_cast<std::uint32_t>(v);
        have += 6;
        if (have >= 8) {
            have -= 8;
            if (out < uuid.bytes.size())
                uuid.bytes[out++] = static_cast<std::uint8_t>(bits >> have);
        }
    }
    return out == uuid.bytes.size() ? uuid : protocol::Uuid{};
}

} // namespace es::server

#pragma once

// Small pieces several handlers share.

#include "cluster/broker.h"
#include "cluster/metadata_image.h"
#include "protocol/uuid.h"
#include "server/request_context.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace es::server {

// The brokers clients are told about: the ones the controller has not fenced, with the
// host they can connect to. The answering broker is always among them, even before the
// controller has registered it.
std::vector<BrokerInfo> listedBrokers(const RequestContext &ctx, const MetadataImage *image);

// The controller id to tell clients: the image's, when it is one of `listed`; otherwise the
// lowest listed id (clients look the controller up among the brokers).
std::int32_t listedControllerId(const MetadataImage *image, const std::vector<BrokerInfo> &listed);

// The client's address as Kafka shows it in group descriptions ("/127.0.0.1").
std::string clientHost(const RequestContext &ctx);

// A topic's 22-character base64 id as the 16 bytes of a Kafka uuid (zero when malformed).
protocol::Uuid topicUuid(const std::string &topicId);

// Groups per-partition results by topic, keeping the order in which topics first appear.
// `Name` is the topic struct's name field.
template <typename Topic, auto Name = &Topic::name>
class TopicGrouper {
public:
    Topic &topic(const std::string &name)
    {
        auto it = m_index.find(name);
        if (it == m_index.end()) {
            it = m_index.emplace(name, m_topics.size()).first;
            m_topics.emplace_back();
            m_topics.back().*Name = name;
        }
        return m_topics[it->second];
    }
    std::vector<Topic> take() { return std::move(m_topics); }

private:
    std::map<std::string, std::size_t> m_index;
    std::vector<Topic> m_topics;
};

} // namespace es::server

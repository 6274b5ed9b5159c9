#pragma once

// The broker's in-flight request state; shared by broker*.cpp only.

#include "cluster/broker.h"

#include <chrono>
#include <map>
#include <set>

namespace es {

// An acks=all produce waiting for the high watermark to pass what it wrote.
struct Broker::PendingProduce {
    ProduceResponse response;
    Reply<ProduceResponse> reply;
    std::map<TopicPartition, std::int64_t> waiting; // partition -> offset the HW must reach
    std::unique_ptr<asio::steady_timer> timer;
    std::chrono::steady_clock::time_point started;
    bool done = false;
};

// A fetch waiting for min bytes or max wait.
struct Broker::PendingFetch {
    FetchRequest request;
    Reply<FetchResponse> reply;
    std::unique_ptr<asio::steady_timer> timer;
    std::chrono::steady_clock::time_point started;
    bool done = false;
};

// A follower's fetch loop against one leader.
struct Broker::FetcherSession {
    std::int32_t leader = -1;
    bool inFlight = false;
    std::uint64_t generation = 0;
    std::set<TopicPartition> truncating; // OffsetForLeaderEpoch in flight
    std::unique_ptr<asio::steady_timer> timeout;
    std::unique_ptr<asio::steady_timer> backoff;
};

} // namespace es

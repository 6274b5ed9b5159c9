#pragma once

// A headless cluster on loopback ports, reached as a remote one: through librdkafka, as
// any Kafka cluster would be.

#include "server/wire_fixture.h"
#include "ui/free_ports.h"

#ifndef Q_MOC_RUN
#include "remote/remote_connection.h"
#endif

#include <librdkafka/rdkafka.h>

namespace es::test {

// A cluster on ports below Linux's ephemeral range (32768 on). A client that keeps
// reconnecting to a stopped broker's ephemeral port can end up connected to itself on it
// (TCP's simultaneous open), and the broker could not listen there again.
inline WireCluster startRemoteTestCluster(const QTemporaryDir &dir, int brokers = 3)
{
    const int from = 20000 + static_cast<int>(QCoreApplication::applicationPid() % 1000) * 12;
    return startWireCluster(dir, brokers, {}, freePortRun(from, brokers + 1));
}

// A loopback port nothing listens on, outside the ephemeral range for the same reason.
inline int closedTestPort()
{
    return freePortRun(26000 + static_cast<int>(QCoreApplication::applicationPid() % 1000) * 6, 1);
}

inline RemoteSettings remoteSettingsFor(const WireCluster &w)
{
    RemoteSettings s;
    s.name = "test";
    s.bootstrapServers = "127.0.0.1:" + std::to_string(w.port(1));
    s.readOnly = false;
    s.refreshIntervalMs = 200;
    s.requestTimeoutMs = 3000;
    return s;
}

inline CreateTopicSpec topicSpec(std::string name, int partitions, int replicationFactor)
{
    CreateTopicSpec spec;
    spec.name = std::move(name);
    spec.partitions = partitions;
    spec.replicationFactor = replicationFactor;
    return spec;
}

// Produces `count` records "k<i>"/"v<i>" to `topic` with a librdkafka producer (acks=all).
inline void produceWithLibrdkafka(const WireCluster &w, const std::string &topic, int count)
{
    char why[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    const std::string servers = "127.0.0.1:" + std::to_string(w.port(1));
    rd_kafka_conf_set(conf, "bootstrap.servers", servers.c_str(), why, sizeof why);
    rd_kafka_conf_set(conf, "acks", "all", why, sizeof why);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, why, sizeof why);
    QVERIFY2(rk, why);
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic.c_str(), nullptr);
    for (int i = 0; i < count; ++i) {
        std::string key = "k" + std::to_string(i);
        std::string value = "v" + std::to_string(i);
        QCOMPARE(rd_kafka_produce(rkt, RD_KAFKA_PARTITION_UA, RD_KAFKA_MSG_F_COPY, value.data(), value.size(),
                                  key.data(), key.size(), nullptr),
                 0);
    }
    rd_kafka_topic_destroy(rkt);
    QCOMPARE(rd_kafka_flush(rk, 15000), RD_KAFKA_RESP_ERR_NO_ERROR);
    rd_kafka_destroy(rk);
}

} // namespace es::test

#include "catalog/cluster_metadata.h"

#include "catalog/broker_configs_table.h"
#include "catalog/sqlite_db.h"

#include <charconv>
#include <string>
#include <type_traits>
#include <vector>

namespace es {

namespace {

constexpr std::string_view kClusterIdKey = "cluster_id";
constexpr std::string_view kNextProducerIdKey = "next_producer_id";

// Broker id lists are stored as decimal ids joined by commas ("1,2,3"; "" when empty).
std::string joinIds(const std::vector<std::int32_t> &ids)
{
    std::string out;
    for (std::int32_t id : ids) {
        if (!out.empty())
            out += ',';
        out += std::to_string(id);
    }
    return out;
}

Result<std::vector<std::int32_t>> splitIds(const SqliteDb &db, std::string_view text)
{
    std::vector<std::int32_t> ids;
    while (!text.empty()) {
        const std::size_t comma = text.find(',');
        const std::string_view item = text.substr(0, comma);
        std::int32_t id = 0;
        const auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), id);
        if (ec != std::errc() || end != item.data() + item.size())
            return Status::corruption("catalog " + db.file().string() + ": bad broker id list \"" +
                                      std::string(text) + "\" in table partitions");
        ids.push_back(id);
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    }
    return ids;
}

Status writeMeta(SqliteDb &db, std::string_view name, auto value)
{
    Result<SqliteStatement> stmt = db.prepare("INSERT INTO meta (name, value) VALUES (?1, ?2) "
                                              "ON CONFLICT (name) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.status();
    stmt->bindText(1, name);
    if constexpr (std::is_same_v<decltype(value), std::int64_t>)
        stmt->bindInt64(2, value);
    else
        stmt->bindText(2, value);
    return stmt->run();
}

Status loadMeta(SqliteDb &db, CatalogState &state)
{
    Result<SqliteStatement> stmt = db.prepare("SELECT name, value FROM meta");
    if (!stmt)
        return stmt.status();
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.status();
        if (!*row)
            return Status::ok();
        const std::string name = stmt->textAt(0);
        if (name == kClusterIdKey)
            state.clusterId = stmt->textAt(1);
        else if (name == kNextProducerIdKey)
            state.nextProducerId = stmt->int64At(1);
    }
}

Status loadBrokers(SqliteDb &db, CatalogState &state)
{
    Result<SqliteStatement> stmt = db.prepare("SELECT id, host, port, state FROM brokers ORDER BY id");
    if (!stmt)
        return stmt.status();
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.status();
        if (!*row)
            return Status::ok();
        state.brokers.push_back(BrokerRecord{.id = static_cast<std::int32_t>(stmt->int64At(0)),
                                             .host = stmt->textAt(1),
                                             .port = static_cast<std::int32_t>(stmt->int64At(2)),
                                             .state = stmt->textAt(3)});
    }
}

Status loadTopics(SqliteDb &db, CatalogState &state)
{
    Result<SqliteStatement> topics =
        db.prepare("SELECT name, topic_id, partitions, replication_factor, internal, "
                   "created_ms FROM topics ORDER BY name");
    if (!topics)
        return topics.status();
    for (;;) {
        Result<bool> row = topics->step();
        if (!row)
            return row.status();
        if (!*row)
            break;
        state.topics.push_back(TopicRecord{.name = topics->textAt(0),
                                           .topicId = topics->textAt(1),
                                           .partitions = static_cast<std::int32_t>(topics->int64At(2)),
                                           .replicationFactor = static_cast<std::int32_t>(topics->int64At(3)),
                                           .internal = topics->int64At(4) != 0,
                                           .configs = {},
                                           .createdMs = topics->int64At(5)});
    }
    Result<SqliteStatement> configs = db.prepare("SELECT name, value FROM topic_configs WHERE topic = ?1");
    if (!configs)
        return configs.status();
    for (TopicRecord &topic : state.topics) {
        configs->reset();
        configs->bindText(1, topic.name);
        for (;;) {
            Result<bool> row = configs->step();
            if (!row)
                return row.status();
            if (!*row)
                break;
            topic.configs.emplace(configs->textAt(0), configs->textAt(1));
        }
    }
    return Status::ok();
}

Status loadPartitions(SqliteDb &db, CatalogState &state)
{
    Result<SqliteStatement> stmt =
        db.prepare("SELECT topic, partition_id, replicas, isr, leader, leader_epoch, partition_epoch, "
                   "adding_replicas, removing_replicas FROM partitions ORDER BY topic, partition_id");
    if (!stmt)
        return stmt.status();
    for (;;) {
        Result<bool> row = stmt->step();
        if (!row)
            return row.status();
        if (!*row)
            return Status::ok();
        Result<std::vector<std::int32_t>> replicas = splitIds(db, stmt->textAt(2));
        if (!replicas)
            return replicas.status();
        Result<std::vector<std::int32_t>> isr = splitIds(db, stmt->textAt(3));
        if (!isr)
            return isr.status();
        Result<std::vector<std::int32_t>> adding = splitIds(db, stmt->textAt(7));
        if (!adding)
            return adding.status();
        Result<std::vector<std::int32_t>> removing = splitIds(db, stmt->textAt(8));
        if (!removing)
            return removing.status();
        state.partitions.push_back(
            PartitionRecord{.topic = stmt->textAt(0),
                            .partition = static_cast<std::int32_t>(stmt->int64At(1)),
                            .replicas = std::move(*replicas),
                            .isr = std::move(*isr),
                            .leader = static_cast<std::int32_t>(stmt->int64At(4)),
                            .leaderEpoch = static_cast<std::int32_t>(stmt->int64At(5)),
                            .partitionEpoch = static_cast<std::int32_t>(stmt->int64At(6)),
                            .addingReplicas = std::move(*adding),
                            .removingReplicas = std::move(*removing)});
    }
}

} // namespace

Status writeBroker(SqliteDb &db, const BrokerRecord &broker)
{
    Result<SqliteStatement> stmt =
        db.prepare("INSERT INTO brokers (id, host, port, state) VALUES (?1, ?2, ?3, ?4) "
                   "ON CONFLICT (id) DO UPDATE SET host = excluded.host, "
                   "port = excluded.port, state = excluded.state");
    if (!stmt)
        return stmt.status();
    stmt->bindInt64(1, broker.id);
    stmt->bindText(2, broker.host);
    stmt->bindInt64(3, broker.port);
    stmt->bindText(4, broker.state);
    return stmt->run();
}

Status writeTopic(SqliteDb &db, const TopicRecord &topic)
{
    {
        Result<SqliteStatement> stmt = db.prepare(
            "INSERT INTO topics (name, topic_id, partitions, replication_factor, internal, created_ms) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (name) DO UPDATE SET "
            "topic_id = excluded.topic_id, partitions = excluded.partitions, "
            "replication_factor = excluded.replication_factor, internal = excluded.internal, "
            "created_ms = excluded.created_ms");
        if (!stmt)
            return stmt.status();
        stmt->bindText(1, topic.name);
        stmt->bindText(2, topic.topicId);
        stmt->bindInt64(3, topic.partitions);
        stmt->bindInt64(4, topic.replicationFactor);
        stmt->bindInt64(5, topic.internal ? 1 : 0);
        stmt->bindInt64(6, topic.createdMs);
        ES_RETURN_IF_ERROR(stmt->run());
    }
    {
        Result<SqliteStatement> clear = db.prepare("DELETE FROM topic_configs WHERE topic = ?1");
        if (!clear)
            return clear.status();
        clear->bindText(1, topic.name);
        ES_RETURN_IF_ERROR(clear->run());
    }
    for (const auto &[name, value] : topic.configs) {
        Result<SqliteStatement> insert =
            db.prepare("INSERT INTO topic_configs (topic, name, value) VALUES (?1, ?2, ?3)");
        if (!insert)
            return insert.status();
        insert->bindText(1, topic.name);
        insert->bindText(2, name);
        insert->bindText(3, value);
        ES_RETURN_IF_ERROR(insert->run());
    }
    return Status::ok();
}

Status eraseTopic(SqliteDb &db, std::string_view name)
{
    for (const char *sql :
         {"DELETE FROM topics WHERE name = ?1", "DELETE FROM topic_configs WHERE topic = ?1",
          "DELETE FROM partitions WHERE topic = ?1"}) {
        Result<SqliteStatement> stmt = db.prepare(sql);
        if (!stmt)
            return stmt.status();
        stmt->bindText(1, name);
        ES_RETURN_IF_ERROR(stmt->run());
    }
    return Status::ok();
}

Status writePartition(SqliteDb &db, const PartitionRecord &partition)
{
    Result<SqliteStatement> stmt = db.prepare(
        "INSERT INTO partitions (topic, partition_id, replicas, isr, leader, leader_epoch, partition_epoch, "
        "adding_replicas, removing_replicas) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT (topic, partition_id) DO UPDATE SET "
        "replicas = excluded.replicas, isr = excluded.isr, leader = excluded.leader, "
        "leader_epoch = excluded.leader_epoch, partition_epoch = excluded.partition_epoch, "
        "adding_replicas = excluded.adding_replicas, removing_replicas = excluded.removing_replicas");
    if (!stmt)
        return stmt.status();
    stmt->bindText(1, partition.topic);
    stmt->bindInt64(2, partition.partition);
    stmt->bindText(3, joinIds(partition.replicas));
    stmt->bindText(4, joinIds(partition.isr));
    stmt->bindInt64(5, partition.leader);
    stmt->bindInt64(6, partition.leaderEpoch);
    stmt->bindInt64(7, partition.partitionEpoch);
    stmt->bindText(8, joinIds(partition.addingReplicas));
    stmt->bindText(9, joinIds(partition.removingReplicas));
    return stmt->run();
}

Status writeClusterId(SqliteDb &db, std::string_view clusterId)
{
    return writeMeta(db, kClusterIdKey, clusterId);
}

Status writeNextProducerId(SqliteDb &db, std::int64_t nextProducerId)
{
    return writeMeta(db, kNextProducerIdKey, nextProducerId);
}

Result<CatalogState> loadCatalogState(SqliteDb &db)
{
    // One read transaction: the tables come from the same commit.
    SqliteTransaction snapshot(db);
    ES_RETURN_IF_ERROR(snapshot.begin("loading the cluster state"));
    CatalogState state;
    ES_RETURN_IF_ERROR(loadMeta(db, state));
    ES_RETURN_IF_ERROR(loadBrokers(db, state));
    ES_RETURN_IF_ERROR(loadTopics(db, state));
    ES_RETURN_IF_ERROR(loadPartitions(db, state));
    auto brokerConfigs = loadBrokerConfigs(db);
    if (!brokerConfigs)
        return brokerConfigs.status();
    state.brokerConfigs = std::move(*brokerConfigs);
    auto perBroker = loadPerBrokerConfigs(db);
    if (!perBroker)
        return perBroker.status();
    state.perBrokerConfigs = std::move(*perBroker);
    return state;
}

} // namespace es

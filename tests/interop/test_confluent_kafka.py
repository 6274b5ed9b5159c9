#!/usr/bin/python3
"""confluent-kafka-python (librdkafka 2.0) against a headless cluster: an idempotent
producer, a consumer that commits, and the AdminClient's topics, replica assignments and
configs (every topic config Kafka 3.x defines)."""

import harness

try:
    import confluent_kafka
    from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition
    from confluent_kafka.admin import AdminClient, ConfigResource, NewPartitions, NewTopic
except ImportError:
    confluent_kafka = None

TIMEOUT_S = 15

KAFKA_TOPIC_CONFIGS = {
    "cleanup.policy", "compression.type", "delete.retention.ms", "file.delete.delay.ms",
    "flush.messages", "flush.ms", "follower.replication.throttled.replicas",
    "index.interval.bytes", "leader.replication.throttled.replicas", "local.retention.bytes",
    "local.retention.ms", "max.compaction.lag.ms", "max.message.bytes",
    "message.downconversion.enable", "message.format.version",
    "message.timestamp.difference.max.ms", "message.timestamp.type",
    "min.cleanable.dirty.ratio", "min.compaction.lag.ms", "min.insync.replicas", "preallocate",
    "remote.storage.enable", "retention.bytes", "retention.ms", "segment.bytes",
    "segment.index.bytes", "segment.jitter.ms", "segment.ms", "unclean.leader.election.enable",
}
DYNAMIC_TOPIC_CONFIG = 1
DEFAULT_CONFIG = 5


def requires():
    if confluent_kafka is None:
        harness.skip("confluent-kafka is not importable by this python3 "
                     "(Debian: apt-get install python3-confluent-kafka)")


def create_topic(cluster, name, partitions, config=None):
    client = AdminClient({"bootstrap.servers": cluster.bootstrap})
    futures = client.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=3,
                                             config=config or {})], operation_timeout=10)
    futures[name].result(TIMEOUT_S)
    harness.wait_until(lambda: name in client.list_topics(timeout=5).topics and
                       len(client.list_topics(name, timeout=5).topics[name].partitions) == partitions,
                       10, f"{name} in the metadata")


def consume_all(cluster, topic, count, group=None, extra=None):
    conf = {"bootstrap.servers": cluster.bootstrap, "group.id": group or harness.unique("cf-read"),
            "auto.offset.reset": "earliest", "enable.auto.commit": False,
            "session.timeout.ms": 6000, "heartbeat.interval.ms": 500}
    conf.update(extra or {})
    consumer = Consumer(conf)
    consumer.subscribe([topic])
    messages = []
    try:
        harness.wait_until(lambda: _poll_into(consumer, messages) >= count, 30,
                           f"{count} records from {topic}", interval_s=0)
    finally:
        consumer.close()
    return messages


def _poll_into(consumer, messages):
    msg = consumer.poll(0.2)
    if msg is not None:
        if msg.error():
            if msg.error().code() != KafkaError._PARTITION_EOF:
                raise AssertionError(f"consumer error: {msg.error()}")
        else:
            messages.append(msg)
    return len(messages)


def test_idempotent_producer(cluster):
    topic = harness.unique("cf-idem")
    create_topic(cluster, topic, 6)
    producer = Producer({"bootstrap.servers": cluster.bootstrap, "enable.idempotence": True,
                         "partitioner": "murmur2_random", "linger.ms": 2})
    delivered, errors = [], []

    def on_delivery(err, msg):
        (errors if err else delivered).append(err or msg)

    for i in range(500):
        producer.produce(topic, key=f"k{i % 50}".encode(), value=f"v{i}".encode(),
                         headers=[("seq", str(i).encode())], on_delivery=on_delivery)
        producer.poll(0)
    assert producer.flush(TIMEOUT_S) == 0, "records left undelivered"
    assert not errors, errors[:5]
    assert len(delivered) == 500
    for msg in delivered:
        assert msg.partition() == harness.murmur2_partition(msg.key(), 6), (msg.key(), msg.partition())

    messages = consume_all(cluster, topic, 500)
    assert len(messages) == 500
    # Exactly once, and in production order per key.
    last_seq = {}
    for msg in messages:
        seq = int(dict(msg.headers())["seq"])
        assert msg.value() == f"v{seq}".encode()
        assert last_seq.get(msg.key(), -1) < seq, f"key {msg.key()} out of order"
        last_seq[msg.key()] = seq
    assert sorted(int(dict(m.headers())["seq"]) for m in messages) == list(range(500))


def test_consumer_commits(cluster):
    topic = harness.unique("cf-commit")
    group = harness.unique("cf-g")
    create_topic(cluster, topic, 3)
    producer = Producer({"bootstrap.servers": cluster.bootstrap, "acks": "all"})
    for p in range(3):
        for i in range(10):
            producer.produce(topic, value=f"{p}-{i}".encode(), partition=p)
    assert producer.flush(TIMEOUT_S) == 0

    consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": group,
                         "auto.offset.reset": "earliest", "enable.auto.commit": False,
                         "session.timeout.ms": 6000, "heartbeat.interval.ms": 500})
    consumer.subscribe([topic])
    messages = []
    try:
        harness.wait_until(lambda: _poll_into(consumer, messages) >= 30, 30, "30 records",
                           interval_s=0)
        last = {}
        for msg in messages:
            last[msg.partition()] = msg
        # Commit one message's position synchronously, the rest as explicit offsets.
        consumer.commit(message=last[0], asynchronous=False)
        consumer.commit(offsets=[TopicPartition(topic, 1, 7), TopicPartition(topic, 2, 10)],
                        asynchronous=False)
        committed = consumer.committed([TopicPartition(topic, p) for p in range(3)], timeout=TIMEOUT_S)
        assert [tp.offset for tp in committed] == [10, 7, 10], committed
    finally:
        consumer.close()

    # A new member of the group resumes from the commits: only partition 1's last 3.
    rest = consume_all(cluster, topic, 3, group=group)
    assert sorted(m.value() for m in rest) == [b"1-7", b"1-8", b"1-9"], [m.value() for m in rest]


def _describe(client, resource):
    futures = client.describe_configs([resource])
    return next(iter(futures.values())).result(TIMEOUT_S)


def test_admin_topics_and_configs(cluster):
    client = AdminClient({"bootstrap.servers": cluster.bootstrap})
    topic = harness.unique("cf-admin")
    create_topic(cluster, topic, 2, {"retention.ms": "3600000"})
    metadata = client.list_topics(topic, timeout=5).topics[topic]
    assert all(len(p.replicas) == 3 and len(p.isrs) == 3 for p in metadata.partitions.values()), metadata

    configs = _describe(client, ConfigResource("topic", topic))
    assert configs["retention.ms"].value == "3600000", configs["retention.ms"]
    assert not configs["retention.ms"].is_default
    assert "cleanup.policy" in configs and configs["cleanup.policy"].value == "delete"

    future = client.alter_configs([ConfigResource("topic", topic, set_config={
        "retention.ms": "7200000", "max.message.bytes": "200000"})])
    next(iter(future.values())).result(TIMEOUT_S)
    configs = _describe(client, ConfigResource("topic", topic))
    assert configs["retention.ms"].value == "7200000", configs["retention.ms"]
    assert configs["max.message.bytes"].value == "200000", configs["max.message.bytes"]

    broker = _describe(client, ConfigResource("broker", "1"))
    assert broker, "broker 1 described no configs"

    bad = client.alter_configs([ConfigResource("topic", topic, set_config={"retention.ms": "soon"})])
    try:
        next(iter(bad.values())).result(TIMEOUT_S)
        raise AssertionError("an invalid retention.ms was accepted")
    except confluent_kafka.KafkaException as e:
        assert e.args[0].code() == KafkaError.INVALID_CONFIG, e

    client.delete_topics([topic], operation_timeout=10)[topic].result(TIMEOUT_S)
    harness.wait_until(lambda: topic not in client.list_topics(timeout=5).topics, 10,
                       f"{topic} to disappear")
    missing = client.delete_topics([topic], operation_timeout=10)[topic]
    try:
        missing.result(TIMEOUT_S)
        raise AssertionError("deleting a deleted topic succeeded")
    except confluent_kafka.KafkaException as e:
        assert e.args[0].code() == KafkaError.UNKNOWN_TOPIC_OR_PART, e


def _expect_error(future, code, what):
    try:
        future.result(TIMEOUT_S)
    except confluent_kafka.KafkaException as e:
        assert e.args[0].code() == code, e
        return
    raise AssertionError(f"{what} was accepted")


def _replicas(client, topic):
    partitions = client.list_topics(topic, timeout=5).topics[topic].partitions
    return [(partitions[p].replicas, partitions[p].leader) for p in sorted(partitions)]


def test_admin_replica_assignments(cluster):
    client = AdminClient({"bootstrap.servers": cluster.bootstrap})
    topic = harness.unique("cf-placed")
    placed = [[3, 1], [2, 3], [1, 2]]
    client.create_topics([NewTopic(topic, 3, replica_assignment=placed)],
                         operation_timeout=10)[topic].result(TIMEOUT_S)
    harness.wait_until(lambda: topic in client.list_topics(timeout=5).topics, 10, f"{topic} in the metadata")
    # The first broker of each list is the preferred replica and leads.
    assert _replicas(client, topic) == [(r, r[0]) for r in placed], _replicas(client, topic)

    for wrong in ([[1, 1]], [[1, 9]], [[1, 2], [3]]):
        name = harness.unique("cf-refused")
        future = client.create_topics([NewTopic(name, len(wrong), replica_assignment=wrong)],
                                      operation_timeout=10)[name]
        _expect_error(future, KafkaError.INVALID_REPLICA_ASSIGNMENT, f"assignment {wrong}")

    added = [[1, 3], [2, 1]]
    client.create_partitions([NewPartitions(topic, 5, replica_assignment=added)],
                             operation_timeout=10)[topic].result(TIMEOUT_S)
    harness.wait_until(lambda: len(_replicas(client, topic)) == 5, 10, f"{topic} with 5 partitions")
    assert _replicas(client, topic) == [(r, r[0]) for r in placed + added], _replicas(client, topic)
    # Each new list must be as long as the topic's replication factor.
    future = client.create_partitions([NewPartitions(topic, 6, replica_assignment=[[2]])],
                                      operation_timeout=10)[topic]
    _expect_error(future, KafkaError.INVALID_REPLICA_ASSIGNMENT, "a list shorter than the replication factor")

    # The replicas are where the assignment put them: records reach the new partitions.
    producer = Producer({"bootstrap.servers": cluster.bootstrap, "acks": "all"})
    delivered = []
    for p in range(5):
        producer.produce(topic, value=f"to {p}".encode(), partition=p,
                         on_delivery=lambda err, msg: delivered.append(err))
    producer.flush(TIMEOUT_S)
    assert delivered == [None] * 5, delivered


def _source(entry):
    return int(getattr(entry.source, "value", entry.source))


def test_every_kafka_topic_config(cluster):
    client = AdminClient({"bootstrap.servers": cluster.bootstrap})
    topic = harness.unique("cf-configs")
    create_topic(cluster, topic, 1, {"compression.type": "zstd", "message.format.version": "2.8",
                                     "min.cleanable.dirty.ratio": "0.3"})
    configs = _describe(client, ConfigResource("topic", topic))
    assert set(configs) == KAFKA_TOPIC_CONFIGS, set(configs) ^ KAFKA_TOPIC_CONFIGS
    for name, entry in configs.items():
        chosen = name in ("compression.type", "message.format.version", "min.cleanable.dirty.ratio")
        assert _source(entry) == (DYNAMIC_TOPIC_CONFIG if chosen else DEFAULT_CONFIG), entry
    assert configs["compression.type"].value == "zstd"
    assert configs["min.cleanable.dirty.ratio"].value == "0.3"
    assert configs["segment.index.bytes"].value == "10485760"
    assert configs["local.retention.ms"].value == "-2"
    assert configs["preallocate"].value == "false" and configs["preallocate"].is_default

    for bad in ({"retention.msec": "1"}, {"min.cleanable.dirty.ratio": "2"}, {"remote.storage.enable": "true"}):
        future = client.alter_configs([ConfigResource("topic", topic, set_config=bad)])
        _expect_error(next(iter(future.values())), KafkaError.INVALID_CONFIG, f"{bad}")

    # compression.type=zstd: an uncompressed produce is stored as zstd and reads back unchanged.
    producer = Producer({"bootstrap.servers": cluster.bootstrap, "compression.type": "none"})
    sent = [f"record {i}".encode() * 20 for i in range(10)]
    for value in sent:
        producer.produce(topic, value=value, partition=0)
    producer.flush(TIMEOUT_S)
    received = consume_all(cluster, topic, len(sent))
    assert [m.value() for m in received] == sent


if __name__ == "__main__":
    harness.main(globals(), requires)

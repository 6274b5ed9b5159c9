#!/usr/bin/python3
"""kafka-python (a pure-Python client) against a headless cluster: a producer with
acks=all, a consumer group of three that rebalances when one member leaves, topic
creation and deletion through the admin client, committed offsets read back."""

import threading
import time

import harness

try:
    import kafka
    from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
    from kafka.admin import NewTopic
    from kafka.structs import OffsetAndMetadata
except ImportError:
    kafka = None

# Fast group timings (the broker's minimum session timeout is 6 s).
GROUP = dict(session_timeout_ms=6000, heartbeat_interval_ms=500, max_poll_interval_ms=10000,
             auto_offset_reset="earliest", request_timeout_ms=15000)


def requires():
    if kafka is None:
        harness.skip("kafka-python is not importable by this python3 (Debian: apt-get install python3-kafka)")


def admin(cluster):
    return KafkaAdminClient(bootstrap_servers=cluster.bootstrap, request_timeout_ms=10000)


def create_topic(cluster, name, partitions):
    client = admin(cluster)
    try:
        client.create_topics([NewTopic(name, partitions, 3)], timeout_ms=10000)
    finally:
        client.close()
    # Metadata reaches every broker shortly after creation.
    probe = KafkaConsumer(bootstrap_servers=cluster.bootstrap)
    try:
        harness.wait_until(lambda: probe.partitions_for_topic(name) == set(range(partitions)), 10,
                           f"{name} in the metadata")
    finally:
        probe.close()


def test_producer_acks_all(cluster):
    topic = harness.unique("kp-acks")
    create_topic(cluster, topic, 6)
    producer = KafkaProducer(bootstrap_servers=cluster.bootstrap, acks="all", linger_ms=0)
    try:
        futures = [producer.send(topic, key=f"k{i}".encode(), value=f"v{i}".encode(),
                                 headers=[("n", str(i).encode())]) for i in range(60)]
        producer.flush(15)
        results = [f.get(timeout=15) for f in futures]
    finally:
        producer.close(10)
    for i, meta in enumerate(results):
        assert meta.partition == harness.murmur2_partition(f"k{i}".encode(), 6), (i, meta)
    per_partition = {}
    for meta in results:
        per_partition.setdefault(meta.partition, []).append(meta.offset)
    for p, offsets in per_partition.items():
        assert offsets == list(range(len(offsets))), (p, offsets)

    consumer = KafkaConsumer(bootstrap_servers=cluster.bootstrap, auto_offset_reset="earliest",
                             consumer_timeout_ms=5000, enable_auto_commit=False)
    try:
        consumer.assign([TopicPartition(topic, p) for p in range(6)])
        got = {}
        for message in consumer:
            got[message.key] = (message.value, message.headers, message.partition)
            if len(got) == 60:
                break
    finally:
        consumer.close()
    assert len(got) == 60, f"read back {len(got)} of 60 records"
    for i in range(60):
        value, headers, _ = got[f"k{i}".encode()]
        assert value == f"v{i}".encode() and headers == [("n", str(i).encode())], got[f"k{i}".encode()]


class Member(threading.Thread):
    """One group member polling on its own thread (kafka-python joins inside poll)."""

    def __init__(self, cluster, group, topic, name):
        super().__init__(daemon=True)
        self.consumer = KafkaConsumer(topic, bootstrap_servers=cluster.bootstrap, group_id=group,
                                      client_id=name, enable_auto_commit=False, **GROUP)
        self.records = []
        self.assignment = set()
        self.leave = threading.Event()
        self.error = None
        self.start()

    def run(self):
        try:
            while not self.leave.is_set():
                batches = self.consumer.poll(timeout_ms=100)
                for messages in batches.values():
                    self.records.extend((m.partition, m.offset, m.value) for m in messages)
                if batches:
                    try:
                        self.consumer.commit()
                    except kafka.errors.CommitFailedError:
                        pass  # a rebalance began; the records may come again, which the test sees
                self.assignment = {tp.partition for tp in self.consumer.assignment()}
            self.consumer.close()  # sends LeaveGroup
        except Exception as e:  # reported by the test thread
            self.error = e


def test_group_of_three_rebalances_when_one_leaves(cluster):
    topic = harness.unique("kp-group")
    group = harness.unique("kp-g")
    create_topic(cluster, topic, 6)
    members = [Member(cluster, group, topic, f"member-{i}") for i in range(3)]
    try:
        def shares(expected_members):
            live = [m for m in members if not m.leave.is_set()]
            for m in members:
                if m.error:
                    raise m.error
            sets = [m.assignment for m in live]
            return len(live) == expected_members and all(sets) and \
                sum(len(s) for s in sets) == 6 and set().union(*sets) == set(range(6))
        harness.wait_until(lambda: shares(3), 30, "three members to share six partitions")
        assert all(len(m.assignment) == 2 for m in members), [m.assignment for m in members]

        producer = KafkaProducer(bootstrap_servers=cluster.bootstrap, acks="all")
        for i in range(60):
            producer.send(topic, key=f"a{i}".encode(), value=f"first-{i}".encode())
        producer.flush(15)
        harness.wait_until(lambda: sum(len(m.records) for m in members) >= 60, 20,
                           "the group to consume 60 records")

        members[2].leave.set()
        members[2].join(15)
        harness.wait_until(lambda: shares(2), 30, "two members to take over the leaver's partitions")
        assert sorted(len(m.assignment) for m in members[:2]) == [3, 3], [m.assignment for m in members]

        for i in range(60):
            producer.send(topic, key=f"b{i}".encode(), value=f"second-{i}".encode())
        producer.flush(15)
        producer.close(10)
        harness.wait_until(lambda: sum(len(m.records) for m in members) >= 120, 20,
                           "the group to consume 120 records")
        time.sleep(0.3)
        values = sorted(v for m in members for _, _, v in m.records)
        assert len(values) == 120 and len(set(values)) == 120, f"{len(values)} records, {len(set(values))} distinct"
        assert not any(v.startswith(b"second") for _, _, v in members[2].records)
    finally:
        for m in members:
            m.leave.set()
        for m in members:
            m.join(15)

    # The group committed everything it consumed.
    client = admin(cluster)
    try:
        offsets = client.list_consumer_group_offsets(group)
    finally:
        client.close()
    end = KafkaConsumer(bootstrap_servers=cluster.bootstrap)
    try:
        tps = [TopicPartition(topic, p) for p in range(6)]
        ends = end.end_offsets(tps)
    finally:
        end.close()
    assert {tp: om.offset for tp, om in offsets.items()} == ends, (offsets, ends)


def test_admin_create_and_delete_topic(cluster):
    topic = harness.unique("kp-admin")
    client = admin(cluster)
    try:
        client.create_topics([NewTopic(topic, 4, 3, topic_configs={"retention.ms": "3600000"})],
                             timeout_ms=10000)
        harness.wait_until(lambda: topic in client.list_topics(), 10, f"{topic} to be listed")
        described = client.describe_topics([topic])
        assert len(described[0]["partitions"]) == 4, described
        assert all(len(p["replicas"]) == 3 for p in described[0]["partitions"]), described
        try:
            client.create_topics([NewTopic(topic, 4, 3)], timeout_ms=10000)
            raise AssertionError("creating an existing topic succeeded")
        except kafka.errors.TopicAlreadyExistsError:
            pass
        client.delete_topics([topic], timeout_ms=10000)
        harness.wait_until(lambda: topic not in client.list_topics(), 10, f"{topic} to disappear")
    finally:
        client.close()


def test_committed_offsets_read_back(cluster):
    topic = harness.unique("kp-commit")
    group = harness.unique("kp-c")
    create_topic(cluster, topic, 3)
    producer = KafkaProducer(bootstrap_servers=cluster.bootstrap, acks="all")
    for p in range(3):
        for i in range(10):
            producer.send(topic, value=b"x", partition=p)
    producer.flush(15)
    producer.close(10)

    consumer = KafkaConsumer(bootstrap_servers=cluster.bootstrap, group_id=group,
                             enable_auto_commit=False, **GROUP)
    try:
        tps = [TopicPartition(topic, p) for p in range(3)]
        consumer.assign(tps)
        consumer.commit({tps[0]: OffsetAndMetadata(4, "four"), tps[1]: OffsetAndMetadata(10, None),
                         tps[2]: OffsetAndMetadata(0, "zero")})
        assert [consumer.committed(tp) for tp in tps] == [4, 10, 0]
        # With no position yet, a group member starts at the committed offset.
        assert consumer.position(tps[0]) == 4
    finally:
        consumer.close()

    client = admin(cluster)
    try:
        offsets = client.list_consumer_group_offsets(group)
    finally:
        client.close()
    assert {tp.partition: (om.offset, om.metadata or "") for tp, om in offsets.items()} == \
        {0: (4, "four"), 1: (10, ""), 2: (0, "zero")}, offsets


if __name__ == "__main__":
    harness.main(globals(), requires)

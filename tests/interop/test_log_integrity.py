#!/usr/bin/python3
"""kafka-python against a headless cluster, on what the cluster keeps in its logs about
consumer groups: a deleted topic takes its committed offsets with it (also across a
restart), a client cannot write to __consumer_offsets, and a commit for a topic or
partition that does not exist is refused while the others in the same request commit."""

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
             auto_offset_reset="earliest", request_timeout_ms=15000, enable_auto_commit=False)
OFFSETS_TOPIC = "__consumer_offsets"


def requires():
    if kafka is None:
        harness.skip("kafka-python is not importable by this python3 (Debian: apt-get install python3-kafka)")


def admin(cluster):
    return KafkaAdminClient(bootstrap_servers=cluster.bootstrap, request_timeout_ms=10000)


def topics(cluster):
    client = admin(cluster)
    try:
        return set(client.list_topics())
    finally:
        client.close()


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


def delete_topic(cluster, name):
    client = admin(cluster)
    try:
        client.delete_topics([name], timeout_ms=10000)
        harness.wait_until(lambda: name not in client.list_topics(), 10, f"{name} to disappear")
    finally:
        client.close()


def produce(cluster, topic, partitions, count, prefix):
    """`count` records to each partition, acknowledged by all replicas."""
    producer = KafkaProducer(bootstrap_servers=cluster.bootstrap, acks="all", linger_ms=0)
    try:
        futures = [producer.send(topic, value=f"{prefix}-{p}-{i}".encode(), partition=p)
                   for p in range(partitions) for i in range(count)]
        producer.flush(15)
        for future in futures:
            future.get(timeout=15)
    finally:
        producer.close(10)


def consume_and_commit(cluster, group, topic, expected):
    """Joins `group` on `topic`, reads until `expected` records came (and a moment more, to
    see any extra), commits the positions and leaves. The records' values."""
    consumer = KafkaConsumer(topic, bootstrap_servers=cluster.bootstrap, group_id=group, **GROUP)
    records = []

    def read(timeout_ms):
        for messages in consumer.poll(timeout_ms=timeout_ms).values():
            records.extend(m.value for m in messages)
        return len(records) >= expected
    try:
        try:
            harness.wait_until(lambda: read(200), 30, f"{expected} records of {topic} in group {group}",
                               interval_s=0)
        except AssertionError as timeout:
            raise AssertionError(f"{timeout}; {len(records)} came") from None
        read(500)  # a record too many would come now
        consumer.commit()
    finally:
        consumer.close()
    return records


def group_offsets(cluster, group):
    """The group's committed offsets as {(topic, partition): offset}; None while the
    coordinator cannot answer yet (it may still be loading after a restart)."""
    client = admin(cluster)
    try:
        offsets = client.list_consumer_group_offsets(group)
    except kafka.errors.KafkaError as error:
        if getattr(error, "retriable", False):
            return None
        raise
    finally:
        client.close()
    return {(tp.topic, tp.partition): om.offset for tp, om in offsets.items()}


def expect_group_offsets(cluster, group, expected, timeout_s, what):
    """Waits until the group's committed offsets are exactly `expected`; fails showing the
    last ones seen otherwise."""
    seen = []

    def matches():
        seen.append(group_offsets(cluster, group))
        return seen[-1] == expected
    try:
        harness.wait_until(matches, timeout_s, what, interval_s=0.2)
    except AssertionError as timeout:
        raise AssertionError(f"{timeout}: group {group} has committed {seen[-1]}, "
                             f"expected {expected}") from None


def test_group_resumes_at_zero_after_topic_deleted_and_recreated(cluster):
    topic = harness.unique("li-recreated")
    group = harness.unique("li-g")
    create_topic(cluster, topic, 3)
    produce(cluster, topic, 3, 30, "old")
    old = consume_and_commit(cluster, group, topic, 90)
    assert len(old) == 90 and len(set(old)) == 90, f"{len(old)} records, {len(set(old))} distinct"
    assert group_offsets(cluster, group) == {(topic, p): 30 for p in range(3)}, \
        group_offsets(cluster, group)

    # Deleting the topic removes the group's offsets for it, as Kafka's coordinator does,
    # with tombstones in __consumer_offsets: a restart does not bring them back. (Later
    # commits to the recreated topic overwrite the same keys, so only a restart here
    # shows that the removal itself was written.)
    delete_topic(cluster, topic)
    expect_group_offsets(cluster, group, {}, 5, f"the offsets of deleted {topic} to go")
    cluster.restart()
    expect_group_offsets(cluster, group, {}, 20, "the group's offsets after a restart")

    # A topic of the same name is a new log: the group starts it from the beginning. (It
    # gets more records than the old offsets, 30, so that a group resuming there would not
    # be sent back to the start as out of range, but would skip records.)
    create_topic(cluster, topic, 3)
    produce(cluster, topic, 3, 40, "new")
    new = consume_and_commit(cluster, group, topic, 120)
    assert sorted(new) == sorted(f"new-{p}-{i}".encode() for p in range(3) for i in range(40)), \
        f"the group read {len(new)} records of the recreated topic, not its 120"
    recommitted = {(topic, p): 40 for p in range(3)}
    assert group_offsets(cluster, group) == recommitted, group_offsets(cluster, group)

    cluster.restart()
    expect_group_offsets(cluster, group, recommitted, 20, "the group's offsets after a restart")


def test_produce_to_consumer_offsets_is_refused(cluster):
    topic = harness.unique("li-internal")
    group = harness.unique("li-g")
    create_topic(cluster, topic, 1)
    produce(cluster, topic, 1, 5, "r")
    tp = TopicPartition(topic, 0)
    # A commit makes the coordinator create __consumer_offsets if it is not there yet.
    committer = KafkaConsumer(bootstrap_servers=cluster.bootstrap, group_id=group, **GROUP)
    try:
        committer.commit({tp: OffsetAndMetadata(3, None)})
    finally:
        committer.close()
    assert group_offsets(cluster, group) == {(topic, 0): 3}, group_offsets(cluster, group)

    probe = KafkaConsumer(bootstrap_servers=cluster.bootstrap)
    try:
        partitions = harness.wait_until(lambda: probe.partitions_for_topic(OFFSETS_TOPIC), 10,
                                        f"{OFFSETS_TOPIC} in the metadata")
        internal = [TopicPartition(OFFSETS_TOPIC, p) for p in sorted(partitions)]
        before = probe.end_offsets(internal)

        producer = KafkaProducer(bootstrap_servers=cluster.bootstrap, acks="all", retries=0,
                                 linger_ms=0)
        try:
            future = producer.send(OFFSETS_TOPIC, key=b"not-a-group-key", value=b"not an offset",
                                   partition=0)
            producer.flush(15)
            try:
                meta = future.get(timeout=15)
            except kafka.errors.KafkaError as error:
                refusal = error
            else:
                raise AssertionError(f"a client produce to {OFFSETS_TOPIC} was accepted: {meta}")
        finally:
            producer.close(10)
        assert isinstance(refusal, kafka.errors.InvalidTopicError), \
            f"a client produce to {OFFSETS_TOPIC} was refused with {refusal!r}, not INVALID_TOPIC_EXCEPTION"

        after = probe.end_offsets(internal)
    finally:
        probe.close()
    assert after == before, f"{OFFSETS_TOPIC} grew: " + ", ".join(
        f"{tp.partition}: {before[tp]} -> {after[tp]}" for tp in internal if after[tp] != before[tp])
    assert group_offsets(cluster, group) == {(topic, 0): 3}, group_offsets(cluster, group)


def commit_answer(consumer, offsets):
    """Commits `offsets` once, asynchronously; the answer the broker gave (None for
    success, else the exception kafka-python made of the error code)."""
    answers = []
    consumer.commit_async(offsets, callback=lambda _, answer: answers.append(answer))

    def answered():
        consumer.poll(timeout_ms=100)  # drives the request and calls the callback
        return answers
    harness.wait_until(answered, 15, "the answer to the commit", interval_s=0)
    return answers[0]


def test_commit_for_unknown_topic_is_refused(cluster):
    topic = harness.unique("li-no-such-topic")
    group = harness.unique("li-g")
    offsets = {TopicPartition(topic, 0): OffsetAndMetadata(5, None)}
    consumer = KafkaConsumer(bootstrap_servers=cluster.bootstrap, group_id=group, **GROUP)
    try:
        # kafka-python 2.0.2 takes UNKNOWN_TOPIC_OR_PARTITION for a retriable error, so its
        # commit() would retry it for ever: commit asynchronously instead, again only while
        # the consumer has no connection to the coordinator yet.
        not_reached = (kafka.errors.NodeNotReadyError, kafka.errors.GroupCoordinatorNotAvailableError,
                       kafka.errors.NotCoordinatorForGroupError)
        for _ in range(50):
            answer = commit_answer(consumer, offsets)
            if not isinstance(answer, not_reached):
                break
            time.sleep(0.1)
    finally:
        consumer.close()
    assert isinstance(answer, kafka.errors.UnknownTopicOrPartitionError), \
        f"a commit for {topic}, which does not exist, was answered " + \
        ("with success" if answer is None else repr(answer))
    assert group_offsets(cluster, group) == {}, group_offsets(cluster, group)
    assert topic not in topics(cluster), f"the commit created {topic}"


def test_commit_for_unknown_partition_is_refused_and_the_others_commit(cluster):
    topic = harness.unique("li-two-partitions")
    group = harness.unique("li-g")
    create_topic(cluster, topic, 2)
    offsets = {TopicPartition(topic, 0): OffsetAndMetadata(3, None),
               TopicPartition(topic, 5): OffsetAndMetadata(7, None)}
    consumer = KafkaConsumer(bootstrap_servers=cluster.bootstrap, group_id=group, **GROUP)
    try:
        not_reached = (kafka.errors.NodeNotReadyError, kafka.errors.GroupCoordinatorNotAvailableError,
                       kafka.errors.NotCoordinatorForGroupError)
        for _ in range(50):
            answer = commit_answer(consumer, offsets)
            if not isinstance(answer, not_reached):
                break
            time.sleep(0.1)
    finally:
        consumer.close()
    assert isinstance(answer, kafka.errors.UnknownTopicOrPartitionError), \
        f"a commit for {topic}-5, which does not exist, was answered " + \
        ("with success" if answer is None else repr(answer))
    # The partition that exists was committed all the same, as Kafka does.
    assert group_offsets(cluster, group) == {(topic, 0): 3}, group_offsets(cluster, group)


if __name__ == "__main__":
    harness.main(globals(), requires)

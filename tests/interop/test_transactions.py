#!/usr/bin/python3
"""confluent-kafka-python (librdkafka) transactions against a headless cluster, judged by
the client: committed records reach read_committed consumers and aborted ones never do,
read_uncommitted consumers see both, an open transaction holds the last stable offset
back, a second producer with the same transactional id fences the first, a transaction
past its timeout is aborted by the coordinator, and a consume-transform-produce loop with
send_offsets_to_transaction moves each input record to the output exactly once."""

import time

import harness

try:
    import confluent_kafka
    from confluent_kafka import Consumer, KafkaError, KafkaException, Producer, TopicPartition
    from confluent_kafka.admin import AdminClient, NewTopic
except ImportError:
    confluent_kafka = None

TIMEOUT_S = 20
# The coordinator checks for transactions past their timeout every half second here.
START_ARGS = ["--config", "transaction.abort.timed.out.transaction.cleanup.interval.ms=500"]


def requires():
    if confluent_kafka is None:
        harness.skip("confluent-kafka is not importable by this python3 "
                     "(Debian: apt-get install python3-confluent-kafka)")


def create_topic(cluster, name, partitions):
    client = AdminClient({"bootstrap.servers": cluster.bootstrap})
    futures = client.create_topics([NewTopic(name, num_partitions=partitions, replication_factor=3)],
                                   operation_timeout=10)
    futures[name].result(TIMEOUT_S)
    harness.wait_until(lambda: name in client.list_topics(timeout=5).topics and
                       len(client.list_topics(name, timeout=5).topics[name].partitions) == partitions,
                       10, f"{name} in the metadata")


def transactional_producer(cluster, transactional_id, **extra):
    conf = {"bootstrap.servers": cluster.bootstrap, "transactional.id": transactional_id,
            "linger.ms": 5, "transaction.timeout.ms": 60000}
    conf.update(extra)
    producer = Producer(conf)
    producer.init_transactions(TIMEOUT_S)
    return producer


def produce_in_transaction(producer, topic, values, commit):
    producer.begin_transaction()
    for v in values:
        producer.produce(topic, value=v.encode(), key=v.encode())
    producer.flush(TIMEOUT_S)
    if commit:
        producer.commit_transaction(TIMEOUT_S)
    else:
        producer.abort_transaction(TIMEOUT_S)


def read_values(cluster, topic, isolation, until_offsets=None, expect=None, settle_s=1.0):
    """Every value a consumer with `isolation` reads from `topic`, reading until it reached
    the end of each partition (EOF events) and, with `expect`, has that many."""
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": harness.unique("txn-read"),
                         "auto.offset.reset": "earliest", "enable.auto.commit": False,
                         "isolation.level": isolation, "enable.partition.eof": True,
                         "session.timeout.ms": 6000, "heartbeat.interval.ms": 500})
    consumer.subscribe([topic])
    values = []
    at_end = set()
    deadline = time.monotonic() + TIMEOUT_S
    quiet_since = None
    try:
        while time.monotonic() < deadline:
            msg = consumer.poll(0.2)
            if msg is None:
                enough = expect is None or len(values) >= expect
                if at_end and enough:
                    quiet_since = quiet_since or time.monotonic()
                    if time.monotonic() - quiet_since >= settle_s:
                        return values
                continue
            quiet_since = None
            if msg.error():
                if msg.error().code() == KafkaError._PARTITION_EOF:
                    at_end.add(msg.partition())
                    continue
                raise AssertionError(f"consumer error: {msg.error()}")
            values.append(msg.value().decode())
        raise AssertionError(f"read {len(values)} values from {topic} ({isolation}), expected {expect}")
    finally:
        consumer.close()


def test_read_committed_sees_only_committed(cluster):
    topic = harness.unique("txn-basic")
    create_topic(cluster, topic, 3)
    producer = transactional_producer(cluster, harness.unique("txn-basic-id"))
    committed_a = [f"a{i}" for i in range(50)]
    aborted = [f"x{i}" for i in range(30)]
    committed_b = [f"b{i}" for i in range(20)]
    produce_in_transaction(producer, topic, committed_a, commit=True)
    produce_in_transaction(producer, topic, aborted, commit=False)
    produce_in_transaction(producer, topic, committed_b, commit=True)
    got = read_values(cluster, topic, "read_committed", expect=70)
    assert sorted(got) == sorted(committed_a + committed_b), f"read_committed read {len(got)}: {sorted(got)[:10]}..."
    everything = read_values(cluster, topic, "read_uncommitted", expect=100)
    assert sorted(everything) == sorted(committed_a + aborted + committed_b), \
        f"read_uncommitted read {len(everything)}"


def test_open_transaction_holds_back_read_committed(cluster):
    topic = harness.unique("txn-open")
    create_topic(cluster, topic, 1)
    plain = Producer({"bootstrap.servers": cluster.bootstrap, "enable.idempotence": True})
    plain.produce(topic, value=b"before")
    plain.flush(TIMEOUT_S)
    producer = transactional_producer(cluster, harness.unique("txn-open-id"))
    producer.begin_transaction()
    producer.produce(topic, value=b"inside")
    producer.flush(TIMEOUT_S)
    # A record after the open transaction's first one is not stable either.
    plain.produce(topic, value=b"after")
    plain.flush(TIMEOUT_S)
    got = read_values(cluster, topic, "read_committed")
    assert got == ["before"], f"read_committed saw {got} while the transaction is open"
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": harness.unique("txn-lso"),
                         "isolation.level": "read_committed"})
    try:
        low, high = consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=TIMEOUT_S)
        assert high == 1, f"the last stable offset is {high}, not 1, while the transaction is open"
    finally:
        consumer.close()
    producer.commit_transaction(TIMEOUT_S)
    got = read_values(cluster, topic, "read_committed", expect=3)
    assert got == ["before", "inside", "after"], f"read_committed saw {got} after the commit"


def test_zombie_is_fenced(cluster):
    topic = harness.unique("txn-zombie")
    create_topic(cluster, topic, 2)
    transactional_id = harness.unique("txn-zombie-id")
    zombie = transactional_producer(cluster, transactional_id)
    zombie.begin_transaction()
    for i in range(10):
        zombie.produce(topic, value=f"zombie{i}".encode())
    zombie.flush(TIMEOUT_S)
    # A new instance with the same id fences the old one and aborts its transaction.
    successor = transactional_producer(cluster, transactional_id)
    produce_in_transaction(successor, topic, [f"ok{i}" for i in range(5)], commit=True)
    try:
        zombie.commit_transaction(TIMEOUT_S)
    except KafkaException as e:
        error = e.args[0]
        assert error.fatal() or error.code() in (KafkaError._FENCED, KafkaError.PRODUCER_FENCED,
                                                 KafkaError.INVALID_PRODUCER_EPOCH), f"zombie got {error}"
    else:
        raise AssertionError("the fenced producer committed its transaction")
    got = read_values(cluster, topic, "read_committed", expect=5)
    assert sorted(got) == [f"ok{i}" for i in range(5)], f"read_committed saw {got}"


def test_transaction_past_its_timeout_is_aborted(cluster):
    topic = harness.unique("txn-timeout")
    create_topic(cluster, topic, 1)
    producer = transactional_producer(cluster, harness.unique("txn-timeout-id"), **{"transaction.timeout.ms": 2000})
    producer.begin_transaction()
    producer.produce(topic, value=b"stalled")
    producer.flush(TIMEOUT_S)
    # The coordinator aborts it: the partition's last stable offset moves past the marker.
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": harness.unique("txn-lso"),
                         "isolation.level": "read_committed"})
    try:
        harness.wait_until(
            lambda: consumer.get_watermark_offsets(TopicPartition(topic, 0), timeout=TIMEOUT_S)[1] == 2, 15,
            "the coordinator to abort the transaction past its timeout (record + abort marker)")
    finally:
        consumer.close()
    assert read_values(cluster, topic, "read_committed") == []
    try:
        producer.commit_transaction(TIMEOUT_S)
    except KafkaException:
        pass  # fenced or told to abort: either way nothing is committed
    else:
        raise AssertionError("a transaction the coordinator aborted was committed")
    assert read_values(cluster, topic, "read_committed") == []


def test_consume_transform_produce_exactly_once(cluster):
    source = harness.unique("eos-in")
    sink = harness.unique("eos-out")
    create_topic(cluster, source, 3)
    create_topic(cluster, sink, 3)
    plain = Producer({"bootstrap.servers": cluster.bootstrap, "enable.idempotence": True})
    inputs = [f"n{i}" for i in range(300)]
    for v in inputs:
        plain.produce(source, key=v.encode(), value=v.encode())
    plain.flush(TIMEOUT_S)

    group = harness.unique("eos-group")
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": group,
                         "auto.offset.reset": "earliest", "enable.auto.commit": False,
                         "isolation.level": "read_committed", "session.timeout.ms": 6000,
                         "heartbeat.interval.ms": 500})
    consumer.subscribe([source])
    producer = transactional_producer(cluster, harness.unique("eos-id"))
    moved = 0
    aborted_once = False
    deadline = time.monotonic() + 60
    try:
        while moved < len(inputs) and time.monotonic() < deadline:
            batch = consumer.consume(50, 0.5)
            batch = [m for m in batch if not m.error()]
            if not batch:
                continue
            producer.begin_transaction()
            for m in batch:
                producer.produce(sink, key=m.key(), value=m.value().upper())
            producer.send_offsets_to_transaction(consumer.position(consumer.assignment()),
                                                 consumer.consumer_group_metadata(), TIMEOUT_S)
            if not aborted_once:
                # The first batch is aborted: its output must vanish and its input come again.
                producer.abort_transaction(TIMEOUT_S)
                aborted_once = True
                for tp in consumer.assignment():
                    committed = consumer.committed([tp], TIMEOUT_S)[0]
                    consumer.seek(TopicPartition(tp.topic, tp.partition,
                                                 committed.offset if committed.offset >= 0 else 0))
                continue
            producer.commit_transaction(TIMEOUT_S)
            moved += len(batch)
    finally:
        consumer.close()
    assert moved == len(inputs), f"moved {moved} of {len(inputs)} records"
    out = read_values(cluster, sink, "read_committed", expect=len(inputs))
    assert sorted(out) == sorted(v.upper() for v in inputs), \
        f"the output holds {len(out)} records, {len(set(out))} distinct, for {len(inputs)} inputs"
    # The group's committed offsets are the ends of the input partitions.
    check = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": group})
    try:
        committed = check.committed([TopicPartition(source, p) for p in range(3)], TIMEOUT_S)
        ends = [check.get_watermark_offsets(TopicPartition(source, p), timeout=TIMEOUT_S)[1] for p in range(3)]
        assert [c.offset for c in committed] == ends, f"committed {[c.offset for c in committed]}, ends {ends}"
    finally:
        check.close()


if __name__ == "__main__":
    harness.main(globals(), requires, cluster_options=dict(extra_args=START_ARGS))

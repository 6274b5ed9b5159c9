#!/usr/bin/python3
"""Cross-client: records produced by each client (kcat, kafka-python,
confluent-kafka-python, kafkajs) are consumed byte-for-byte by every other one (key,
value, headers), and a key lands on the same partition whichever client produced it:
the Java client's murmur2 partition. librdkafka-based clients use
partitioner=murmur2_random, as a Java-compatible librdkafka user would; kafkajs is left
out, with a note, where node is absent."""

import json
import os
import shutil
import tempfile

import harness

try:
    import confluent_kafka
    from confluent_kafka import Consumer, KafkaError, Producer
    from confluent_kafka.admin import AdminClient, NewTopic
except ImportError:
    confluent_kafka = None
try:
    import kafka
    from kafka import KafkaConsumer, KafkaProducer, TopicPartition
except ImportError:
    kafka = None

KCAT = shutil.which("kcat") or shutil.which("kafkacat")
PARTITIONS = 6
KEYS = [f"user-{j}".encode() for j in range(12)] + [b"\x00\xffbinary\x01key"]
# Header values go through kcat's command line and its "n=v CSV" output: no NUL, ',', '=' or newline.
HEADER_BIN = b"\x01\x7f\xc3\xa9\xfe\xff"


def requires():
    missing = [name for name, present in (("kcat", KCAT), ("python3-kafka", kafka),
                                          ("python3-confluent-kafka", confluent_kafka)) if not present]
    if missing:
        harness.skip("missing clients: " + ", ".join(missing))


def records_of(client):
    """What `client` produces: every key, a binary value naming the client, two headers."""
    out = []
    for j, key in enumerate(KEYS):
        if client == "kcat" and b"\x00" in key:
            continue  # a command line cannot carry a NUL byte
        value = f"{client}-{j}:".encode() + bytes(range(256))
        out.append({"key": key, "value": value,
                    "headers": [("origin", client.encode()), ("bin", HEADER_BIN)]})
    return out


def produce_kcat(cluster, topic, records):
    with tempfile.TemporaryDirectory() as tmp:
        for i, r in enumerate(records):
            path = os.path.join(tmp, f"value-{i}")
            with open(path, "wb") as f:
                f.write(r["value"])
            args = [KCAT, "-b", cluster.bootstrap, "-P", "-t", topic, "-X", "partitioner=murmur2_random",
                    "-k", r["key"]]
            for name, value in r["headers"]:
                args += ["-H", name.encode() + b"=" + value]
            harness.run(args + [path])


def produce_kafka_python(cluster, topic, records):
    producer = KafkaProducer(bootstrap_servers=cluster.bootstrap, acks="all")
    try:
        futures = [producer.send(topic, key=r["key"], value=r["value"], headers=r["headers"]) for r in records]
        producer.flush(15)
        for f in futures:
            f.get(timeout=15)
    finally:
        producer.close(10)


def produce_confluent(cluster, topic, records):
    producer = Producer({"bootstrap.servers": cluster.bootstrap, "acks": "all",
                         "partitioner": "murmur2_random"})
    errors = []
    for r in records:
        producer.produce(topic, key=r["key"], value=r["value"], headers=r["headers"],
                         on_delivery=lambda err, _msg: err and errors.append(err))
    assert producer.flush(15) == 0 and not errors, errors


def _to_hex_json(records):
    return [{"key": r["key"].hex(), "value": r["value"].hex(),
             "headers": [[n, v.hex()] for n, v in r["headers"]]} for r in records]


def produce_kafkajs(cluster, topic, records):
    command, env = harness.kafkajs(harness.ARGS.work_dir)
    env["BOOTSTRAP"] = cluster.bootstrap
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(_to_hex_json(records), f)
    try:
        harness.run(command + ["produce", topic, f.name], timeout_s=60, env=env)
    finally:
        os.unlink(f.name)


def consume_kcat(cluster, topic, count):
    out = harness.run([KCAT, "-b", cluster.bootstrap, "-C", "-t", topic, "-o", "beginning", "-e", "-q",
                       "-f", "%p\\t%o\\t%K\\t%S\\t%k%s%h\\n"])
    records, pos = [], 0
    while pos < len(out):
        fields = []
        for _ in range(4):
            tab = out.index(b"\t", pos)
            fields.append(int(out[pos:tab]))
            pos = tab + 1
        partition, offset, key_len, value_len = fields
        key = out[pos:pos + key_len] if key_len >= 0 else None
        pos += max(key_len, 0)
        value = out[pos:pos + value_len] if value_len >= 0 else None
        pos += max(value_len, 0)
        end = out.index(b"\n", pos)
        headers = [tuple(h.split(b"=", 1)) for h in out[pos:end].split(b",") if h]
        pos = end + 1
        records.append({"partition": partition, "offset": offset, "key": key, "value": value,
                        "headers": [(n.decode(), v) for n, v in headers]})
    assert len(records) == count, f"kcat read {len(records)} records, expected {count}"
    return records


def consume_kafka_python(cluster, topic, count):
    consumer = KafkaConsumer(bootstrap_servers=cluster.bootstrap, enable_auto_commit=False,
                             auto_offset_reset="earliest", consumer_timeout_ms=10000)
    records = []
    try:
        consumer.assign([TopicPartition(topic, p) for p in range(PARTITIONS)])
        for m in consumer:
            records.append({"partition": m.partition, "offset": m.offset, "key": m.key, "value": m.value,
                            "headers": list(m.headers)})
            if len(records) == count:
                break
    finally:
        consumer.close()
    return records


def consume_confluent(cluster, topic, count):
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": harness.unique("cross"),
                         "auto.offset.reset": "earliest", "enable.auto.commit": False,
                         "session.timeout.ms": 6000, "heartbeat.interval.ms": 500})
    consumer.subscribe([topic])
    records = []

    def poll():
        msg = consumer.poll(0.2)
        if msg is not None and not msg.error():
            records.append({"partition": msg.partition(), "offset": msg.offset(), "key": msg.key(),
                            "value": msg.value(), "headers": list(msg.headers() or [])})
        elif msg is not None and msg.error().code() != KafkaError._PARTITION_EOF:
            raise AssertionError(f"consumer error: {msg.error()}")
        return len(records) >= count

    try:
        harness.wait_until(poll, 30, f"{count} records", interval_s=0)
    finally:
        consumer.close()
    return records


def consume_kafkajs(cluster, topic, count):
    command, env = harness.kafkajs(harness.ARGS.work_dir)
    env["BOOTSTRAP"] = cluster.bootstrap
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "out.json")
        harness.run(command + ["consume", topic, str(count), path], timeout_s=60, env=env)
        with open(path) as f:
            raw = json.load(f)
    return [{"partition": r["partition"], "offset": r["offset"], "key": bytes.fromhex(r["key"]),
             "value": bytes.fromhex(r["value"]),
             "headers": [(n, bytes.fromhex(v)) for n, v in r["headers"]]} for r in raw]


PRODUCERS = {"kcat": produce_kcat, "kafka-python": produce_kafka_python,
             "confluent-kafka": produce_confluent, "kafkajs": produce_kafkajs}
CONSUMERS = {"kcat": consume_kcat, "kafka-python": consume_kafka_python,
             "confluent-kafka": consume_confluent, "kafkajs": consume_kafkajs}


def _canonical(r):
    return (r["key"], r["value"], tuple((n, v) for n, v in r["headers"]))


def test_every_client_reads_every_client(cluster):
    topic = harness.unique("cross")
    admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
    admin.create_topics([NewTopic(topic, num_partitions=PARTITIONS, replication_factor=3)],
                        operation_timeout=10)[topic].result(15)
    harness.wait_until(lambda: len(admin.list_topics(topic, timeout=5).topics[topic].partitions) == PARTITIONS,
                       10, f"{topic} in the metadata")

    produced, left_out = [], []
    for client, produce in PRODUCERS.items():
        records = records_of(client)
        try:
            produce(cluster, topic, records)
        except harness.Skip as reason:
            left_out.append(client)
            print(f"note: {client} left out: {reason}", flush=True)
            continue
        produced += records
    expected = sorted(_canonical(r) for r in produced)

    dumps = {}
    for client, consume in CONSUMERS.items():
        if client in left_out:
            continue
        records = consume(cluster, topic, len(produced))
        got = sorted(_canonical(r) for r in records)
        assert got == expected, f"{client} read different bytes than were produced: " \
            f"{len(got)} records, first difference at " \
            f"{next((i for i, (a, b) in enumerate(zip(got, expected)) if a != b), min(len(got), len(expected)))}"
        for r in records:
            want = harness.murmur2_partition(r["key"], PARTITIONS)
            origin = dict(r["headers"])["origin"].decode()
            assert r["partition"] == want, \
                f"{origin} put key {r['key']!r} on partition {r['partition']}; Java puts it on {want}"
        dumps[client] = sorted((r["partition"], r["offset"], _canonical(r)) for r in records)
        print(f"{client} read all {len(records)} records byte-for-byte", flush=True)

    reference = next(iter(dumps.values()))
    for client, dump in dumps.items():
        assert dump == reference, f"{client} sees other partitions or offsets than the others"


if __name__ == "__main__":
    harness.main(globals(), requires)

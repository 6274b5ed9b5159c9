#!/usr/bin/python3
"""GET /metrics as Prometheus reads it: a headless cluster started with `--control-port 0`,
records produced and consumed with confluent-kafka, then the metrics fetched with the
token from the data directory and parsed by python3-prometheus-client's own parser. The
families and labels a Kafka dashboard queries must be there, and the topic's messages-in
counter must equal what was produced."""

import os
import re
import urllib.error
import urllib.request

import harness

try:
    import confluent_kafka
    from confluent_kafka import Consumer, KafkaError, Producer
    from confluent_kafka.admin import AdminClient, NewTopic
except ImportError:
    confluent_kafka = None

try:
    from prometheus_client.parser import text_string_to_metric_families
except ImportError:
    text_string_to_metric_families = None

RECORDS = 250
PARTITIONS = 3
TIMEOUT_S = 20


def requires():
    if confluent_kafka is None:
        harness.skip("confluent-kafka is not importable by this python3 "
                     "(Debian: apt-get install python3-confluent-kafka)")
    if text_string_to_metric_families is None:
        harness.skip("prometheus_client is not importable by this python3 "
                     "(Debian: apt-get install python3-prometheus-client)")


def control(cluster):
    """The control API's URL (from the `control ready:` line) and token; read once."""
    if getattr(cluster, "control", None) is None:
        url, line = None, ""
        for _ in range(3):
            line = cluster._read_line(5) or ""
            if line.startswith("control ready: "):
                url = line.removeprefix("control ready: ")
                break
        assert url and re.fullmatch(r"http://127\.0\.0\.1:\d+", url), f"no control ready line, last {line!r}"
        with open(os.path.join(cluster.broker_data, "control-token"), encoding="ascii") as f:
            cluster.control = (url, f.read().strip())
    return cluster.control


def get_metrics(cluster, token=True):
    """(status, content type, text) of GET /metrics."""
    url, secret = control(cluster)
    request = urllib.request.Request(url + "/metrics")
    if token:
        request.add_header("Authorization", f"Bearer {secret}")
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, answer.headers.get("Content-Type", ""), answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode("utf-8")


def families(cluster):
    status, content_type, text = get_metrics(cluster)
    assert status == 200, f"GET /metrics answered {status}: {text[:300]}"
    assert content_type.startswith("text/plain"), f"Content-Type {content_type!r}"
    assert "version=0.0.4" in content_type, f"Content-Type {content_type!r}"
    return {f.name: f for f in text_string_to_metric_families(text)}


def samples(family, name=None, **labels):
    """The samples of `family` (named `name`, by default the family's own samples) whose
    labels include `labels`."""
    wanted = name or (family.name + "_total" if family.type == "counter" else family.name)
    return [s for s in family.samples
            if s.name == wanted and all(s.labels.get(k) == v for k, v in labels.items())]


def produce_and_consume(cluster, topic, group):
    admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
    admin.create_topics([NewTopic(topic, num_partitions=PARTITIONS, replication_factor=3)],
                        operation_timeout=10)[topic].result(TIMEOUT_S)
    producer = Producer({"bootstrap.servers": cluster.bootstrap, "acks": "all", "linger.ms": 5})
    errors = []
    for i in range(RECORDS):
        # Every partition gets records, so the group commits an offset on each.
        producer.produce(topic, key=f"k{i % 10}".encode(), value=f"value {i}".encode(),
                         partition=i % PARTITIONS, on_delivery=lambda err, _msg: err and errors.append(err))
    assert producer.flush(TIMEOUT_S) == 0, "records still undelivered"
    assert not errors, f"delivery errors: {errors[:3]}"

    consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": group,
                         "auto.offset.reset": "earliest", "enable.auto.commit": False,
                         "session.timeout.ms": 6000, "heartbeat.interval.ms": 500})
    consumer.subscribe([topic])
    read = []

    def poll():
        msg = consumer.poll(0.2)
        if msg is not None and msg.error() is None:
            read.append(msg)
        elif msg is not None and msg.error().code() != KafkaError._PARTITION_EOF:
            raise AssertionError(f"consumer error: {msg.error()}")
        return len(read) >= RECORDS

    try:
        harness.wait_until(poll, 30, f"{RECORDS} records from {topic}", interval_s=0)
        consumer.commit(asynchronous=False)
    finally:
        consumer.close()


def test_metrics_need_the_token(cluster):
    status, content_type, text = get_metrics(cluster, token=False)
    assert status == 401, f"GET /metrics without a token answered {status}"


def test_metrics_after_produce_and_consume(cluster):
    topic = harness.unique("prom")
    group = harness.unique("prom-group")
    produce_and_consume(cluster, topic, group)

    # The snapshot the metrics come from is published a few times a second.
    def caught_up():
        found = families(cluster)
        messages_in = samples(found["kafka_server_brokertopicmetrics_messagesin"], topic=topic)
        lag = samples(found["kafka_consumergroup_lag"], consumergroup=group, topic=topic)
        done = messages_in and messages_in[0].value == RECORDS and len(lag) == PARTITIONS
        return found if done else None

    found = harness.wait_until(caught_up, TIMEOUT_S, f"messages-in of {topic} at {RECORDS}", interval_s=0.2)

    expected_types = {
        "kafka_server_brokertopicmetrics_messagesin": "counter",
        "kafka_server_brokertopicmetrics_bytesin": "counter",
        "kafka_server_brokertopicmetrics_messagesout": "counter",
        "kafka_server_brokertopicmetrics_bytesout": "counter",
        "kafka_server_replicamanager_underreplicatedpartitions": "gauge",
        "kafka_server_replicamanager_leadercount": "gauge",
        "kafka_server_replicamanager_partitioncount": "gauge",
        "kafka_server_replicamanager_isrshrinks": "counter",
        "kafka_server_replicamanager_isrexpands": "counter",
        "kafka_server_kafkaserver_brokerstate": "gauge",
        "kafka_controller_kafkacontroller_activecontrollercount": "gauge",
        "kafka_controller_kafkacontroller_offlinepartitionscount": "gauge",
        "kafka_network_requestmetrics_totaltime_seconds": "histogram",
        "kafka_log_log_size_bytes": "gauge",
        "kafka_consumergroup_lag": "gauge",
        "kafka_consumergroup_lag_sum": "gauge",
    }
    for name, typ in expected_types.items():
        assert name in found, f"no family {name}"
        assert found[name].type == typ, f"{name} is a {found[name].type}, not a {typ}"

    brokers = {str(b) for b in range(1, harness.BROKERS + 1)}
    controllers = samples(found["kafka_controller_kafkacontroller_activecontrollercount"])
    assert {s.labels["broker"] for s in controllers} == brokers, controllers
    assert sum(s.value for s in controllers) == 1, f"active controllers: {controllers}"
    assert samples(found["kafka_controller_kafkacontroller_offlinepartitionscount"])[0].value == 0

    # Produced, appended, fetched by the consumer: every count where it belongs.
    assert samples(found["kafka_server_brokertopicmetrics_bytesin"], topic=topic)[0].value > 0
    assert samples(found["kafka_server_brokertopicmetrics_messagesout"], topic=topic)[0].value >= RECORDS
    assert samples(found["kafka_server_brokertopicmetrics_bytesout"], topic=topic)[0].value > 0
    per_broker = samples(found["kafka_server_brokertopicmetrics_messagesin"])
    assert sum(s.value for s in per_broker if "broker" in s.labels) >= RECORDS, per_broker
    sizes = samples(found["kafka_log_log_size_bytes"], topic=topic)
    assert len(sizes) == PARTITIONS * 3, f"log sizes per replica: {sizes}"
    assert all(s.labels["broker"] in brokers for s in sizes)

    # Each API's latency histogram: cumulative buckets, +Inf equal to the count.
    latency = found["kafka_network_requestmetrics_totaltime_seconds"]
    produce_count = samples(latency, latency.name + "_count", request="Produce")
    assert produce_count and sum(s.value for s in produce_count) >= 1, "no Produce requests counted"
    assert samples(latency, latency.name + "_count", request="Metadata"), "no Metadata requests counted"
    for count in samples(latency, latency.name + "_count"):
        buckets = samples(latency, latency.name + "_bucket", **count.labels)
        values = [s.value for s in buckets]
        assert values == sorted(values), f"buckets not cumulative: {buckets}"
        assert buckets[-1].labels["le"] == "+Inf" and buckets[-1].value == count.value, buckets

    # The group committed everything it read: no lag left on any partition.
    lag = samples(found["kafka_consumergroup_lag"], consumergroup=group, topic=topic)
    assert sorted(s.labels["partition"] for s in lag) == [str(p) for p in range(PARTITIONS)], lag
    assert all(s.value == 0 for s in lag), lag
    lag_sum = samples(found["kafka_consumergroup_lag_sum"], consumergroup=group, topic=topic)
    assert lag_sum and lag_sum[0].value == 0, lag_sum


if __name__ == "__main__":
    harness.main(globals(), requires, cluster_options=dict(extra_args=["--control-port", "0"]))

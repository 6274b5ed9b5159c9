#!/usr/bin/python3
"""The control API as a user's integration test drives it: a headless cluster started with
`--control-port 0`, its `control ready:` line and token file; a topic created through the
API; the partitions' leader crashed through the API while confluent-kafka produces keyed
records with acks=all and idempotence, after which every acknowledged record must be there
exactly once, in order per key, at the offset it was acknowledged at; the crash in the
event timeline; and the refusals (no token, a wrong token, a malformed body, an unknown
broker), each a JSON error that changes nothing.

Every answer is also checked against resources/control-api.yaml, when PyYAML is there to
read it: its status must be one the description lists for the route, and its body must
match that response's schema, with no field the description does not name."""

import collections
import json
import os
import re
import stat
import threading
import time
import urllib.error
import urllib.request

import harness

try:
    import confluent_kafka
    from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, Producer, TopicPartition
except ImportError:
    confluent_kafka = None

try:
    import yaml
except ImportError:
    yaml = None

SPEC_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir,
                         "resources", "control-api.yaml")
RECORDS = 3000
KEYS = 30
PARTITIONS = 3
CRASH_AFTER = 1000  # acknowledged records before the crash: the rest are produced across it
TIMEOUT_S = 20


def requires():
    if confluent_kafka is None:
        harness.skip("confluent-kafka is not importable by this python3 "
                     "(Debian: apt-get install python3-confluent-kafka)")


class Spec:
    """resources/control-api.yaml, to check answers against: the statuses each route lists
    and the schema of each response body."""

    PYTHON_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool,
                    "integer": int, "number": (int, float)}

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.doc = yaml.safe_load(f)
        self.routes = [(re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"), item)
                       for template, item in self.doc["paths"].items()]

    def check(self, method, path, status, body):
        route = path.split("?", 1)[0]
        where = f"{method} {route} {status}"
        items = [item for pattern, item in self.routes if pattern.match(route)]
        operation = items[0].get(method.lower()) if items else None
        if operation is None:
            assert status in (404, 405), f"{where}: control-api.yaml has no such operation"
            return
        response = operation["responses"].get(str(status))
        assert response is not None, f"{where}: control-api.yaml lists no such status"
        schema = self._deref(response).get("content", {}).get("application/json", {}).get("schema")
        if schema is not None:
            self._match(schema, body, where)

    def _deref(self, node):
        while "$ref" in node:
            target = self.doc
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def _match(self, schema, value, where):
        schema = self._deref(schema)
        if value is None:
            assert schema.get("nullable"), f"{where}: null where control-api.yaml has {schema.get('type')}"
            return
        choices = schema.get("anyOf") or schema.get("oneOf")
        if choices:
            matching = 0
            for choice in choices:
                try:
                    self._match(choice, value, where)
                    matching += 1
                except AssertionError:
                    pass
            assert matching, f"{where}: {value!r} matches none of the schemas control-api.yaml allows"
            return
        kind = schema.get("type")
        if kind:
            assert isinstance(value, self.PYTHON_TYPES[kind]) and \
                not (kind in ("integer", "number") and isinstance(value, bool)), \
                f"{where}: {value!r} is not of type {kind}"
        if "enum" in schema:
            assert value in schema["enum"], f"{where}: {value!r} is none of {schema['enum']}"
        if kind == "object":
            for name in schema.get("required", []):
                assert name in value, f"{where}: no field {name!r}, which control-api.yaml requires"
            properties = schema.get("properties", {})
            extra = schema.get("additionalProperties")
            for name, member in value.items():
                if name in properties:
                    self._match(properties[name], member, f"{where}.{name}")
                elif isinstance(extra, dict):
                    self._match(extra, member, f"{where}.{name}")
                else:
                    assert extra is True, f"{where}: field {name!r} is not in control-api.yaml"
        if kind == "array":
            for index, item in enumerate(value):
                self._match(schema["items"], item, f"{where}[{index}]")


class ControlApi:
    """The control API of the cluster under test, with its token; every answer is checked
    against control-api.yaml."""

    def __init__(self, url, token, spec):
        self.url = url
        self.token = token
        self.spec = spec

    def call(self, method, path, body=None, raw=None, token=None):
        """(status, parsed JSON body). `body` is sent as JSON, `raw` as it is; `token`
        replaces the cluster's ("" sends no Authorization header)."""
        data = raw if raw is not None else None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method)
        token = self.token if token is None else token
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=70) as response:
                status, content_type, text = response.status, response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as error:
            status, content_type, text = error.code, error.headers.get("Content-Type", ""), error.read()
        assert content_type.startswith("application/json"), \
            f"{method} {path} answered {status} as {content_type!r}: {text[:200]!r}"
        parsed = json.loads(text)
        if self.spec:
            self.spec.check(method, path, status, parsed)
        return status, parsed

    def ok(self, method, path, body=None, expected=200):
        status, parsed = self.call(method, path, body)
        assert status == expected, f"{method} {path} answered {status}, not {expected}: {parsed}"
        return parsed


def control(cluster):
    """The cluster's control API, from its `control ready:` line (after the listener's
    line) and the token file in its data directory; read once."""
    if getattr(cluster, "control", None) is None:
        url = None
        # The harness reads the lines of the listeners it asked for, none here: the PLAINTEXT
        # listener's line and then the control line still wait on eventscope's stdout.
        for _ in range(3):
            line = cluster._read_line(5) or ""
            if line.startswith("control ready: "):
                url = line.removeprefix("control ready: ")
                break
        assert url and re.fullmatch(r"http://127\.0\.0\.1:\d+", url), f"no control ready line, last {line!r}"
        with open(os.path.join(cluster.broker_data, "control-token"), encoding="ascii") as f:
            token = f.read().strip()
        spec = Spec(SPEC_PATH) if yaml else None
        if spec is None:
            print("PyYAML is missing: answers are not checked against control-api.yaml", flush=True)
        cluster.control = ControlApi(url, token, spec)
    return cluster.control


def test_ready_line_and_token_file(cluster):
    api = control(cluster)
    token_file = os.path.join(cluster.broker_data, "control-token")
    assert re.fullmatch(r"[0-9a-f]{64}", api.token), "the token is not 64 hex digits"
    mode = stat.S_IMODE(os.stat(token_file).st_mode)
    assert mode == 0o600, f"control-token has mode {mode:o}, not 600"
    with open(os.path.join(cluster.broker_data, "control-url"), encoding="ascii") as f:
        assert f.read().strip() == api.url
    status = api.ok("GET", "/v1/status")
    assert [b["id"] for b in status["brokers"]] == [1, 2, 3]
    assert all(b["state"] == "running" for b in status["brokers"]), status["brokers"]
    assert status["bootstrapServers"] == cluster.bootstrap

    request = urllib.request.Request(api.url + "/metrics", headers={"Authorization": f"Bearer {api.token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["Content-Type"].startswith("text/plain; version=0.0.4"), response.headers
        assert b"kafka_controller_kafkacontroller_activecontrollercount" in response.read()


def test_refusals_are_json_errors_that_change_nothing(cluster):
    api = control(cluster)
    for token, what in (("", "no token"), ("0" * 64, "a wrong token")):
        for path in ("/v1/status", "/metrics"):
            status, body = api.call("GET", path, token=token)
            assert status == 401 and body["error"]["code"] == "unauthorized", (what, path, status, body)
        status, body = api.call("POST", "/v1/brokers/1/crash", token=token)
        assert status == 401, (what, status, body)

    topics_before = {t["name"] for t in api.ok("GET", "/v1/topics")}
    status, body = api.call("POST", "/v1/topics", raw=b'{"name": "half-a-topic", "partitions": ')
    assert status == 400 and body["error"]["code"] == "bad_request", (status, body)
    assert body["error"]["status"] == 400 and body["error"]["message"], body
    status, body = api.call("POST", "/v1/topics", {"name": "typed-wrong", "partitions": "three"})
    assert status == 400 and body["error"]["code"] == "bad_request", (status, body)
    status, body = api.call("POST", "/v1/topics", {"name": "misspelt", "partitons": 3})
    assert status == 400 and "partitons" in body["error"]["message"], (status, body)
    status, body = api.call("PUT", "/v1/links/1/2", {"lossRate": 2})
    assert status == 400 and body["error"]["code"] == "bad_request", (status, body)
    status, body = api.call("POST", "/v1/brokers/9/crash")
    assert status == 404 and body["error"]["code"] == "not_found", (status, body)

    assert {t["name"] for t in api.ok("GET", "/v1/topics")} == topics_before
    assert api.ok("GET", "/v1/links") == []
    assert all(b["state"] == "running" for b in api.ok("GET", "/v1/brokers"))


def test_the_controller_crashes_and_a_new_one_takes_over(cluster):
    api = control(cluster)
    assert api.ok("GET", "/v1/status")["controllerRunning"] is True
    assert api.ok("POST", "/v1/controller/crash") == {"running": False}
    status, body = api.call("POST", "/v1/controller/crash")
    assert status == 409 and body["error"]["code"] == "conflict", (status, body)
    assert api.ok("GET", "/v1/status")["controllerRunning"] is False
    # Topic changes need the controller: refused, and nothing is created.
    status, body = api.call("POST", "/v1/topics", {"name": "while-down", "partitions": 1})
    assert status >= 500, (status, body)
    assert api.ok("POST", "/v1/controller/restart") == {"running": True}
    status, body = api.call("POST", "/v1/controller/restart")
    assert status == 409 and body["error"]["code"] == "conflict", (status, body)
    assert "while-down" not in {t["name"] for t in api.ok("GET", "/v1/topics")}
    api.ok("POST", "/v1/topics", {"name": "after-restart", "partitions": 1}, expected=201)
    events = api.ok("GET", "/v1/events?limit=5000")["events"]
    kinds = [e["kind"] for e in events]
    assert "ControllerCrashed" in kinds and "ControllerRestarted" in kinds, kinds


def partitions_of(api, topic):
    """{partition: its entry in /v1/status} for `topic`, empty while it is unknown."""
    for entry in api.ok("GET", "/v1/status")["topics"]:
        if entry["name"] == topic:
            return {p["partition"]: p for p in entry["partitions"]}
    return {}


def wait_for_partitions(api, topic, ready, timeout_s, what):
    """Polls /v1/status until `ready` holds for the topic's partitions; those partitions."""
    def poll():
        partitions = partitions_of(api, topic)
        return partitions if partitions and ready(partitions) else None
    return harness.wait_until(poll, timeout_s, what, interval_s=0.1)


def produce_in_background(cluster, topic, acknowledged, errors):
    """A thread that produces RECORDS keyed records, paced over a few seconds so that a crash
    falls in the middle; acknowledged records go to `acknowledged` in the order of their
    acknowledgement as (key, value, partition, offset)."""
    producer = Producer({"bootstrap.servers": cluster.bootstrap, "acks": "all",
                         "enable.idempotence": True, "partitioner": "murmur2_random",
                         "linger.ms": 5, "message.timeout.ms": 30000})

    def on_delivery(err, msg):
        if err:
            errors.append(err)
        else:
            acknowledged.append((msg.key(), msg.value(), msg.partition(), msg.offset()))

    def run():
        for i in range(RECORDS):
            producer.produce(topic, key=f"key-{i % KEYS}".encode(), value=str(i).encode(),
                             on_delivery=on_delivery)
            producer.poll(0)
            if i % 20 == 19:
                time.sleep(0.02)
        left = producer.flush(TIMEOUT_S + 10)
        if left:
            errors.append(f"{left} records still unacknowledged after the flush")

    thread = threading.Thread(target=run, name="producer")
    thread.start()
    return thread


def read_back(cluster, topic, high_watermarks):
    """Every record of `topic` up to the high watermarks: {(partition, offset): (key, value)}."""
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": harness.unique("ctl-read"),
                         "enable.auto.commit": False, "enable.partition.eof": True})
    consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in high_watermarks])
    records = {}
    done = {p for p, hw in high_watermarks.items() if hw == 0}

    def poll():
        msg = consumer.poll(0.2)
        if msg is not None:
            if msg.error():
                assert msg.error().code() == KafkaError._PARTITION_EOF, msg.error()
            else:
                key = (msg.partition(), msg.offset())
                assert key not in records, f"offset {key} read twice"
                records[key] = (msg.key(), msg.value())
                if msg.offset() + 1 >= high_watermarks[msg.partition()]:
                    done.add(msg.partition())
        return len(done) == len(high_watermarks)
    try:
        harness.wait_until(poll, TIMEOUT_S, f"every record of {topic}", interval_s=0)
    finally:
        consumer.close()
    return records


def test_acknowledged_records_survive_a_leader_crash(cluster):
    api = control(cluster)
    topic = harness.unique("ctl-crash")
    created = api.ok("POST", "/v1/topics", {"name": topic, "partitions": PARTITIONS, "replicationFactor": 3,
                                           "configs": {"min.insync.replicas": "2"}}, expected=201)
    assert created["name"] == topic, created
    status, body = api.call("POST", "/v1/topics", {"name": topic})
    assert status == 409 and body["error"]["code"] == "conflict", (status, body)
    assert api.ok("GET", f"/v1/topics/{topic}")["configs"]["min.insync.replicas"] == "2"
    partitions = wait_for_partitions(api, topic, lambda ps: len(ps) == PARTITIONS and all(
        p["leader"] > 0 and len(p["isr"]) == 3 for p in ps.values()), 10, f"{topic} with leaders and full ISRs")
    victim = partitions[0]["leader"]
    led = sorted(p for p, entry in partitions.items() if entry["leader"] == victim)
    cursor = api.ok("GET", "/v1/events?limit=5000")["next"]

    acknowledged, errors = [], []
    producer = produce_in_background(cluster, topic, acknowledged, errors)
    try:
        harness.wait_until(lambda: len(acknowledged) >= CRASH_AFTER or errors, TIMEOUT_S,
                           f"{CRASH_AFTER} acknowledged records")
        crashed = api.ok("POST", f"/v1/brokers/{victim}/crash", {"loseUnflushed": True})
        acknowledged_at_crash = len(acknowledged)
        assert crashed == {"id": victim, "state": "crashed"}, crashed
        status, body = api.call("POST", f"/v1/brokers/{victim}/crash")
        assert status == 409 and body["error"]["code"] == "conflict", (status, body)

        # A new leader for every partition the crashed broker led, within a few seconds.
        elected = time.monotonic()
        wait_for_partitions(api, topic, lambda ps: all(ps[p]["leader"] not in (victim, -1) for p in led),
                            10, f"new leaders for partitions {led} of {topic}")
        print(f"new leaders after {time.monotonic() - elected:.1f} s; "
              f"{acknowledged_at_crash} of {RECORDS} records acknowledged at the crash", flush=True)
        broker = api.ok("GET", f"/v1/brokers/{victim}")
        assert broker["state"] == "crashed" and broker["leaders"] == 0, broker
    finally:
        producer.join()
    assert not errors, f"{len(errors)} records failed: {errors[:5]}"
    assert len(acknowledged) == RECORDS, f"{len(acknowledged)} of {RECORDS} acknowledged"
    assert acknowledged_at_crash < RECORDS, "the produce ended before the crash: nothing was produced across it"

    restarted = api.ok("POST", f"/v1/brokers/{victim}/restart")
    assert restarted["id"] == victim and restarted["state"] in ("fenced", "running"), restarted
    partitions = wait_for_partitions(api, topic, lambda ps: all(len(p["isr"]) == 3 for p in ps.values()),
                                     TIMEOUT_S, f"broker {victim} back in every ISR of {topic}")

    # Every acknowledged record exactly once, at the offset it was acknowledged at; per key
    # in the order of acknowledgement; nothing that was not produced.
    records = read_back(cluster, topic, {p: entry["highWatermark"] for p, entry in partitions.items()})
    values = collections.Counter(value for _, value in records.values())
    duplicates = [value for value, count in values.items() if count > 1]
    assert not duplicates, f"{len(duplicates)} records written twice, e.g. {duplicates[:5]}"
    for key, value, partition, offset in acknowledged:
        assert records.get((partition, offset)) == (key, value), \
            f"record {value!r} was acknowledged at {partition}/{offset}, which holds {records.get((partition, offset))}"
    assert len(records) == RECORDS, f"{len(records)} records in the log, {RECORDS} produced"
    by_key = collections.defaultdict(list)
    for (partition, offset), (key, value) in sorted(records.items()):
        by_key[key].append(int(value))
    acknowledged_by_key = collections.defaultdict(list)
    for key, value, _, _ in acknowledged:
        acknowledged_by_key[key].append(int(value))
    for key, produced in acknowledged_by_key.items():
        assert by_key[key] == produced, f"{key!r} reads back in another order than acknowledged"
        assert produced == sorted(produced), f"{key!r} was acknowledged out of produce order"

    # The crash is in the event timeline, found by following it from before the crash.
    def crash_event():
        nonlocal cursor
        page = api.ok("GET", f"/v1/events?after={cursor}&wait=2")
        assert all(event["id"] > cursor for event in page["events"]), page
        cursor = page["next"]
        return [e for e in page["events"] if e["kind"] == "BrokerCrashed" and e["subject"] == f"broker:{victim}"]
    event = harness.wait_until(crash_event, 10, f"the crash of broker {victim} in /v1/events")[0]
    assert str(victim) in event["message"], event


if __name__ == "__main__":
    harness.main(globals(), requires, cluster_options=dict(extra_args=["--control-port", "0"]))

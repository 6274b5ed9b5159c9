#!/usr/bin/python3
"""kcat (librdkafka) against a headless cluster: metadata, keyed records with headers,
and a balanced consumer group of two that commits."""

import json
import re
import shutil
import signal
import subprocess
import threading
import time

import harness

KCAT = shutil.which("kcat") or shutil.which("kafkacat")
# Fast group timings (the broker's minimum session timeout is 6 s).
GROUP_SETTINGS = ["-X", "session.timeout.ms=6000", "-X", "heartbeat.interval.ms=500",
                  "-X", "auto.commit.interval.ms=200", "-X", "auto.offset.reset=earliest"]


def requires():
    if not KCAT:
        harness.skip("kcat is not installed (Debian: apt-get install kcat)")


def kcat(cluster, *args, input_bytes=None, timeout_s=30):
    return harness.run([KCAT, "-b", cluster.bootstrap, *args], timeout_s=timeout_s,
                       input_bytes=input_bytes)


def test_metadata_lists_three_brokers(cluster):
    meta = json.loads(kcat(cluster, "-L", "-J"))
    brokers = sorted((b["id"], b["name"]) for b in meta["brokers"])
    expected = [(i + 1, address) for i, address in enumerate(cluster.bootstrap.split(","))]
    assert brokers == expected, f"brokers {brokers}, expected {expected}"
    if "controllerid" in meta:
        assert meta["controllerid"] in {b[0] for b in brokers}, meta


def test_keyed_records_with_headers(cluster):
    topic = harness.unique("kcat-keyed")
    lines = [f"key-{i}:value-{i}" for i in range(30)]
    kcat(cluster, "-P", "-t", topic, "-K", ":", "-X", "partitioner=murmur2_random",
         "-H", "trace=t-1", "-H", "origin=kcat", input_bytes="\n".join(lines).encode() + b"\n")

    out = kcat(cluster, "-C", "-t", topic, "-o", "beginning", "-e", "-J", "-q")
    records = [json.loads(line) for line in out.decode().splitlines() if line.strip()]
    assert len(records) == 30, f"consumed {len(records)} records, produced 30"
    meta = json.loads(kcat(cluster, "-L", "-J", "-t", topic))
    partitions = len(meta["topics"][0]["partitions"])
    by_key = {r["key"]: r for r in records}
    for i in range(30):
        r = by_key[f"key-{i}"]
        assert r["payload"] == f"value-{i}", r
        assert r["headers"] == ["trace", "t-1", "origin", "kcat"], r
        expected = harness.murmur2_partition(f"key-{i}".encode(), partitions)
        assert r["partition"] == expected, f"key-{i} on partition {r['partition']}, Java puts it on {expected}"
    # Offsets in each partition are dense from 0, in production order.
    for p in range(partitions):
        offsets = [r["offset"] for r in records if r["partition"] == p]
        assert offsets == list(range(len(offsets))), (p, offsets)


class GroupConsumer:
    """`kcat -G` in a child process; collects its records and its latest assignment."""

    def __init__(self, cluster, group, topic):
        self.records = []
        self.assigned = None
        self.lock = threading.Lock()
        self.stderr = []
        self.process = subprocess.Popen(
            [KCAT, "-b", cluster.bootstrap, "-G", group, *GROUP_SETTINGS, "-u",
             "-f", "%p %o %k\\n", topic],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        threading.Thread(target=self._read_stdout, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    def _read_stdout(self):
        for line in self.process.stdout:
            p, o, k = (line.decode().split(maxsplit=2) + ["", ""])[:3]
            with self.lock:
                self.records.append((int(p), int(o), k.strip()))

    def _read_stderr(self):
        for raw in self.process.stderr:
            line = raw.decode(errors="replace")
            self.stderr.append(line)
            if "assigned:" in line:
                with self.lock:
                    self.assigned = {int(p) for p in re.findall(r"\[(\d+)\]", line.split("assigned:")[1])}
            elif "revoked:" in line:
                with self.lock:
                    self.assigned = None

    def snapshot(self):
        with self.lock:
            return list(self.records), self.assigned

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError("kcat -G did not stop on SIGTERM:\n" + "".join(self.stderr[-20:]))


def produce_to_partitions(cluster, topic, partitions, per_partition, prefix):
    for p in range(partitions):
        body = "".join(f"{prefix}-{i}-p{p}\tv\n" for i in range(per_partition))
        kcat(cluster, "-P", "-t", topic, "-p", str(p), "-K", "\t", input_bytes=body.encode())


def test_balanced_group_of_two_commits(cluster):
    topic = harness.unique("kcat-group")
    group = harness.unique("kcat-g")
    partitions = 3  # auto-created with num.partitions
    kcat(cluster, "-P", "-t", topic, "-p", "0", "-K", "\t", input_bytes=b"warm-up\tv\n")
    meta = json.loads(kcat(cluster, "-L", "-J", "-t", topic))
    assert len(meta["topics"][0]["partitions"]) == partitions, meta

    consumers = [GroupConsumer(cluster, group, topic), GroupConsumer(cluster, group, topic)]
    try:
        def balanced():
            sets = [c.snapshot()[1] for c in consumers]
            return all(sets) and set().union(*sets) == set(range(partitions)) and \
                sum(len(s) for s in sets) == partitions
        harness.wait_until(balanced, 30, "both kcat -G consumers to share the partitions")

        per_partition = 20
        produce_to_partitions(cluster, topic, partitions, per_partition, "first")
        total = partitions * per_partition + 1
        harness.wait_until(lambda: sum(len(c.snapshot()[0]) for c in consumers) >= total, 20,
                           f"the group to consume {total} records")
        time.sleep(0.5)  # auto-commit interval, and any duplicates would show up
        seen = [r for c in consumers for r in c.snapshot()[0]]
        assert len(seen) == total, f"group consumed {len(seen)} records, expected {total}"
        for c in consumers:
            records, assigned = c.snapshot()
            assert records, "a member of the group consumed nothing"
            assert {p for p, _, _ in records} <= assigned, (records, assigned)
    finally:
        for c in consumers:
            c.stop()

    # What the group committed: a new member starts after everything already consumed.
    produce_to_partitions(cluster, topic, partitions, 2, "second")
    late = GroupConsumer(cluster, group, topic)
    try:
        harness.wait_until(lambda: len(late.snapshot()[0]) >= partitions * 2, 30,
                           "the restarted group to consume the new records")
        time.sleep(0.5)
        records = late.snapshot()[0]
        keys = sorted(k for _, _, k in records)
        assert all(k.startswith("second-") for k in keys), f"records consumed again after commit: {keys}"
        assert len(records) == partitions * 2, records
    finally:
        late.stop()


if __name__ == "__main__":
    harness.main(globals(), requires)

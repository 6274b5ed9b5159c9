"""Produces keyed records with librdkafka (confluent-kafka-python, acks=all, idempotent)
while the test crashes a leader, then reads every partition back from the start and
prints one JSON line: what was acknowledged, what failed, and what the log holds.

    client_failover.py BOOTSTRAP TOPIC COUNT

Exits 77 when confluent_kafka is not installed."""
import json
import sys
import time

try:
    from confluent_kafka import Consumer, Producer, TopicPartition
except ImportError:
    print("confluent_kafka is not installed", file=sys.stderr)
    sys.exit(77)

bootstrap, topic, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
acked = {}
failed = []


def on_delivery(err, msg):
    if err:
        failed.append(str(err))
    else:
        acked[int(msg.value())] = (msg.partition(), msg.offset())


producer = Producer({"bootstrap.servers": bootstrap, "acks": "all", "enable.idempotence": True,
                     "linger.ms": 5})
for i in range(count):
    while True:
        try:
            producer.produce(topic, key=str(i % 97), value=str(i), callback=on_delivery)
            break
        except BufferError:
            producer.poll(0.01)
    if i % 1000 == 0:  # about 15,000 records/s, so the crash lands mid-stream
        producer.poll(0)
        time.sleep(0.06)
remaining = producer.flush(60)

consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "failover-check",
                     "auto.offset.reset": "earliest", "enable.auto.commit": False})
partitions = consumer.list_topics(topic, timeout=10).topics[topic].partitions
consumer.assign([TopicPartition(topic, p, 0) for p in partitions])
seen = {}
deadline = time.time() + 30
while len(seen) < len(acked) and time.time() < deadline:
    m = consumer.poll(0.5)
    if m is None or m.error():
        continue
    seen.setdefault(int(m.value()), []).append((m.partition(), m.offset()))
consumer.close()

print(json.dumps({
    "unfinished": remaining,
    "acknowledged": len(acked),
    "failed": len(failed),
    "first_failure": failed[0] if failed else "",
    "missing": sum(1 for v in acked if v not in seen),
    "moved": sum(1 for v, where in acked.items() if v in seen and where not in seen[v]),
    "duplicates": sum(len(places) - 1 for places in seen.values()),
}))

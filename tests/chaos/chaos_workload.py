"""The clients of a chaos run, each on its own thread, each writing down what it saw.

- Writer: an idempotent producer (acks=all) of keyed records; every acknowledgement
  (key, value, partition, offset), in the order the acknowledgements came.
- Reader: a consumer group member that reads along and commits what it read; every
  record consumed and every commit the coordinator acknowledged.
- OffsetWatcher: reads the group's committed offsets (OffsetFetch) over and over from a
  client outside the group, so that an acknowledged commit the coordinator later forgets
  shows up as an offset going backwards.

librdkafka (confluent-kafka) is the client: the one real applications use.
"""

import logging
import random
import threading
import time

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition
from confluent_kafka import OFFSET_BEGINNING

from chaos_checks import Ack, Commit, Consumed, OffsetReading


class Writer(threading.Thread):
    """Produces `rate` records a second over `keys` keys until stop(), then flushes."""

    def __init__(self, bootstrap, topic, seed, rate, keys, logger):
        super().__init__(name="chaos-writer", daemon=True)
        self.topic = topic
        self.rate = rate
        self.keys = [f"k{i:02d}" for i in range(keys)]
        self.rng = random.Random(f"writer-{seed}")
        self.seed = seed
        self.produced = 0
        self.acks = []  # Ack, in the order acknowledged
        self.failures = {}  # value -> the delivery error, for records never acknowledged
        self.errors = []  # client-level errors, as text
        self.fatal = []  # the producer's fatal errors: it refuses every record afterwards
        self._halt = threading.Event()
        self.producer = Producer({
            "bootstrap.servers": bootstrap,
            "acks": "all",
            "enable.idempotence": True,
            "max.in.flight.requests.per.connection": 5,
            "linger.ms": 5,
            # Longer than any fault holds: a record gives up only if the cluster never heals.
            "message.timeout.ms": 120000,
            "request.timeout.ms": 5000,
            "retry.backoff.ms": 100,
            "topic.metadata.refresh.interval.ms": 2000,
            "error_cb": self._on_error,
            "logger": logger,
        })

    def _on_error(self, err):
        self.errors.append(str(err))
        if err.fatal():
            self.fatal.append(str(err))

    def _on_delivery(self, err, msg):
        value = msg.value().decode()
        if err is not None:
            self.failures[value] = str(err)
            return
        self.acks.append(Ack(msg.key().decode(), value, msg.partition(), msg.offset()))

    def run(self):
        sequence = {key: 0 for key in self.keys}
        started = time.monotonic()
        while not self._halt.is_set():
            due = int((time.monotonic() - started) * self.rate) - self.produced
            for _ in range(max(0, due)):
                key = self.rng.choice(self.keys)
                sequence[key] += 1
                # Unique in the run and across runs of other seeds: key, its counter, the seed.
                value = f"{key}:{sequence[key]:08d}:{self.seed}"
                while True:
                    try:
                        self.producer.produce(self.topic, key=key.encode(), value=value.encode(),
                                              on_delivery=self._on_delivery)
                        break
                    except BufferError:
                        self.producer.poll(0.05)
                self.produced += 1
            self.producer.poll(0.01)

    def stop(self):
        self._halt.set()
        self.join()

    def flush(self, timeout_s):
        """Waits for every record's outcome; how many are still unknown afterwards."""
        return self.producer.flush(timeout_s)


class Reader(threading.Thread):
    """A member of `group` reading `topic`, committing what it read every `commit_every_s`."""

    def __init__(self, bootstrap, topic, group, logger, commit_every_s=0.5):
        super().__init__(name="chaos-reader", daemon=True)
        self.topic = topic
        self.commit_every_s = commit_every_s
        self.consumed = []  # Consumed
        self.commits = []  # Commit, acknowledged ones only
        self.failed_commits = 0
        self.errors = []
        self._next = {}  # partition -> the offset after the last record read since assigned
        self._read_to = {}  # partition -> the offset after the furthest record ever read
        self._halt = threading.Event()
        self.consumer = Consumer({
            "bootstrap.servers": bootstrap,
            "group.id": group,
            "enable.auto.commit": False,
            "auto.offset.reset": "earliest",
            "session.timeout.ms": 10000,
            "heartbeat.interval.ms": 1000,
            "error_cb": lambda err: self.errors.append(str(err)),
            "logger": logger,
        })

    def _on_assign(self, consumer, partitions):
        # Start again from the committed offsets: only what is read from here on is committed.
        for tp in partitions:
            self._next.pop(tp.partition, None)

    def run(self):
        self.consumer.subscribe([self.topic], on_assign=self._on_assign)
        last_commit = time.monotonic()
        while not self._halt.is_set():
            for msg in self.consumer.consume(num_messages=500, timeout=0.2):
                if msg.error() is not None:
                    continue
                self.consumed.append(Consumed(msg.partition(), msg.offset(), msg.value().decode()))
                self._next[msg.partition()] = msg.offset() + 1
                self._read_to[msg.partition()] = max(msg.offset() + 1, self._read_to.get(msg.partition(), 0))
            if time.monotonic() - last_commit >= self.commit_every_s:
                self.commit()
                last_commit = time.monotonic()
        self.commit()

    def commit(self):
        if not self._next:
            return
        offsets = [TopicPartition(self.topic, p, o) for p, o in sorted(self._next.items())]
        try:
            answer = self.consumer.commit(offsets=offsets, asynchronous=False)
        except KafkaException:
            self.failed_commits += 1
            return
        acked = {tp.partition: tp.offset for tp in answer if tp.error is None}
        if acked:
            self.commits.append(Commit(time.monotonic(), acked))
        if len(acked) < len(answer):
            self.failed_commits += 1

    def read_up_to(self, ends, timeout_s):
        """Waits until the reader has read each partition up to `ends` (partition -> end)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if all(self._read_to.get(p, 0) >= end for p, end in ends.items()):
                return True
            time.sleep(0.1)
        return False

    def stop(self):
        self._halt.set()
        self.join()
        self.consumer.close()


class OffsetWatcher(threading.Thread):
    """Reads `group`'s committed offsets of `partitions` every `every_s`, from outside it."""

    def __init__(self, bootstrap, topic, partitions, group, logger, every_s=0.3):
        super().__init__(name="chaos-offsets", daemon=True)
        self.topic = topic
        self.partitions = partitions
        self.every_s = every_s
        self.readings = []  # OffsetReading
        self.failed = 0
        self._halt = threading.Event()
        # Never subscribes: committed() asks the coordinator without joining the group.
        self.consumer = Consumer({
            "bootstrap.servers": bootstrap,
            "group.id": group,
            "enable.auto.commit": False,
            "logger": logger,
        })

    def read_once(self):
        started = time.monotonic()
        try:
            answer = self.consumer.committed(
                [TopicPartition(self.topic, p) for p in range(self.partitions)], timeout=5)
        except KafkaException:
            self.failed += 1
            return None
        offsets = {tp.partition: tp.offset for tp in answer if tp.error is None and tp.offset >= 0}
        reading = OffsetReading(started, time.monotonic(), offsets)
        self.readings.append(reading)
        return reading

    def run(self):
        while not self._halt.wait(self.every_s):
            self.read_once()

    def stop(self):
        self._halt.set()
        self.join()

    def close(self):
        self.consumer.close()


def client_logger(path):
    """A logger for librdkafka's log lines, into `path`: they are many during faults, and
    they say what the clients went through when a run fails."""
    logger = logging.getLogger("chaos-clients")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    handler = logging.FileHandler(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    logger.addHandler(handler)
    return logger


def read_everything(bootstrap, topic, partitions, logger, timeout_s=60):
    """Every record of `topic` from the log start to the high watermark:
    {partition: [(offset, key, value)]}, and the high watermarks read first."""
    consumer = Consumer({
        "bootstrap.servers": bootstrap,
        "group.id": f"chaos-read-back-{time.monotonic_ns()}",
        "enable.auto.commit": False,
        "enable.partition.eof": True,
        "logger": logger,
    })
    try:
        ends = {}
        for p in range(partitions):
            _, high = consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=10)
            ends[p] = high
        consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(partitions)])
        records = {p: [] for p in range(partitions)}
        done = {p for p, end in ends.items() if end == 0}
        deadline = time.monotonic() + timeout_s
        while len(done) < partitions:
            if time.monotonic() > deadline:
                raise AssertionError(f"reading back took over {timeout_s} s: read "
                                     f"{ {p: len(r) for p, r in records.items()} } of ends {ends}")
            for msg in consumer.consume(num_messages=1000, timeout=0.5):
                p = msg.partition()
                if msg.error() is not None:
                    continue  # end of partition: the offsets below decide
                records[p].append((msg.offset(), msg.key().decode(), msg.value().decode()))
                if msg.offset() + 1 >= ends[p]:
                    done.add(p)
        return records, ends
    finally:
        consumer.close()

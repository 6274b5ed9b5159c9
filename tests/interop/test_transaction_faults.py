#!/usr/bin/python3
"""confluent-kafka-python (librdkafka) transactions through broker crashes, judged by the
client. The crashes come from the control API (`--control-port 0`) and lose what the
broker had not flushed. A transaction is atomic through them: read_committed consumers see
all of its records or none, all of them when commit_transaction() returned, none when
abort_transaction() did, and read_uncommitted consumers see the same records with the
aborted ones among them. A crash of the transaction coordinator while it commits, of a
partition leader in the middle of a transaction, and of a broker under an exactly-once
consume-transform-produce loop loses, duplicates and reveals nothing; the coordinator's own
log (__transaction_state, read as Kafka's tools read it) ends each transaction the way the
consumers see it; a producer fenced across a broker restart commits nothing.

Each case prints what it saw (when each crash landed, what the client answered), so that a
failure can be replayed with the same timings."""

import collections
import threading
import time

import harness
import test_control_api as control_api

try:
    import confluent_kafka
    from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, KafkaException, Producer, TopicPartition
except ImportError:
    confluent_kafka = None

TIMEOUT_S = 20
PARTITIONS = 3
# (commit or abort, when the coordinator crashes as a fraction of the time a commit takes):
# at once (EndTxn on its way), while PrepareCommit is replicated, while the markers are
# written, near the end.
CRASH_TRIALS = ((True, 0.0), (True, 0.25), (True, 0.5), (True, 0.75), (True, 1.0),
                (False, 0.0), (False, 0.5), (False, 0.75))
LINK_LATENCY_MS = 100
# Long enough for a transaction to outlive a crash and a restart on a loaded machine: past
# it the coordinator aborts the transaction and fences its producer, as Kafka does.
TRANSACTION_TIMEOUT_MS = 60000
START_ARGS = ["--control-port", "0"]


def requires():
    if confluent_kafka is None:
        harness.skip("confluent-kafka is not importable by this python3 "
                     "(Debian: apt-get install python3-confluent-kafka)")


def java_string_hash(text):
    """Java's String.hashCode(), over UTF-16 code units, as a signed int32."""
    units = text.encode("utf-16-be")
    h = 0
    for i in range(0, len(units), 2):
        h = (31 * h + int.from_bytes(units[i:i + 2], "big")) & 0xFFFFFFFF
    return h - (1 << 32) if h & 0x80000000 else h


assert java_string_hash("") == 0 and java_string_hash("hello") == 99162322
assert java_string_hash("polygenelubricants") == -(1 << 31)


def state_partition(transactional_id, partitions):
    """Kafka's Utils.abs(transactionalId.hashCode()) % partitions; abs(MIN_VALUE) is 0 there."""
    h = java_string_hash(transactional_id)
    return (0 if h == -(1 << 31) else abs(h)) % partitions


def coordinator_of(api, transactional_id):
    """The broker that leads the __transaction_state partition of the id: its coordinator."""
    partitions = control_api.wait_for_partitions(
        api, "__transaction_state", lambda ps: all(p["leader"] > 0 for p in ps.values()), TIMEOUT_S,
        "__transaction_state with a leader for every partition")
    return partitions[state_partition(transactional_id, len(partitions))]["leader"]


def crash(api, broker):
    assert api.ok("POST", f"/v1/brokers/{broker}/crash", {"loseUnflushed": True}) == \
        {"id": broker, "state": "crashed"}


def restart(api, broker):
    answer = api.ok("POST", f"/v1/brokers/{broker}/restart")
    assert answer["state"] in ("fenced", "running"), answer


def create_topic(api, name):
    api.ok("POST", "/v1/topics", {"name": name, "partitions": PARTITIONS, "replicationFactor": 3}, expected=201)
    control_api.wait_for_partitions(api, name, lambda ps: len(ps) == PARTITIONS and all(
        p["leader"] > 0 and len(p["isr"]) == 3 for p in ps.values()), TIMEOUT_S, f"{name} with leaders and full ISRs")


def wait_healed(api, topics):
    """Every broker running and back in the ISR of every partition of `topics` and of the
    internal topics, so that the next step starts from a whole cluster."""
    harness.wait_until(lambda: all(b["state"] == "running" for b in api.ok("GET", "/v1/brokers")),
                       TIMEOUT_S, "every broker running")
    for topic in [*topics, "__transaction_state", "__consumer_offsets"]:
        if topic.startswith("__") and not control_api.partitions_of(api, topic):
            continue
        control_api.wait_for_partitions(api, topic, lambda ps: all(len(p["isr"]) == 3 and p["leader"] > 0
                                                                    for p in ps.values()),
                                        TIMEOUT_S, f"full ISRs of {topic}")


def wait_stable(cluster, topic):
    """Until no transaction is open on `topic`: the last stable offset of each partition (the
    end a read_committed consumer is told) has reached its high watermark."""
    def new_consumer(isolation):
        return Consumer({"bootstrap.servers": cluster.bootstrap, "isolation.level": isolation,
                         "group.id": harness.unique("txn-faults-ends")})
    consumers = {isolation: new_consumer(isolation) for isolation in ("read_committed", "read_uncommitted")}

    def ends(isolation):
        try:
            return [consumers[isolation].get_watermark_offsets(TopicPartition(topic, p), timeout=TIMEOUT_S)[1]
                    for p in range(PARTITIONS)]
        except KafkaException as e:
            if not error_of(e).retriable() and error_of(e).code() != KafkaError.NOT_LEADER_FOR_PARTITION:
                raise
            seen[f"{isolation} error"] = describe(error_of(e))
            # The leader moved (back to a restarted broker): a new client looks it up afresh.
            consumers[isolation].close()
            consumers[isolation] = new_consumer(isolation)
            return None

    seen = {}

    def stable():
        seen["last stable offsets"], seen["high watermarks"] = ends("read_committed"), ends("read_uncommitted")
        committed = seen["last stable offsets"]
        return committed is not None and committed == seen["high watermarks"] and committed
    try:
        try:
            return harness.wait_until(stable, 2 * TIMEOUT_S,
                                      f"the last stable offsets of {topic} to reach the high watermarks")
        except AssertionError as e:
            raise AssertionError(f"{e}: a transaction stays open on {topic} after its producer "
                                 f"ended it, or its ends cannot be read; last seen {seen}") from None
    finally:
        for consumer in consumers.values():
            consumer.close()


def read_log(cluster, topic, isolation):
    """Every record of `topic` a consumer with `isolation` reads, once no transaction is open
    on it: a Counter of values (a duplicate counts twice)."""
    wait_stable(cluster, topic)
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": harness.unique("txn-faults-read"),
                         "enable.auto.commit": False, "enable.partition.eof": True,
                         "isolation.level": isolation})
    consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(PARTITIONS)])
    values = collections.Counter()
    at_end = set()

    def poll():
        msg = consumer.poll(0.2)
        if msg is not None:
            if not msg.error():
                values[msg.value().decode()] += 1
            elif msg.error().code() == KafkaError._PARTITION_EOF:
                at_end.add(msg.partition())
            else:
                raise AssertionError(f"consumer error reading {topic}: {msg.error()}")
        return len(at_end) == PARTITIONS
    try:
        harness.wait_until(poll, TIMEOUT_S, f"the end of every partition of {topic} ({isolation})", interval_s=0)
    finally:
        consumer.close()
    return values


def error_of(exception):
    return exception.args[0] if exception.args and isinstance(exception.args[0], KafkaError) else None


def describe(error):
    kinds = [k for k, on in (("fatal", error.fatal()), ("abortable", error.txn_requires_abort()),
                             ("retriable", error.retriable())) if on]
    return f"{error.name()} ({', '.join(kinds) or 'plain'}): {error.str()}"


def transactional_producer(cluster, transactional_id):
    producer = Producer({"bootstrap.servers": cluster.bootstrap, "transactional.id": transactional_id,
                         "linger.ms": 5, "transaction.timeout.ms": TRANSACTION_TIMEOUT_MS})
    producer.init_transactions(TIMEOUT_S)
    return producer


def produce_all(producer, topic, values):
    """Produces `values` (keys spread over every partition) and waits for their acks."""
    for v in values:
        producer.produce(topic, key=v.encode(), value=v.encode())
    assert producer.flush(TIMEOUT_S) == 0, "records unacknowledged after the flush"


def end_transaction(producer, commit):
    if commit:
        producer.commit_transaction(TIMEOUT_S)
    else:
        producer.abort_transaction(TIMEOUT_S)


def finish_ending(cluster, transactional_id, producer, commit, first_error):
    """What an application does after commit_transaction() (or abort_transaction()) failed
    with `first_error`: calls it again while the error is retriable, aborts when the
    transaction must be aborted, and starts a new producer instance with the same id when the
    error is fatal (its init completes or aborts the transaction). The outcome: "committed",
    "aborted" or "unknown" (the new instance settled it, and the client was not told how)."""
    error = first_error
    for _ in range(5):
        if error.fatal():
            transactional_producer(cluster, transactional_id)
            return "unknown", describe(first_error)
        try:
            aborting = error.txn_requires_abort() or not commit
            end_transaction(producer, not aborting)
            return "aborted" if aborting else "committed", describe(first_error)
        except KafkaException as e:
            error = error_of(e)
    raise AssertionError(f"the transaction neither committed nor aborted; last error {describe(error)}")


def check_atomic(cluster, topic, transactions_written):
    """transactions_written: [(values, outcome)]. Each transaction's records are read by
    read_committed all or none (all when committed, none when aborted), each exactly once; by
    read_uncommitted all of them, each exactly once, so that the two agree on which are aborted."""
    committed_view = read_log(cluster, topic, "read_committed")
    uncommitted_view = read_log(cluster, topic, "read_uncommitted")
    for values, outcome in transactions_written:
        seen = [committed_view[v] for v in values]
        twice = [v for v in values if committed_view[v] > 1 or uncommitted_view[v] > 1]
        assert not twice, f"records written twice ({outcome} transaction): {twice[:5]}"
        assert all(uncommitted_view[v] == 1 for v in values), \
            f"read_uncommitted misses {sum(1 for v in values if not uncommitted_view[v])} " \
            f"of the {len(values)} acknowledged records of a {outcome} transaction"
        visible = sum(seen)
        assert visible in (0, len(values)), \
            f"read_committed sees {visible} of the {len(values)} records of one {outcome} transaction"
        if outcome == "committed":
            assert visible == len(values), "a committed transaction's records are not read by read_committed"
        if outcome == "aborted":
            assert visible == 0, "an aborted transaction's records are read by read_committed"
    written = {v for values, _ in transactions_written for v in values}
    strangers = set(uncommitted_view) - written
    assert not strangers, f"records nobody produced: {sorted(strangers)[:5]}"
    return committed_view


# TransactionLogValue's status byte (after version, producer id, epoch and timeout), by name.
TRANSACTION_STATES = ("Empty", "Ongoing", "PrepareCommit", "PrepareAbort", "CompleteCommit",
                      "CompleteAbort", "Dead", "PrepareEpochFence")


def state_history(cluster, api, transactional_id):
    """The states the coordinator logged for the id in __transaction_state, as Kafka's tools
    read them: [(wall-clock ms of the append, state name)], in log order."""
    partitions = len(control_api.partitions_of(api, "__transaction_state"))
    partition = state_partition(transactional_id, partitions)
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": harness.unique("txn-faults-state"),
                         "enable.auto.commit": False, "enable.partition.eof": True})
    consumer.assign([TopicPartition("__transaction_state", partition, OFFSET_BEGINNING)])
    wanted = len(transactional_id.encode()).to_bytes(2, "big") + transactional_id.encode()
    history = []

    def poll():
        msg = consumer.poll(0.2)
        if msg is None:
            return False
        if msg.error():
            assert msg.error().code() == KafkaError._PARTITION_EOF, msg.error()
            return True
        if msg.key()[2:] == wanted and msg.value() is not None:
            history.append((msg.timestamp()[1], TRANSACTION_STATES[msg.value()[16]]))
        return False
    try:
        harness.wait_until(poll, TIMEOUT_S, f"the end of __transaction_state/{partition}", interval_s=0)
    finally:
        consumer.close()
    return history


def slow_links(api, latency_ms):
    """Latency on every link between brokers (clients' links stay fast), so that a commit's
    steps (PrepareCommit replicated, markers sent, CompleteCommit) take long enough for a
    crash to land between them; 0 heals them."""
    brokers = [b["id"] for b in api.ok("GET", "/v1/brokers")]
    for i, a in enumerate(brokers):
        for b in brokers[i + 1:]:
            api.ok("PUT", f"/v1/links/{a}/{b}", {"latencyMs": latency_ms})


def test_coordinator_crash_around_commit(cluster):
    api = control_api.control(cluster)
    topic = harness.unique("txn-coord-crash")
    create_topic(api, topic)
    wait_healed(api, [topic])
    written = []
    slow_links(api, LINK_LATENCY_MS)
    try:
        # A commit without a crash first: how long one takes decides when the crashes land.
        producer = transactional_producer(cluster, harness.unique("txn-coord-warm"))
        values = [f"warm-{i}" for i in range(60)]
        producer.begin_transaction()
        produce_all(producer, topic, values)
        started = time.monotonic()
        producer.commit_transaction(TIMEOUT_S)
        commit_s = time.monotonic() - started
        written.append((values, "committed"))
        print(f"a commit takes {commit_s * 1000:.0f} ms with {LINK_LATENCY_MS} ms between brokers", flush=True)

        after_prepare = 0
        for trial, (commit, fraction) in enumerate(CRASH_TRIALS):
            ending = "commit" if commit else "abort"
            transactional_id = harness.unique(f"txn-coord-{trial}")
            producer = transactional_producer(cluster, transactional_id)
            coordinator = coordinator_of(api, transactional_id)
            values = [f"t{trial}-{i}" for i in range(60)]
            producer.begin_transaction()
            produce_all(producer, topic, values)

            answer = {}

            def end():
                try:
                    end_transaction(producer, commit)
                    answer["error"] = None
                except KafkaException as e:
                    answer["error"] = error_of(e)
            ender = threading.Thread(target=end, name=ending)
            started, started_ms = time.monotonic(), time.time() * 1000
            ender.start()
            time.sleep(fraction * commit_s)  # where the crash lands is the point of the trial, not a wait
            crash_sent = time.monotonic() - started
            crash(api, coordinator)
            crashed = time.monotonic() - started
            restart(api, coordinator)
            ender.join()
            if answer["error"] is None:
                outcome, how = "committed" if commit else "aborted", f"{ending}_transaction() returned"
            else:
                outcome, how = finish_ending(cluster, transactional_id, producer, commit, answer["error"])
            print(f"trial {trial}: coordinator {coordinator} crashed {crash_sent * 1000:.0f}-{crashed * 1000:.0f} ms "
                  f"into the {ending}; {how}; outcome {outcome} after {time.monotonic() - started:.1f} s", flush=True)
            written.append((values, outcome))
            wait_healed(api, [topic])
            committed_view = check_atomic(cluster, topic, written)
            # The coordinator's log must tell the story the consumers see.
            history = state_history(cluster, api, transactional_id)
            states = [state for _, state in history]
            print(f"trial {trial}: read_committed sees {'all' if committed_view[values[0]] else 'none'} "
                  f"of its {len(values)} records; the coordinator logged " +
                  ", ".join(f"{state} at {at - started_ms:+.0f} ms" for at, state in history), flush=True)
            if committed_view[values[0]]:
                assert "CompleteCommit" in states and "CompleteAbort" not in states, states
            else:
                assert "CompleteAbort" in states and "CompleteCommit" not in states, states
            prepared = [at - started_ms for at, state in history if state in ("PrepareCommit", "PrepareAbort")]
            after_prepare += bool(prepared) and prepared[0] <= crash_sent * 1000
        print(f"{after_prepare} of {len(CRASH_TRIALS)} crashes came after the coordinator logged "
              f"PrepareCommit or PrepareAbort, before it completed", flush=True)
    finally:
        api.ok("DELETE", "/v1/links")


def test_partition_leader_crash_mid_transaction(cluster):
    api = control_api.control(cluster)
    topic = harness.unique("txn-leader-crash")
    create_topic(api, topic)
    wait_healed(api, [topic])
    transactional_id = harness.unique("txn-leader-id")
    producer = transactional_producer(cluster, transactional_id)
    written = []
    for partition, commit in ((0, True), (1, False)):
        victim = control_api.partitions_of(api, topic)[partition]["leader"]
        name = "committed" if commit else "aborted"
        acked = [f"{name}-acked-{i}" for i in range(100)]
        in_flight = [f"{name}-in-flight-{i}" for i in range(100)]
        after = [f"{name}-after-{i}" for i in range(100)]
        producer.begin_transaction()
        produce_all(producer, topic, acked)
        for v in in_flight:  # not waited for: the crash meets some of them unacknowledged
            producer.produce(topic, key=v.encode(), value=v.encode())
        crash(api, victim)
        produce_all(producer, topic, after)  # to the new leaders, in the same transaction
        restart(api, victim)
        end_transaction(producer, commit)
        print(f"{name} transaction: broker {victim} (leader of partition {partition}, coordinator "
              f"{coordinator_of(api, transactional_id)}) crashed after {len(acked)} acknowledged records, "
              f"with {len(in_flight)} more produced", flush=True)
        written.append((acked + in_flight + after, name))
        wait_healed(api, [topic])
    committed_view = check_atomic(cluster, topic, written)
    assert sorted(committed_view.elements()) == sorted(written[0][0]), "read_committed reads other records"


def test_exactly_once_pipeline_through_a_leader_crash(cluster):
    api = control_api.control(cluster)
    source = harness.unique("eos-faults-in")
    sink = harness.unique("eos-faults-out")
    create_topic(api, source)
    create_topic(api, sink)
    plain = Producer({"bootstrap.servers": cluster.bootstrap, "enable.idempotence": True})
    inputs = [f"n{i}" for i in range(900)]
    for v in inputs:
        plain.produce(source, key=v.encode(), value=v.encode())
    assert plain.flush(TIMEOUT_S) == 0
    ends = wait_stable(cluster, source)
    wait_healed(api, [source, sink])

    group = harness.unique("eos-faults-group")
    transactional_id = harness.unique("eos-faults-id")
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": group,
                         "auto.offset.reset": "earliest", "enable.auto.commit": False,
                         "isolation.level": "read_committed", "session.timeout.ms": 6000,
                         "heartbeat.interval.ms": 500})
    consumer.subscribe([source])
    producer = transactional_producer(cluster, transactional_id)
    # The leader of an output partition; the transaction coordinator too where it leads one,
    # so that the crash also moves the coordinator of the open transaction.
    leaders = {p: entry["leader"] for p, entry in control_api.partitions_of(api, sink).items()}
    coordinator = coordinator_of(api, transactional_id)
    victim_partition = next((p for p, leader in sorted(leaders.items()) if leader == coordinator), 0)
    victim = leaders[victim_partition]
    crashed = restarted = False
    committed_batches = aborted = instances = 0
    moved = 0

    def committed_offsets():
        try:
            return [tp.offset for tp in consumer.committed(
                [TopicPartition(source, p) for p in range(PARTITIONS)], TIMEOUT_S)]
        except KafkaException:
            return None  # the group coordinator is moving: ask again

    def rewind():
        """Back to the group's committed offsets, as an application does after an abort."""
        assignment = consumer.assignment()
        if not assignment:
            return
        committed = harness.wait_until(lambda: consumer.committed(assignment, TIMEOUT_S), TIMEOUT_S,
                                       "the committed offsets")
        for tp in committed:
            consumer.seek(TopicPartition(tp.topic, tp.partition, tp.offset if tp.offset >= 0 else OFFSET_BEGINNING))

    deadline = time.monotonic() + 90
    try:
        while time.monotonic() < deadline:
            batch = [m for m in consumer.consume(50, 0.5) if not m.error()]
            if not batch:
                if committed_offsets() == ends:
                    break
                continue
            try:
                producer.begin_transaction()
                for m in batch:
                    producer.produce(sink, key=m.key(), value=m.value().upper())
                # The crash and the restart land inside a transaction, its records in flight.
                if not crashed and moved >= len(inputs) // 4:
                    crash(api, victim)
                    crashed = True
                    print(f"crashed broker {victim} (leader of {sink}/{victim_partition}, transaction coordinator "
                          f"{coordinator}) after {moved} records moved", flush=True)
                elif crashed and not restarted and moved >= len(inputs) // 2:
                    restart(api, victim)
                    restarted = True
                    print(f"restarted broker {victim} after {moved} records moved", flush=True)
                producer.send_offsets_to_transaction(consumer.position(consumer.assignment()),
                                                     consumer.consumer_group_metadata(), TIMEOUT_S)
                for _ in range(5):
                    try:
                        producer.commit_transaction(TIMEOUT_S)
                        break
                    except KafkaException as e:
                        if not error_of(e).retriable():
                            raise
                else:
                    raise AssertionError("commit_transaction() stayed retriable through 5 tries")
                committed_batches += 1
                moved += len(batch)
            except KafkaException as e:
                error = error_of(e)
                print(f"transaction failed: {describe(error)}", flush=True)
                if error.fatal():
                    # The application restarts: a new instance fences the old one and
                    # aborts (or completes) what it left open.
                    producer = transactional_producer(cluster, transactional_id)
                    instances += 1
                else:
                    producer.abort_transaction(TIMEOUT_S)
                    aborted += 1
                rewind()
        else:
            raise AssertionError(f"the pipeline did not finish: committed offsets {committed_offsets()}, "
                                 f"input ends {ends}")
    finally:
        consumer.close()
    assert crashed and restarted, f"the input ran out before the crash and restart ({moved} moved)"
    print(f"{committed_batches} transactions committed, {aborted} aborted, {instances} producer restarts",
          flush=True)
    wait_healed(api, [source, sink])
    out = read_log(cluster, sink, "read_committed")
    expected = collections.Counter(v.upper() for v in inputs)
    missing = expected - out
    duplicated = [v for v, n in out.items() if n > 1]
    assert not missing and not duplicated and set(out) == set(expected), \
        f"the output holds {sum(out.values())} records for {len(inputs)} inputs: {len(missing)} missing " \
        f"(e.g. {sorted(missing)[:5]}), {len(duplicated)} duplicated (e.g. {duplicated[:5]})"
    check = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": group})
    try:
        committed = [tp.offset for tp in check.committed([TopicPartition(source, p) for p in range(PARTITIONS)],
                                                         TIMEOUT_S)]
    finally:
        check.close()
    assert committed == ends, f"the group committed {committed}, the input ends at {ends}"


def test_zombie_fenced_across_a_broker_restart(cluster):
    api = control_api.control(cluster)
    topic = harness.unique("txn-zombie-restart")
    create_topic(api, topic)
    transactional_id = harness.unique("txn-zombie-restart-id")
    zombie = transactional_producer(cluster, transactional_id)
    zombie.begin_transaction()
    zombie_values = [f"zombie-{i}" for i in range(30)]
    produce_all(zombie, topic, zombie_values)
    coordinator = coordinator_of(api, transactional_id)
    crash(api, coordinator)
    restart(api, coordinator)
    successor = transactional_producer(cluster, transactional_id)
    successor_values = [f"successor-{i}" for i in range(30)]
    successor.begin_transaction()
    produce_all(successor, topic, successor_values)
    successor.commit_transaction(TIMEOUT_S)
    try:
        zombie.produce(topic, key=b"late", value=b"zombie-late")
        zombie.commit_transaction(TIMEOUT_S)
    except KafkaException as e:
        error = error_of(e)
        print(f"the zombie's commit failed: {describe(error)}", flush=True)
        assert error.fatal() or error.code() in (KafkaError._FENCED, KafkaError.PRODUCER_FENCED,
                                                 KafkaError.INVALID_PRODUCER_EPOCH), describe(error)
    else:
        raise AssertionError("the fenced producer committed its transaction after the broker restart")
    wait_healed(api, [topic])
    seen = read_log(cluster, topic, "read_committed")
    assert sorted(seen.elements()) == sorted(successor_values), \
        f"read_committed reads {sorted(seen.elements())[:5]}..., not only the successor's records"


if __name__ == "__main__":
    harness.main(globals(), requires, cluster_options=dict(extra_args=START_ARGS))

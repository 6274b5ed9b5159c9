#!/usr/bin/env python3
"""Fault-injection checker: proves, one seeded run at a time, that acknowledged records
survive broker crashes, pauses and network faults, with no duplicates, in order per key,
with replicas that agree and committed offsets that never go backwards.

A run starts `eventscope --headless --brokers 3 --control-port 0`, creates a topic with
replication factor 3 and min.insync.replicas=2, and runs three clients (chaos_workload.py:
an idempotent acks=all producer, a consumer group member that commits as it reads, and a
watcher of the committed offsets) while the nemesis (chaos_nemesis.py) injects faults
through the control API for --seconds. Then it heals everything, waits for the full ISR
(bounded), reads everything back and checks it (chaos_checks.py).

    tests/chaos/chaos_check.py --eventscope build/ci/app/eventscope --seed 7 --seconds 25
    tests/chaos/chaos_check.py --eventscope build/ci/app/eventscope --minutes 30 --seed random

The seed decides the faults, their targets and durations, and the records' keys; the
timing of a machine decides the rest, so a failing seed is worth replaying a few times.
Exit status: 0 when every check passed, 1 when one failed, 77 when confluent-kafka
(python3-confluent-kafka) is missing, 2 on a bad command line.
"""

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

SKIP = 77
TOPIC = "chaos"
GROUP = "chaos-readers"
FULL_ISR_BOUND_S = 30


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eventscope", default=os.environ.get("EVENTSCOPE"),
                        help="the eventscope binary (default: $EVENTSCOPE)")
    parser.add_argument("--seed", default="random", help="an integer, or 'random' (printed)")
    duration = parser.add_mutually_exclusive_group()
    duration.add_argument("--seconds", type=float, help="how long the nemesis runs (default 30)")
    duration.add_argument("--minutes", type=float, help="the same in minutes, for long runs")
    parser.add_argument("--rate", type=int, default=300, help="records produced a second (default 300)")
    parser.add_argument("--partitions", type=int, default=3, help="partitions of the topic (default 3)")
    parser.add_argument("--keys", type=int, default=16, help="distinct keys (default 16)")
    parser.add_argument("--keep", action="store_true", help="keep the data directory and log")
    args = parser.parse_args()
    args.seed = random.SystemRandom().randrange(1, 2**31) if args.seed == "random" else int(args.seed)
    args.seconds = args.minutes * 60 if args.minutes is not None else (args.seconds or 30.0)
    return args


class Run:
    def __init__(self, args):
        self.args = args
        self.started = time.monotonic()
        self.timeline = []
        self.results = []
        self.errors = []  # what stopped the run before its checks

    def log(self, message):
        line = f"[{time.monotonic() - self.started:7.1f} s] {message}"
        self.timeline.append(line)
        print(f"chaos: {line}", flush=True)

    def replay_command(self):
        return (f"{sys.argv[0]} --eventscope {self.args.eventscope} --seed {self.args.seed} "
                f"--seconds {self.args.seconds:g} --rate {self.args.rate} "
                f"--partitions {self.args.partitions} --keys {self.args.keys}")


def create_topic(cluster, partitions):
    cluster.control.call("POST", "/v1/topics", {
        "name": TOPIC, "partitions": partitions, "replicationFactor": 3,
        "configs": {"min.insync.replicas": "2", "unclean.leader.election.enable": "false"},
    })


def compare_replicas(run, control, partitions):
    """Waits (bounded) until each partition's replicas end at the same offset, then checks
    that they agree batch by batch."""
    from chaos_checks import check_replicas_agree

    for p in range(partitions):
        deadline = time.monotonic() + 15
        while True:
            replicas = control.replicas(TOPIC, p)["replicas"]
            ends = {r["logEndOffset"] for r in replicas} | {r["highWatermark"] for r in replicas}
            if (len(replicas) == 3 and len(ends) == 1) or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        run.results.append(check_replicas_agree(p, replicas))


def execute(run, cluster):
    from chaos_checks import (check_acknowledged_present_once, check_commits_never_backwards,
                              check_consumed_in_log, check_key_order, check_no_duplicates, index_log)
    from chaos_nemesis import OFFSETS_TOPIC, Nemesis, wait_healthy
    from chaos_workload import OffsetWatcher, Reader, Writer, client_logger, read_everything

    args = run.args
    control = cluster.control
    create_topic(cluster, args.partitions)
    logger = client_logger(os.path.join(cluster.data_dir, "clients.log"))
    writer = Writer(cluster.bootstrap, TOPIC, args.seed, args.rate, args.keys, logger)
    reader = Reader(cluster.bootstrap, TOPIC, GROUP, logger)
    watcher = OffsetWatcher(cluster.bootstrap, TOPIC, args.partitions, GROUP, logger)
    for client in (writer, reader, watcher):
        client.start()
    nemesis = Nemesis(control, TOPIC, random.Random(args.seed), FULL_ISR_BOUND_S, run.log)
    run.nemesis = nemesis
    run.writer, run.reader, run.watcher = writer, reader, watcher
    try:
        # A moment of calm first, so the group is formed before the first fault.
        time.sleep(2)
        nemesis.run(args.seconds)
    finally:
        run.log("healing everything")
        nemesis.heal_everything()
        writer.stop()
    took, why = wait_healthy(control, {TOPIC, OFFSETS_TOPIC}, FULL_ISR_BOUND_S)
    run.full_isr_after = took
    if took is None:
        run.errors.append(f"the cluster did not return to full ISR within {FULL_ISR_BOUND_S} s of "
                          f"healing: {why}")
    else:
        run.log(f"full ISR {took:.1f} s after healing")
    unknown = writer.flush(60)
    if unknown:
        run.errors.append(f"{unknown} records still had no outcome 60 s after healing")
    run.log(f"producer flushed: {len(writer.acks)} acknowledged, {len(writer.failures)} failed")

    records, ends = read_everything(cluster.bootstrap, TOPIC, args.partitions, logger)
    reader.read_up_to(ends, 30)
    reader.stop()
    watcher.stop()
    watcher.read_once()  # after the reader's last commit
    watcher.close()

    where = index_log(records)
    run.results += [
        check_acknowledged_present_once(writer.acks, where),
        check_no_duplicates(where),
        check_key_order(writer.acks, where),
        check_consumed_in_log(reader.consumed, records),
        check_commits_never_backwards(reader.commits, watcher.readings),
    ]
    compare_replicas(run, control, args.partitions)
    run.present_failed = sum(1 for v in writer.failures if v in where)
    run.records_in_log = len(where)
    if writer.fatal:
        run.errors.append(f"the idempotent producer hit a fatal error: {writer.fatal[0]}")


def stop_clients(run):
    """After a run stopped early: the clients' threads end before the cluster does."""
    for name in ("writer", "reader", "watcher"):
        client = getattr(run, name, None)
        if client is not None and client.is_alive():
            try:
                client.stop()
            except Exception:  # noqa: BLE001: the run already failed; say why it did
                pass


def summary(run, stop_problem):
    args = run.args
    print("", flush=True)
    print(f"chaos summary: seed {args.seed}, {args.seconds:g} s of faults", flush=True)
    writer, reader, watcher = (getattr(run, n, None) for n in ("writer", "reader", "watcher"))
    if writer:
        print(f"  operations: produced {writer.produced}, acknowledged {len(writer.acks)}, "
              f"failed {len(writer.failures)} ({getattr(run, 'present_failed', 0)} of them in the log anyway), "
              f"consumed {len(reader.consumed)}, commits acknowledged {len(reader.commits)} "
              f"(failed {reader.failed_commits}), committed-offset readings {len(watcher.readings)}",
              flush=True)
    nemesis = getattr(run, "nemesis", None)
    if nemesis:
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(nemesis.counts.items())) or "none"
        slowest = f", slowest recovery {max(nemesis.recoveries):.1f} s" if nemesis.recoveries else ""
        print(f"  faults: {sum(nemesis.counts.values())} ({kinds}){slowest}", flush=True)
        run.errors += nemesis.problems
    full = getattr(run, "full_isr_after", None)
    if full is not None:
        print(f"  full ISR {full:.1f} s after healing (bound {FULL_ISR_BOUND_S} s)", flush=True)
    print(f"  checks: {len(run.results)} run", flush=True)
    for result in run.results:
        print(f"    {result.describe()}", flush=True)
    if stop_problem:
        run.errors.append(stop_problem)
    failed = [r for r in run.results if not r.passed]
    for result in failed:
        print(f"  FAILED {result.name}:", flush=True)
        for problem in result.problems[:10]:
            print(f"    {problem}", flush=True)
        if len(result.problems) > 10:
            print(f"    ... and {len(result.problems) - 10} more", flush=True)
    for error in run.errors:
        print(f"  ERROR {error}", flush=True)
    if failed or run.errors:
        print("  timeline of faults:", flush=True)
        for line in run.timeline:
            print(f"    {line}", flush=True)
        print(f"result: FAIL (seed {args.seed})", flush=True)
        print(f"replay: {run.replay_command()}", flush=True)
        return 1
    print(f"result: PASS (seed {args.seed})", flush=True)
    return 0


def main():
    args = parse_args()
    try:
        import confluent_kafka  # noqa: F401
    except ImportError:
        print("SKIPPED: confluent-kafka is not installed (Debian: python3-confluent-kafka)", flush=True)
        return SKIP
    if not args.eventscope or not os.access(args.eventscope, os.X_OK):
        print("chaos: give the eventscope binary with --eventscope PATH or EVENTSCOPE", flush=True)
        return 2
    from chaos_cluster import Cluster

    print(f"chaos: seed {args.seed}, {args.seconds:g} s of faults, {args.rate} records/s", flush=True)
    run = Run(args)
    data_dir = tempfile.mkdtemp(prefix="eventscope-chaos-")
    # min.insync.replicas=2 for the cluster too, so that __consumer_offsets (the committed
    # offsets) has the same promise as the topic.
    cluster = Cluster(args.eventscope, data_dir, extra_args=["--config", "min.insync.replicas=2"])
    stop_problem = None
    try:
        cluster.start()
        run.log(f"cluster ready at {cluster.bootstrap}, control at {cluster.control.url}")
        execute(run, cluster)
    except Exception:  # noqa: BLE001: any failure ends in the summary with the seed
        run.errors.append("the run stopped early:\n" + traceback.format_exc())
        stop_clients(run)
    finally:
        stop_problem = cluster.stop()
    code = summary(run, stop_problem)
    if code or args.keep:
        print(f"chaos: data and log kept in {data_dir}", flush=True)
    else:
        shutil.rmtree(data_dir, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main())

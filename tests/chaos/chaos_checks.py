"""What a chaos run must find after healing, as functions of what its clients wrote down.

Each check returns a CheckResult: a name, how many things it looked at, and the problems
found (empty when it passed). They know nothing of clients or clusters, so that
test_chaos_checks.py can feed them histories with a lost record, a duplicate, a reordering,
diverging replicas or a commit going backwards and see each one caught.
"""

from collections import defaultdict, namedtuple

Ack = namedtuple("Ack", "key value partition offset")            # a record acknowledged
Consumed = namedtuple("Consumed", "partition offset value")        # a record the group read
Commit = namedtuple("Commit", "acked_at offsets")                  # {partition: offset}
OffsetReading = namedtuple("OffsetReading", "started ended offsets")  # OffsetFetch, {p: offset}

MAX_PROBLEMS_SHOWN = 10


class CheckResult:
    def __init__(self, name, checked, problems):
        self.name = name
        self.checked = checked
        self.problems = problems

    @property
    def passed(self):
        return not self.problems

    def describe(self):
        state = "ok" if self.passed else f"FAILED ({len(self.problems)} problems)"
        return f"{self.name}: {self.checked} checked, {state}"


def index_log(records):
    """{value: [(partition, offset, key)]} of records {partition: [(offset, key, value)]}."""
    where = defaultdict(list)
    for p, rows in records.items():
        for offset, key, value in rows:
            where[value].append((p, offset, key))
    return where


def check_acknowledged_present_once(acks, where):
    """Every acknowledged record is in the log exactly once, at the partition and offset
    its acknowledgement gave."""
    problems = []
    for ack in acks:
        places = where.get(ack.value, [])
        if not places:
            problems.append(f"lost: {ack.value} (key {ack.key}) acknowledged at "
                            f"{ack.partition}@{ack.offset} is not in the log")
        elif len(places) > 1:
            problems.append(f"duplicated: {ack.value} acknowledged at {ack.partition}@{ack.offset} "
                            f"is in the log {len(places)} times: {places}")
        elif places[0][:2] != (ack.partition, ack.offset):
            problems.append(f"moved: {ack.value} acknowledged at {ack.partition}@{ack.offset} "
                            f"is at {places[0][0]}@{places[0][1]}")
    return CheckResult("acknowledged records present exactly once where acknowledged", len(acks), problems)


def check_no_duplicates(where):
    """No value is in the log twice, acknowledged or not (the producer is idempotent)."""
    problems = [f"duplicated: {value} at {places}" for value, places in where.items() if len(places) > 1]
    return CheckResult("no record written twice", len(where), problems)


def check_key_order(acks, where):
    """Per key, the log holds the acknowledged records in the order they were acknowledged."""
    by_key = defaultdict(list)
    for ack in acks:
        by_key[ack.key].append(ack)
    problems = []
    for key, key_acks in sorted(by_key.items()):
        previous = None
        for ack in key_acks:
            places = where.get(ack.value)
            if not places:
                continue  # lost: reported by check_acknowledged_present_once
            place = places[0][:2]
            if previous is not None and (place[0] != previous[1][0] or place[1] <= previous[1][1]):
                problems.append(f"key {key}: {ack.value} acknowledged after {previous[0]} but is at "
                                f"{place[0]}@{place[1]}, the other at {previous[1][0]}@{previous[1][1]}")
            previous = (ack.value, place)
    return CheckResult("per key, log order = order of acknowledgement", len(by_key), problems)


def check_consumed_in_log(consumed, records):
    """Whatever the group read is in the final log at the offset it was read from: a
    consumer never sees a record that a leader change later takes back."""
    at = {(p, offset): value for p, rows in records.items() for offset, _, value in rows}
    problems = []
    for c in consumed:
        final = at.get((c.partition, c.offset))
        if final != c.value:
            problems.append(f"read {c.value} at {c.partition}@{c.offset}, the log has "
                            f"{final if final is not None else 'nothing'} there")
    return CheckResult("records read along are in the final log where they were read", len(consumed),
                       problems)


def check_commits_never_backwards(commits, readings):
    """Per partition: the acknowledged commits never go down; each reading of the committed
    offsets is at least every earlier reading and every commit acknowledged before the
    reading started."""
    problems = []
    last_commit = {}
    for commit in commits:
        for p, offset in commit.offsets.items():
            if offset < last_commit.get(p, -1):
                problems.append(f"partition {p}: committed {offset} after committing {last_commit[p]}")
            last_commit[p] = max(offset, last_commit.get(p, -1))
    commits_by_time = sorted(commits, key=lambda c: c.acked_at)
    highest_acked = {}
    i = 0
    last_read = {}
    checked = 0
    for reading in sorted(readings, key=lambda r: r.started):
        while i < len(commits_by_time) and commits_by_time[i].acked_at < reading.started:
            for p, offset in commits_by_time[i].offsets.items():
                highest_acked[p] = max(offset, highest_acked.get(p, -1))
            i += 1
        for p, floor in highest_acked.items():
            checked += 1
            got = reading.offsets.get(p, -1)
            if got < floor:
                problems.append(f"partition {p}: committed offset read as {got} after a commit of "
                                f"{floor} was acknowledged")
        for p, got in reading.offsets.items():
            if got < last_read.get(p, -1):
                problems.append(f"partition {p}: committed offset read as {got} after {last_read[p]}")
            last_read[p] = max(got, last_read.get(p, -1))
    return CheckResult("committed offsets never go backwards",
                       sum(len(c.offsets) for c in commits) + checked, problems)


def check_replicas_agree(partition, replicas, expected=3):
    """All `expected` replicas of a partition answered; they hold the same batches (offsets,
    leader epoch, CRC) up to the smallest log end offset among them, with neither gap nor
    overlap, and they end at the same offset."""
    problems = []
    if len(replicas) < expected:
        problems.append(f"partition {partition}: {len(replicas)} of {expected} replicas answered")
    if not replicas:
        return CheckResult(f"replicas of partition {partition} agree", 0, problems)
    smallest_end = min(r["logEndOffset"] for r in replicas)

    def upto(r):
        return [(b["baseOffset"], b["lastOffset"], b["leaderEpoch"], b["crc"])
                for b in r["batches"] if b["lastOffset"] < smallest_end]

    reference = replicas[0]
    ref_batches = upto(reference)
    for other in replicas[1:]:
        batches = upto(other)
        if batches != ref_batches:
            diff = next((i for i, (a, b) in enumerate(zip(ref_batches, batches)) if a != b),
                        min(len(ref_batches), len(batches)))
            first = ref_batches[diff] if diff < len(ref_batches) else None
            second = batches[diff] if diff < len(batches) else None
            problems.append(f"partition {partition}: brokers {reference['broker']} and {other['broker']} "
                            f"differ below offset {smallest_end} at batch #{diff}: "
                            f"{first} vs {second} (base, last, epoch, crc)")
    ends = {r["broker"]: r["logEndOffset"] for r in replicas}
    if len(set(ends.values())) > 1:
        problems.append(f"partition {partition}: log end offsets differ after healing: {ends}")
    for r in replicas:
        expected = r["logStartOffset"]
        for b in r["batches"]:
            if b["baseOffset"] != expected:
                problems.append(f"partition {partition}, broker {r['broker']}: batch at {b['baseOffset']} "
                                f"where {expected} was expected (a gap or an overlap)")
                break
            expected = b["lastOffset"] + 1
        else:
            if expected != r["logEndOffset"]:
                problems.append(f"partition {partition}, broker {r['broker']}: batches end at {expected}, "
                                f"the log end offset is {r['logEndOffset']}")
    return CheckResult(f"replicas of partition {partition} agree",
                       sum(len(upto(r)) for r in replicas), problems)

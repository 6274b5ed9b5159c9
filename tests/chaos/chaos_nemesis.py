"""The nemesis: faults chosen at random from the run's seed, one at a time, through the
control API.

Each episode injects one fault, holds it for a while, heals it, and waits until every
broker runs and every partition is back to its full ISR before the next one. That keeps
at most one broker down at a time, and never crashes a broker (losing what it had not
flushed) while another replica still misses data: with replication factor 3 and
min.insync.replicas=2, Kafka promises to keep every acknowledged record under exactly
such faults, no more.

Kinds of fault:
  crash-leader  a broker leading a partition of the topic crashes, losing what it had not
                flushed; it is restarted after the hold
  pause         a broker's thread freezes past its session timeout (the controller fences
                it), then resumes
  restart       a broker stops cleanly and starts again
  cut-link      a link is cut (broker-broker, broker-controller or clients-broker), then healed
  slow-link     a link gets a latency of tens to hundreds of milliseconds, then heals
  crash-controller
                the controller crashes (nothing is elected, no ISR changes meanwhile); a
                new one takes over after the hold; now and then a broker crashes too while
                the controller is down, and comes back only after the new controller
"""

import collections
import time

from chaos_cluster import ControlError

KINDS = ("crash-leader", "pause", "restart", "cut-link", "slow-link", "crash-controller")
OFFSETS_TOPIC = "__consumer_offsets"


def unhealthy(status, topics):
    """Why the cluster is not whole yet, or None when every broker runs and every partition
    of `topics` has a leader and all its replicas in sync."""
    for b in status["brokers"]:
        if b["state"] != "running":
            return f"broker {b['id']} is {b['state']}"
    for t in status["topics"]:
        if t["name"] not in topics:
            continue
        for p in t["partitions"]:
            if p["leader"] < 0:
                return f"{t['name']}-{p['partition']} has no leader"
            if sorted(p["isr"]) != sorted(p["replicas"]):
                return f"{t['name']}-{p['partition']} has ISR {p['isr']} of replicas {p['replicas']}"
    return None


def wait_healthy(control, topics, bound_s):
    """Seconds until the cluster was whole (see unhealthy()), or (None, why not) after bound_s."""
    started = time.monotonic()
    why = "no status read"
    while time.monotonic() - started < bound_s:
        try:
            why = unhealthy(control.status(), topics)
        except (ControlError, OSError) as e:
            why = f"status failed: {e}"
        if why is None:
            return time.monotonic() - started, None
        time.sleep(0.1)
    return None, why


class Nemesis:
    def __init__(self, control, topic, rng, recovery_bound_s, log):
        self.control = control
        self.topic = topic
        self.rng = rng
        self.recovery_bound_s = recovery_bound_s
        self.log = log  # log(message): the run's timeline
        self.counts = collections.Counter()
        self.problems = []  # the cluster did not become whole in time after a fault
        self.recoveries = []  # seconds each recovery took

    def run(self, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            kind = self.rng.choice(KINDS)
            self.inject(kind, min(self.rng.uniform(*self.hold_range(kind)), max(0.5, deadline - time.monotonic())))
            time.sleep(self.rng.uniform(0.5, 2.0))
            took, why = wait_healthy(self.control, {self.topic, OFFSETS_TOPIC}, self.recovery_bound_s)
            if took is None:
                self.problems.append(f"after {kind}: not whole within {self.recovery_bound_s} s ({why})")
                self.log(f"not whole within {self.recovery_bound_s} s: {why}")
                return  # the next faults would pile up on this one
            self.recoveries.append(took)

    @staticmethod
    def hold_range(kind):
        return {
            "crash-leader": (1.0, 6.0),
            "pause": (2.0, 5.0),  # the broker session timeout is 1.5 s
            "restart": (0.0, 0.0),
            "cut-link": (1.0, 6.0),
            "slow-link": (2.0, 6.0),
            "crash-controller": (1.0, 5.0),
        }[kind]

    def brokers(self):
        return sorted(b["id"] for b in self.control.status()["brokers"])

    def leaders(self):
        topic = self.control.topic(self.topic)
        return sorted({p["leader"] for p in topic["partitions"] if p["leader"] >= 0})

    def choose_link(self):
        brokers = [str(b) for b in self.brokers()]
        links = [(a, b) for i, a in enumerate(brokers) for b in brokers[i + 1:]]
        links += [(b, "controller") for b in brokers] + [("clients", b) for b in brokers]
        return self.rng.choice(links)

    def inject(self, kind, hold_s):
        self.counts[kind] += 1
        c = self.control
        if kind == "crash-leader":
            broker = self.rng.choice(self.leaders() or self.brokers())
            self.log(f"crash broker {broker} losing unflushed data, restart after {hold_s:.1f} s")
            c.call("POST", f"/v1/brokers/{broker}/crash", {"loseUnflushed": True})
            time.sleep(hold_s)
            c.call("POST", f"/v1/brokers/{broker}/restart")
        elif kind == "pause":
            broker = self.rng.choice(self.brokers())
            self.log(f"pause broker {broker} for {hold_s:.1f} s")
            c.call("POST", f"/v1/brokers/{broker}/pause")
            time.sleep(hold_s)
            c.call("POST", f"/v1/brokers/{broker}/resume")
        elif kind == "crash-controller":
            # Half the time a leader crashes too, losing what it had not flushed: its
            # partitions stay without a live leader until the new controller fences it and
            # elects, and its new run must not count as in sync (it never saw that run).
            broker = self.rng.choice(self.leaders() or self.brokers()) if self.rng.random() < 0.5 else None
            also = f", and broker {broker} with it" if broker is not None else ""
            self.log(f"crash the controller{also}, restart after {hold_s:.1f} s")
            c.call("POST", "/v1/controller/crash")
            if broker is not None:
                c.call("POST", f"/v1/brokers/{broker}/crash", {"loseUnflushed": True})
            time.sleep(hold_s)
            c.call("POST", "/v1/controller/restart")
            if broker is not None:
                c.call("POST", f"/v1/brokers/{broker}/restart")
        elif kind == "restart":
            broker = self.rng.choice(self.brokers())
            self.log(f"restart broker {broker}")
            c.call("POST", f"/v1/brokers/{broker}/restart")
        else:
            a, b = self.choose_link()
            if kind == "cut-link":
                fault = {"cut": True}
            else:
                fault = {"latencyMs": self.rng.randint(20, 400)}
            self.log(f"{kind} {a}-{b} {fault} for {hold_s:.1f} s")
            c.call("PUT", f"/v1/links/{a}/{b}", fault)
            time.sleep(hold_s)
            c.call("DELETE", f"/v1/links/{a}/{b}")

    def heal_everything(self):
        """Heals every link and brings back the controller and every broker that is not running."""
        self.control.call("DELETE", "/v1/links")
        status = self.control.status()
        if not status.get("controllerRunning", True):
            self.control.call("POST", "/v1/controller/restart")
        for b in status["brokers"]:
            if b["state"] == "paused":
                self.control.call("POST", f"/v1/brokers/{b['id']}/resume")
            elif b["state"] in ("stopped", "crashed"):
                self.control.call("POST", f"/v1/brokers/{b['id']}/restart")

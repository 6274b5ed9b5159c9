"""Shared harness of the interoperability tests.

Every test script starts its own headless cluster (`eventscope --headless`) on free
loopback ports with a fresh data directory, runs its cases against it with a real
client, and stops the cluster with SIGTERM, which must end it with exit status 0.

Usage from a test script:

    import harness

    def test_something(cluster):
        ...  # cluster.bootstrap is "127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3"

    if __name__ == "__main__":
        harness.main(globals())

A script whose cluster needs more than the default PLAINTEXT listener (security) passes
`cluster_options` to main(), the keyword arguments of Cluster: `listeners`, the protocols
to run (each gets its own free ports), and `extra_args`, more command-line arguments.
Such a cluster knows each listener's bootstrap list (`cluster.listeners["SASL_SSL"]`) and
the CA clients trust (`cluster.tls_ca`, `cluster.tls_ca_fingerprint`), from the lines
eventscope prints once ready.

The eventscope binary comes from --eventscope PATH (CTest passes it) or the
EVENTSCOPE environment variable. A script exits 0 when every case passed, 1 when one
failed and 77 (CTest's SKIP_RETURN_CODE) when the client it needs is missing.
"""

import argparse
import contextlib
import fcntl
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import uuid

SKIP = 77
ARGS = None  # the parsed command line, set by main()
BROKERS = 3
READY_TIMEOUT_S = 30
STOP_TIMEOUT_S = 20


class Skip(Exception):
    """Raised by a script or case whose client is not installed."""


def skip(reason):
    raise Skip(reason)


def unique(prefix):
    """A topic or group name no other case uses."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def wait_until(predicate, timeout_s, what, interval_s=0.05):
    """Polls `predicate` until it returns a true value, which it returns."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s} s waiting for {what}")
        time.sleep(interval_s)


def murmur2_partition(key: bytes, partitions: int) -> int:
    """The partition the Java client (and kafkajs) choose for a key."""
    return (murmur2(key) & 0x7FFFFFFF) % partitions


def murmur2(data: bytes) -> int:
    """Kafka's murmur2 (org.apache.kafka.common.utils.Utils.murmur2), as a signed int32."""
    length = len(data)
    m = 0x5BD1E995
    r = 24
    h = (0x9747B28C ^ length) & 0xFFFFFFFF
    for i in range(length // 4):
        k = int.from_bytes(data[4 * i:4 * i + 4], "little")
        k = (k * m) & 0xFFFFFFFF
        k ^= k >> r
        k = (k * m) & 0xFFFFFFFF
        h = (h * m) & 0xFFFFFFFF
        h ^= k
    tail = length & ~3
    rest = length % 4
    if rest == 3:
        h ^= data[tail + 2] << 16
    if rest >= 2:
        h ^= data[tail + 1] << 8
    if rest >= 1:
        h ^= data[tail]
        h = (h * m) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * m) & 0xFFFFFFFF
    h ^= h >> 15
    return h - (1 << 32) if h & 0x80000000 else h


assert murmur2(b"kafka") & 0xFFFFFFFF == 0xD067CF64
assert murmur2(b"") & 0xFFFFFFFF == 0x106E08D9
assert murmur2(b"21") & 0xFFFFFFFF == 0xC5F2F8EC


def _ports_free(base, count):
    for port in range(base, base + count):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                return False
    return True


def _free_base_port(count):
    """A base port with `count` free ports from it, away from the usual 9092."""
    for _ in range(100):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            base = s.getsockname()[1]
        if base + count < 65535 and _ports_free(base, count):
            return base
    raise RuntimeError("no free range of loopback ports")


class Cluster:
    """A headless eventscope cluster in a child process."""

    def __init__(self, binary, brokers=BROKERS, listeners=None, extra_args=()):
        self.binary = binary
        self.brokers = brokers
        self.wanted_listeners = list(listeners or [])  # protocols; none: the --port one
        self.extra_args = list(extra_args)
        self.listeners = {}  # protocol -> "127.0.0.1:p1,...", from the "listener ready" lines
        self.tls_ca = None  # from the "tls ca: FILE sha256 FP" line, with a TLS listener
        self.tls_ca_fingerprint = None
        self._stdout_buffer = b""
        self.process = None
        self.bootstrap = None
        self.data_dir = None
        self.log_path = None
        self.base_port = None  # the ports and broker data of the running cluster, for restart()
        self.broker_data = None

    def start(self):
        self.data_dir = tempfile.mkdtemp(prefix="eventscope-interop-")
        self.log_path = os.path.join(self.data_dir, "eventscope.log")
        # Another test may take the ports between the probe and the bind: try again then.
        for attempt in range(5):
            base = _free_base_port(self.brokers * max(1, len(self.wanted_listeners)))
            if self._try_start(base, os.path.join(self.data_dir, f"data-{attempt}")):
                return self
        raise RuntimeError("the cluster did not start; see the log above")

    def restart(self, extra_args=None):
        """Stops the cluster as stop() does and starts it again on the same ports and data
        directory, so that a case can check what survives a restart; `extra_args`, when
        given, replaces the extra command-line arguments from then on."""
        self.stop()
        if extra_args is not None:
            self.extra_args = list(extra_args)
        # The ports were ours a moment ago; another process may hold one briefly.
        for _ in range(5):
            if self._try_start(self.base_port, self.broker_data):
                return self
            time.sleep(1)
        raise RuntimeError("the cluster did not start again; see the log above")

    def _try_start(self, base, data):
        log = open(self.log_path, "ab")
        # Listener k of a secure cluster has the ports from base + k * brokers.
        ports = ["--port", str(base)] if not self.wanted_listeners else [
            arg for k, name in enumerate(self.wanted_listeners)
            for arg in ("--listener", f"{name}://127.0.0.1:{base + k * self.brokers}")]
        self._stdout_buffer = b""
        self.process = subprocess.Popen(
            [self.binary, "--headless", "--brokers", str(self.brokers), *ports,
             "--data-dir", data, *self.extra_args],
            stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL)
        log.close()
        line = self._read_line(READY_TIMEOUT_S)
        expected = ",".join(f"127.0.0.1:{base + i}" for i in range(self.brokers))
        if line == f"cluster ready: {expected}" and self._read_listener_lines(base):
            self.bootstrap = expected
            self.base_port = base
            self.broker_data = data
            print(f"harness: cluster ready at {expected} (data in {data})", flush=True)
            return True
        exited = self.process.poll()
        if exited is None:
            self.process.kill()
            self.process.wait()
        log_text = self.log_tail()
        print(f"harness: eventscope on base port {base} did not get ready "
              f"(first line {line!r}, exit {self.process.returncode}):\n{log_text}", flush=True)
        if exited is not None and "in use" in log_text:
            return False
        raise RuntimeError("eventscope did not print its ready line")

    def _read_listener_lines(self, base):
        """For a cluster started with listeners: its "listener ready" lines, one for each
        listener in order, then the "tls ca" line when one of them uses TLS."""
        self.listeners = {}
        for k, name in enumerate(self.wanted_listeners):
            expected = ",".join(f"127.0.0.1:{base + k * self.brokers + i}" for i in range(self.brokers))
            line = self._read_line(5)
            if line != f"listener ready: {name} {expected}":
                print(f"harness: expected the {name} listener at {expected}, read {line!r}", flush=True)
                return False
            self.listeners[name] = expected
        if any(name in ("SSL", "SASL_SSL") for name in self.wanted_listeners):
            line = self._read_line(5) or ""
            parts = line.split(" ")
            if len(parts) != 5 or parts[:2] != ["tls", "ca:"] or parts[3] != "sha256":
                print(f"harness: expected \"tls ca: FILE sha256 FP\", read {line!r}", flush=True)
                return False
            self.tls_ca, self.tls_ca_fingerprint = parts[2], parts[4]
        return True

    def _read_line(self, timeout_s):
        """The next line eventscope prints; what follows it in the same read is kept."""
        deadline = time.monotonic() + timeout_s
        out = self.process.stdout
        while b"\n" not in self._stdout_buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([out], [], [], remaining)
            if not ready:
                return None
            chunk = os.read(out.fileno(), 4096)
            if not chunk:
                rest, self._stdout_buffer = self._stdout_buffer, b""
                return rest.decode(errors="replace") or None
            self._stdout_buffer += chunk
        line, self._stdout_buffer = self._stdout_buffer.split(b"\n", 1)
        return line.decode(errors="replace")

    def log_tail(self, lines=60):
        try:
            with open(self.log_path, "rb") as f:
                text = f.read().decode(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self):
        """SIGTERM, then the exit status must be 0 within STOP_TIMEOUT_S."""
        if self.process is None:
            return
        problem = None
        if self.process.poll() is not None:
            problem = f"eventscope exited early with status {self.process.returncode}"
        else:
            self.process.send_signal(signal.SIGTERM)
            try:
                status = self.process.wait(STOP_TIMEOUT_S)
                if status != 0:
                    problem = f"eventscope exited with status {status} after SIGTERM"
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                problem = f"eventscope did not stop within {STOP_TIMEOUT_S} s of SIGTERM"
        self.process.stdout.close()
        self.process = None
        if problem:
            print(f"harness: {problem}; its log ends with:\n{self.log_tail()}", flush=True)
            raise AssertionError(problem)

    def cleanup(self):
        if self.data_dir and not os.environ.get("ES_INTEROP_KEEP"):
            shutil.rmtree(self.data_dir, ignore_errors=True)


@contextlib.contextmanager
def running_cluster(binary, **options):
    cluster = Cluster(binary, **options)
    try:
        cluster.start()
    except BaseException:
        cluster.cleanup()
        raise
    try:
        yield cluster
    finally:
        try:
            cluster.stop()
        finally:
            cluster.cleanup()


def run(args, timeout_s=30, check=True, input_bytes=None, env=None):
    """Runs a client command line; its output as bytes. Fails the case on a bad exit."""
    result = subprocess.run(args, input=input_bytes, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, timeout=timeout_s, env=env)
    if check and result.returncode != 0:
        raise AssertionError(f"{args[0]} exited with {result.returncode}:\n"
                             f"{result.stderr.decode(errors='replace')}")
    return result.stdout


KAFKAJS_SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "kafkajs")


def kafkajs(work_dir):
    """Installs the pinned kafkajs (`npm ci`) under work_dir once; the node command line
    and environment to run kafkajs/interop.js with. Skips the case where node is absent."""
    node = shutil.which("node") or shutil.which("nodejs")
    if not node:
        skip("node is not installed, so kafkajs cannot run (Debian: apt-get install nodejs npm)")
    npm = shutil.which("npm")
    if not npm:
        raise AssertionError("node is installed but npm is not, so kafkajs cannot be installed")
    dest = os.path.join(work_dir, "kafkajs")
    os.makedirs(dest, exist_ok=True)
    with open(os.path.join(KAFKAJS_SOURCE, "package-lock.json"), "rb") as f:
        lock = f.read()
    stamp = os.path.join(dest, "installed-lock.json")
    # Two tests may install at once: the first one installs, the other waits for it.
    with open(os.path.join(dest, ".lock"), "w") as guard:
        fcntl.flock(guard, fcntl.LOCK_EX)
        installed = os.path.exists(stamp) and open(stamp, "rb").read() == lock and \
            os.path.exists(os.path.join(dest, "node_modules", "kafkajs", "package.json"))
        if not installed:
            for name in ("package.json", "package-lock.json"):
                shutil.copyfile(os.path.join(KAFKAJS_SOURCE, name), os.path.join(dest, name))
            print("harness: npm ci (kafkajs)", flush=True)
            result = subprocess.run([npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                                    cwd=dest, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                    timeout=300)
            if result.returncode != 0:
                raise AssertionError("npm ci failed:\n" + result.stdout.decode(errors="replace"))
            with open(stamp, "wb") as f:
                f.write(lock)
    env = dict(os.environ, NODE_PATH=os.path.join(dest, "node_modules"),
               KAFKAJS_NO_PARTITIONER_WARNING="1")
    return [node, os.path.join(KAFKAJS_SOURCE, "interop.js")], env


def _parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--eventscope", default=os.environ.get("EVENTSCOPE"),
                        help="path of the eventscope binary")
    parser.add_argument("--work-dir", default=tempfile.gettempdir(),
                        help="where installed clients (kafkajs) are kept between runs")
    parser.add_argument("-k", dest="only", help="run only the cases whose name contains this")
    parser.add_argument("rest", nargs="*", help="passed to the script")
    return parser.parse_args()


def main(namespace, requires=None, cluster_options=None):
    """Runs every `test_*` function of `namespace` against one cluster.

    `requires` is an optional callable that raises Skip when the client is missing;
    `cluster_options`, the keyword arguments of Cluster (listeners, extra_args).
    """
    args = _parse_args()
    global ARGS
    ARGS = args
    try:
        if requires:
            requires()
    except Skip as reason:
        print(f"SKIPPED: {reason}", flush=True)
        sys.exit(SKIP)
    if not args.eventscope or not os.access(args.eventscope, os.X_OK):
        print("harness: give the eventscope binary with --eventscope PATH or EVENTSCOPE", flush=True)
        sys.exit(2)

    cases = [(name, fn) for name, fn in namespace.items()
             if name.startswith("test_") and callable(fn)
             and (not args.only or args.only in name)]
    failed, skipped, passed = [], [], []
    started = time.monotonic()
    try:
        with running_cluster(args.eventscope, **(cluster_options or {})) as cluster:
            for name, fn in cases:
                case_start = time.monotonic()
                print(f"--- {name}", flush=True)
                try:
                    fn(cluster)
                    passed.append(name)
                    print(f"PASS {name} ({time.monotonic() - case_start:.1f} s)", flush=True)
                except Skip as reason:
                    skipped.append(name)
                    print(f"SKIP {name}: {reason}", flush=True)
                except Exception:
                    failed.append(name)
                    traceback.print_exc()
                    sys.stdout.flush()
                    print(f"FAIL {name} ({time.monotonic() - case_start:.1f} s)", flush=True)
    except Exception:
        traceback.print_exc()
        failed.append("the cluster (start or clean stop)")
    print(f"{len(passed)} passed, {len(failed)} failed, {len(skipped)} skipped of {len(cases)} cases "
          f"in {time.monotonic() - started:.1f} s", flush=True)
    if failed:
        print("failed: " + ", ".join(failed), flush=True)
        sys.exit(1)
    if skipped and len(skipped) == len(cases):
        sys.exit(SKIP)
    sys.exit(0)

"""A headless eventscope cluster in a child process, driven through its control API.

The cluster is started as a user would script it:

    eventscope --headless --brokers 3 --port BASE --data-dir DIR --control-port 0

and is ready once it printed `control ready: http://127.0.0.1:P` (after its `cluster
ready:` line). Every control request carries the bearer token the cluster wrote to
DIR/control-token (see resources/control-api.yaml for the routes).
"""

import json
import os
import select
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request

READY_TIMEOUT_S = 30
STOP_TIMEOUT_S = 20


class ControlError(Exception):
    """A control request that did not get the answer it needed."""

    def __init__(self, method, path, status, body):
        super().__init__(f"{method} {path} answered {status}: {body}")
        self.status = status
        self.body = body


class Control:
    """The control API of one cluster: JSON in, JSON out, errors raised as ControlError."""

    def __init__(self, url, token):
        self.url = url.rstrip("/")
        self.token = token

    def request(self, method, path, body=None, timeout_s=30):
        """(HTTP status, decoded JSON body or None)."""
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method)
        req.add_header("Authorization", f"Bearer {self.token}")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=timeout_s) as answer:
                status, text = answer.status, answer.read()
        except urllib.error.HTTPError as e:
            status, text = e.code, e.read()
        try:
            decoded = json.loads(text) if text else None
        except ValueError:
            decoded = text.decode(errors="replace")
        return status, decoded

    def call(self, method, path, body=None, expect=(200, 201), timeout_s=30):
        status, decoded = self.request(method, path, body, timeout_s)
        if status not in expect:
            raise ControlError(method, path, status, decoded)
        return decoded

    def status(self):
        return self.call("GET", "/v1/status")

    def topic(self, name):
        return self.call("GET", f"/v1/topics/{name}")

    def replicas(self, topic, partition):
        return self.call("GET", f"/v1/topics/{topic}/partitions/{partition}/replicas")


def _free_base_port(count):
    """A base port with `count` free loopback ports from it."""
    for _ in range(100):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            base = s.getsockname()[1]
        if base + count >= 65535:
            continue
        free = True
        for port in range(base, base + count):
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
                try:
                    s.bind(("127.0.0.1", port))
                except OSError:
                    free = False
                    break
        if free:
            return base
    raise RuntimeError("no free range of loopback ports")


class Cluster:
    """eventscope --headless with its control API on; start() returns once both are ready."""

    def __init__(self, binary, data_dir, brokers=3, extra_args=()):
        self.binary = binary
        self.data_dir = data_dir
        self.brokers = brokers
        self.extra_args = list(extra_args)
        self.log_path = os.path.join(data_dir, "eventscope.log")
        self.process = None
        self.bootstrap = None
        self.control = None
        self._buffer = b""

    def start(self):
        # Another process may take a probed port before eventscope binds it: try again then.
        for attempt in range(5):
            base = _free_base_port(self.brokers)
            if self._try_start(base, os.path.join(self.data_dir, f"data-{attempt}")):
                return self
        raise RuntimeError("the cluster did not start; its log: " + self.log_path)

    def _try_start(self, base, data):
        with open(self.log_path, "ab") as log:
            self._buffer = b""
            self.process = subprocess.Popen(
                [self.binary, "--headless", "--brokers", str(self.brokers), "--port", str(base),
                 "--data-dir", data, "--control-port", "0", *self.extra_args],
                stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + READY_TIMEOUT_S
        first = self._read_line(deadline)
        if first is None or not first.startswith("cluster ready: "):
            return self._failed_start(f"first line {first!r}")
        self.bootstrap = first[len("cluster ready: "):]
        # Listener lines may come between the two ready lines.
        while True:
            line = self._read_line(deadline)
            if line is None:
                return self._failed_start("no \"control ready:\" line (is --control-port supported?)")
            if line.startswith("control ready: "):
                url = line[len("control ready: "):].strip()
                break
        with open(os.path.join(data, "control-token")) as f:
            token = f.read().strip()
        self.control = Control(url, token)
        return True

    def _failed_start(self, what):
        exited = self.process.poll()
        if exited is None:
            self.process.kill()
            self.process.wait()
        tail = self.log_tail()
        print(f"chaos: eventscope did not get ready ({what}, exit {self.process.returncode}):\n{tail}",
              flush=True)
        if exited is not None and "in use" in tail:
            return False
        raise RuntimeError("eventscope did not get ready")

    def _read_line(self, deadline):
        out = self.process.stdout
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([out], [], [], remaining)
            if not ready:
                return None
            chunk = os.read(out.fileno(), 4096)
            if not chunk:
                return None
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode(errors="replace")

    def log_tail(self, lines=40):
        try:
            with open(self.log_path, "rb") as f:
                return "\n".join(f.read().decode(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self):
        """SIGTERM; None when eventscope then exited 0 in time, else what went wrong."""
        if self.process is None:
            return None
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
        return problem

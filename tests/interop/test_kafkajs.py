#!/usr/bin/python3
"""kafkajs 2.2.4 (npm, pinned in kafkajs/package-lock.json) against a headless cluster:
producer, consumer group, admin and partition reassignment. The cases live in
kafkajs/interop.js."""

import shutil
import subprocess

import harness


def requires():
    if not (shutil.which("node") or shutil.which("nodejs")):
        harness.skip("node is not installed, so kafkajs cannot run (Debian: apt-get install nodejs npm)")


def test_kafkajs_suite(cluster):
    command, env = harness.kafkajs(harness.ARGS.work_dir)
    env["BOOTSTRAP"] = cluster.bootstrap
    result = subprocess.run(command + ["suite"], env=env, timeout=240)
    assert result.returncode == 0, "kafkajs cases failed (see above)"


if __name__ == "__main__":
    harness.main(globals(), requires)

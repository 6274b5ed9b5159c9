#!/usr/bin/python3
"""Kafka security with real clients against one headless cluster with four listeners:
SASL_SSL, SASL_PLAINTEXT, SSL (client certificates required) and PLAINTEXT. kcat,
confluent-kafka-python, kafka-python and kafkajs each produce and consume over SASL_SSL
with SCRAM-SHA-512, SASL_PLAINTEXT with PLAIN and SSL with a client certificate from the
cluster's local CA; a wrong password and an untrusted CA fail with the client's own error.
ACLs are managed by the super user through kafka-python's admin client (confluent-kafka
1.7 has no ACL calls) and hold for the restricted users; users, ACLs and the CA outlive
a restart without the --scram-user flags. No client here manages SCRAM users
(AlterUserScramCredentials is in none of confluent-kafka 1.7, kafka-python 2.0.2 and
kafkajs 2.2.4), so the users come from --scram-user."""

import contextlib
import json
import logging
import os
import shutil
import ssl
import subprocess
import tempfile

import harness

try:
    import confluent_kafka
    from confluent_kafka import Consumer, KafkaError, Producer
    from confluent_kafka.admin import AdminClient
except ImportError:
    confluent_kafka = None
try:
    import kafka
    import kafka.errors
    from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
    from kafka.admin import (ACL, ACLFilter, ACLOperation, ACLPermissionType, ACLResourcePatternType,
                             NewTopic, ResourcePattern, ResourcePatternFilter, ResourceType)
except ImportError:
    kafka = None

KCAT = shutil.which("kcat") or shutil.which("kafkacat")
OPENSSL = shutil.which("openssl")
PASSWORDS = {"alice": "alice-secret", "bob": "bob-secret", "admin": "admin-secret"}
LISTENERS = ["SASL_SSL", "SASL_PLAINTEXT", "SSL", "PLAINTEXT"]
# Kept with the cluster, unlike the listeners and TLS options, which a restart needs again.
KEPT_ARGS = ["--super-user", "User:admin", "--allow-everyone-if-no-acl", "false"]
START_ARGS = ["--tls-client-auth", "required", *KEPT_ARGS,
              *[arg for user, password in PASSWORDS.items()
                for arg in ("--scram-user", f"{user}:{password}")]]
RESTART_ARGS = ["--tls-client-auth", "required"]
TIMEOUT_S = 15
# After three failed logins from one address in a minute, the brokers answer each further
# one up to 5 s late (engine/server/auth_failure_throttle.h), and every client here comes
# from 127.0.0.1: a client that fails on purpose waits this long for its error.
FAILURE_WAIT_S = 7
# The principal of the client certificate this script issues (Kafka's RFC 2253 subject).
CERT_PRINCIPAL = "User:CN=alice-cert"
CERTS = tempfile.mkdtemp(prefix="eventscope-interop-certs-")
STATE = {}  # what a later case checks: the topics and records of earlier ones


def requires():
    missing = [name for name, present in (("kcat", KCAT), ("openssl", OPENSSL),
                                          ("confluent-kafka", confluent_kafka), ("kafka-python", kafka))
               if not present]
    if missing:
        harness.skip(f"{', '.join(missing)} not installed (Debian: apt-get install kcat openssl "
                     "python3-confluent-kafka python3-kafka)")


def openssl(*args):
    harness.run([OPENSSL, *args], timeout_s=30)


def client_certificate(cluster):
    """A client certificate for CN=alice-cert issued by the cluster's local CA with the
    openssl command line (the app has no command to issue one), and a certificate and key
    of another CA that the brokers do not know: paths in a dict."""
    if "cert" in STATE:
        return STATE["cert"]
    tls_dir = os.path.dirname(cluster.tls_ca)
    paths = {name: os.path.join(CERTS, name) for name in
             ("client.pem", "client-key.pem", "other-ca.pem", "other-ca-key.pem")}
    csr = os.path.join(CERTS, "client.csr")
    ext = os.path.join(CERTS, "client.ext")
    with open(ext, "w") as f:
        f.write("extendedKeyUsage=clientAuth\nkeyUsage=digitalSignature\n")
    openssl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-subj", "/CN=alice-cert", "-keyout", paths["client-key.pem"], "-out", csr)
    openssl("x509", "-req", "-in", csr, "-CA", cluster.tls_ca, "-CAkey",
            os.path.join(tls_dir, "ca-key.pem"), "-set_serial", "4242", "-days", "2",
            "-extfile", ext, "-out", paths["client.pem"])
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-subj", "/CN=Untrusted test CA", "-days", "2",
            "-keyout", paths["other-ca-key.pem"], "-out", paths["other-ca.pem"])
    STATE["cert"] = paths
    return paths


# --- the clients' settings for each listener -------------------------------------------

def rdkafka_config(cluster, listener, user=None, password=None, mechanism="SCRAM-SHA-512", ca=None):
    """librdkafka properties (kcat -X and confluent-kafka) for `listener` as `user`."""
    config = {"bootstrap.servers": cluster.listeners[listener], "security.protocol": listener}
    if listener.startswith("SASL"):
        config.update({"sasl.mechanisms": mechanism, "sasl.username": user,
                       "sasl.password": password if password is not None else PASSWORDS[user]})
    if listener.endswith("SSL"):
        cert = client_certificate(cluster)
        config["ssl.ca.location"] = ca or cluster.tls_ca
        # --tls-client-auth required asks for a certificate on SASL_SSL too (see
        # test_sasl_ssl_needs_no_client_certificate), so every TLS client presents one.
        config.update({"ssl.certificate.location": cert["client.pem"],
                       "ssl.key.location": cert["client-key.pem"]})
    return config


def kafka_python_config(cluster, listener, user=None, password=None, mechanism="SCRAM-SHA-512", ca=None):
    config = dict(bootstrap_servers=cluster.listeners[listener], security_protocol=listener,
                  request_timeout_ms=10000, api_version_auto_timeout_ms=5000)
    if listener.startswith("SASL"):
        config.update(sasl_mechanism=mechanism, sasl_plain_username=user,
                      sasl_plain_password=password if password is not None else PASSWORDS[user])
    if listener.endswith("SSL"):
        cert = client_certificate(cluster)
        config.update(ssl_cafile=ca or cluster.tls_ca, ssl_certfile=cert["client.pem"],
                      ssl_keyfile=cert["client-key.pem"])
    return config


def kcat(cluster, listener, user, *args, password=None, mechanism="SCRAM-SHA-512", input_bytes=None,
         check=True):
    settings = []
    for key, value in rdkafka_config(cluster, listener, user, password, mechanism).items():
        if key != "bootstrap.servers":
            settings += ["-X", f"{key}={value}"]
    result = subprocess.run([KCAT, "-b", cluster.listeners[listener], *settings, *args],
                            input=input_bytes, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            timeout=30)
    if check and result.returncode != 0:
        raise AssertionError(f"kcat exited with {result.returncode}:\n{result.stderr.decode(errors='replace')}")
    return result


# --- the super user's admin client ------------------------------------------------------

def admin(cluster):
    if "admin" not in STATE:
        STATE["admin"] = KafkaAdminClient(**kafka_python_config(cluster, "SASL_PLAINTEXT", "admin",
                                                                mechanism="PLAIN"))
    return STATE["admin"]


def create_topic(cluster, name, partitions=3):
    admin(cluster).create_topics([NewTopic(name, partitions, 3)], timeout_ms=10000)
    # Metadata reaches every broker shortly after creation; the super user sees it.
    probe = AdminClient(rdkafka_config(cluster, "SASL_PLAINTEXT", "admin", mechanism="PLAIN"))
    harness.wait_until(lambda: len(probe.list_topics(name, timeout=5).topics[name].partitions) == partitions,
                       10, f"{name} in the metadata")
    return name


def allow(principal, resource_type, name, *operations, pattern="LITERAL", permission="ALLOW"):
    return [ACL(principal, "*", getattr(ACLOperation, op), getattr(ACLPermissionType, permission),
                ResourcePattern(resource_type, name, getattr(ACLResourcePatternType, pattern)))
            for op in operations]


def create_acls(cluster, acls):
    result = admin(cluster).create_acls(acls)
    assert not result["failed"], f"CreateAcls refused: {result['failed']}"
    assert len(result["succeeded"]) == len(acls), result


# --- produce and consume with each client --------------------------------------------

def confluent_round_trip(cluster, config, topic, count=5):
    producer = Producer(dict(config, **{"acks": "all", "linger.ms": 0}))
    errors = []
    values = [f"{topic}-{i}".encode() for i in range(count)]
    for i, value in enumerate(values):
        producer.produce(topic, key=f"k{i}".encode(), value=value,
                         on_delivery=lambda err, msg: err and errors.append(err))
    assert producer.flush(TIMEOUT_S) == 0, "records left undelivered"
    assert not errors, errors
    got = confluent_read(config, topic, count)
    assert sorted(got) == sorted(values), got


def confluent_read(config, topic, count):
    """The first `count` records of the topic's three partitions, read from the beginning."""
    consumer = Consumer(dict(config, **{"group.id": harness.unique("alice-g"), "enable.auto.commit": False}))
    got = []
    try:
        consumer.assign([confluent_kafka.TopicPartition(topic, p, confluent_kafka.OFFSET_BEGINNING)
                         for p in range(3)])
        harness.wait_until(lambda: _poll_into(consumer, got) or len(got) >= count, 20,
                           f"{count} records of {topic}", interval_s=0)
    finally:
        consumer.close()
    return got


def _poll_into(consumer, got):
    message = consumer.poll(0.2)
    if message is not None:
        assert not message.error(), message.error()
        got.append(message.value())
    return False


def kafka_python_round_trip(cluster, config, topic, count=5):
    producer = KafkaProducer(acks="all", linger_ms=0, **config)
    try:
        values = [f"{topic}-{i}".encode() for i in range(count)]
        for future in [producer.send(topic, value=v) for v in values]:
            future.get(timeout=TIMEOUT_S)
    finally:
        producer.close(10)
    consumer = KafkaConsumer(auto_offset_reset="earliest", consumer_timeout_ms=5000,
                             enable_auto_commit=False, **config)
    try:
        consumer.assign([TopicPartition(topic, p) for p in range(3)])
        got = [message.value for _, message in zip(range(count), consumer)]
    finally:
        consumer.close()
    assert sorted(got) == sorted(values), got


def kcat_round_trip(cluster, listener, user, topic, mechanism="SCRAM-SHA-512"):
    lines = [f"{topic}-{i}" for i in range(5)]
    kcat(cluster, listener, user, "-P", "-t", topic, "-X", "acks=all", mechanism=mechanism,
         input_bytes="\n".join(lines).encode() + b"\n")
    out = kcat(cluster, listener, user, "-C", "-t", topic, "-o", "beginning", "-e", "-q",
               mechanism=mechanism).stdout
    assert sorted(out.decode().split()) == sorted(lines), out


def setup_alice(cluster):
    """alice and the certificate's principal may use topics and groups that start with
    their names; bob has no ACL here."""
    if "alice" in STATE:
        return
    client_certificate(cluster)
    for principal, prefix in (("User:alice", "alice-"), (CERT_PRINCIPAL, "alice-")):
        create_acls(cluster, allow(principal, ResourceType.TOPIC, prefix, "ALL", pattern="PREFIXED") +
                    allow(principal, ResourceType.GROUP, prefix, "ALL", pattern="PREFIXED"))
    STATE["alice"] = True


# --- the cases ----------------------------------------------------------------------------

def test_listeners_and_ca(cluster):
    assert set(cluster.listeners) == set(LISTENERS), cluster.listeners
    assert os.path.basename(cluster.tls_ca) == "ca.pem" and os.path.isfile(cluster.tls_ca), cluster.tls_ca
    assert len(cluster.tls_ca_fingerprint.split(":")) == 32, cluster.tls_ca_fingerprint
    out = subprocess.run([OPENSSL, "x509", "-in", cluster.tls_ca, "-noout", "-fingerprint", "-sha256"],
                         stdout=subprocess.PIPE, check=True).stdout.decode()
    assert out.strip().split("=", 1)[1] == cluster.tls_ca_fingerprint, (out, cluster.tls_ca_fingerprint)


def test_confluent_kafka_each_listener(cluster):
    setup_alice(cluster)
    for listener, mechanism in (("SASL_SSL", "SCRAM-SHA-512"), ("SASL_PLAINTEXT", "PLAIN"),
                                ("SASL_SSL", "SCRAM-SHA-256"), ("SSL", None)):
        topic = create_topic(cluster, harness.unique("alice-ck"))
        confluent_round_trip(cluster, rdkafka_config(cluster, listener, "alice", mechanism=mechanism), topic)
        if listener == "SASL_SSL" and mechanism == "SCRAM-SHA-512":
            STATE["alice-topic"] = topic


def test_kcat_each_listener(cluster):
    setup_alice(cluster)
    for listener, mechanism in (("SASL_SSL", "SCRAM-SHA-512"), ("SASL_PLAINTEXT", "PLAIN"), ("SSL", None)):
        kcat_round_trip(cluster, listener, "alice", create_topic(cluster, harness.unique("alice-kcat")),
                        mechanism)


def test_kafka_python_each_listener(cluster):
    setup_alice(cluster)
    for listener, mechanism in (("SASL_SSL", "SCRAM-SHA-512"), ("SASL_PLAINTEXT", "PLAIN"), ("SSL", None)):
        topic = create_topic(cluster, harness.unique("alice-kp"))
        kafka_python_round_trip(cluster, kafka_python_config(cluster, listener, "alice", mechanism=mechanism),
                                topic)


def test_kafkajs_each_listener_and_failures(cluster):
    setup_alice(cluster)
    command, env = harness.kafkajs(harness.ARGS.work_dir)
    cert = client_certificate(cluster)
    env.update(LISTENERS=json.dumps(cluster.listeners), CA=cluster.tls_ca, OTHER_CA=cert["other-ca.pem"],
               CERT=cert["client.pem"], KEY=cert["client-key.pem"], PASSWORD=PASSWORDS["alice"])
    topics = [create_topic(cluster, harness.unique("alice-js")) for _ in range(3)]
    script = os.path.join(os.path.dirname(command[1]), "security.js")
    result = subprocess.run([command[0], script, *topics], env=env, timeout=120)
    assert result.returncode == 0, "kafkajs security cases failed (see above)"


def rdkafka_errors(config, matches, what):
    """The errors a librdkafka client reports through error_cb while it fails to fetch
    metadata, until one `matches`."""
    errors = []
    client = AdminClient(dict(config, error_cb=errors.append))
    try:
        client.list_topics(timeout=2)
        raise AssertionError(f"metadata despite {what}")
    except confluent_kafka.KafkaException:
        pass
    harness.wait_until(lambda: client.poll(0.2) is not None and any(map(matches, errors)), FAILURE_WAIT_S,
                       f"librdkafka's error for {what} (so far {[e.str() for e in errors]})")
    return errors


@contextlib.contextmanager
def kafka_log():
    """The messages kafka-python's connections log meanwhile."""
    records = []
    handler = logging.Handler(logging.INFO)
    handler.emit = lambda record: records.append(record.getMessage())
    logger = logging.getLogger("kafka.conn")
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def test_wrong_password(cluster):
    # librdkafka (confluent-kafka): an _AUTHENTICATION error naming the failure.
    rdkafka_errors(rdkafka_config(cluster, "SASL_SSL", "alice", password="wrong"),
                   lambda e: e.code() == KafkaError._AUTHENTICATION and "Authentication failed" in e.str(),
                   "a wrong SCRAM password")

    # kcat reports the same librdkafka error, for PLAIN too.
    result = kcat(cluster, "SASL_PLAINTEXT", "alice", "-L", "-m", str(FAILURE_WAIT_S), password="wrong",
                  mechanism="PLAIN", check=False)
    stderr = result.stderr.decode(errors="replace")
    assert result.returncode != 0 and "Authentication failed" in stderr, stderr

    # kafka-python 2.0 sends SCRAM as raw SASL tokens, after which Kafka closes the
    # connection of a failed authentication: it logs a KafkaConnectionError while
    # authenticating, and finds no broker.
    with kafka_log() as records:
        try:
            KafkaProducer(**dict(kafka_python_config(cluster, "SASL_SSL", "alice", password="wrong"),
                                 api_version_auto_timeout_ms=FAILURE_WAIT_S * 1000))
            raise AssertionError("kafka-python connected with a wrong password")
        except kafka.errors.NoBrokersAvailable:
            pass
    closed = [r for r in records if "<authenticating>" in r and "Closing connection. KafkaConnectionError" in r]
    assert closed, records


def test_untrusted_ca(cluster):
    other = client_certificate(cluster)["other-ca.pem"]
    rdkafka_errors(rdkafka_config(cluster, "SASL_SSL", "alice", ca=other),
                   lambda e: "certificate verify failed" in e.str(), "a broker whose CA is not trusted")
    try:
        KafkaProducer(**kafka_python_config(cluster, "SSL", ca=other))
        raise AssertionError("kafka-python connected to a broker whose CA is not trusted")
    except ssl.SSLCertVerificationError as e:
        print(f"kafka-python: {type(e).__name__}: {e}")


def test_sasl_ssl_needs_no_client_certificate(cluster):
    """Kafka applies ssl.client.auth to SSL listeners only, not to SASL_SSL ones, whose
    clients authenticate with SASL (KIP-684): a SASL_SSL client without a certificate."""
    config = rdkafka_config(cluster, "SASL_SSL", "alice")
    del config["ssl.certificate.location"], config["ssl.key.location"]
    errors = []
    client = AdminClient(dict(config, error_cb=errors.append))
    try:
        client.list_topics(timeout=3)
    except confluent_kafka.KafkaException as e:
        raise AssertionError(f"SASL_SSL without a client certificate: {e}; {[x.str() for x in errors]}")


def test_write_without_read(cluster):
    topic = create_topic(cluster, harness.unique("bob-w"))
    create_acls(cluster, allow("User:bob", ResourceType.TOPIC, topic, "WRITE", "DESCRIBE"))
    kcat(cluster, "SASL_PLAINTEXT", "bob", "-P", "-t", topic, mechanism="PLAIN", input_bytes=b"one\ntwo\n")
    result = kcat(cluster, "SASL_PLAINTEXT", "bob", "-C", "-t", topic, "-o", "beginning", "-e",
                  mechanism="PLAIN", check=False)
    stderr = result.stderr.decode(errors="replace")
    assert "Topic authorization failed" in stderr, stderr
    assert b"one" not in result.stdout, result.stdout
    consumer = KafkaConsumer(**kafka_python_config(cluster, "SASL_PLAINTEXT", "bob", mechanism="PLAIN"),
                             auto_offset_reset="earliest", enable_auto_commit=False)
    try:
        consumer.assign([TopicPartition(topic, p) for p in range(3)])
        try:
            harness.wait_until(lambda: consumer.poll(500), 10, "a record bob may not read")
            raise AssertionError("bob read a topic he may only write")
        except kafka.errors.TopicAuthorizationFailedError:
            pass
    finally:
        consumer.close()
    STATE["write-only"] = topic


def test_prefixed_acl(cluster):
    inside = create_topic(cluster, harness.unique("bobpfx"))
    outside = create_topic(cluster, harness.unique("bobpf"))  # shares all but the prefix's last letter
    create_acls(cluster, allow("User:bob", ResourceType.TOPIC, "bobpfx-", "WRITE", "DESCRIBE",
                               pattern="PREFIXED"))
    kcat(cluster, "SASL_PLAINTEXT", "bob", "-P", "-t", inside, mechanism="PLAIN", input_bytes=b"in\n")
    result = kcat(cluster, "SASL_PLAINTEXT", "bob", "-P", "-t", outside, mechanism="PLAIN",
                  input_bytes=b"out\n", check=False)
    stderr = result.stderr.decode(errors="replace")
    assert "Topic authorization failed" in stderr, stderr
    acls, error = admin(cluster).describe_acls(ACLFilter(
        "User:bob", "*", ACLOperation.ANY, ACLPermissionType.ANY,
        ResourcePatternFilter(ResourceType.TOPIC, "bobpfx-", ACLResourcePatternType.PREFIXED)))
    assert error is kafka.errors.NoError, error
    assert sorted(a.operation.name for a in acls) == ["DESCRIBE", "WRITE"], acls


def test_transactional_id_acls(cluster):
    """A transactional producer needs Write on its transactional id (Kafka's
    TRANSACTIONAL_ID_AUTHORIZATION_FAILED without it) besides Write on the topic; a
    prefixed ACL on transactional ids lets every id under the prefix through."""
    topic = create_topic(cluster, harness.unique("bobtxn"))
    create_acls(cluster, allow("User:bob", ResourceType.TOPIC, topic, "WRITE", "DESCRIBE", "READ"))
    config = rdkafka_config(cluster, "SASL_PLAINTEXT", "bob", mechanism="PLAIN")
    refused = Producer(dict(config, **{"transactional.id": harness.unique("bobtx")}))
    try:
        refused.init_transactions(FAILURE_WAIT_S + TIMEOUT_S)
        raise AssertionError("bob initialised a transactional id he has no ACL for")
    except confluent_kafka.KafkaException as e:
        assert e.args[0].code() == confluent_kafka.KafkaError.TRANSACTIONAL_ID_AUTHORIZATION_FAILED, e
    create_acls(cluster, allow("User:bob", ResourceType.TRANSACTIONAL_ID, "bobtx-", "WRITE", "DESCRIBE",
                               pattern="PREFIXED"))
    producer = Producer(dict(config, **{"transactional.id": harness.unique("bobtx")}))
    producer.init_transactions(TIMEOUT_S)
    producer.begin_transaction()
    for i in range(5):
        producer.produce(topic, value=f"txn-{i}".encode())
    producer.commit_transaction(TIMEOUT_S)
    create_acls(cluster, allow("User:bob", ResourceType.GROUP, "bobtxn-read", "READ", "DESCRIBE",
                               pattern="PREFIXED"))
    consumer = Consumer(dict(config, **{"group.id": harness.unique("bobtxn-read"), "enable.auto.commit": False,
                                        "isolation.level": "read_committed"}))
    got = []
    try:
        consumer.assign([confluent_kafka.TopicPartition(topic, p, confluent_kafka.OFFSET_BEGINNING)
                         for p in range(3)])
        harness.wait_until(lambda: _poll_into(consumer, got) or len(got) >= 5, 20, "bob's committed records",
                           interval_s=0)
    finally:
        consumer.close()
    assert sorted(got) == [f"txn-{i}".encode() for i in range(5)], got


def test_deny_beats_allow(cluster):
    denied = create_topic(cluster, harness.unique("bobdeny"))
    allowed = create_topic(cluster, harness.unique("bobdeny"))
    create_acls(cluster, allow("User:bob", ResourceType.TOPIC, "bobdeny-", "ALL", pattern="PREFIXED") +
                allow("User:bob", ResourceType.TOPIC, denied, "WRITE", permission="DENY"))
    kcat(cluster, "SASL_PLAINTEXT", "bob", "-P", "-t", allowed, mechanism="PLAIN", input_bytes=b"yes\n")
    result = kcat(cluster, "SASL_PLAINTEXT", "bob", "-P", "-t", denied, mechanism="PLAIN",
                  input_bytes=b"no\n", check=False)
    stderr = result.stderr.decode(errors="replace")
    assert "Topic authorization failed" in stderr, stderr
    # Deleting the deny ACL lets the allow one through.
    deleted = admin(cluster).delete_acls([ACLFilter(
        "User:bob", "*", ACLOperation.WRITE, ACLPermissionType.DENY,
        ResourcePatternFilter(ResourceType.TOPIC, denied, ACLResourcePatternType.LITERAL))])
    assert len(deleted) == 1 and len(deleted[0][1]) == 1, deleted
    harness.wait_until(lambda: kcat(cluster, "SASL_PLAINTEXT", "bob", "-P", "-t", denied, mechanism="PLAIN",
                                    input_bytes=b"now\n", check=False).returncode == 0,
                       10, "bob's write once the deny ACL is deleted")


def test_group_without_read(cluster):
    topic = create_topic(cluster, harness.unique("bobgrp"))
    create_acls(cluster, allow("User:bob", ResourceType.TOPIC, topic, "READ", "DESCRIBE"))
    consumer = KafkaConsumer(topic, group_id=harness.unique("bob-g"), auto_offset_reset="earliest",
                             session_timeout_ms=6000, heartbeat_interval_ms=500,
                             **kafka_python_config(cluster, "SASL_PLAINTEXT", "bob", mechanism="PLAIN"))
    try:
        consumer.poll(5000)
        raise AssertionError("bob joined a group he may not read")
    except kafka.errors.GroupAuthorizationFailedError:
        pass
    finally:
        consumer.close()


def test_metadata_hides_undescribable_topics(cluster):
    setup_alice(cluster)
    mine = create_topic(cluster, harness.unique("alice-meta"))
    hidden = create_topic(cluster, harness.unique("hidden"))
    client = AdminClient(rdkafka_config(cluster, "SASL_SSL", "alice"))
    topics = set(client.list_topics(timeout=10).topics)
    assert mine in topics and hidden not in topics, topics
    assert not any(t.startswith("bob") for t in topics), topics
    # The super user sees it.
    everything = AdminClient(rdkafka_config(cluster, "SASL_PLAINTEXT", "admin", mechanism="PLAIN"))
    assert hidden in everything.list_topics(timeout=10).topics


def test_users_acls_and_ca_survive_restart(cluster):
    setup_alice(cluster)
    fingerprint = cluster.tls_ca_fingerprint
    if "admin" in STATE:
        STATE.pop("admin").close()
    # The restart names the listeners again but no user and no super user: those, the ACLs
    # and the local CA are kept with the cluster.
    cluster.restart(extra_args=RESTART_ARGS)
    assert set(cluster.listeners) == set(LISTENERS), cluster.listeners
    assert cluster.tls_ca_fingerprint == fingerprint, (cluster.tls_ca_fingerprint, fingerprint)
    # alice still authenticates with SCRAM and reads what she wrote before: acknowledged
    # records survive the restart.
    config = rdkafka_config(cluster, "SASL_SSL", "alice")
    if "alice-topic" in STATE:
        before = STATE["alice-topic"]
        assert sorted(confluent_read(config, before, 5)) == sorted(f"{before}-{i}".encode() for i in range(5))
    confluent_round_trip(cluster, config, create_topic(cluster, harness.unique("alice-after")))
    kafka_python_round_trip(cluster, kafka_python_config(cluster, "SASL_SSL", "alice", mechanism="SCRAM-SHA-256"),
                            create_topic(cluster, harness.unique("alice-after")))
    # bob still may write but not read his write-only topic.
    if "write-only" in STATE:
        result = kcat(cluster, "SASL_PLAINTEXT", "bob", "-C", "-t", STATE["write-only"], "-o", "beginning",
                      "-e", mechanism="PLAIN", check=False)
        assert "Topic authorization failed" in result.stderr.decode(errors="replace"), result.stderr
    # admin is still a super user, with the password it was created with.
    create_topic(cluster, harness.unique("after-restart"))


if __name__ == "__main__":
    try:
        harness.main(globals(), requires, cluster_options=dict(listeners=LISTENERS, extra_args=START_ARGS))
    finally:
        shutil.rmtree(CERTS, ignore_errors=True)

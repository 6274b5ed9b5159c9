#!/usr/bin/python3
"""Replica administration from a real client against a headless cluster: the brokers
advertise DescribeLogDirs and ElectLeaders, every broker describes its log directory with
the partitions' sizes, and a preferred election after a restart gives leadership back to
the preferred replicas.

Neither Debian 12 client has these calls in its admin API (kafka-python 2.0.2 has no
describe_log_dirs or elect_leaders, confluent-kafka 1.7 neither), so the cases send the
requests through kafka-python's own connections and codec, with the request and response
layouts of Kafka's message definitions (classic versions: kafka-python 2.0.2 cannot send
flexible ones)."""

import harness

try:
    import kafka
    from kafka import KafkaAdminClient, KafkaProducer
    from kafka.admin import NewTopic
    from kafka.protocol.api import Request, Response
    from kafka.protocol.types import Array, Boolean, Int8, Int16, Int32, Int64, Schema, String
except ImportError:
    kafka = None

NONE = 0
PREFERRED_LEADER_NOT_AVAILABLE = 80
ELECTION_NOT_NEEDED = 84


def requires():
    if kafka is None:
        harness.skip("kafka-python is not importable by this python3 (Debian: apt-get install python3-kafka)")


if kafka is not None:
    class DescribeLogDirsResponse_v1(Response):
        API_KEY = 35
        API_VERSION = 1
        SCHEMA = Schema(
            ("throttle_time_ms", Int32),
            ("results", Array(
                ("error_code", Int16),
                ("log_dir", String("utf-8")),
                ("topics", Array(
                    ("name", String("utf-8")),
                    ("partitions", Array(
                        ("partition_index", Int32),
                        ("partition_size", Int64),
                        ("offset_lag", Int64),
                        ("is_future_key", Boolean))))))))

    class DescribeLogDirsRequest_v1(Request):
        API_KEY = 35
        API_VERSION = 1
        RESPONSE_TYPE = DescribeLogDirsResponse_v1
        SCHEMA = Schema(
            ("topics", Array(
                ("topic", String("utf-8")),
                ("partitions", Array(Int32)))))

    class ElectLeadersResponse_v1(Response):
        API_KEY = 43
        API_VERSION = 1
        SCHEMA = Schema(
            ("throttle_time_ms", Int32),
            ("error_code", Int16),
            ("replica_election_results", Array(
                ("topic", String("utf-8")),
                ("partition_result", Array(
                    ("partition_id", Int32),
                    ("error_code", Int16),
                    ("error_message", String("utf-8")))))))

    class ElectLeadersRequest_v1(Request):
        API_KEY = 43
        API_VERSION = 1
        RESPONSE_TYPE = ElectLeadersResponse_v1
        SCHEMA = Schema(
            ("election_type", Int8),
            ("topic_partitions", Array(
                ("topic", String("utf-8")),
                ("partitions", Array(Int32)))),
            ("timeout_ms", Int32))


def admin(cluster):
    return KafkaAdminClient(bootstrap_servers=cluster.bootstrap, request_timeout_ms=10000)


def call(client, node_id, request):
    """Sends `request` to one broker over the admin client's connection; its response."""
    future = client._send_request_to_node(node_id, request)
    client._wait_for_futures([future])
    return future.value


def create_topic(client, name, partitions, replication):
    client.create_topics([NewTopic(name, partitions, replication)], timeout_ms=10000)
    harness.wait_until(lambda: leaders(client, name) and len(leaders(client, name)) == partitions, 10,
                       f"{name} to have leaders")


def leaders(client, topic):
    """{partition: (leader, replicas)} from a fresh Metadata answer."""
    described = client.describe_topics([topic])
    if not described or described[0]["error_code"] != 0:
        return {}
    return {p["partition"]: (p["leader"], list(p["replicas"])) for p in described[0]["partitions"]
            if p["leader"] >= 0}


def broker_ids(client):
    return sorted(b.nodeId for b in client._client.cluster.brokers())


def test_brokers_advertise_both_apis(cluster):
    client = admin(cluster)
    try:
        versions = client._client.get_api_versions()
    finally:
        client.close()
    assert versions.get(35) == (0, 4), f"DescribeLogDirs advertised as {versions.get(35)}"
    assert versions.get(43) == (0, 2), f"ElectLeaders advertised as {versions.get(43)}"


def test_describe_log_dirs_shows_partition_sizes(cluster):
    topic = harness.unique("ra-sizes")
    client = admin(cluster)
    try:
        create_topic(client, topic, 2, 3)
        producer = KafkaProducer(bootstrap_servers=cluster.bootstrap, acks="all", linger_ms=0)
        try:
            futures = [producer.send(topic, value=b"x" * 100, partition=0) for _ in range(50)]
            producer.flush(15)
            for future in futures:
                future.get(timeout=15)
        finally:
            producer.close(10)

        ids = broker_ids(client)
        assert len(ids) == 3, ids
        for node in ids:
            def sizes():
                answer = call(client, node, DescribeLogDirsRequest_v1(topics=None))
                assert len(answer.results) == 1, answer
                error, log_dir, topics = answer.results[0]
                assert error == 0 and log_dir.endswith(f"broker-{node}"), (error, log_dir)
                found = {p[0]: p[1:] for name, partitions in topics if name == topic for p in partitions}
                # All three replicas acknowledged the records; a follower's size follows its write.
                return found if len(found) == 2 and found[0][0] > 5000 else None
            found = harness.wait_until(sizes, 10, f"broker {node} to show the size of {topic}-0")
            assert found[1][0] == 0, f"broker {node}: {topic}-1 has no records but {found[1][0]} bytes"
            assert all(not future for _, _, future in found.values()), found

            # Only what is asked for.
            named = call(client, node, DescribeLogDirsRequest_v1(topics=[(topic, [1])]))
            assert [(name, [p[0] for p in partitions]) for name, partitions in named.results[0][2]] == \
                [(topic, [1])], named
    finally:
        client.close()


def test_preferred_election_after_a_restart_returns_leadership(cluster):
    """The headless cluster also moves leaders back on its own (auto.leader.rebalance.enable,
    every 5 s), so this case checks Kafka's answers and the outcome; which of the two moved a
    partition it cannot tell. tests/server/test_wire_replica_admin.cpp, with automatic
    rebalancing off, checks that the election itself moves leadership."""
    topic = harness.unique("ra-moves")
    client = admin(cluster)
    try:
        create_topic(client, topic, 3, 3)
    finally:
        client.close()

    cluster.restart()
    client = admin(cluster)
    try:
        harness.wait_until(lambda: len(leaders(client, topic)) == 3, 20, f"{topic} to have leaders again")
        print(f"leaders after the restart: {leaders(client, topic)}", flush=True)
        request = ElectLeadersRequest_v1(election_type=0, topic_partitions=[(topic, [0, 1, 2])],
                                         timeout_ms=10000)
        answers = {}

        def elected():
            # A preferred replica that has not caught up yet is not eligible (80): ask again.
            answer = call(client, client._controller_id, request)
            assert answer.error_code == 0, answer
            answers.clear()
            for name, partitions in answer.replica_election_results:
                for partition, error, message in partitions:
                    answers[partition] = (error, message)
            return all(error != PREFERRED_LEADER_NOT_AVAILABLE for error, _ in answers.values())
        harness.wait_until(elected, 30, f"the preferred replicas of {topic} to be eligible", interval_s=0.5)
        print(f"election answers: {answers}", flush=True)
        assert sorted(answers) == [0, 1, 2], answers
        assert all(error in (NONE, ELECTION_NOT_NEEDED) for error, _ in answers.values()), answers

        now = leaders(client, topic)
        assert all(leader == replicas[0] for leader, replicas in now.values()), \
            f"leaders after the election: {now}"

        # Once there, a second election is not needed.
        again = call(client, client._controller_id, request)
        assert all(error == ELECTION_NOT_NEEDED for _, partitions in again.replica_election_results
                   for _, error, _ in partitions), again

        unknown = call(client, client._controller_id,
                       ElectLeadersRequest_v1(election_type=0, topic_partitions=[(topic, [9])], timeout_ms=10000))
        assert [(name, [(p, error) for p, error, _ in partitions])
                for name, partitions in unknown.replica_election_results] == [(topic, [(9, 3)])], unknown
    finally:
        client.close()


if __name__ == "__main__":
    harness.main(globals(), requires)

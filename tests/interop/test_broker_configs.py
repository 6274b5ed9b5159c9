#!/usr/bin/python3
"""Broker configs from a real client against a headless cluster: confluent-kafka-python's
AdminClient describes a broker's configs with Kafka's sources, read-only flags and
synonyms, and its alter_configs on a broker sets that broker's own values as Kafka does
(DYNAMIC_BROKER_CONFIG, only on that broker), refusing read-only configs.

librdkafka sends a broker resource to the broker it names, and accepts only a broker id
as the name, so this client cannot reach the cluster-wide resource "" that the cluster
changes live; the C++ wire test covers that."""

import harness

try:
    from confluent_kafka import KafkaException
    from confluent_kafka.admin import AdminClient, ConfigResource, ConfigSource
except ImportError:
    AdminClient = None


def requires():
    if AdminClient is None:
        harness.skip("confluent-kafka is not importable by this python3 "
                     "(Debian: apt-get install python3-confluent-kafka)")


def describe(admin, name):
    resource = ConfigResource(ConfigResource.Type.BROKER, name)
    return admin.describe_configs([resource], request_timeout=20)[resource].result(timeout=30)


def test_describe_broker_configs(cluster):
    admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
    configs = describe(admin, "1")
    assert configs["broker.id"].value == "1", configs["broker.id"]
    assert configs["num.partitions"].is_read_only, configs["num.partitions"]
    assert configs["num.partitions"].source == ConfigSource.DEFAULT_CONFIG.value, configs["num.partitions"]
    assert not configs["log.retention.ms"].is_read_only
    assert configs["log.retention.hours"].value == "168"
    assert configs["message.max.bytes"].value == "1048588"
    synonyms = [s.name for s in configs["log.retention.ms"].synonyms.values()]
    assert "log.retention.hours" in synonyms, synonyms


def alter(admin, name, settings):
    resource = ConfigResource(ConfigResource.Type.BROKER, name, set_config=settings)
    return admin.alter_configs([resource], request_timeout=20)[resource].result(timeout=30)


def test_alter_broker_configs_as_kafka_answers(cluster):
    admin = AdminClient({"bootstrap.servers": cluster.bootstrap})
    try:
        alter(admin, "1", {"num.partitions": "7"})
        raise AssertionError("altering num.partitions on broker 1 was accepted")
    except KafkaException as e:
        error = e.args[0]
        print(f"alter num.partitions: {error}", flush=True)
        assert error.code() == 42, error  # INVALID_REQUEST
        assert "Cannot update these configs dynamically" in error.str(), error

    # One broker's own value: that broker reports it as DYNAMIC_BROKER_CONFIG, the others not.
    alter(admin, "2", {"log.retention.ms": "60000"})
    mine = describe(admin, "2")["log.retention.ms"]
    assert mine.value == "60000", mine
    assert mine.source == ConfigSource.DYNAMIC_BROKER_CONFIG.value, mine
    assert describe(admin, "1")["log.retention.ms"].value is None
    # AlterConfigs replaces the whole set of broker 2's own values.
    alter(admin, "2", {})
    assert describe(admin, "2")["log.retention.ms"].value is None


if __name__ == "__main__":
    harness.main(globals(), requires)

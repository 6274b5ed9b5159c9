#!/usr/bin/env python3
"""The chaos checks catch what they promise to: each test gives them a history with one
anomaly (a lost record, a duplicate, a reordering, a dirty read, diverging replicas, a
commit going backwards) and expects exactly that reported, and a clean history passes."""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from chaos_checks import (Ack, Commit, Consumed, OffsetReading,  # noqa: E402
                          check_acknowledged_present_once, check_commits_never_backwards,
                          check_consumed_in_log, check_key_order, check_no_duplicates,
                          check_replicas_agree, index_log)


def clean_history():
    acks = [Ack("a", "a:1", 0, 0), Ack("b", "b:1", 1, 0), Ack("a", "a:2", 0, 1), Ack("b", "b:2", 1, 1)]
    records = {0: [(0, "a", "a:1"), (1, "a", "a:2")], 1: [(0, "b", "b:1"), (1, "b", "b:2")]}
    return acks, records


def replica(broker, batches, start=0):
    end = batches[-1][1] + 1 if batches else start
    return {"broker": broker, "logStartOffset": start, "logEndOffset": end, "highWatermark": end,
            "batches": [{"baseOffset": b, "lastOffset": l, "leaderEpoch": e, "crc": c} for b, l, e, c in batches]}


class RecordChecks(unittest.TestCase):
    def test_a_clean_history_passes(self):
        acks, records = clean_history()
        where = index_log(records)
        for result in (check_acknowledged_present_once(acks, where), check_no_duplicates(where),
                       check_key_order(acks, where),
                       check_consumed_in_log([Consumed(0, 1, "a:2")], records)):
            self.assertTrue(result.passed, result.problems)

    def test_a_lost_acknowledged_record_is_reported(self):
        acks, records = clean_history()
        records[0] = records[0][:1]
        result = check_acknowledged_present_once(acks, index_log(records))
        self.assertEqual(len(result.problems), 1)
        self.assertIn("lost: a:2", result.problems[0])

    def test_a_record_at_another_offset_is_reported(self):
        acks, records = clean_history()
        records[1] = [(0, "b", "b:1"), (2, "b", "b:2")]
        result = check_acknowledged_present_once(acks, index_log(records))
        self.assertEqual(len(result.problems), 1)
        self.assertIn("moved: b:2", result.problems[0])

    def test_a_duplicate_is_reported_even_unacknowledged(self):
        acks, records = clean_history()
        records[0].append((2, "a", "a:1"))
        records[0].append((3, "a", "a:9"))
        records[0].append((4, "a", "a:9"))
        where = index_log(records)
        self.assertIn("duplicated: a:1", check_acknowledged_present_once(acks, where).problems[0])
        self.assertEqual(len(check_no_duplicates(where).problems), 2)

    def test_records_of_a_key_out_of_acknowledgement_order_are_reported(self):
        acks, records = clean_history()
        acks = [acks[2], acks[0], acks[1], acks[3]]  # a:2 acknowledged before a:1
        result = check_key_order(acks, index_log(records))
        self.assertEqual(len(result.problems), 1)
        self.assertIn("key a", result.problems[0])

    def test_a_record_read_and_later_taken_back_is_reported(self):
        _, records = clean_history()
        result = check_consumed_in_log([Consumed(0, 1, "a:2"), Consumed(0, 2, "a:3")], records)
        self.assertEqual(result.problems, ["read a:3 at 0@2, the log has nothing there"])


class CommitChecks(unittest.TestCase):
    def test_commits_and_readings_going_up_pass(self):
        commits = [Commit(1.0, {0: 5}), Commit(2.0, {0: 9, 1: 3})]
        readings = [OffsetReading(1.5, 1.6, {0: 5}), OffsetReading(2.5, 2.6, {0: 9, 1: 3})]
        self.assertTrue(check_commits_never_backwards(commits, readings).passed)

    def test_a_reading_below_an_acknowledged_commit_is_reported(self):
        commits = [Commit(1.0, {0: 5}), Commit(2.0, {0: 9})]
        readings = [OffsetReading(2.5, 2.6, {0: 5})]  # the coordinator forgot the commit of 9
        result = check_commits_never_backwards(commits, readings)
        self.assertEqual(len(result.problems), 1)
        self.assertIn("after a commit of 9", result.problems[0])

    def test_a_reading_racing_a_commit_is_not_a_problem(self):
        commits = [Commit(2.0, {0: 9})]
        readings = [OffsetReading(1.9, 2.1, {0: 5})]  # started before the commit was acknowledged
        self.assertTrue(check_commits_never_backwards(commits, readings).passed)

    def test_readings_going_down_are_reported(self):
        readings = [OffsetReading(1.0, 1.1, {0: 7}), OffsetReading(2.0, 2.1, {0: 4})]
        result = check_commits_never_backwards([], readings)
        self.assertEqual(result.problems, ["partition 0: committed offset read as 4 after 7"])

    def test_a_consumer_committing_lower_is_reported(self):
        result = check_commits_never_backwards([Commit(1.0, {2: 10}), Commit(2.0, {2: 6})], [])
        self.assertEqual(result.problems, ["partition 2: committed 6 after committing 10"])


class ReplicaChecks(unittest.TestCase):
    def test_equal_replicas_pass(self):
        batches = [(0, 4, 1, 111), (5, 9, 2, 222)]
        result = check_replicas_agree(0, [replica(1, batches), replica(2, batches), replica(3, batches)])
        self.assertTrue(result.passed, result.problems)
        self.assertEqual(result.checked, 6)

    def test_two_records_at_one_offset_are_reported(self):
        batches = [(0, 4, 1, 111), (5, 9, 2, 222)]
        other = [(0, 4, 1, 111), (5, 9, 3, 333)]  # another leader wrote offsets 5..9
        result = check_replicas_agree(0, [replica(1, batches), replica(2, other), replica(3, batches)])
        self.assertEqual(len(result.problems), 1)
        self.assertIn("brokers 1 and 2 differ", result.problems[0])

    def test_a_replica_behind_is_reported(self):
        batches = [(0, 4, 1, 111), (5, 9, 2, 222)]
        result = check_replicas_agree(0, [replica(1, batches), replica(2, batches[:1]), replica(3, batches)])
        self.assertEqual(len(result.problems), 1)
        self.assertIn("log end offsets differ", result.problems[0])

    def test_a_gap_in_a_log_is_reported(self):
        batches = [(0, 4, 1, 111), (6, 9, 2, 222)]
        result = check_replicas_agree(0, [replica(1, batches), replica(2, batches)], expected=2)
        self.assertEqual(len(result.problems), 2)
        self.assertIn("batch at 6 where 5 was expected", result.problems[0])

    def test_a_missing_replica_is_reported(self):
        batches = [(0, 4, 1, 111)]
        result = check_replicas_agree(0, [replica(1, batches), replica(3, batches)])
        self.assertEqual(result.problems, ["partition 0: 2 of 3 replicas answered"])


if __name__ == "__main__":
    unittest.main()

#pragma once

// bench_cluster's figures, each on a fresh cluster in its own folder of `workspace`;
// each prints its rows of the table and stops the run (die()) when a run fails.

#include "bench_cluster_setup.h"

namespace bench_cluster {

// bench_cluster_speed.cpp: how fast records go through.

// 1. acks=all throughput of one Producer, sending as fast as it acknowledges.
void benchmarkThroughput(Workspace &workspace, const Options &options, const Sizes &sizes);
// 2. produce-to-consume latency at 10,000 records/s.
void benchmarkLatency(Workspace &workspace, const Sizes &sizes);

// bench_cluster_recovery.cpp: how quickly the cluster settles after a change.

// 3. failover: from crashing a partition's leader until producing to it resumes.
void benchmarkFailover(Workspace &workspace, const Sizes &sizes);
// 4. a 3-member consumer group: from the first subscribe() until every member holds its
// assignment.
void benchmarkGroup(Workspace &workspace, const Sizes &sizes);

// bench_cluster_restart.cpp: a topic of 2,000 partitions after a broker's and the whole
// cluster's restart, until every ISR is full and every leader is the preferred replica.
void benchmarkRestart(Workspace &workspace, const Sizes &sizes);

} // namespace bench_cluster

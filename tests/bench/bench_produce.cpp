// The Produce view's engine side (engine/produce): how fast a bulk send renders and sends
// a template, how closely the rate mode keeps its rate, and how fast a JSON Lines file
// re-imports. Run by hand: bench_produce [--quick].

#include "bench_table.h"
#include "bench_workspace.h"
#include "browse/record_file.h"
#include "client/partition_reader.h"
#include "cluster/cluster.h"
#include "common/logging.h"
#include "connection/embedded_connection.h"
#include "produce/bulk_send.h"
#include "produce/file_record_source.h"
#include "produce/record_generator.h"
#include "produce/template_record_source.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>

using namespace es;
using namespace std::chrono_literals;

namespace {

[[noreturn]] void die(const std::string &what) { throw std::runtime_error(what); }

const RecordTemplateSet &orderTemplate()
{
    static const RecordTemplateSet set{
        "order created",
        "order-{{seq}}",
        R"({"orderId":"{{uuid}}","customer":"customer-{{int 1 50}}","amount":{{int 5 500}},)"
        R"("currency":"{{pick EUR|USD|GBP}}","createdAt":"{{now_iso}}","note":"{{words 6}}"})",
        {{"event-type", "order.created"}, {"source", "eventscope"}}};
    return set;
}

std::unique_ptr<BulkSend> templateRun(Connection &connection, const std::string &topic, std::int64_t count,
                                      double rate)
{
    auto generator = RecordGenerator::create(orderTemplate());
    if (!generator)
        die(generator.status().message());
    TemplateSourceOptions source;
    source.topic = topic;
    source.count = count;
    BulkSendOptions options;
    options.ratePerSecond = rate;
    return std::make_unique<BulkSend>(
        connection, std::make_unique<TemplateRecordSource>(std::move(*generator), std::move(source)),
        options);
}

BulkSendProgress finish(BulkSend &job)
{
    if (!job.wait(600s))
        die("the run did not finish in 10 minutes");
    if (!job.outcome().isOk())
        die(job.outcome().message());
    return job.progress();
}

void createTopic(Cluster &cluster, const std::string &name)
{
    CreateTopicSpec spec;
    spec.name = name;
    spec.partitions = 6;
    spec.replicationFactor = 3;
    if (const AdminResult r = cluster.createTopic(spec); !r.ok())
        die(r.message);
    if (!cluster.waitUntilReady(10s))
        die("the cluster did not become ready");
}

void run(bench::Workspace &workspace, bool quick)
{
    ClusterConfig config;
    config.dataDir = workspace.folder("cluster");
    config.brokers = 3;
    auto created = Cluster::create(config);
    if (!created)
        die(created.status().message());
    Cluster &cluster = **created;
    if (const Status s = cluster.start(); !s.isOk())
        die(s.message());
    if (!cluster.waitUntilReady(10s))
        die("the cluster did not become ready");
    createTopic(cluster, "bulk");
    createTopic(cluster, "paced");
    createTopic(cluster, "imported");
    EmbeddedConnection connection(cluster);

    bench::printHeader();
    const std::int64_t count = quick ? 50'000 : 300'000;
    {
        auto job = templateRun(connection, "bulk", count, 0);
        const BulkSendProgress p = finish(*job);
        const double perSecond = static_cast<double>(p.delivered) * 1000.0 / static_cast<double>(p.elapsedMs);
        bench::printRow("bulk send from a template, " + std::to_string(count) + " records",
                        bench::formatRate(perSecond), perSecond,
                        bench::Target{bench::Target::Kind::AtLeast, 50'000}, ">= 0.05 M records/s");
    }
    {
        const double rate = 5000;
        const double seconds = quick ? 1.0 : 3.0;
        auto job = templateRun(connection, "paced", static_cast<std::int64_t>(rate * seconds), rate);
        const BulkSendProgress p = finish(*job);
        const double achieved = static_cast<double>(p.delivered) * 1000.0 / static_cast<double>(p.elapsedMs);
        const double error = std::abs(achieved - rate) / rate * 100.0;
        bench::printRow("rate mode at 5,000 records/s: achieved rate",
                        bench::formatNumber(achieved, "records/s", 0));
        bench::printRow("rate mode: deviation from the asked rate", bench::formatNumber(error, "%", 1), error,
                        bench::Target{bench::Target::Kind::AtMost, 5}, "<= 5 %");
    }
    {
        // Export the bulk topic as the Messages view would, then time the re-import.
        const std::string path = (workspace.folder("export") += ".jsonl").string();
        auto writer = RecordFileWriter::create(path, RecordFileFormat::JsonLines);
        if (!writer)
            die(writer.status().message());
        PartitionReader reader(cluster);
        std::int64_t exported = 0;
        for (int partition = 0; partition < 6; ++partition) {
            std::int64_t offset = 0;
            for (;;) {
                auto records = reader.read({"bulk", partition}, offset, 5000);
                if (!records)
                    die(records.status().message());
                if (records->empty())
                    break;
                for (const FetchedRecord &r : *records)
                    if (const Status s = (*writer)->write(r); !s.isOk())
                        die(s.message());
                exported += static_cast<std::int64_t>(records->size());
                offset = records->back().offset + 1;
            }
        }
        if (const Status s = (*writer)->close(); !s.isOk())
            die(s.message());
        auto source = FileRecordSource::open(path, RecordFileFormat::JsonLines, "imported", 6);
        if (!source)
            die(source.status().message());
        BulkSend job(connection, std::move(*source));
        const BulkSendProgress p = finish(job);
        if (p.delivered != exported)
            die("imported " + std::to_string(p.delivered) + " of " + std::to_string(exported) + " records");
        const double perSecond = static_cast<double>(p.delivered) * 1000.0 / static_cast<double>(p.elapsedMs);
        bench::printRow("import of a JSON Lines export, " + std::to_string(exported) + " records",
                        bench::formatRate(perSecond), perSecond,
                        bench::Target{bench::Target::Kind::AtLeast, 50'000}, ">= 0.05 M records/s");
    }
    cluster.stop();
}

} // namespace

int main(int argc, char **argv)
{
    const bool quick = argc > 1 && std::strcmp(argv[1], "--quick") == 0;
    es::setLogLevel("warn");
    try {
        bench::Workspace workspace(std::nullopt);
        std::printf(
            "Eventscope produce benchmark: 3 brokers in-process, 6 partitions, replication factor 3%s\n",
            quick ? " (quick)" : "");
        run(workspace, quick);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_produce: %s\n", e.what());
        return 1;
    }
    return 0;
}

#include "produce/produce_jobs.h"

#include "connection/connection.h"
#include "produce/file_record_source.h"
#include "produce/record_generator.h"
#include "produce/template_record_source.h"

namespace es {

BulkSendOptions singleSendOptions()
{
    BulkSendOptions options;
    options.producer.clientId = "eventscope-produce-one";
    options.producer.lingerMs = 0;
    options.producer.requestTimeoutMs = 5000;
    options.producer.deliveryTimeoutMs = 10000;
    return options;
}

std::string startTemplateJob(Connection &connection, JobSlot &slot, const ProduceDraft &draft,
                             std::int64_t count, std::int64_t firstSequence, double ratePerSecond,
                             BulkSendOptions options)
{
    auto generator = RecordGenerator::create(draft.set);
    if (!generator)
        return generator.status().message();
    TemplateSourceOptions source;
    source.topic = draft.topic;
    source.partition = draft.partition;
    source.timestamp = draft.timestamp;
    source.count = count;
    source.firstSequence = firstSequence;
    options.ratePerSecond = ratePerSecond;
    slot.put(std::make_unique<BulkSend>(
        connection, std::make_unique<TemplateRecordSource>(std::move(*generator), std::move(source)),
        std::move(options)));
    return {};
}

std::string startImportJob(Connection &connection, JobSlot &slot, const std::string &path,
                           const std::string &topic)
{
    const Result<std::int32_t> count = connection.partitionCount(topic);
    const std::int32_t partitions = count ? *count : 0; // 0: the topic does not exist yet
    auto source = FileRecordSource::open(path, recordFileFormatForPath(path), topic, partitions);
    if (!source)
        return source.status().message();
    slot.put(std::make_unique<BulkSend>(connection, std::move(*source)));
    return {};
}

} // namespace es

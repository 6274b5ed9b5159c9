#pragma once

#include "browse/record_file.h"
#include "produce/record_source.h"

#include <memory>
#include <string>

namespace es {

// Records read from an exported file (JSON Lines or CSV), streamed: keys, values, headers
// and timestamps as the file holds them; the file's partition when the target topic has
// it, else the partitioner decides by key. The topic named in the file is ignored: every
// record goes to `topic`. A malformed line stops the source with its line number.
class FileRecordSource final : public RecordSource {
public:
    // `targetPartitions`: how many partitions `topic` has (0 when it does not exist yet).
    static Result<std::unique_ptr<FileRecordSource>> open(const std::string &path, RecordFileFormat format,
                                                          std::string topic, std::int32_t targetPartitions);

    bool next(ProducerRecord &out) override;
    [[nodiscard]] Status status() const override;
    [[nodiscard]] double progress() const override;

private:
    FileRecordSource(std::unique_ptr<RecordFileReader> reader, std::string topic,
                     std::int32_t targetPartitions);

    std::unique_ptr<RecordFileReader> m_reader;
    std::string m_topic;
    std::int32_t m_targetPartitions = 0;
    FileRecord m_record; // reused between lines
};

} // namespace es

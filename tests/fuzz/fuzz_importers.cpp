// libFuzzer target for the record file importers, JSON Lines and CSV: the first byte picks
// the format (its low bit: 0 JSON Lines, 1 CSV), the rest is the file a user imports in the
// produce view. Every record the importer (FileRecordSource) reads is sent on as it came
// from the file; a malformed line stops it with a reason naming the line. What imports must
// export (RecordFileWriter) to a file that imports to the same records: the two formats are
// meant to round-trip byte for byte. Nothing may crash, leak, hang or read out of bounds.
// Built by tests/fuzz/CMakeLists.txt with clang only; run by .ci/fuzz.sh.

#include "fuzz_require.h"

#include "browse/record_file.h"
#include "common/json.h"
#include "produce/file_record_source.h"

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

namespace {

using namespace es;
namespace fs = std::filesystem;

constexpr std::int32_t kTargetPartitions = 3;

// The folder the inputs and exports are written to, removed after each input: in memory
// where the system offers it.
const fs::path &scratchDir()
{
    static const fs::path dir = [] {
        std::error_code ec;
        const fs::path shm = "/dev/shm";
        const fs::path base = fs::is_directory(shm, ec) ? shm : fs::temp_directory_path();
        return base / ("es-fuzz-importers-" + std::to_string(::getpid()));
    }();
    return dir;
}

void writeFile(const fs::path &path, const std::uint8_t *data, std::size_t size)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(data), static_cast<std::streamsize>(size));
    FUZZ_REQUIRE(static_cast<bool>(out));
}

// Every record of the file as the reader gives it; `failed` says whether it stopped early.
std::vector<FileRecord> readAll(const std::string &path, RecordFileFormat format, bool &failed)
{
    Result<std::unique_ptr<RecordFileReader>> reader = RecordFileReader::open(path, format);
    FUZZ_REQUIRE(reader.isOk());
    std::vector<FileRecord> records;
    FileRecord record;
    while ((*reader)->next(record))
        records.push_back(record);
    failed = !(*reader)->status().isOk();
    if (failed)
        FUZZ_REQUIRE((*reader)->status().message().find(" line ") != std::string::npos);
    FUZZ_REQUIRE((*reader)->bytesRead() <= (*reader)->totalBytes());
    return records;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const RecordFileFormat format = (data[0] & 1) ? RecordFileFormat::Csv : RecordFileFormat::JsonLines;
    std::error_code ec;
    fs::create_directories(scratchDir(), ec);
    const std::string input = (scratchDir() / "input").string();
    const std::string exported = (scratchDir() / "exported").string();
    writeFile(input, data + 1, size - 1);

    // The import as the produce view runs it.
    Result<std::unique_ptr<FileRecordSource>> source =
        FileRecordSource::open(input, format, "target", kTargetPartitions);
    FUZZ_REQUIRE(source.isOk());
    std::vector<ProducerRecord> sent;
    ProducerRecord record;
    while ((*source)->next(record)) {
        FUZZ_REQUIRE(record.topic == "target");
        FUZZ_REQUIRE(!record.partition || (*record.partition >= 0 && *record.partition < kTargetPartitions));
        sent.push_back(record);
    }
    const double progress = (*source)->progress();
    FUZZ_REQUIRE(progress >= 0.0 && progress <= 1.0);

    bool failed = false;
    std::vector<FileRecord> records = readAll(input, format, failed);
    FUZZ_REQUIRE(records.size() == sent.size() && failed == !(*source)->status().isOk());
    for (std::size_t i = 0; i < records.size(); ++i)
        FUZZ_REQUIRE(records[i].key == sent[i].key && records[i].value == sent[i].value &&
                     records[i].headers == sent[i].headers && records[i].timestamp == sent[i].timestamp);

    // Exported again, in either format, the records import the same. Topic names are
    // ASCII in Kafka and exports write them as JSON text, so bytes that are not UTF-8 in the
    // imported file's topic column (which the import ignores) are not carried over.
    for (FileRecord &r : records)
        if (!isValidUtf8(r.topic))
            r.topic.clear();
    for (const RecordFileFormat out : {RecordFileFormat::JsonLines, RecordFileFormat::Csv}) {
        Result<std::unique_ptr<RecordFileWriter>> writer = RecordFileWriter::create(exported, out);
        FUZZ_REQUIRE(writer.isOk());
        for (const FileRecord &r : records)
            FUZZ_REQUIRE((*writer)->write(r).isOk());
        FUZZ_REQUIRE((*writer)->close().isOk());
        bool againFailed = false;
        FUZZ_REQUIRE(readAll(exported, out, againFailed) == records && !againFailed);
    }
    fs::remove_all(scratchDir(), ec);
    return 0;
}

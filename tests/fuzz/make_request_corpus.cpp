// Writes the request decoder's seed corpus: one request frame (without its size prefix)
// per supported API at its lowest, middle and highest version, built from the protocol
// test samples, plus the ApiVersions v3 request as librdkafka 2.0 sends it.
// Usage: make_request_corpus <directory>   (tests/fuzz/corpus/request_decoder is kept in git)

#include "api_samples.h"

#include "protocol/api_registry.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <string>

using namespace es;
using namespace es::protocol;

namespace {

bool writeFile(const std::string &path, ByteView bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(out);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <directory>\n", argv[0]);
        return 2;
    }
    const std::string dir = argv[1];
    int written = 0;
    for (const ApiDescriptor &api : supportedApis()) {
        const std::set<std::int16_t> versions = {
            api.minVersion, static_cast<std::int16_t>((api.minVersion + api.maxVersion) / 2), api.maxVersion};
        for (std::int16_t v : versions) {
            const RequestHeader header{api.key, v, 1, "rdkafka"};
            const Result<Bytes> frame = encodeRequestFrame(header, samples::request(api.key, v));
            if (!frame) {
                std::fprintf(stderr, "%s v%d: %s\n", std::string(api.name).c_str(), v,
                             frame.status().message().c_str());
                return 1;
            }
            const std::string path = dir + "/" + std::string(api.name) + "_v" + std::to_string(v);
            if (!writeFile(path, ByteView(*frame).subspan(4))) {
                std::fprintf(stderr, "cannot write %s\n", path.c_str());
                return 1;
            }
            ++written;
        }
    }
    const Bytes librdkafka = samples::bytesOf(std::string_view("\x00\x12\x00\x03\x00\x00\x00\x01\x00\x07"
                                                               "rdkafka\x00\x0b"
                                                               "librdkafka\x06"
                                                               "2.0.2\x00",
                                                               36));
    if (!writeFile(dir + "/ApiVersions_v3_librdkafka", librdkafka))
        return 1;
    std::printf("wrote %d frames to %s\n", written + 1, dir.c_str());
    return 0;
}

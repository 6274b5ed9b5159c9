// Every supported API at every supported version: requests and responses survive an
// encode/decode round trip unchanged, and every truncation, trailing byte and random
// mutation of their frames fails cleanly (or decodes to something that round-trips).

#include "api_samples.h"
#include "wire.h"

#include "protocol/api_registry.h"

#include <QTest>

#include <random>
#include <string>

using namespace es;
using namespace es::protocol;
using es::protocol::test::payload;

namespace {

std::string label(const ApiDescriptor &api, std::int16_t version, const char *what)
{
    return std::string(api.name) + " v" + std::to_string(version) + " " + what;
}

RequestHeader headerFor(const ApiDescriptor &api, std::int16_t version)
{
    // Alternate a client id and a null one.
    return {api.key, version, 1000 + version,
            version % 2 == 0 ? std::optional<std::string>("client-" + std::string(api.name)) : std::nullopt};
}

// Calls f(api, version) for every supported API version.
template <typename F>
void forEachApiVersion(F &&f)
{
    for (const ApiDescriptor &api : supportedApis())
        for (std::int16_t v = api.minVersion; v <= api.maxVersion; ++v)
            f(api, v);
}

} // namespace

class TestProtocolApis : public QObject {
    Q_OBJECT

private slots:
    void requestsRoundTripAtEveryVersion()
    {
        int checked = 0;
        forEachApiVersion([&](const ApiDescriptor &api, std::int16_t v) {
            const std::string what = label(api, v, "request");
            const RequestHeader header = headerFor(api, v);
            const AnyRequest sample = samples::request(api.key, v);
            QCOMPARE(apiKeyOf(sample), api.key);
            const Result<Bytes> frame = encodeRequestFrame(header, sample);
            QVERIFY2(frame, (what + ": " + frame.status().message()).c_str());
            QCOMPARE(loadBigEndian<std::int32_t>(frame->data()),
                     static_cast<std::int32_t>(frame->size() - 4));

            const RequestDecodeResult decoded = decodeRequestFrame(payload(*frame));
            QVERIFY2(decoded, (what + ": " + decoded.status().message()).c_str());
            QVERIFY2(decoded.value().header == header, what.c_str());
            QVERIFY2(decoded.value().body == sample, what.c_str());

            const Result<Bytes> again = encodeRequestFrame(decoded.value().header, decoded.value().body);
            QVERIFY2(again && *again == *frame, what.c_str());
            ++checked;
        });
        QCOMPARE(checked, 205); // the sum of every API's version count
    }

    void responsesRoundTripAtEveryVersion()
    {
        forEachApiVersion([&](const ApiDescriptor &api, std::int16_t v) {
            const std::string what = label(api, v, "response");
            const AnyResponse sample = samples::response(api.key, v);
            QCOMPARE(apiKeyOf(sample), api.key);
            const Result<Bytes> frame = encodeResponseFrame({2000 + v}, sample, v);
            QVERIFY2(frame, (what + ": " + frame.status().message()).c_str());

            const Result<DecodedResponse> decoded = decodeResponseFrame(payload(*frame), api.key, v);
            QVERIFY2(decoded, (what + ": " + decoded.status().message()).c_str());
            QCOMPARE(decoded->header.correlationId, 2000 + v);
            QVERIFY2(decoded->body == sample, what.c_str());

            const Result<Bytes> again = encodeResponseFrame(decoded->header, decoded->body, v);
            QVERIFY2(again && *again == *frame, what.c_str());
        });
    }

    void truncatedRequestsFailAtEveryByte()
    {
        int cuts = 0;
        forEachApiVersion([&](const ApiDescriptor &api, std::int16_t v) {
            const Result<Bytes> frame = encodeRequestFrame(headerFor(api, v), samples::request(api.key, v));
            QVERIFY(frame);
            const ByteView full = payload(*frame);
            for (std::size_t n = 0; n < full.size(); ++n) {
                const RequestDecodeResult r = decodeRequestFrame(full.first(n));
                QVERIFY2(!r, (label(api, v, "request cut at byte ") + std::to_string(n)).c_str());
                const RequestDecodeError e = r.failure().error;
                QVERIFY(e == RequestDecodeError::MalformedHeader || e == RequestDecodeError::MalformedBody);
                QVERIFY(!r.status().message().empty());
                ++cuts;
            }
        });
        QVERIFY(cuts > 10000);
    }

    void truncatedResponsesFailAtEveryByte()
    {
        forEachApiVersion([&](const ApiDescriptor &api, std::int16_t v) {
            const Result<Bytes> frame = encodeResponseFrame({1}, samples::response(api.key, v), v);
            QVERIFY(frame);
            const ByteView full = payload(*frame);
            for (std::size_t n = 0; n < full.size(); ++n)
                QVERIFY2(!decodeResponseFrame(full.first(n), api.key, v),
                         (label(api, v, "response cut at byte ") + std::to_string(n)).c_str());
        });
    }

    void trailingBytesAreIgnoredInRequestsOnly()
    {
        forEachApiVersion([&](const ApiDescriptor &api, std::int16_t v) {
            const Result<Bytes> frame = encodeRequestFrame(headerFor(api, v), samples::request(api.key, v));
            QVERIFY(frame);
            Bytes longer(frame->begin() + 4, frame->end());
            longer.push_back(0);
            const RequestDecodeResult r = decodeRequestFrame(longer);
            QVERIFY2(r, label(api, v, "").c_str());
            QVERIFY(r.value().header == headerFor(api, v));
            QVERIFY(r.value().body == samples::request(api.key, v));

            const Result<Bytes> response = encodeResponseFrame({1}, samples::response(api.key, v), v);
            Bytes longerResponse(response->begin() + 4, response->end());
            longerResponse.push_back(0);
            QVERIFY(!decodeResponseFrame(longerResponse, api.key, v));
        });
    }

    void perApiCodecsRefuseVersionsOutsideTheirRange()
    {
        const Bytes empty;
        ProtocolReader in(empty);
        QVERIFY(!ProduceApi::decodeRequest(in, 10));
        ProtocolReader in2(empty);
        QVERIFY(!FetchApi::decodeResponse(in2, 13));
        Bytes out;
        ProtocolWriter w(out);
        HeartbeatApi::encodeRequest({}, -1, w);
        QVERIFY(!w.ok());
    }

    // A light, deterministic fuzz pass that runs with every test build (the libFuzzer target
    // in tests/fuzz goes further): mutated frames either fail or round-trip.
    void mutatedFramesFailOrRoundTrip()
    {
        std::mt19937 rng(20240611);
        int decodedCount = 0, failedCount = 0;
        forEachApiVersion([&](const ApiDescriptor &api, std::int16_t v) {
            const Result<Bytes> frame = encodeRequestFrame(headerFor(api, v), samples::request(api.key, v));
            QVERIFY(frame);
            const Bytes original(frame->begin() + 4, frame->end());
            for (int i = 0; i < 60; ++i) {
                Bytes mutated = original;
                const int edits = 1 + static_cast<int>(rng() % 3);
                for (int e = 0; e < edits; ++e) {
                    const std::size_t at = rng() % mutated.size();
                    switch (rng() % 4) {
                    case 0: mutated[at] = static_cast<std::uint8_t>(rng()); break;
                    case 1: mutated[at] ^= static_cast<std::uint8_t>(1u << (rng() % 8)); break;
                    case 2: mutated.insert(mutated.begin() + static_cast<std::ptrdiff_t>(at), 0xff); break;
                    default: mutated.erase(mutated.begin() + static_cast<std::ptrdiff_t>(at)); break;
                    }
                    if (mutated.empty())
                        break;
                }
                const RequestDecodeResult r = decodeRequestFrame(mutated);
                if (!r) {
                    ++failedCount;
                    continue;
                }
                ++decodedCount;
                const Result<Bytes> again = encodeRequestFrame(r.value().header, r.value().body);
                QVERIFY2(again, (label(api, v, "mutation re-encode: ") + again.status().message()).c_str());
                const RequestDecodeResult back = decodeRequestFrame(payload(*again));
                QVERIFY2(back && back.value() == r.value(), label(api, v, "mutation round trip").c_str());
            }
        });
        QVERIFY(decodedCount > 0);
        QVERIFY(failedCount > 0);
    }
};

QTEST_GUILESS_MAIN(TestProtocolApis)
#include "test_protocol_apis.moc"

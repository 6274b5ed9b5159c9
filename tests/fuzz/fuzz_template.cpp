// libFuzzer target for the record template parser of the produce view and the producer
// bots. The input is a record template set, its fields separated by NUL bytes: key, value,
// then header name and value pairs. It is parsed as RecordGenerator::create() does and, when
// accepted, rendered: with the same context twice to the same record, and a template
// without placeholders to its own text. A refusal must say why. Nothing may crash, leak,
// hang or read out of bounds.
// Built by tests/fuzz/CMakeLists.txt with clang only; run by .ci/fuzz.sh.

#include "fuzz_require.h"

#include "produce/record_generator.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace es;

std::vector<std::string> splitFields(const std::string &text)
{
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t nul = text.find('\0', start);
        fields.push_back(text.substr(start, nul == std::string::npos ? std::string::npos : nul - start));
        if (nul == std::string::npos)
            return fields;
        start = nul + 1;
    }
}

ProducerRecord renderWith(const RecordGenerator &generator, std::uint64_t seed, std::int64_t sequence)
{
    std::mt19937_64 rng(seed);
    TemplateContext context{sequence, 1'700'000'000'123, &rng};
    ProducerRecord record;
    generator.render(context, record);
    return record;
}

// One template alone: what parse() accepts renders; text without "{{" is itself.
void checkTemplate(const std::string &text)
{
    const Result<RecordTemplate> parsed = RecordTemplate::parse(text);
    if (!parsed) {
        FUZZ_REQUIRE(!parsed.status().message().empty());
        return;
    }
    std::mt19937_64 rng(1);
    TemplateContext context{42, -62'135'596'800'001, &rng}; // {{now_iso}} before year 1
    const std::string rendered = parsed->render(context);
    if (text.find("{{") == std::string::npos)
        FUZZ_REQUIRE(parsed->isConstant() && rendered == text);
    if (parsed->isConstant()) {
        TemplateContext other{7, 0, &rng};
        FUZZ_REQUIRE(parsed->render(other) == rendered);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::vector<std::string> fields =
        splitFields(std::string(reinterpret_cast<const char *>(data), size));
    RecordTemplateSet set;
    set.key = fields[0];
    set.value = fields.size() > 1 ? fields[1] : std::string();
    for (std::size_t i = 2; i < fields.size(); i += 2)
        set.headers.emplace_back(fields[i], i + 1 < fields.size() ? fields[i + 1] : std::string());

    for (const std::string &field : fields)
        checkTemplate(field);

    const Result<RecordGenerator> generator = RecordGenerator::create(set);
    if (!generator) {
        FUZZ_REQUIRE(!generator.status().message().empty());
        return 0;
    }
    const ProducerRecord first = renderWith(*generator, 99, 5);
    const ProducerRecord second = renderWith(*generator, 99, 5);
    FUZZ_REQUIRE(first.key == second.key && first.value == second.value && first.headers == second.headers);
    FUZZ_REQUIRE(first.key.has_value() == !set.key.empty() && first.headers.size() == set.headers.size());
    return 0;
}

#pragma once

#include "produce/record_generator.h"
#include "produce/record_source.h"

#include <cstdint>
#include <optional>
#include <random>
#include <string>

namespace es {

// `count` records rendered from one template, {{seq}} running from `firstSequence`.
struct TemplateSourceOptions {
    std::string topic;
    std::optional<std::int32_t> partition; // nullopt: by key (sticky for null keys)
    std::optional<std::int64_t> timestamp; // nullopt: the time of rendering
    std::int64_t count = 1;
    std::int64_t firstSequence = 0;
};

class TemplateRecordSource final : public RecordSource {
public:
    TemplateRecordSource(RecordGenerator generator, TemplateSourceOptions options);

    bool next(ProducerRecord &out) override;
    [[nodiscard]] double progress() const override;

private:
    RecordGenerator m_generator;
    TemplateSourceOptions m_options;
    std::mt19937_64 m_rng;
    std::int64_t m_rendered = 0;
};

} // namespace es

#pragma once

#include "client/producer.h"
#include "produce/record_template.h"

#include <string>
#include <utility>
#include <vector>

namespace es {

// A RecordTemplateSet parsed once, rendered into records many times: key, value and each
// header's name and value are templates. An empty key template gives a null key.
// Immutable after create(), so it may be shared between threads (each with its own
// TemplateContext).
class RecordGenerator {
public:
    // The error names the field ("value", "header 2 name") and the bad placeholder.
    static Result<RecordGenerator> create(const RecordTemplateSet &set);

    // Fills key, value and headers of `out`; topic, partition and timestamp are untouched.
    void render(TemplateContext &context, ProducerRecord &out) const;

private:
    struct HeaderTemplate {
        RecordTemplate name;
        RecordTemplate value;
    };

    bool m_nullKey = true;
    RecordTemplate m_key;
    RecordTemplate m_value;
    std::vector<HeaderTemplate> m_headers;
};

} // namespace es

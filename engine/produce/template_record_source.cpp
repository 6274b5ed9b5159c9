#include "produce/template_record_source.h"

#include <chrono>

namespace es {

TemplateRecordSource::TemplateRecordSource(RecordGenerator generator, TemplateSourceOptions options)
    : m_generator(std::move(generator)), m_options(std::move(options)), m_rng(std::random_device{}())
{}

bool TemplateRecordSource::next(ProducerRecord &out)
{
    if (m_rendered >= m_options.count)
        return false;
    const std::int64_t nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::system_clock::now().time_since_epoch())
                                   .count();
    TemplateContext context{m_options.firstSequence + m_rendered, nowMs, &m_rng};
    out.topic = m_options.topic;
    out.partition = m_options.partition;
    out.timestamp = m_options.timestamp ? m_options.timestamp : std::optional<std::int64_t>(nowMs);
    m_generator.render(context, out);
    ++m_rendered;
    return true;
}

double TemplateRecordSource::progress() const
{
    return m_options.count <= 0 ? 1.0
                                : static_cast<double>(m_rendered) / static_cast<double>(m_options.count);
}

} // namespace es

#include "control/prometheus_text.h"

#include <array>
#include <charconv>
#include <cmath>

namespace es::control {

namespace {

// Whole numbers in full (counters are read by people too, and 1.2e+07 hides the last
// digits), the rest in the shortest text that reads back as the same number, with an
// exponent only when very small or large (as Prometheus' Go client writes them); NaN and
// infinities as the format spells them.
std::string formatValue(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (value == std::trunc(value) && std::fabs(value) < kExactIntegers)
        return std::to_string(static_cast<std::int64_t>(value));
    std::array<char, 32> buffer{};
    const auto [end, ec] =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::general);
    return ec == std::errc() ? std::string(buffer.data(), end) : std::string("NaN");
}

} // namespace

std::string PrometheusText::escapeLabelValue(std::string_view value)
{
    std::string out;
    out.reserve(value.size());
    for (char c : value) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

std::string PrometheusText::escapeHelp(std::string_view help)
{
    std::string out;
    out.reserve(help.size());
    for (char c : help) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

void PrometheusText::counter(std::string_view name, std::string_view help) { begin(name, "counter", help); }
void PrometheusText::gauge(std::string_view name, std::string_view help) { begin(name, "gauge", help); }
void PrometheusText::histogram(std::string_view name, std::string_view help)
{
    begin(name, "histogram", help);
}

void PrometheusText::begin(std::string_view name, std::string_view type, std::string_view help)
{
    m_family = name;
    m_text.append("# HELP ").append(name).append(" ").append(escapeHelp(help)).append("\n");
    m_text.append("# TYPE ").append(name).append(" ").append(type).append("\n");
}

void PrometheusText::line(std::string_view name, const PrometheusLabels &labels, std::string_view extraName,
                          std::string_view extraValue, double value)
{
    m_text.append(name);
    if (!labels.empty() || !extraName.empty()) {
        m_text += '{';
        bool first = true;
        for (const auto &[label, labelValue] : labels) {
            if (!first)
                m_text += ',';
            first = false;
            m_text.append(label).append("=\"").append(escapeLabelValue(labelValue)).append("\"");
        }
        if (!extraName.empty()) {
            if (!first)
                m_text += ',';
            m_text.append(extraName).append("=\"").append(extraValue).append("\"");
        }
        m_text += '}';
    }
    m_text.append(" ").append(formatValue(value)).append("\n");
}

void PrometheusText::sample(const PrometheusLabels &labels, double value)
{
    line(m_family, labels, {}, {}, value);
}

void PrometheusText::histogramSample(const PrometheusLabels &labels,
                                     std::span<const std::pair<double, std::uint64_t>> buckets,
                                     std::uint64_t count, double sum)
{
    const std::string bucketName = m_family + "_bucket";
    std::uint64_t cumulative = 0;
    for (const auto &[upper, inBucket] : buckets) {
        cumulative += inBucket;
        line(bucketName, labels, "le", formatValue(upper), static_cast<double>(cumulative));
    }
    line(bucketName, labels, "le", "+Inf", static_cast<double>(count));
    line(m_family + "_sum", labels, {}, {}, sum);
    line(m_family + "_count", labels, {}, {}, static_cast<double>(count));
}

} // namespace es::control

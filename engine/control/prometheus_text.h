#pragma once

// A writer of Prometheus' text exposition format, version 0.0.4: each family once, its HELP
// and TYPE lines first, then its samples. Values are plain numbers; times are in seconds, as
// Prometheus' naming rules ask.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace es::control {

// A sample's labels, in the order written; values are escaped by the writer.
using PrometheusLabels = std::vector<std::pair<std::string_view, std::string>>;

class PrometheusText {
public:
    // Counters are named with their "_total" suffix; the writer adds none.
    void counter(std::string_view name, std::string_view help);
    void gauge(std::string_view name, std::string_view help);
    void histogram(std::string_view name, std::string_view help);

    // One sample of the family begun last (counter or gauge).
    void sample(const PrometheusLabels &labels, double value);
    // One labelled histogram of the family begun last: `buckets` are (upper bound, count in
    // that bucket alone) in increasing order of bound, written cumulative; `count` is every
    // sample, those past the last bound included (the +Inf bucket and _count).
    void histogramSample(const PrometheusLabels &labels,
                         std::span<const std::pair<double, std::uint64_t>> buckets, std::uint64_t count,
                         double sum);

    [[nodiscard]] const std::string &text() const { return m_text; }

    // A label value as the format quotes it: backslash, double quote and newline escaped.
    static std::string escapeLabelValue(std::string_view value);
    // A HELP text: backslash and newline escaped.
    static std::string escapeHelp(std::string_view help);

private:
    void begin(std::string_view name, std::string_view type, std::string_view help);
    void line(std::string_view name, const PrometheusLabels &labels, std::string_view extraName,
              std::string_view extraValue, double value);

    std::string m_text;
    std::string m_family;
};

} // namespace es::control

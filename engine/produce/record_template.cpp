#include "produce/record_template.h"

#include "produce/template_words.h"

#include <array>
#include <charconv>
#include <cstdio>
#include <ctime>
#include <optional>

namespace es {

namespace {

constexpr std::int64_t kMaxWords = 10'000; // keeps one record's rendering bounded

std::string_view trim(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> splitWords(std::string_view s)
{
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '\t')
            ++i;
        if (i > start)
            out.push_back(s.substr(start, i - start));
    }
    return out;
}

std::optional<std::int64_t> parseInt(std::string_view s)
{
    std::int64_t v = 0;
    const char *first = s.data();
    if (!s.empty() && s.front() == '+')
        ++first;
    const auto [ptr, ec] = std::from_chars(first, s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || first == s.data() + s.size())
        return std::nullopt;
    return v;
}

// The start of `text` at `from`, cut short without splitting a UTF-8 character.
std::string excerpt(const std::string &text, std::size_t from)
{
    constexpr std::size_t kMax = 24;
    if (text.size() - from <= kMax)
        return text.substr(from);
    std::size_t end = from + kMax;
    while (end > from && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return text.substr(from, end - from) + "...";
}

std::string quoted(std::string_view inner) { return "\"{{" + std::string(inner) + "}}\""; }

std::mt19937_64 &fallbackRng()
{
    thread_local std::mt19937_64 rng{std::random_device{}()};
    return rng;
}

std::string uuidV4(std::mt19937_64 &rng)
{
    std::array<std::uint8_t, 16> b{};
    const std::uint64_t hi = rng();
    const std::uint64_t lo = rng();
    for (int i = 0; i < 8; ++i) {
        b[i] = static_cast<std::uint8_t>(hi >> (56 - 8 * i));
        b[8 + i] = static_cast<std::uint8_t>(lo >> (56 - 8 * i));
    }
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x40); // version 4
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3f) | 0x80); // RFC 4122 variant
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(kHex[b[i] >> 4]);
        out.push_back(kHex[b[i] & 0x0f]);
    }
    return out;
}

std::string isoTime(std::int64_t ms)
{
    std::int64_t secs = ms / 1000;
    std::int64_t millis = ms % 1000;
    if (millis < 0) {
        millis += 1000;
        secs -= 1;
    }
    const std::time_t t = static_cast<std::time_t>(secs);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[96]; // room for any int the format could print
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(millis));
    return buf;
}

// A uniform integer in [low, high], the whole int64 range included.
std::int64_t uniform(std::mt19937_64 &rng, std::int64_t low, std::int64_t high)
{
    return std::uniform_int_distribution<std::int64_t>(low, high)(rng);
}

} // namespace

Result<RecordTemplate::Part> RecordTemplate::parsePlaceholder(const std::string &inner)
{
    const std::string_view body = trim(inner);
    if (body.empty())
        return Status::invalidArgument(quoted(inner) + " is empty: write a generator such as {{seq}}");
    std::size_t nameEnd = 0;
    while (nameEnd < body.size() && body[nameEnd] != ' ' && body[nameEnd] != '\t')
        ++nameEnd;
    const std::string_view name = body.substr(0, nameEnd);
    const std::string_view args = trim(body.substr(nameEnd));
    const auto noArguments = [&](PartKind kind) -> Result<Part> {
        if (!args.empty())
            return Status::invalidArgument(quoted(inner) + ": " + std::string(name) + " takes no arguments");
        Part p;
        p.kind = kind;
        return p;
    };

    if (name == "seq")
        return noArguments(PartKind::Seq);
    if (name == "uuid")
        return noArguments(PartKind::Uuid);
    if (name == "now")
        return noArguments(PartKind::Now);
    if (name == "now_iso")
        return noArguments(PartKind::NowIso);
    if (name == "int") {
        const auto words = splitWords(args);
        if (words.size() != 2)
            return Status::invalidArgument(quoted(inner) +
                                           ": int needs two whole numbers, as in {{int 1 100}}");
        const auto low = parseInt(words[0]);
        const auto high = parseInt(words[1]);
        if (!low || !high)
            return Status::invalidArgument(quoted(inner) + ": \"" + std::string(!low ? words[0] : words[1]) +
                                           "\" is not a whole number");
        if (*low > *high)
            return Status::invalidArgument(quoted(inner) + ": the lowest value " + std::to_string(*low) +
                                           " is above the highest " + std::to_string(*high));
        Part p;
        p.kind = PartKind::Int;
        p.low = *low;
        p.high = *high;
        return p;
    }
    if (name == "pick") {
        if (args.empty())
            return Status::invalidArgument(quoted(inner) +
                                           ": pick needs choices separated by |, as in {{pick a|b|c}}");
        Part p;
        p.kind = PartKind::Pick;
        std::size_t start = 0;
        while (true) {
            const std::size_t bar = args.find('|', start);
            p.choices.emplace_back(
                trim(args.substr(start, bar == std::string_view::npos ? args.npos : bar - start)));
            if (bar == std::string_view::npos)
                break;
            start = bar + 1;
        }
        return p;
    }
    if (name == "words") {
        const auto words = splitWords(args);
        if (words.size() != 1)
            return Status::invalidArgument(quoted(inner) + ": words needs one count, as in {{words 5}}");
        const auto n = parseInt(words[0]);
        if (!n)
            return Status::invalidArgument(quoted(inner) + ": \"" + std::string(words[0]) +
                                           "\" is not a whole number");
        if (*n < 1 || *n > kMaxWords)
            return Status::invalidArgument(quoted(inner) + ": the count must be between 1 and " +
                                           std::to_string(kMaxWords));
        Part p;
        p.kind = PartKind::Words;
        p.low = *n;
        return p;
    }
    return Status::invalidArgument(quoted(inner) + ": unknown generator \"" + std::string(name) +
                                   "\" (known: seq, uuid, now, now_iso, int, pick, words)");
}

Result<RecordTemplate> RecordTemplate::parse(const std::string &text)
{
    RecordTemplate t;
    std::string literal;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find("{{", i);
        if (open == std::string::npos) {
            literal.append(text, i, std::string::npos);
            break;
        }
        // In a run of braces, the last two open the placeholder.
        std::size_t start = open;
        while (start + 2 < text.size() && text[start + 2] == '{')
            ++start;
        literal.append(text, i, start - i);
        const std::size_t close = text.find("}}", start + 2);
        if (close == std::string::npos)
            return Status::invalidArgument("\"" + excerpt(text, start) + "\" at character " +
                                           std::to_string(start + 1) + " has no closing \"}}\"");
        const std::string inner = text.substr(start + 2, close - start - 2);
        auto part = parsePlaceholder(inner);
        if (!part)
            return Status::invalidArgument(part.status().message() + " (at character " +
                                           std::to_string(start + 1) + ")");
        if (!literal.empty()) {
            Part lit;
            lit.text = std::move(literal);
            t.m_parts.push_back(std::move(lit));
            literal.clear();
        }
        t.m_parts.push_back(std::move(part).value());
        i = close + 2;
    }
    if (!literal.empty()) {
        Part lit;
        lit.text = std::move(literal);
        t.m_parts.push_back(std::move(lit));
    }
    return t;
}

std::string RecordTemplate::render(TemplateContext &context) const
{
    std::mt19937_64 &rng = context.rng != nullptr ? *context.rng : fallbackRng();
    std::string out;
    for (const Part &p : m_parts) {
        switch (p.kind) {
        case PartKind::Text: out += p.text; break;
        case PartKind::Seq: out += std::to_string(context.sequence); break;
        case PartKind::Uuid: out += uuidV4(rng); break;
        case PartKind::Now: out += std::to_string(context.nowMs); break;
        case PartKind::NowIso: out += isoTime(context.nowMs); break;
        case PartKind::Int: out += std::to_string(uniform(rng, p.low, p.high)); break;
        case PartKind::Pick:
            out += p.choices[static_cast<std::size_t>(
                uniform(rng, 0, static_cast<std::int64_t>(p.choices.size()) - 1))];
            break;
        case PartKind::Words: {
            const auto words = templateWords();
            for (std::int64_t w = 0; w < p.low; ++w) {
                if (w > 0)
                    out.push_back(' ');
                out += words[static_cast<std::size_t>(
                    uniform(rng, 0, static_cast<std::int64_t>(words.size()) - 1))];
            }
            break;
        }
        }
    }
    return out;
}

bool RecordTemplate::isConstant() const
{
    for (const Part &p : m_parts)
        if (p.kind != PartKind::Text)
            return false;
    return true;
}

} // namespace es

#pragma once

// Random JSON documents for the tests of the Messages view's JSON layouts.

#include <QByteArray>

#include <random>

namespace es::test {

// A random JSON document: nested objects and arrays, strings with escapes and characters
// that mean something outside strings, numbers of several forms, literals; random spaces.
inline QByteArray randomJson(std::mt19937 &rng, int depth)
{
    const auto pick = [&rng](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    const auto space = [&] { return QByteArray(pick(3), " \n\t"[pick(3)]); };
    static const char *const strings[] = {"\"plain\"",      "\"a, b: {c} [d]\"", "\"q\\\"q\"",
                                          "\"back\\\\\"",   "\"\\u00e9\\n\"",    "\"\"",
                                          "\"caf\xc3\xa9\""};
    static const char *const scalars[] = {"0",    "-12",  "1.50",  "12345678901234567890",
                                          "2e-3", "true", "false", "null"};
    const int kind = depth > 3 ? 2 + pick(2) : pick(4);
    QByteArray out = space();
    if (kind == 0 || kind == 1) {
        const bool object = kind == 0;
        out += object ? '{' : '[';
        const int n = pick(4);
        for (int i = 0; i < n; ++i) {
            if (i > 0)
                out += ',';
            if (object)
                out += space() + "\"k" + QByteArray::number(i) + "\"" + space() + ':';
            out += randomJson(rng, depth + 1);
        }
        out += space() + (object ? '}' : ']');
    } else {
        out += kind == 2 ? strings[pick(7)] : scalars[pick(8)];
    }
    return out + space();
}

} // namespace es::test

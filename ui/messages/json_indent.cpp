#include "ui/messages/json_indent.h"

#include <algorithm>

namespace es {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

} // namespace

QByteArray indentJson(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 2);
    int depth = 0;
    const auto newLine = [&] {
        out += '\n';
        out.append(4 * depth, ' ');
    };
    const qsizetype n = json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = json[i];
        switch (c) {
        case '"': {
            // A string, escapes and all, up to its closing quote.
            const qsizetype start = i++;
            while (i < n && json[i] != '"')
                i += json[i] == '\\' ? 2 : 1;
            out += json.sliced(start, std::min(i, n - 1) - start + 1);
            break;
        }
        case '{':
        case '[': {
            qsizetype next = i + 1;
            while (next < n && isSpace(json[next]))
                ++next;
            out += c;
            if (next < n && json[next] == (c == '{' ? '}' : ']')) {
                out += json[next];
                i = next;
                break;
            }
            ++depth;
            newLine();
            break;
        }
        case '}':
        case ']':
            --depth;
            newLine();
            out += c;
            break;
        case ',':
            out += ',';
            newLine();
            break;
        case ':': out += ": "; break;
        default:
            if (!isSpace(c))
                out += c;
        }
    }
    out += '\n';
    return out;
}

} // namespace es

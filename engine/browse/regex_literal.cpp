#include "browse/regex_literal.h"

namespace es {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// The position after a class that starts at `i` ('['), or the end of the pattern.
std::size_t skipClass(std::string_view p, std::size_t i)
{
    ++i;
    while (i < p.size() && p[i] != ']') {
        if (p[i] == '\\')
            ++i;
        ++i;
    }
    return i + 1;
}

} // namespace

bool isPlainRegexLiteral(std::string_view pattern)
{
    return pattern.find_first_of("\\^$.|?*+()[]{}") == std::string_view::npos;
}

std::string requiredRegexLiteral(std::string_view p)
{
    std::string best;
    std::string run;
    const auto endRun = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    int depth = 0;
    std::size_t i = 0;
    while (i < p.size()) {
        const char c = p[i];
        if (depth > 0) {
            // Inside a group: only nesting and the groups' end matter.
            if (c == '\\')
                i += 2;
            else if (c == '[')
                i = skipClass(p, i);
            else {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                ++i;
            }
            continue;
        }
        switch (c) {
        case '|': return {};
        case '(':
            endRun();
            ++depth;
            ++i;
            break;
        case '[':
            endRun();
            i = skipClass(p, i);
            break;
        case '.':
        case '^':
        case '$':
        case ')':
            endRun();
            ++i;
            break;
        case '*':
        case '?':
            // The character before is optional.
            if (!run.empty())
                run.pop_back();
            endRun();
            ++i;
            break;
        case '+':
            endRun();
            ++i;
            break;
        case '{': {
            if (i + 1 < p.size() && isDigit(p[i + 1])) {
                if (p[i + 1] == '0' && !run.empty())
                    run.pop_back();
                endRun();
                const std::size_t close = p.find('}', i);
                i = close == std::string_view::npos ? p.size() : close + 1;
            } else {
                run += c;
                ++i;
            }
            break;
        }
        case '\\': {
            if (i + 1 >= p.size()) {
                ++i;
                break;
            }
            const char e = p[i + 1];
            const bool alnum = isDigit(e) || (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z');
            if (!alnum) {
                run += e;
                i += 2;
                break;
            }
            switch (e) {
            case 'n':
                run += '\n';
                i += 2;
                break;
            case 't':
                run += '\t';
                i += 2;
                break;
            case 'r':
                run += '\r';
                i += 2;
                break;
            case 'f':
                run += '\f';
                i += 2;
                break;
            case 'v':
                run += '\v';
                i += 2;
                break;
            case 'x':
                endRun();
                i += 4;
                break;
            case 'u':
                endRun();
                i += 6;
                break;
            case 'c':
                endRun();
                i += 3;
                break;
            default:
                endRun();
                i += 2;
                break; // classes, boundaries, back references
            }
            break;
        }
        default: run += c; ++i;
        }
    }
    endRun();
    return best;
}

} // namespace es

#include "security/scram_messages.h"

#include "common/base64.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <span>

namespace es::security::scram {

namespace {

using Parts = std::vector<std::string_view>;

// Every comma-separated part, empty ones included; values cannot hold a raw ','.
Parts splitOnCommas(std::string_view text)
{
    Parts parts;
    for (std::size_t start = 0;;) {
        const std::size_t comma = text.find(',', start);
        parts.push_back(text.substr(start, comma == std::string_view::npos ? comma : comma - start));
        if (comma == std::string_view::npos)
            return parts;
        start = comma + 1;
    }
}

// The value of `part` when it is attribute `name` ("r=abc" with 'r' gives "abc").
std::optional<std::string_view> attribute(std::string_view part, char name)
{
    if (part.size() < 2 || part[0] != name || part[1] != '=')
        return std::nullopt;
    return part.substr(2);
}

// RFC 5802's "printable": %x21-7E except ','. Nonces are made of it.
bool isPrintable(std::string_view text)
{
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x21 && c <= 0x7E && c != ','; });
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

Status malformed(std::string_view message, std::string_view what)
{
    return Status::invalidArgument("SCRAM " + std::string(message) + ": " + std::string(what));
}

// "key=value" parts after a message's own attributes. Keys are letters (Kafka's
// "tokenauth" is longer than RFC 5802's one letter); values hold no NUL.
Result<std::vector<Extension>> parseExtensions(std::span<const std::string_view> parts,
                                               std::string_view message)
{
    std::vector<Extension> extensions;
    for (std::string_view part : parts) {
        const std::size_t equals = part.find('=');
        if (equals == 0 || equals == std::string_view::npos ||
            !std::all_of(part.begin(), part.begin() + static_cast<std::ptrdiff_t>(equals), isAlpha))
            return malformed(message, "an extension is not key=value");
        const std::string_view value = part.substr(equals + 1);
        if (value.find('\0') != std::string_view::npos)
            return malformed(message, "an extension's value holds a NUL");
        extensions.emplace_back(std::string(part.substr(0, equals)), std::string(value));
    }
    return extensions;
}

Result<Bytes> decodeBase64Attribute(std::string_view part, char name, std::string_view message)
{
    const std::optional<std::string_view> text = attribute(part, name);
    if (!text || text->empty())
        return malformed(message, std::string("expected ") + name + "=<base64>");
    Result<Bytes> decoded = fromBase64(*text);
    if (!decoded)
        return malformed(message, std::string(1, name) + "= is not base64: " + decoded.status().message());
    return decoded;
}

Result<std::string> parseNonce(std::string_view part, std::string_view message)
{
    const std::optional<std::string_view> nonce = attribute(part, 'r');
    if (!nonce || !isPrintable(*nonce))
        return malformed(message, "expected r=<nonce> of printable characters");
    return std::string(*nonce);
}

// "i=4096": decimal digits only, no sign, at least 1.
std::optional<std::int32_t> parseIterations(std::string_view part)
{
    const std::optional<std::string_view> digits = attribute(part, 'i');
    if (!digits || digits->empty() || !std::all_of(digits->begin(), digits->end(), isDigit))
        return std::nullopt;
    std::int32_t value = 0;
    const char *end = digits->data() + digits->size();
    if (std::from_chars(digits->data(), end, value).ptr != end || value < 1)
        return std::nullopt;
    return value;
}

} // namespace

Result<ClientFirst> parseClientFirst(std::string_view message)
{
    constexpr std::string_view kWhich = "client-first";
    const Parts parts = splitOnCommas(message);
    if (parts.size() < 4)
        return malformed(kWhich, "expected a gs2 header, n=<user> and r=<nonce>");
    const std::string_view flag = parts[0];
    if (flag.starts_with("p="))
        return malformed(kWhich, "channel binding (p=) is not supported");
    if (flag != "n" && flag != "y")
        return malformed(kWhich, "the gs2 header starts with neither n nor y");

    ClientFirst out;
    if (!parts[1].empty()) {
        const std::optional<std::string_view> authzid = attribute(parts[1], 'a');
        if (!authzid)
            return malformed(kWhich, "the gs2 header's authzid is not a=<name>");
        Result<std::string> name = unescapeSaslName(*authzid);
        if (!name)
            return name.status();
        out.authzid = std::move(*name);
    }
    out.gs2Header = std::string(flag) + "," + std::string(parts[1]) + ",";
    out.bare = std::string(message.substr(out.gs2Header.size()));

    if (parts[2].starts_with("m="))
        return malformed(kWhich, "mandatory extensions (m=) are not supported");
    const std::optional<std::string_view> user = attribute(parts[2], 'n');
    if (!user)
        return malformed(kWhich, "expected n=<user>");
    Result<std::string> name = unescapeSaslName(*user);
    if (!name)
        return name.status();
    out.user = std::move(*name);

    Result<std::string> nonce = parseNonce(parts[3], kWhich);
    if (!nonce)
        return nonce.status();
    out.nonce = std::move(*nonce);

    Result<std::vector<Extension>> extensions = parseExtensions(std::span(parts).subspan(4), kWhich);
    if (!extensions)
        return extensions.status();
    out.extensions = std::move(*extensions);
    return out;
}

std::string formatServerFirst(const ServerFirst &message)
{
    return "r=" + message.nonce + ",s=" + toBase64(message.salt) + ",i=" + std::to_string(message.iterations);
}

Result<ServerFirst> parseServerFirst(std::string_view message)
{
    constexpr std::string_view kWhich = "server-first";
    const Parts parts = splitOnCommas(message);
    if (parts.size() < 3)
        return malformed(kWhich, "expected r=<nonce>,s=<salt>,i=<iterations>");
    if (parts[0].starts_with("m="))
        return malformed(kWhich, "mandatory extensions (m=) are not supported");
    ServerFirst out;
    Result<std::string> nonce = parseNonce(parts[0], kWhich);
    if (!nonce)
        return nonce.status();
    out.nonce = std::move(*nonce);
    Result<Bytes> salt = decodeBase64Attribute(parts[1], 's', kWhich);
    if (!salt)
        return salt.status();
    out.salt = std::move(*salt);

    const std::optional<std::int32_t> iterations = parseIterations(parts[2]);
    if (!iterations)
        return malformed(kWhich, "expected i=<positive iteration count>");
    out.iterations = *iterations;

    const Result<std::vector<Extension>> extensions = parseExtensions(std::span(parts).subspan(3), kWhich);
    if (!extensions)
        return extensions.status();
    return out;
}

Result<ClientFinal> parseClientFinal(std::string_view message)
{
    constexpr std::string_view kWhich = "client-final";
    // The proof comes last (RFC 5802 section 7); what precedes it is signed.
    const std::size_t proofAt = message.rfind(",p=");
    if (proofAt == std::string_view::npos)
        return malformed(kWhich, "expected p=<proof> at the end");
    ClientFinal out;
    out.withoutProof = std::string(message.substr(0, proofAt));
    Result<Bytes> proof = decodeBase64Attribute(message.substr(proofAt + 1), 'p', kWhich);
    if (!proof)
        return proof.status();
    out.proof = std::move(*proof);

    const Parts parts = splitOnCommas(out.withoutProof);
    if (parts.size() < 2)
        return malformed(kWhich, "expected c=<channel binding>,r=<nonce> before the proof");
    Result<Bytes> binding = decodeBase64Attribute(parts[0], 'c', kWhich);
    if (!binding)
        return binding.status();
    out.channelBinding = std::string(asChars(*binding));
    Result<std::string> nonce = parseNonce(parts[1], kWhich);
    if (!nonce)
        return nonce.status();
    out.nonce = std::move(*nonce);

    const Result<std::vector<Extension>> extensions = parseExtensions(std::span(parts).subspan(2), kWhich);
    if (!extensions)
        return extensions.status();
    return out;
}

std::string formatServerFinal(ByteView verifier) { return "v=" + toBase64(verifier); }

Result<ServerFinal> parseServerFinal(std::string_view message)
{
    constexpr std::string_view kWhich = "server-final";
    const Parts parts = splitOnCommas(message);
    ServerFinal out;
    if (const std::optional<std::string_view> error = attribute(parts[0], 'e')) {
        if (error->empty() || error->find('\0') != std::string_view::npos)
            return malformed(kWhich, "e= holds no error, or a NUL");
        out.error = std::string(*error);
    } else {
        Result<Bytes> verifier = decodeBase64Attribute(parts[0], 'v', kWhich);
        if (!verifier)
            return verifier.status();
        out.verifier = std::move(*verifier);
    }
    const Result<std::vector<Extension>> extensions = parseExtensions(std::span(parts).subspan(1), kWhich);
    if (!extensions)
        return extensions.status();
    return out;
}

std::string escapeSaslName(std::string_view name)
{
    std::string out;
    out.reserve(name.size());
    for (char c : name) {
        if (c == ',')
            out += "=2C";
        else if (c == '=')
            out += "=3D";
        else
            out += c;
    }
    return out;
}

Result<std::string> unescapeSaslName(std::string_view text)
{
    if (text.empty())
        return Status::invalidArgument("SCRAM: an empty user name");
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\0' || c == ',')
            return Status::invalidArgument("SCRAM: a user name holds a NUL or a raw ','");
        if (c != '=') {
            out += c;
            continue;
        }
        const std::string_view escape = text.substr(i + 1, 2);
        if (escape == "2C")
            out += ',';
        else if (escape == "3D")
            out += '=';
        else
            return Status::invalidArgument("SCRAM: a user name has '=' not followed by 2C or 3D");
        i += 2;
    }
    return out;
}

} // namespace es::security::scram

// libFuzzer target for the SASL servers and SCRAM's message parsers. The first byte picks
// what is fuzzed (its low two bits): 0 PLAIN, 1 SCRAM-SHA-256, 2 SCRAM-SHA-512, 3 the SCRAM
// parsers alone. For SCRAM the rest is client-first, then after the first '\n' client-final;
// the server's nonce and the user's credential are RFC 7677's, so the RFC's exchange is a
// seed that completes. Nothing may crash, leak or hang; every refusal must say why; no
// token is accepted after the end; and what the parsers accept formats back to itself.
// Built by tests/fuzz/CMakeLists.txt with clang only; run by .ci/fuzz.sh.

#include "common/base64.h"
#include "security/sasl_server.h"
#include "security/scram_messages.h"
#include "security/scram_server.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

using namespace es;
using namespace es::security;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

// "user" with password "pencil", salted as in RFC 7677 section 3.
std::optional<ScramCredential> lookup(const std::string &user, ScramMechanism mechanism)
{
    static const Bytes salt = *fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
    static const ScramCredential sha256 = *makeScramCredential(ScramMechanism::Sha256, "pencil", 4096, salt);
    static const ScramCredential sha512 = *makeScramCredential(ScramMechanism::Sha512, "pencil", 4096, salt);
    if (user != "user")
        return std::nullopt;
    return mechanism == ScramMechanism::Sha256 ? sha256 : sha512;
}

void fuzzPlain(ByteView token)
{
    const std::unique_ptr<SaslServer> server = makeSaslServer("PLAIN", lookup);
    const Result<SaslStep> result = server->evaluate(token);
    if (result)
        require(result->complete && result->user == server->claimedUser());
    else
        require(!result.status().message().empty());
    require(!server->evaluate(token)); // one step, whatever it said
}

void fuzzScram(ScramMechanism mechanism, ByteView input)
{
    const std::string_view text = asChars(input);
    const std::size_t newline = text.find('\n');
    const std::string_view clientFirst = text.substr(0, newline);
    const std::string_view clientFinal = newline == std::string_view::npos ? "" : text.substr(newline + 1);

    ScramServer server(mechanism, lookup, "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0");
    const Result<SaslStep> first = server.evaluate(asBytes(clientFirst));
    if (!first) {
        require(!first.status().message().empty());
        require(!server.evaluate(asBytes(clientFinal)));
        return;
    }
    require(!first->complete);
    const Result<scram::ServerFirst> serverFirst = scram::parseServerFirst(asChars(first->challenge));
    require(serverFirst && serverFirst->nonce.ends_with("%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0"));
    const Result<scram::ClientFirst> parsed = scram::parseClientFirst(clientFirst);
    require(parsed && serverFirst->nonce == parsed->nonce + "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0");
    require(server.claimedUser() == parsed->user);

    const Result<SaslStep> final = server.evaluate(asBytes(clientFinal));
    if (final) {
        require(final->complete && final->user == server.claimedUser());
        const Result<scram::ServerFinal> serverFinal = scram::parseServerFinal(asChars(final->challenge));
        require(serverFinal && !serverFinal->verifier.empty());
    } else {
        require(!final.status().message().empty());
    }
    require(!server.evaluate(asBytes(clientFinal)));
}

void fuzzParsers(ByteView input)
{
    const std::string_view text = asChars(input);
    if (const Result<std::string> name = scram::unescapeSaslName(text))
        require(scram::escapeSaslName(*name) == text);
    if (const Result<scram::ServerFirst> serverFirst = scram::parseServerFirst(text)) {
        const Result<scram::ServerFirst> again =
            scram::parseServerFirst(scram::formatServerFirst(*serverFirst));
        require(again && again->nonce == serverFirst->nonce && again->salt == serverFirst->salt &&
                again->iterations == serverFirst->iterations);
    }
    if (const Result<scram::ServerFinal> serverFinal = scram::parseServerFinal(text)) {
        require(serverFinal->verifier.empty() != serverFinal->error.empty());
        if (!serverFinal->verifier.empty())
            require(scram::parseServerFinal(scram::formatServerFinal(serverFinal->verifier))->verifier ==
                    serverFinal->verifier);
    }
    if (const Result<scram::ClientFirst> clientFirst = scram::parseClientFirst(text))
        require(clientFirst->gs2Header + clientFirst->bare == text && !clientFirst->user.empty());
    if (const Result<scram::ClientFinal> clientFinal = scram::parseClientFinal(text))
        require(text.starts_with(clientFinal->withoutProof) && !clientFinal->proof.empty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const ByteView rest(data + 1, size - 1);
    switch (data[0] & 3) {
    case 0: fuzzPlain(rest); break;
    case 1: fuzzScram(ScramMechanism::Sha256, rest); break;
    case 2: fuzzScram(ScramMechanism::Sha512, rest); break;
    default: fuzzParsers(rest); break;
    }
    return 0;
}

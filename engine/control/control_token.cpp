#include "control/control_token.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace es::control {

namespace {

constexpr std::size_t kTokenBytes = 32;
constexpr mode_t kOwnerOnly = 0600;

std::string errnoText(const char *doing, const std::filesystem::path &path)
{
    return std::string("cannot ") + doing + " " + path.string() + ": " + std::strerror(errno);
}

bool isToken(std::string_view text)
{
    if (text.size() != 2 * kTokenBytes)
        return false;
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

Result<std::string> newToken()
{
    std::array<unsigned char, kTokenBytes> bytes{};
    if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1)
        return Status::ioError("OpenSSL's random generator failed to make the control token");
    static constexpr char kHex[] = "0123456789abcdef";
    std::string token;
    for (unsigned char b : bytes) {
        token += kHex[b >> 4];
        token += kHex[b & 0x0f];
    }
    return token;
}

Status writeAll(int fd, std::string_view bytes, const std::filesystem::path &path)
{
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Status::ioError(errnoText("write", path));
        written += static_cast<std::size_t>(n);
    }
    return Status::ok();
}

// Creates `path` with `bytes`, mode 0600 from the start (never readable by others, not even
// for a moment). AlreadyExists when another process made it first.
Status createOwnerOnly(const std::filesystem::path &path, std::string_view bytes)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, kOwnerOnly);
    if (fd < 0)
        return errno == EEXIST ? Status::alreadyExists(path.string() + " exists")
                               : Status::ioError(errnoText("create", path));
    Status s = writeAll(fd, bytes, path);
    if (s.isOk() && ::fchmod(fd, kOwnerOnly) != 0) // a umask may have taken the owner's bits
        s = Status::ioError(errnoText("set the mode of", path));
    if (s.isOk() && ::fsync(fd) != 0)
        s = Status::ioError(errnoText("write", path));
    ::close(fd);
    if (!s.isOk())
        ::unlink(path.c_str());
    return s;
}

// Replaces `path` by a file made as createOwnerOnly() makes one, through a rename, so that
// a reader sees the old content or the new, never a part.
Status replaceOwnerOnly(const std::filesystem::path &path, std::string_view bytes)
{
    const std::filesystem::path temporary = path.string() + ".tmp";
    ::unlink(temporary.c_str());
    ES_RETURN_IF_ERROR(createOwnerOnly(temporary, bytes));
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        Status s = Status::ioError(errnoText("replace", path));
        ::unlink(temporary.c_str());
        return s;
    }
    return Status::ok();
}

// The file's text (a token file is 64 bytes; more is not a token), or nullopt when there is
// no file. Tightens its mode to 0600 if wider.
Result<std::optional<std::string>> readExisting(const std::filesystem::path &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return std::optional<std::string>();
        return Status::ioError(errnoText("open", path));
    }
    struct stat st {};
    if (::fstat(fd, &st) == 0 && (st.st_mode & 0077) != 0 && ::fchmod(fd, kOwnerOnly) != 0) {
        Status s = Status::ioError(errnoText("restrict the mode of", path));
        ::close(fd);
        return s;
    }
    std::array<char, 256> buffer{};
    ssize_t n = 0;
    do
        n = ::read(fd, buffer.data(), buffer.size());
    while (n < 0 && errno == EINTR);
    const int readErrno = errno;
    ::close(fd);
    if (n < 0) {
        errno = readErrno;
        return Status::ioError(errnoText("read", path));
    }
    return std::optional<std::string>(std::string(buffer.data(), static_cast<std::size_t>(n)));
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.remove_suffix(1);
    return text;
}

} // namespace

Result<std::string> loadOrCreateToken(const std::filesystem::path &dataDir)
{
    std::error_code ec;
    std::filesystem::create_directories(dataDir, ec);
    if (ec)
        return Status::ioError("cannot create " + dataDir.string() + ": " + ec.message());
    const std::filesystem::path path = dataDir / kTokenFileName;

    // Two servers started on one data dir at once must agree on one token: the file is
    // created exclusively, and the one who loses the race reads the winner's.
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto existing = readExisting(path);
        if (!existing)
            return existing.status();
        if (*existing && isToken(trimmed(**existing)))
            return std::string(trimmed(**existing));
        if (*existing && ::unlink(path.c_str()) != 0 && errno != ENOENT) // not a token: replaced
            return Status::ioError(errnoText("replace", path));
        auto token = newToken();
        if (!token)
            return token.status();
        Status created = createOwnerOnly(path, *token);
        if (created.isOk())
            return token;
        if (created.code() != StatusCode::AlreadyExists)
            return created;
    }
    return Status::ioError("cannot create " + path.string() + ": another process keeps replacing it");
}

bool tokenMatches(std::string_view expected, std::string_view presented)
{
    // The length is no secret (always 64); only the content is compared in constant time.
    return expected.size() == presented.size() &&
           CRYPTO_memcmp(expected.data(), presented.data(), expected.size()) == 0;
}

Status writeControlUrl(const std::filesystem::path &dataDir, const std::string &url)
{
    return replaceOwnerOnly(dataDir / kUrlFileName, url + "\n");
}

void removeControlUrl(const std::filesystem::path &dataDir, const std::string &url)
{
    const std::filesystem::path path = dataDir / kUrlFileName;
    auto existing = readExisting(path);
    if (existing && *existing && trimmed(**existing) == url)
        ::unlink(path.c_str());
}

} // namespace es::control

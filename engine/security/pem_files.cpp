#include "security/pem_files.h"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace es::security {

namespace {

// OpenSSL's passphrase callback: no passphrase, so an encrypted key fails to load instead
// of OpenSSL asking on stdin.
int noPassphrase(char * /*buffer*/, int /*size*/, int /*rwflag*/, void * /*userdata*/) { return -1; }

std::string cannotRead(std::string_view what, const std::filesystem::path &path)
{
    return "cannot read the " + std::string(what) + " " + path.string() + ": ";
}

// The whole file (PEM files are a few kilobytes).
Result<std::string> readWhole(const std::filesystem::path &path, std::string_view what)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return Status::notFound(cannotRead(what, path) + "the file does not exist");
    std::ifstream in(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        return Status::ioError(cannotRead(what, path) + std::strerror(errno));
    return text;
}

BioPtr memoryReader(const std::string &text)
{
    return BioPtr(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
}

std::string errnoText(const std::filesystem::path &path, const char *doing)
{
    return std::string("cannot ") + doing + " " + path.string() + ": " + std::strerror(errno);
}

// Writes `bytes` to a temporary file beside `path`, flushes it to disk and renames it over
// `path`.
Status writeAtomically(const std::filesystem::path &path, std::string_view bytes, mode_t mode)
{
    const std::filesystem::path temporary = path.string() + ".tmp";
    ::unlink(temporary.c_str());
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return Status::ioError(errnoText(temporary, "create"));
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            Status failed = Status::ioError(errnoText(temporary, "write"));
            ::close(fd);
            ::unlink(temporary.c_str());
            return failed;
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        Status failed = Status::ioError(errnoText(temporary, "write"));
        ::unlink(temporary.c_str());
        return failed;
    }
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        Status failed = Status::ioError(errnoText(path, "replace"));
        ::unlink(temporary.c_str());
        return failed;
    }
    return Status::ok();
}

std::string_view memoryContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return {data, static_cast<std::size_t>(size)};
}

} // namespace

Result<X509Ptr> readCertificate(const std::filesystem::path &path, std::string_view what)
{
    auto text = readWhole(path, what);
    if (!text)
        return text.status();
    const BioPtr bio = memoryReader(*text);
    X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, noPassphrase, nullptr));
    if (!certificate)
        return Status::corruption(cannotRead(what, path) +
                                  takeOpenSslErrors("no PEM certificate in the file"));
    return certificate;
}

Result<PkeyPtr> readPrivateKey(const std::filesystem::path &path, std::string_view what)
{
    auto text = readWhole(path, what);
    if (!text)
        return text.status();
    const BioPtr bio = memoryReader(*text);
    PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
    if (!key) {
        const std::string reason = takeOpenSslErrors("no PEM private key in the file");
        if (text->find("PRIVATE KEY-----") == std::string::npos)
            return Status::corruption(cannotRead(what, path) + "the file holds no PEM private key");
        if (text->find("ENCRYPTED") != std::string::npos)
            return Status::unsupported(cannotRead(what, path) +
                                       "the key is protected by a passphrase, which Eventscope cannot use; "
                                       "give it the key without one");
        return Status::corruption(cannotRead(what, path) + reason);
    }
    return key;
}

Status writeCertificate(const std::filesystem::path &path, X509 *certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return Status::ioError("cannot encode the certificate for " + path.string() + ": " +
                               takeOpenSslErrors());
    return writeAtomically(path, memoryContents(bio.get()), 0644);
}

Status writePrivateKey(const std::filesystem::path &path, EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return Status::ioError("cannot encode the key for " + path.string() + ": " + takeOpenSslErrors());
    return writeAtomically(path, memoryContents(bio.get()), 0600);
}

} // namespace es::security

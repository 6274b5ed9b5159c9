#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace es {

// Errors are values. A Status is either ok or carries a code and a message that
// names what failed (a file, an offset) so it can be shown to a user as is.
enum class StatusCode : std::uint8_t {
    Ok,
    NotFound,
    Corruption,
    InvalidArgument,
    IOError,
    OutOfRange,
    AlreadyExists,
    Unsupported,
    Busy,
    Cancelled,
    TimedOut,
};

class Status {
public:
    Status() = default;

    static Status ok() { return {}; }
    static Status notFound(std::string msg) { return {StatusCode::NotFound, std::move(msg)}; }
    static Status corruption(std::string msg) { return {StatusCode::Corruption, std::move(msg)}; }
    static Status invalidArgument(std::string msg) { return {StatusCode::InvalidArgument, std::move(msg)}; }
    static Status ioError(std::string msg) { return {StatusCode::IOError, std::move(msg)}; }
    static Status outOfRange(std::string msg) { return {StatusCode::OutOfRange, std::move(msg)}; }
    static Status alreadyExists(std::string msg) { return {StatusCode::AlreadyExists, std::move(msg)}; }
    static Status unsupported(std::string msg) { return {StatusCode::Unsupported, std::move(msg)}; }
    static Status busy(std::string msg) { return {StatusCode::Busy, std::move(msg)}; }
    static Status cancelled(std::string msg) { return {StatusCode::Cancelled, std::move(msg)}; }
    static Status timedOut(std::string msg) { return {StatusCode::TimedOut, std::move(msg)}; }

    [[nodiscard]] bool isOk() const { return m_code == StatusCode::Ok; }
    [[nodiscard]] StatusCode code() const { return m_code; }
    [[nodiscard]] const std::string &message() const { return m_message; }
    [[nodiscard]] std::string toString() const;

    bool operator==(const Status &) const = default;

private:
    Status(StatusCode code, std::string msg) : m_code(code), m_message(std::move(msg)) {}

    StatusCode m_code = StatusCode::Ok;
    std::string m_message;
};

std::string_view statusCodeName(StatusCode code);

// A value or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}               // NOLINT: implicit by design
    Result(Status status) : m_v(std::move(status)) {}        // NOLINT: implicit by design

    [[nodiscard]] bool isOk() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return isOk(); }

    [[nodiscard]] const Status &status() const
    {
        static const Status okStatus;
        return isOk() ? okStatus : std::get<Status>(m_v);
    }

    T &value() & { return std::get<T>(m_v); }
    const T &value() const & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }

    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, Status> m_v;
};

} // namespace es

// Returns early from the enclosing function when a Status-producing expression fails.
#define ES_RETURN_IF_ERROR(expr)                                                            \
    do {                                                                                   \
        ::es::Status es_status_ = (expr);                                                  \
        if (!es_status_.isOk())                                                            \
            return es_status_;                                                             \
    } while (false)

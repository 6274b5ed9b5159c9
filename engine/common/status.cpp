#include "common/status.h"

namespace es {

std::string_view statusCodeName(StatusCode code)
{
    switch (code) {
    case StatusCode::Ok: return "OK";
    case StatusCode::NotFound: return "Not found";
    case StatusCode::Corruption: return "Corruption";
    case StatusCode::InvalidArgument: return "Invalid argument";
    case StatusCode::IOError: return "I/O error";
    case StatusCode::OutOfRange: return "Out of range";
    case StatusCode::AlreadyExists: return "Already exists";
    case StatusCode::Unsupported: return "Unsupported";
    case StatusCode::Busy: return "Busy";
    case StatusCode::Cancelled: return "Cancelled";
    case StatusCode::TimedOut: return "Timed out";
    }
    return "Unknown";
}

std::string Status::toString() const
{
    if (isOk())
        return "OK";
    std::string s(statusCodeName(m_code));
    s += ": ";
    s += m_message;
    return s;
}

} // namespace es

#pragma once

// The HTTP side of `eventscope ctl`: one request to the control API with its bearer token,
// and what came back.

#include <chrono>
#include <memory>
#include <string>

namespace httplib {
class Client;
}

namespace es::ctl {

struct Reply {
    enum class Outcome {
        Ok,          // a 2xx answer: `body` is its JSON
        Refused,     // the API answered with an error: `message` is its sentence
        Unreachable, // nothing answered at the address (no server, or it went away)
    };
    Outcome outcome = Outcome::Ok;
    int status = 0; // the HTTP status, when something answered
    std::string body;
    std::string message;
};

class ControlClient {
public:
    // `url`: "http://127.0.0.1:PORT"; `token`: the content of control-token.
    ControlClient(const std::string &url, const std::string &token);
    ~ControlClient();
    ControlClient(const ControlClient &) = delete;
    ControlClient &operator=(const ControlClient &) = delete;

    // Sends one request (`body`: JSON, or empty for none). A long poll passes a `timeout`
    // above the wait it asks for.
    Reply send(const std::string &method, const std::string &path, const std::string &body,
               std::chrono::seconds timeout = std::chrono::seconds(60));

private:
    std::unique_ptr<httplib::Client> m_client;
};

} // namespace es::ctl

#include "app/ctl_client.h"

#include "common/json.h"

#include <httplib.h>

namespace es::ctl {

namespace {

// The API's sentence from its error body {"error": {"message": ...}}; the HTTP status in
// words when the body is not the API's (another program on that port).
std::string errorMessage(const httplib::Response &response)
{
    if (auto json = parseJson(response.body)) {
        if (const JsonValue *error = json->find("error"))
            if (const JsonValue *message = error->find("message"); message && message->isString())
                return message->asString();
    }
    return "the server at this address answered HTTP " + std::to_string(response.status) +
           ", not as the control API does";
}

} // namespace

ControlClient::ControlClient(const std::string &url, const std::string &token)
    : m_client(std::make_unique<httplib::Client>(url))
{
    m_client->set_bearer_token_auth(token);
    m_client->set_connection_timeout(std::chrono::seconds(5));
}

ControlClient::~ControlClient() = default;

Reply ControlClient::send(const std::string &method, const std::string &path, const std::string &body,
                          std::chrono::seconds timeout)
{
    m_client->set_read_timeout(timeout);
    const std::string type = "application/json";
    httplib::Result result = method == "GET"     ? m_client->Get(path)
                             : method == "POST"  ? m_client->Post(path, body, type)
                             : method == "PUT"   ? m_client->Put(path, body, type)
                             : method == "PATCH" ? m_client->Patch(path, body, type)
                             : body.empty()      ? m_client->Delete(path)
                                                 : m_client->Delete(path, body, type);
    Reply reply;
    if (!result) {
        reply.outcome = Reply::Outcome::Unreachable;
        reply.message = httplib::to_string(result.error());
        return reply;
    }
    reply.status = result->status;
    if (result->status < 200 || result->status > 299) {
        reply.outcome = Reply::Outcome::Refused;
        reply.message = errorMessage(*result);
        return reply;
    }
    reply.body = result->body;
    return reply;
}

} // namespace es::ctl

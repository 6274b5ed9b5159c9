#include "control/control_server.h"

#include "common/logging.h"
#include "control/control_token.h"
#include "control/event_feed.h"
#include "control/route_files.h"
#include "control/snapshot_watch.h"

#include <httplib.h>

#include <atomic>
#include <thread>

namespace es::control {

namespace {

// Enough threads that a few long polls (GET /v1/events?wait=) and idle keep-alive
// connections leave room for the requests that change the cluster.
constexpr std::size_t kWorkerThreads = 16;
// An idle keep-alive connection holds a worker; it is let go soon, and the destructor does
// not wait longer than this for one.
constexpr time_t kKeepAliveSeconds = 2;
constexpr std::size_t kMaxBodyBytes = 1 << 20;

std::string bearerToken(const httplib::Request &request)
{
    const std::string header = request.get_header_value("Authorization");
    constexpr std::string_view kScheme = "Bearer ";
    if (header.size() < kScheme.size() || header.compare(0, kScheme.size(), kScheme) != 0)
        return {};
    return header.substr(kScheme.size());
}

void reply(httplib::Response &out, const ApiResponse &response)
{
    out.status = response.status;
    out.set_header("Cache-Control", "no-store");
    if (response.status == 401)
        out.set_header("WWW-Authenticate", "Bearer");
    out.set_content(response.body, response.contentType.c_str());
}

class HttpControlServer final : public ControlServer {
public:
    HttpControlServer(Connection &connection, DemoControl *demo, std::filesystem::path dataDir,
                      std::string token)
        : m_dataDir(std::move(dataDir)),
          m_token(std::move(token)),
          m_events(connection),
          m_snapshots(connection),
          m_context{connection, demo, m_events, m_snapshots}
    {
        addAllRoutes(m_routes, m_context);
        m_http.new_task_queue = [] { return new httplib::ThreadPool(kWorkerThreads); };
        m_http.set_keep_alive_timeout(kKeepAliveSeconds);
        m_http.set_payload_max_length(kMaxBodyBytes);
        const auto serve = [this](const httplib::Request &request, httplib::Response &response) {
            reply(response, handle(request));
        };
        m_http.Get(".*", serve);
        m_http.Post(".*", serve);
        m_http.Put(".*", serve);
        m_http.Delete(".*", serve);
        m_http.Patch(".*", serve);
        m_http.Options(".*", serve);
        // A POST, PUT, PATCH or DELETE with neither Content-Length nor Transfer-Encoding has
        // no body (RFC 9112, 6.3), as `curl -X POST` sends it; the HTTP library would wait
        // for one until its read timeout. Such a request is served here, with an empty body.
        m_http.set_pre_routing_handler([this](const httplib::Request &request, httplib::Response &response) {
            const bool mayHaveBody = request.method == "POST" || request.method == "PUT" ||
                                     request.method == "PATCH" || request.method == "DELETE";
            if (!mayHaveBody || request.has_header("Content-Length") || request.has_header("Transfer-Encoding"))
                return httplib::Server::HandlerResponse::Unhandled;
            reply(response, handle(request));
            return httplib::Server::HandlerResponse::Handled;
        });
        // What the HTTP library refuses itself (a body too large, a malformed request) is
        // answered in the API's own error shape too.
        m_http.set_error_handler([](const httplib::Request &, httplib::Response &response) {
            if (response.body.empty())
                reply(response,
                      ApiResponse::error(response.status, "the HTTP request was refused (HTTP status " +
                                                              std::to_string(response.status) + ")"));
        });
        m_http.set_exception_handler(
            [](const httplib::Request &, httplib::Response &response, std::exception_ptr ep) {
                std::string what = "unknown error";
                try {
                    std::rethrow_exception(ep);
                } catch (const std::exception &e) {
                    what = e.what();
                } catch (...) {}
                logger("control")->error("control API request failed: {}", what);
                reply(response, ApiResponse::internal("the request failed: " + what));
            });
    }

    ~HttpControlServer() override
    {
        m_stopping = true;
        m_events.stop();
        m_snapshots.stop();
        m_http.stop();
        if (m_thread.joinable())
            m_thread.join(); // the HTTP library waits for the requests in progress
        removeControlUrl(m_dataDir, m_url);
    }

    Status listen(const std::string &host, std::uint16_t port)
    {
        const int bound =
            port == 0 ? m_http.bind_to_any_port(host) : (m_http.bind_to_port(host, port) ? port : -1);
        if (bound <= 0)
            return Status::ioError("the control API cannot listen on " + host + ":" + std::to_string(port) +
                                   (port == 0 ? "" : " (is the port taken?)"));
        m_port = static_cast<std::uint16_t>(bound);
        m_url = "http://" + host + ":" + std::to_string(m_port);
        ES_RETURN_IF_ERROR(writeControlUrl(m_dataDir, m_url));
        m_thread = std::thread([this] {
            m_http.listen_after_bind();
            m_listenEnded = true;
        });
        // stop() only ends a loop that has begun: the destructor must not come before it.
        while (!m_http.is_running() && !m_listenEnded)
            std::this_thread::yield();
        logger("control")->info("control API listening on {}", m_url);
        return Status::ok();
    }

    [[nodiscard]] std::uint16_t port() const override { return m_port; }
    [[nodiscard]] std::string url() const override { return m_url; }
    [[nodiscard]] const std::string &token() const override { return m_token; }

private:
    ApiResponse handle(const httplib::Request &request) const
    {
        const std::string presented = bearerToken(request);
        if (presented.empty())
            return ApiResponse::unauthorized(
                "the request has no \"Authorization: Bearer <token>\" header; the "
                "token is in the cluster's data directory, file control-token");
        if (!tokenMatches(m_token, presented))
            return ApiResponse::unauthorized("the bearer token is not this cluster's control token");
        if (m_stopping)
            return ApiResponse::unavailable("the control API is stopping");
        const auto method = methodFromName(request.method);
        if (!method)
            return ApiResponse::methodNotAllowed(request.method + " is not allowed on " + request.path);
        ApiRequest api;
        api.method = *method;
        api.path = request.path;
        api.query.insert(request.params.begin(), request.params.end());
        api.body = request.body;
        return m_routes.dispatch(std::move(api));
    }

    const std::filesystem::path m_dataDir;
    const std::string m_token;
    EventFeed m_events;
    SnapshotWatch m_snapshots;
    RouteContext m_context;
    Routes m_routes; // complete before the first request, read-only afterwards
    httplib::Server m_http;
    std::thread m_thread;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_listenEnded{false};
    std::uint16_t m_port = 0;
    std::string m_url;
};

} // namespace

Result<std::unique_ptr<ControlServer>> ControlServer::start(Connection &connection, DemoControl *demo,
                                                            ControlServerOptions options)
{
    if (options.dataDir.empty())
        return Status::invalidArgument("the control API needs a data directory for its token");
    auto token = loadOrCreateToken(options.dataDir);
    if (!token)
        return token.status();
    auto server = std::make_unique<HttpControlServer>(connection, demo, options.dataDir, std::move(*token));
    ES_RETURN_IF_ERROR(server->listen(options.host, options.port));
    return std::unique_ptr<ControlServer>(std::move(server));
}

} // namespace es::control

#pragma once

// A 3-broker embedded cluster on free ports in a temporary folder, its control API on a
// free port, and a caller that sends the token: what the control API's tests start from.

#include "cluster/cluster_fixture.h"
#include "common/json.h"
#include "connection/connection.h"
#include "control/control_server.h"
#include "embedded/embedded_cluster.h"
#include "server/wire_client.h"

#include <httplib.h>

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <string>

namespace es::test {

struct ApiAnswer {
    int status = 0;
    std::string text;
    JsonValue json; // null when the body is not JSON

    // The error code word of a JSON error ("not_found"), "" when the answer is no error.
    [[nodiscard]] std::string errorCode() const
    {
        const JsonValue *error = json.find("error");
        const JsonValue *code = error ? error->find("code") : nullptr;
        return code && code->isString() ? code->asString() : "";
    }
};

// Calls the API as a script would, with "Authorization: Bearer <token>" unless told not to.
class ApiCaller {
public:
    ApiCaller(const std::string &url, std::optional<std::string> token) : m_client(url)
    {
        m_client.set_connection_timeout(5);
        m_client.set_read_timeout(70); // above the longest long poll
        if (token)
            m_client.set_bearer_token_auth(*token);
    }

    ApiAnswer get(const std::string &path) { return answer(m_client.Get(path)); }
    ApiAnswer post(const std::string &path, const std::string &body = "")
    {
        return answer(m_client.Post(path, body, "application/json"));
    }
    ApiAnswer put(const std::string &path, const std::string &body)
    {
        return answer(m_client.Put(path, body, "application/json"));
    }
    ApiAnswer patch(const std::string &path, const std::string &body)
    {
        return answer(m_client.Patch(path, body, "application/json"));
    }
    ApiAnswer del(const std::string &path) { return answer(m_client.Delete(path)); }

private:
    static ApiAnswer answer(const httplib::Result &result)
    {
        ApiAnswer a;
        if (!result)
            return a; // status 0: no answer at all
        a.status = result->status;
        a.text = result->body;
        if (auto parsed = parseJson(result->body))
            a.json = std::move(*parsed);
        return a;
    }

    httplib::Client m_client;
};

struct ControlCluster {
    QTemporaryDir dir;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<control::ControlServer> server;

    void start(int brokers = 3)
    {
        QVERIFY(dir.isValid());
        ClusterConfig config = fastConfig(dir, brokers);
        config.basePort = freeBasePort(brokers + 1); // one spare for an added broker
        auto opened = startEmbeddedCluster(config, nullptr);
        QVERIFY2(opened.isOk(), opened.status().toString().c_str());
        connection = std::move(*opened);
        control::ControlServerOptions options;
        options.dataDir = dataDir();
        auto started = control::ControlServer::start(*connection, nullptr, options);
        QVERIFY2(started.isOk(), started.status().toString().c_str());
        server = std::move(*started);
        // The first snapshot, so that every route has a cluster to show.
        QVERIFY(eventually([&] { return connection->snapshot() != nullptr; }));
    }

    void stop()
    {
        server.reset();
        connection.reset();
    }

    [[nodiscard]] std::filesystem::path dataDir() const { return dir.path().toStdString(); }
    [[nodiscard]] ApiCaller caller() const { return {server->url(), server->token()}; }
};

} // namespace es::test

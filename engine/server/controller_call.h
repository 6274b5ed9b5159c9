#pragma once

#include "cluster/broker.h"
#include "cluster/cluster.h"
#include "server/request_context.h"

#include <asio/steady_timer.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace es::server {

// Runs `work` on the controller's loop and hands its result to `done` back on the broker's
// loop, so that no broker loop ever waits for the controller. Both messages travel the
// in-process network from this broker, so faults on its link to the controller apply;
// when no answer comes within `timeout`, `done` gets std::nullopt. `done` runs at most
// once, and only while the request's connection is open.
template <typename R>
void callController(const RequestContext &ctx, std::function<R(Controller &)> work,
                    std::function<void(std::optional<R>)> done, std::chrono::milliseconds timeout)
{
    struct Call {
        explicit Call(asio::io_context &io) : timer(io) {}
        asio::steady_timer timer;
        std::function<void(std::optional<R>)> done;
    };
    Broker &broker = ctx.broker();
    // Held by the timer's handler only: other threads keep a weak reference, so the call
    // (and its timer) dies with the broker's loop, never on another thread.
    auto call = std::make_shared<Call>(broker.loop().context());
    call->done = [ctx, done = std::move(done)](std::optional<R> r) {
        if (ctx.open())
            done(std::move(r));
    };
    call->timer.expires_after(timeout);
    call->timer.async_wait([call](const std::error_code &ec) {
        if (ec || !call->done)
            return;
        auto finish = std::move(call->done);
        call->done = nullptr;
        finish(std::nullopt);
    });
    std::weak_ptr<Call> weak = call;
    Network *net = &ctx.server().cluster().network();
    const std::int32_t id = broker.id();
    net->sendTo<Controller>(id, kControllerNode, [weak, work = std::move(work), net, id](Controller &c) {
        R result = work(c);
        net->sendTo<Broker>(kControllerNode, id, [weak, result = std::move(result)](Broker &) mutable {
            auto pending = weak.lock();
            if (!pending || !pending->done)
                return;
            auto finish = std::move(pending->done);
            pending->done = nullptr;
            pending->timer.cancel();
            finish(std::move(result));
        });
    });
}

// How long an admin request may wait: its own timeout when it names one, else the server's.
inline std::chrono::milliseconds adminTimeout(const RequestContext &ctx, std::int32_t requestTimeoutMs)
{
    return requestTimeoutMs > 0 ? std::chrono::milliseconds(requestTimeoutMs)
                                : ctx.server().config().controllerTimeout;
}

} // namespace es::server

#include "server/image_wait.h"

#include "cluster/broker.h"

#include <asio/steady_timer.hpp>

namespace es::server {

namespace {

constexpr auto kPoll = std::chrono::milliseconds(5);

struct Wait {
    explicit Wait(asio::io_context &io) : timer(io) {}
    asio::steady_timer timer;
    RequestContext ctx;
    std::function<bool(const MetadataImage &)> ready;
    std::chrono::steady_clock::time_point deadline;
    std::function<void(bool)> done;
};

void check(const std::shared_ptr<Wait> &wait)
{
    if (!wait->ctx.open())
        return;
    const auto &image = wait->ctx.broker().metadata();
    const bool ok = image && wait->ready(*image);
    if (ok || std::chrono::steady_clock::now() >= wait->deadline) {
        wait->done(ok);
        return;
    }
    wait->timer.expires_after(kPoll);
    wait->timer.async_wait([wait](const std::error_code &ec) {
        if (!ec)
            check(wait);
    });
}

} // namespace

void waitForImage(const RequestContext &ctx, std::function<bool(const MetadataImage &)> ready,
                  std::chrono::milliseconds timeout, std::function<void(bool)> done)
{
    if (!ctx.open())
        return;
    auto wait = std::make_shared<Wait>(ctx.broker().loop().context());
    wait->ctx = ctx;
    wait->ready = std::move(ready);
    wait->deadline = std::chrono::steady_clock::now() + timeout;
    wait->done = std::move(done);
    check(wait);
}

} // namespace es::server

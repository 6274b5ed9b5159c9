#pragma once

// A transaction coordinator on its own, for the coordinator's tests: __transaction_state in
// memory, a marker channel the test answers (at once, or when it releases them), a manual
// clock, producer ids counted up from 1000. Answers arrive in Replies.

#include "cluster/group/group_records.h"
#include "cluster/txn/transaction_coordinator.h"
#include "common/clock.h"

#include <QTest>

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace es {
// Readable QCOMPARE failures.
inline char *toString(ErrorCode e) { return qstrdup(std::string(errorName(e)).c_str()); }
inline char *toString(TransactionState s) { return qstrdup(std::string(transactionStateName(s)).c_str()); }
} // namespace es

namespace es::test {

inline constexpr std::int32_t kStatePartitions = 5;
inline constexpr std::int32_t kTimeoutMs = 60000;
inline constexpr std::int32_t kCoordinatorEpoch = 7;

inline const TopicPartition kOrders0{"orders", 0};
inline const TopicPartition kOrders1{"orders", 1};
inline const TopicPartition kAudit0{"audit", 0};

// __transaction_state in memory. Appends succeed at once unless told to fail or to hold them.
class MemoryTransactionStore final : public TransactionStore {
public:
    struct Held {
        std::int32_t partition;
        TransactionLogRecord record;
        std::function<void(ErrorCode)> done;
    };

    void append(std::int32_t partition, TransactionLogRecord record,
                std::function<void(ErrorCode)> done) override
    {
        if (hold) {
            held.push_back({partition, std::move(record), std::move(done)});
            return;
        }
        if (failWith != ErrorCode::None) {
            done(failWith);
            return;
        }
        logs[partition].push_back(std::move(record));
        done(ErrorCode::None);
    }

    // Completes the held appends: written with None, refused otherwise.
    void release(ErrorCode result = ErrorCode::None)
    {
        hold = false;
        std::vector<Held> pending = std::move(held);
        held.clear();
        for (Held &h : pending) {
            if (result == ErrorCode::None)
                logs[h.partition].push_back(std::move(h.record));
            h.done(result);
        }
    }

    // The partition's log as a broker would read it back for loading.
    std::vector<TransactionLogEntry> entries(std::int32_t partition) const
    {
        std::vector<TransactionLogEntry> out;
        auto it = logs.find(partition);
        if (it == logs.end())
            return out;
        for (const TransactionLogRecord &r : it->second) {
            TransactionLogEntry e{encodeTransactionLogKey(r.transactionalId), std::nullopt};
            if (r.value)
                e.value = encodeTransactionLogValue(*r.value);
            out.push_back(std::move(e));
        }
        return out;
    }

    // Every record written for `transactionalId`, in order; nullopt for a tombstone.
    std::vector<std::optional<TransactionLogValue>> recordsOf(const std::string &transactionalId) const
    {
        std::vector<std::optional<TransactionLogValue>> out;
        for (const auto &[p, log] : logs)
            for (const TransactionLogRecord &r : log)
                if (r.transactionalId == transactionalId)
                    out.push_back(r.value);
        return out;
    }

    // The states written for `transactionalId`, in order (Dead for a tombstone).
    std::vector<TransactionState> statesOf(const std::string &transactionalId) const
    {
        std::vector<TransactionState> out;
        for (const auto &v : recordsOf(transactionalId))
            out.push_back(v ? v->status : TransactionState::Dead);
        return out;
    }

    std::map<std::int32_t, std::vector<TransactionLogRecord>> logs;
    ErrorCode failWith = ErrorCode::None;
    bool hold = false;
    std::vector<Held> held;
};

// The partitions' leaders. Each request is kept; it is answered at once (None, or the next
// scripted error of each partition) unless `hold` is set, then by answerHeld().
class FakeMarkerChannel final : public TransactionMarkerChannel {
public:
    void writeMarkers(TxnMarkerRequest request, Done done) override
    {
        requests.push_back(request);
        if (hold) {
            held.emplace_back(std::move(request), std::move(done));
            return;
        }
        done(answer(request));
    }

    void answerHeld()
    {
        hold = false;
        auto pending = std::move(held);
        held.clear();
        for (auto &[request, done] : pending)
            done(answer(request));
    }

    std::map<TopicPartition, ErrorCode> answer(const TxnMarkerRequest &request)
    {
        std::map<TopicPartition, ErrorCode> out;
        for (const TopicPartition &tp : request.partitions) {
            ErrorCode e = ErrorCode::None;
            if (auto it = scripted.find(tp); it != scripted.end() && !it->second.empty()) {
                e = it->second.front();
                it->second.pop_front();
            }
            out[tp] = e;
        }
        return out;
    }

    std::vector<TxnMarkerRequest> requests;
    std::map<TopicPartition, std::deque<ErrorCode>> scripted; // per partition, answers before None
    bool hold = false;
    std::vector<std::pair<TxnMarkerRequest, Done>> held;
};

// A result that a callback fills in later. Shared, so a late answer never writes to a dead frame.
template <typename R>
class Reply {
public:
    [[nodiscard]] bool ready() const { return m_slot->has_value(); }
    const R &operator*() const { return **m_slot; }
    const R *operator->() const { return &**m_slot; }
    void set(R r) const { *m_slot = std::move(r); }

private:
    std::shared_ptr<std::optional<R>> m_slot = std::make_shared<std::optional<R>>();
};

struct InitResult {
    ErrorCode error = ErrorCode::None;
    std::int64_t producerId = -1;
    std::int16_t epoch = -1;
};

// A coordinator that owns every partition of __transaction_state at kCoordinatorEpoch.
struct Fixture {
    ManualClock clock{1'700'000'000'000};
    MemoryTransactionStore store;
    FakeMarkerChannel markers;
    std::set<std::string> deletedTopics;
    std::int64_t nextProducerId = 1000;
    bool producerIdsExhausted = false; // the allocator has none to give
    TransactionCoordinatorConfig config = defaultConfig();
    std::unique_ptr<TransactionCoordinator> coordinator;
    std::vector<TransactionEvent> events;

    Fixture() { start(); }
    explicit Fixture(TransactionCoordinatorConfig c) : config(c) { start(); }

    static TransactionCoordinatorConfig defaultConfig()
    {
        TransactionCoordinatorConfig c;
        c.statePartitions = kStatePartitions;
        c.abortTimedOutIntervalMs = 100;
        return c;
    }

    // A new coordinator (a restarted broker) that loads every partition from the store's log.
    void start(std::int32_t coordinatorEpoch = kCoordinatorEpoch)
    {
        coordinator.reset();
        coordinator = std::make_unique<TransactionCoordinator>(
            config, store, markers,
            [this] { return producerIdsExhausted ? std::int64_t{-1} : nextProducerId++; },
            [this](const TopicPartition &tp) { return !deletedTopics.contains(tp.topic); }, clock);
        coordinator->setEventHook([this](const TransactionEvent &e) { events.push_back(e); });
        for (std::int32_t p = 0; p < kStatePartitions; ++p)
            coordinator->loadPartition(p, coordinatorEpoch, store.entries(p));
    }

    // Time passes as the broker's loop sees it: a tick every 100 ms.
    void advance(std::int64_t ms)
    {
        while (ms > 0) {
            const std::int64_t step = std::min<std::int64_t>(ms, 100);
            clock.advance(step);
            coordinator->tick(clock.nowMs());
            ms -= step;
        }
    }

    Reply<InitResult> initAsync(const std::string &id,
                                std::optional<ProducerIdAndEpoch> expected = std::nullopt,
                                std::int32_t timeoutMs = kTimeoutMs)
    {
        Reply<InitResult> reply;
        coordinator->initProducerId(id, timeoutMs, expected,
                                    [reply](ErrorCode e, std::int64_t pid, std::int16_t epoch) {
                                        reply.set({e, pid, epoch});
                                    });
        return reply;
    }
    InitResult init(const std::string &id, std::optional<ProducerIdAndEpoch> expected = std::nullopt,
                    std::int32_t timeoutMs = kTimeoutMs)
    {
        Reply<InitResult> reply = initAsync(id, expected, timeoutMs);
        return reply.ready() ? *reply : InitResult{ErrorCode::UnknownServerError, -2, -2};
    }

    Reply<std::map<TopicPartition, ErrorCode>> addAsync(const std::string &id, const InitResult &producer,
                                                        std::vector<TopicPartition> partitions)
    {
        Reply<std::map<TopicPartition, ErrorCode>> reply;
        coordinator->addPartitions(
            id, producer.producerId, producer.epoch, partitions,
            [reply](std::map<TopicPartition, ErrorCode> r) { reply.set(std::move(r)); });
        return reply;
    }
    // The error every partition got (UnknownServerError when they differ or none came).
    ErrorCode add(const std::string &id, const InitResult &producer, std::vector<TopicPartition> partitions)
    {
        auto reply = addAsync(id, producer, std::move(partitions));
        if (!reply.ready() || reply->empty())
            return ErrorCode::UnknownServerError;
        const ErrorCode first = reply->begin()->second;
        for (const auto &[tp, e] : *reply)
            if (e != first)
                return ErrorCode::UnknownServerError;
        return first;
    }

    Reply<ErrorCode> endAsync(const std::string &id, const InitResult &producer, bool commit)
    {
        Reply<ErrorCode> reply;
        coordinator->endTxn(id, producer.producerId, producer.epoch, commit,
                            [reply](ErrorCode e) { reply.set(e); });
        return reply;
    }
    ErrorCode end(const std::string &id, const InitResult &producer, bool commit)
    {
        auto reply = endAsync(id, producer, commit);
        return reply.ready() ? *reply : ErrorCode::UnknownServerError;
    }

    ErrorCode addOffsets(const std::string &id, const InitResult &producer, const std::string &group)
    {
        Reply<ErrorCode> reply;
        coordinator->addOffsets(id, producer.producerId, producer.epoch, group, 50,
                                [reply](ErrorCode e) { reply.set(e); });
        return reply.ready() ? *reply : ErrorCode::UnknownServerError;
    }

    ErrorCode adminAbort(const std::string &id)
    {
        Reply<ErrorCode> reply;
        coordinator->abortTransaction(id, [reply](ErrorCode e) { reply.set(e); });
        return reply.ready() ? *reply : ErrorCode::UnknownServerError;
    }

    TransactionDescription describe(const std::string &id) const
    {
        return coordinator->describeTransactions({id}).front();
    }

    std::vector<TransactionEventKind> eventKinds() const
    {
        std::vector<TransactionEventKind> out;
        for (const TransactionEvent &e : events)
            out.push_back(e.kind);
        return out;
    }

    // A producer at epoch 0 with a transaction open on `partitions`.
    InitResult openTransaction(const std::string &id, std::vector<TopicPartition> partitions,
                               std::int32_t timeoutMs = kTimeoutMs)
    {
        const InitResult producer = init(id, std::nullopt, timeoutMs);
        if (producer.error != ErrorCode::None || add(id, producer, std::move(partitions)) != ErrorCode::None)
            return InitResult{ErrorCode::UnknownServerError, -2, -2};
        return producer;
    }
};

} // namespace es::test

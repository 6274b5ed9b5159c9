// The crash test: a child process appends to a partition log with FlushPolicy::PerBatch
// and reports every append that returned; the parent kills it with SIGKILL at a random
// moment, reopens the log and checks that every acknowledged record is there, exactly,
// and that nothing else is but the one append that may have been under way. Repeated on
// the same folder, so later rounds recover logs that earlier rounds recovered.
//
// SIGKILL models a process crash: what the child wrote is in the page cache and survives
// it, so this proves that recovery keeps every acknowledged append and removes whatever
// an interrupted one left (a torn batch, a segment rolled but empty, a checkpoint's
// temporary file). It cannot model a power cut, which would also lose unsynced data.
//
// ES_CRASH_ITERATIONS (default 60) and ES_CRASH_SEED (default fixed, printed) override
// the number of rounds and the seed, to reproduce a failure or to run longer.

#include "log_fixture.h"

#include "storage/segment_format.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <poll.h>
#include <random>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace es;
using namespace es::test;

namespace {

constexpr int kDefaultIterations = 60;
constexpr std::uint64_t kDefaultSeed = 20240611;
constexpr int kMaxKillDelayUs = 30'000;
// A child that outlives its kill delay stops by itself (without closing) after this many.
constexpr int kMaxAppendsPerChild = 2000;
// When the log has more segments than this, the parent moves the log start forward.
constexpr std::size_t kMaxSegments = 12;

// Child exit codes other than 0.
constexpr int kChildOpenFailed = 10;
constexpr int kChildAppendFailed = 11;
constexpr int kChildPipeFailed = 12;

constexpr std::array kCodecs{Compression::None, Compression::Gzip, Compression::Snappy, Compression::Lz4,
                             Compression::Zstd};

LogConfig crashConfig()
{
    LogConfig c;
    c.segmentBytes = 64 * 1024; // a roll every dozen appends or so
    c.indexIntervalBytes = 1024;
    c.flushPolicy = FlushPolicy::PerBatch;
    return c;
}

// What the child writes to the pipe once append() has returned: which append (its batches
// are rebuilt from the run seed and this number) and the offsets it got. 24 bytes, less
// than PIPE_BUF, so a write is whole or absent even when the child dies.
struct Ack {
    std::int64_t sequence = 0;
    std::int64_t firstOffset = 0;
    std::int64_t lastOffset = 0;
};
// The first message, once the log is open: sequence kOpened, firstOffset the log end.
constexpr std::int64_t kOpened = -1;

// Append number `sequence`: usually one batch, sometimes two or three (as in one produce
// request), of 1..50 records, a fifth of them uncompressed and the rest with each codec.
std::vector<BatchSpec> appendSpecs(std::uint64_t runSeed, std::int64_t sequence)
{
    std::mt19937_64 rng(runSeed * 1'000'003 + static_cast<std::uint64_t>(sequence));
    const int batches = rng() % 8 == 0 ? 2 + static_cast<int>(rng() % 2) : 1;
    std::vector<BatchSpec> out;
    for (int b = 0; b < batches; ++b) {
        BatchSpec s;
        s.seed = rng();
        s.records = 1 + static_cast<int>(rng() % 50);
        s.timestamp = kBaseTimestamp + sequence * 10;
        s.maxValueBytes = rng() % 4 == 0 ? 1000 : 100;
        s.compression = kCodecs[rng() % kCodecs.size()];
        out.push_back(s);
    }
    return out;
}

Bytes appendRequest(const std::vector<BatchSpec> &specs)
{
    Bytes out;
    for (const BatchSpec &s : specs) {
        const Bytes b = makeBatch(s);
        out.insert(out.end(), b.begin(), b.end());
    }
    return out;
}

std::vector<Record> appendRecords(const std::vector<BatchSpec> &specs)
{
    std::vector<Record> out;
    for (const BatchSpec &s : specs) {
        auto r = makeRecords(s);
        out.insert(out.end(), r.begin(), r.end());
    }
    return out;
}

// The child: no Qt, no return to the caller. It never closes the log; it is killed, or
// stops with _exit() after kMaxAppendsPerChild appends, which is as abrupt.
[[noreturn]] void runChild(const std::filesystem::path &dir, std::uint64_t runSeed,
                           std::int64_t firstSequence, int ackFd)
{
    auto log = PartitionLog::open(dir, crashConfig());
    if (!log)
        _exit(kChildOpenFailed);
    const Ack opened{kOpened, (*log)->logEndOffset().value(), -1};
    if (write(ackFd, &opened, sizeof opened) != static_cast<ssize_t>(sizeof opened))
        _exit(kChildPipeFailed);
    for (int i = 0; i < kMaxAppendsPerChild; ++i) {
        const std::int64_t sequence = firstSequence + i;
        auto appended = (*log)->append(appendRequest(appendSpecs(runSeed, sequence)), LeaderEpoch(1));
        if (!appended)
            _exit(kChildAppendFailed);
        const Ack ack{sequence, appended->firstOffset.value(), appended->lastOffset.value()};
        if (write(ackFd, &ack, sizeof ack) != static_cast<ssize_t>(sizeof ack))
            _exit(kChildPipeFailed);
    }
    _exit(0);
}

std::int64_t envInt(const char *name, std::int64_t fallback)
{
    const char *v = std::getenv(name);
    if (!v || !*v)
        return fallback;
    char *end = nullptr;
    const long long parsed = std::strtoll(v, &end, 10);
    return end && *end == '\0' ? parsed : fallback;
}

// Reads whatever the pipe holds into `buffer`; false at end of file.
bool readSome(int fd, Bytes &buffer)
{
    std::uint8_t chunk[4096];
    for (;;) {
        const ssize_t n = read(fd, chunk, sizeof chunk);
        if (n > 0) {
            buffer.insert(buffer.end(), chunk, chunk + n);
            return true;
        }
        if (n == 0)
            return false;
        if (errno != EINTR)
            return false;
    }
}

std::vector<Ack> parseAcks(const Bytes &buffer)
{
    std::vector<Ack> out(buffer.size() / sizeof(Ack));
    if (!out.empty())
        std::memcpy(out.data(), buffer.data(), out.size() * sizeof(Ack));
    return out;
}

} // namespace

class TestLogCrash : public QObject {
    Q_OBJECT

private slots:
    void killedWhileAppending();

private:
    struct Round {
        int iteration = 0;
        int delayUs = 0;
        // Whether the kill delay runs from the fork, so that the child may die while it
        // opens (and recovers) the log, or from the moment it reports the log open, which
        // keeps slow builds (sanitizers) killing children in the middle of appends.
        bool fromFork = false;
        std::int64_t firstSequence = 0;
        std::optional<std::int64_t> openedAt; // the log end the child saw on open
        std::vector<Ack> acks;
        [[nodiscard]] std::string context() const
        {
            return "round " + std::to_string(iteration) + " (kill " + std::to_string(delayUs) + " us after " +
                   (fromFork ? "the fork, " : "the open, ") + std::to_string(acks.size()) +
                   " acknowledged appends)";
        }
    };

    void runRound(Round &round, int &childStatus);
    void adoptAcks(const Round &round);
    void verify(const PartitionLog &log, const Round &round, const std::filesystem::path &dir);

    std::uint64_t m_seed = kDefaultSeed;
    std::filesystem::path m_dir;
    std::int64_t m_nextSequence = 0;
    // Every record the log must hold, from the log start to the log end as last verified.
    std::vector<LoggedRecord> m_expected;
    std::int64_t m_nextOffset = 0; // the log end once the acknowledged appends are in

    // What the rounds exercised, reported at the end.
    std::size_t m_acknowledged = 0;
    int m_killedChildren = 0;
    int m_unacknowledgedFound = 0;
};

void TestLogCrash::killedWhileAppending()
{
    const int iterations = static_cast<int>(envInt("ES_CRASH_ITERATIONS", kDefaultIterations));
    m_seed = static_cast<std::uint64_t>(envInt("ES_CRASH_SEED", static_cast<std::int64_t>(kDefaultSeed)));
    qInfo("crash test: seed %llu, %d rounds (set ES_CRASH_SEED / ES_CRASH_ITERATIONS to change)",
          static_cast<unsigned long long>(m_seed), iterations);
    std::mt19937_64 rng(m_seed);
    TempDir tmp;
    QVERIFY(tmp.isValid());
    m_dir = tmp.partition();
    LogCapture::instance().clear();

    for (int i = 0; i < iterations; ++i) {
        Round round;
        round.iteration = i;
        round.delayUs = static_cast<int>(rng() % (kMaxKillDelayUs + 1));
        round.fromFork = rng() % 4 == 0;
        round.firstSequence = m_nextSequence;
        int childStatus = 0;
        runRound(round, childStatus);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(WIFSIGNALED(childStatus) ? WTERMSIG(childStatus) == SIGKILL : WEXITSTATUS(childStatus) == 0,
                 (round.context() + ": the child failed with status " + std::to_string(childStatus)).c_str());
        m_killedChildren += WIFSIGNALED(childStatus) ? 1 : 0;
        m_acknowledged += round.acks.size();
        adoptAcks(round);
        if (QTest::currentTestFailed())
            return;
        // The append after the last acknowledged one may be in the log, whole or in part;
        // its records are never used for anything else.
        m_nextSequence = round.firstSequence + static_cast<std::int64_t>(round.acks.size()) + 1;

        // Every other round, the parent verifies a copy and leaves the killed log as it is,
        // so that the next child recovers it (and may itself be killed while doing so).
        const bool onCopy = i % 2 == 1;
        const std::filesystem::path dir = onCopy ? tmp.partition("copy-" + std::to_string(i)) : m_dir;
        if (onCopy)
            QVERIFY(copyFolder(m_dir, dir));
        {
            auto log = PartitionLog::open(dir, crashConfig());
            QVERIFY2(log, (round.context() + ": " + log.status().toString()).c_str());
            verify(**log, round, dir);
            if (QTest::currentTestFailed())
                return;
            if (!onCopy) {
                // More appends from here; then a clean close.
                for (int k = 0; k < 3; ++k) {
                    const auto specs = appendSpecs(m_seed, m_nextSequence++);
                    auto appended = (*log)->append(appendRequest(specs), LeaderEpoch(1));
                    QVERIFY2(appended, (round.context() + ": " + appended.status().toString()).c_str());
                    QCOMPARE(appended->firstOffset.value(), m_nextOffset);
                    for (const Record &r : appendRecords(specs))
                        m_expected.push_back({m_nextOffset++, r});
                }
                // Keep the folder small: drop old segments, starting inside a segment.
                const auto segments = (*log)->segments();
                if (segments.size() > kMaxSegments) {
                    const std::int64_t start =
                        segments[segments.size() - kMaxSegments / 2].baseOffset.value() + 1;
                    QVERIFY((*log)->advanceLogStartOffset(Offset(start)).isOk());
                    std::erase_if(m_expected, [&](const LoggedRecord &r) { return r.offset < start; });
                }
            }
        }
        if (onCopy)
            std::filesystem::remove_all(dir);
    }
    const auto errors = LogCapture::instance().messages(spdlog::level::err);
    const auto truncations = std::count_if(errors.begin(), errors.end(), [](const std::string &m) {
        return m.find("recovery truncated") != std::string::npos;
    });
    qInfo("%d of %d children killed, %zu appends acknowledged, %d unacknowledged appends found in the log, "
          "%lld recoveries truncated a torn tail; log offsets [%lld, %lld)",
          m_killedChildren, iterations, m_acknowledged, m_unacknowledgedFound,
          static_cast<long long>(truncations),
          static_cast<long long>(m_expected.empty() ? m_nextOffset : m_expected.front().offset),
          static_cast<long long>(m_nextOffset));
}

// Forks the child, kills it round.delayUs after the fork or after it opened the log, and
// collects its acknowledgements.
void TestLogCrash::runRound(Round &round, int &childStatus)
{
    using Clock = std::chrono::steady_clock;
    int fds[2];
    QVERIFY(pipe2(fds, O_CLOEXEC) == 0);
    const auto forked = Clock::now();
    // The child runs the engine after fork(), which is safe because no other thread of
    // this process holds a lock the engine takes (Qt Test's watchdog thread only waits on
    // its own condition variable); the child touches nothing of Qt.
    const pid_t pid = fork();
    QVERIFY(pid >= 0);
    if (pid == 0) {
        close(fds[0]);
        runChild(m_dir, m_seed, round.firstSequence, fds[1]);
    }
    close(fds[1]);

    const auto delay = std::chrono::microseconds(round.delayUs);
    std::optional<Clock::time_point> deadline;
    if (round.fromFork)
        deadline = forked + delay;
    Bytes buffer;
    bool open = true;
    bool stuck = false;
    while (open) {
        if (!deadline && buffer.size() >= sizeof(Ack))
            deadline = Clock::now() + delay;
        // Until the child reports the log open, wait up to a generous limit for that.
        const auto until = deadline ? *deadline : forked + std::chrono::seconds(60);
        const auto left = until - Clock::now();
        if (left <= std::chrono::nanoseconds(0)) {
            stuck = !deadline;
            break;
        }
        const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(left).count();
        const timespec timeout{static_cast<time_t>(ns / 1'000'000'000),
                               static_cast<long>(ns % 1'000'000'000)};
        pollfd p{fds[0], POLLIN, 0};
        if (ppoll(&p, 1, &timeout, nullptr) > 0)
            open = readSome(fds[0], buffer);
    }
    kill(pid, SIGKILL);
    while (open)
        open = readSome(fds[0], buffer);
    close(fds[0]);
    pid_t waited;
    do {
        waited = waitpid(pid, &childStatus, 0);
    } while (waited < 0 && errno == EINTR);
    QCOMPARE(waited, pid);
    QVERIFY2(!stuck, (round.context() + ": the child did not open the log within a minute").c_str());
    QVERIFY2(buffer.size() % sizeof(Ack) == 0, (round.context() + ": a partial acknowledgement").c_str());
    round.acks = parseAcks(buffer);
    if (!round.acks.empty() && round.acks.front().sequence == kOpened) {
        round.openedAt = round.acks.front().firstOffset;
        round.acks.erase(round.acks.begin());
    }
}

// The acknowledged appends join what the log must hold, in order and without gaps.
void TestLogCrash::adoptAcks(const Round &round)
{
    // The child's recovery of the log found what the parent's last verification did.
    if (round.openedAt)
        QCOMPARE(*round.openedAt, m_nextOffset);
    std::int64_t sequence = round.firstSequence;
    for (const Ack &ack : round.acks) {
        QCOMPARE(ack.sequence, sequence++);
        QVERIFY2(ack.firstOffset == m_nextOffset,
                 (round.context() + ": append " + std::to_string(ack.sequence) + " got offset " +
                  std::to_string(ack.firstOffset) + ", the log ended at " + std::to_string(m_nextOffset))
                     .c_str());
        const auto records = appendRecords(appendSpecs(m_seed, ack.sequence));
        QCOMPARE(ack.lastOffset - ack.firstOffset + 1, static_cast<std::int64_t>(records.size()));
        for (const Record &r : records)
            m_expected.push_back({m_nextOffset++, r});
    }
}

void TestLogCrash::verify(const PartitionLog &log, const Round &round, const std::filesystem::path &dir)
{
    const std::string where = round.context();
    QVERIFY2(log.logEndOffset().value() >= m_nextOffset,
             (where + ": the log ends at " + std::to_string(log.logEndOffset().value()) +
              ", before the acknowledged offset " + std::to_string(m_nextOffset - 1))
                 .c_str());
    if (!m_expected.empty())
        QCOMPARE(log.logStartOffset().value(), m_expected.front().offset);

    // Every batch on disk is whole and valid, every record decodes, and the segments
    // follow each other without a gap.
    std::int64_t next = log.logStartOffset().value();
    bool first = true;
    for (const SegmentInfo &s : log.segments()) {
        const Bytes data = readFile(segmentFile(dir, s.baseOffset.value(), segfmt::kLogSuffix));
        QCOMPARE(data.size(), s.sizeBytes);
        std::vector<LoggedRecord> records;
        auto end = decodeBatches(data, 0, records);
        QVERIFY2(end, (where + ": segment " + std::to_string(s.baseOffset.value()) + ": " +
                       end.status().toString())
                          .c_str());
        if (s.sizeBytes == 0)
            continue;
        // The log start may lie inside the first segment; the others start where the last ended.
        const bool continues =
            first ? records.front().offset <= next && next <= *end : records.front().offset == next;
        QVERIFY2(continues, (where + ": segment " + std::to_string(s.baseOffset.value()) +
                             " does not continue at offset " + std::to_string(next))
                                .c_str());
        first = false;
        next = *end;
    }
    QCOMPARE(next, log.logEndOffset().value());

    // Every acknowledged record, exactly, through read().
    auto served = readAll(log);
    QVERIFY2(served, (where + ": " + served.status().toString()).c_str());
    QVERIFY2(served->size() >= m_expected.size(), (where + ": records are missing").c_str());
    std::vector<LoggedRecord> acknowledged(served->begin(),
                                           served->begin() + static_cast<std::ptrdiff_t>(m_expected.size()));
    const std::string diff = firstDifference(acknowledged, m_expected);
    QVERIFY2(diff.empty(), (where + ": " + diff).c_str());

    // Beyond them, at most the append that was under way: whole batches of it, from its
    // start. They are in the log now, and count from here on.
    const auto pending =
        appendSpecs(m_seed, round.firstSequence + static_cast<std::int64_t>(round.acks.size()));
    std::vector<Record> pendingRecords = appendRecords(pending);
    const std::size_t extra = served->size() - m_expected.size();
    std::size_t whole = 0;
    bool atBatchEnd = extra == 0;
    for (const BatchSpec &s : pending) {
        whole += static_cast<std::size_t>(s.records);
        atBatchEnd = atBatchEnd || whole == extra;
    }
    QVERIFY2(atBatchEnd,
             (where + ": " + std::to_string(extra) + " records beyond the acknowledged ones").c_str());
    m_unacknowledgedFound += extra > 0 ? 1 : 0;
    const std::size_t acknowledgedCount = m_expected.size();
    for (std::size_t i = 0; i < extra; ++i) {
        const LoggedRecord &r = (*served)[acknowledgedCount + i];
        QCOMPARE(r.offset, m_nextOffset);
        QVERIFY2(r.record == pendingRecords[i],
                 (where + ": unacknowledged record " + std::to_string(r.offset) +
                  " is not from the append under way")
                     .c_str());
        m_expected.push_back(r);
        ++m_nextOffset;
    }
    QCOMPARE(log.logEndOffset().value(), m_nextOffset);
}

QTEST_GUILESS_MAIN(TestLogCrash)
#include "test_log_crash.moc"

// Memory the allocator keeps free after a burst goes back to the system within a period, so
// a long-running cluster's resident memory follows what it uses, not what its busiest second
// needed.

#include "common/allocator_tuning.h"
#include "common/idle_memory_return.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

using namespace es;
using namespace std::chrono_literals;

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kSanitizerAllocator = true;
#else
constexpr bool kSanitizerAllocator = false;
#endif

constexpr std::size_t kBlock = 4096;
constexpr std::size_t kBurst = 96 * 1024 * 1024; // below the 128 MiB the heap may keep

double residentMiB()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
    return 0;
}

// Allocates a burst of small blocks, touches every page, and frees them all again: with the
// application's allocator settings the heap keeps the pages.
void burst()
{
    std::vector<void *> blocks;
    blocks.reserve(kBurst / kBlock);
    for (std::size_t i = 0; i < kBurst / kBlock; ++i) {
        auto *block = static_cast<volatile char *>(std::malloc(kBlock));
        for (std::size_t b = 0; b < kBlock; b += 512)
            block[b] = 1;
        blocks.push_back(const_cast<char *>(block));
    }
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it)
        std::free(*it);
}

} // namespace

class TestIdleMemoryReturn : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (kSanitizerAllocator)
            QSKIP("the sanitizer's allocator stands in for the C library's");
        if (!IdleMemoryReturn::returnFreeMemory())
            QSKIP("this C library cannot hand free memory back");
        keepFreedMemoryForReuse();
    }

    void aBurstStaysResidentWhenNothingReturnsIt()
    {
        IdleMemoryReturn::returnFreeMemory();
        const double before = residentMiB();
        burst();
        // The reason the return exists: the freed burst is still the process's.
        QVERIFY2(residentMiB() > before + 64, qPrintable(QString::number(residentMiB() - before)));
        IdleMemoryReturn::returnFreeMemory();
        QVERIFY2(residentMiB() < before + 16, qPrintable(QString::number(residentMiB() - before)));
    }

    void theReturnGivesBackABurstWithinItsPeriod()
    {
        IdleMemoryReturn::returnFreeMemory();
        const double before = residentMiB();
        const IdleMemoryReturn returning(50ms);
        burst();
        QTRY_VERIFY_WITH_TIMEOUT(residentMiB() < before + 16, 5000);
    }

    void itStopsWithoutWaitingOutItsPeriod()
    {
        QElapsedTimer timer;
        timer.start();
        {
            const IdleMemoryReturn returning(std::chrono::hours(1));
            std::this_thread::sleep_for(20ms);
        }
        QVERIFY(timer.elapsed() < 60'000);
    }
};

QTEST_GUILESS_MAIN(TestIdleMemoryReturn)
#include "test_idle_memory_return.moc"

// The catalog's file going wrong: a file that is not a catalog (or a newer one) is refused
// and left as it was, and a damaged table, a read-only file or a closed catalog make
// flush() report the failure.

#include "catalog_fixture.h"

#include "common/clock.h"

#include <QTest>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

namespace fs = std::filesystem;
using namespace es;
using namespace es::test;

namespace {

std::string readBytes(const fs::path &file)
{
    std::string bytes(static_cast<std::size_t>(fs::file_size(file)), '\0');
    std::ifstream(file, std::ios::binary).read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return bytes;
}

void writeBytes(const fs::path &file, std::uint64_t offset, const std::string &bytes)
{
    std::fstream out(file, std::ios::binary | std::ios::in | std::ios::out);
    out.seekp(static_cast<std::streamoff>(offset));
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

} // namespace

class TestCatalogFaults : public QObject, private CatalogFiles {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void garbageFileIsRefusedAndKept()
    {
        const fs::path file = newFile();
        fs::create_directories(file.parent_path());
        const std::string garbage(8192, '\x5a');
        {
            std::ofstream(file, std::ios::binary) << garbage;
        }
        Result<std::unique_ptr<Catalog>> catalog = Catalog::open(file);
        QVERIFY(!catalog);
        QCOMPARE(catalog.status().code(), StatusCode::Corruption);
        QVERIFY2(catalog.status().message().find(file.string()) != std::string::npos,
                 catalog.status().message().c_str());
        QVERIFY(catalog.status().message().find("not a database") != std::string::npos);
        QCOMPARE(readBytes(file), garbage);
        QVERIFY(!fs::exists(file.string() + "-wal"));
    }

    void foreignOrNewerDatabaseIsRefused()
    {
        const fs::path foreign = newFile();
        fs::create_directories(foreign.parent_path());
        QVERIFY(execSql(foreign, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine');"));
        Result<std::unique_ptr<Catalog>> catalog = Catalog::open(foreign);
        QVERIFY(!catalog);
        QCOMPARE(catalog.status().code(), StatusCode::InvalidArgument);
        QVERIFY(catalog.status().message().find(foreign.string()) != std::string::npos);
        QCOMPARE(countRows(foreign, "SELECT count(*) FROM notes"), 1);

        const fs::path newer = newFile();
        QVERIFY(openOrFail(newer));
        QVERIFY(execSql(newer, "INSERT INTO schema_version VALUES (999, 0)"));
        catalog = Catalog::open(newer);
        QVERIFY(!catalog);
        QCOMPARE(catalog.status().code(), StatusCode::Unsupported);
        QVERIFY(catalog.status().message().find(newer.string()) != std::string::npos);
        QCOMPARE(countRows(newer, "SELECT max(version) FROM schema_version"), 999);
    }

    // A damaged table makes the writes into it fail; flush() says so, names the file, and
    // the catalog goes on saving everything else.
    void flushReportsCorruption()
    {
        const fs::path file = newFile();
        ManualClock clock(kT0);
        CatalogOptions options;
        options.clock = &clock;
        {
            auto catalog = openOrFail(file, options);
            QVERIFY(catalog);
            catalog->appendMetrics({{.series = "s", .timeMs = kT0, .value = 1}});
            QCOMPARE(catalog->close(), Status::ok());
        }
        QVERIFY(!fs::exists(file.string() + "-wal")); // all of it is in the file
        const std::int64_t pageSize = countRows(file, "PRAGMA page_size");
        const std::int64_t rootPage =
            countRows(file, "SELECT rootpage FROM sqlite_master WHERE name = 'metrics_raw'");
        QVERIFY(pageSize > 0 && rootPage > 1);
        writeBytes(file, static_cast<std::uint64_t>((rootPage - 1) * pageSize),
                   std::string(static_cast<std::size_t>(pageSize), '\x7f'));

        auto catalog = openOrFail(file, options);
        QVERIFY(catalog);
        Status first = catalog->flush(); // the first pruning pass reads metrics_raw
        QCOMPARE(first.code(), StatusCode::Corruption);
        catalog->appendMetrics({{.series = "s", .timeMs = kT0 + kSecond, .value = 2}});
        Status status = catalog->flush();
        QCOMPARE(status.code(), StatusCode::Corruption);
        QVERIFY2(status.message().find(file.string()) != std::string::npos, status.message().c_str());
        QCOMPARE(catalog->flush(), Status::ok()); // each error is reported once

        catalog->saveBroker({.id = 7, .host = "127.0.0.1", .port = 9098, .state = "running"});
        QCOMPARE(catalog->flush(), Status::ok());
        Result<CatalogState> state = catalog->loadState();
        QVERIFY(state);
        QCOMPARE(state->brokers.size(), std::size_t(1));
    }

    void flushReportsReadOnlyFile()
    {
        const fs::path file = newFile();
        QVERIFY(openOrFail(file));
        fs::permissions(file, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
        const bool enforced = !std::ofstream(file, std::ios::binary | std::ios::app).is_open();
        if (!enforced) {
            fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
            QSKIP("file permissions are not enforced for this user (root)");
        }
        {
            auto catalog = openOrFail(file);
            QVERIFY(catalog);
            QVERIFY(catalog->loadState());
            catalog->saveBroker({.id = 1, .host = "h", .port = 1, .state = "running"});
            Status status = catalog->flush();
            QCOMPARE(status.code(), StatusCode::IOError);
            QVERIFY2(status.message().find(file.string()) != std::string::npos, status.message().c_str());
        }
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    }

    void writesAfterCloseAreReported()
    {
        auto catalog = openOrFail(newFile());
        QVERIFY(catalog);
        QCOMPARE(catalog->close(), Status::ok());
        catalog->saveBroker({.id = 1, .host = "h", .port = 1, .state = "running"});
        QCOMPARE(catalog->flush().code(), StatusCode::IOError);
        QVERIFY(!catalog->loadState());
        QCOMPARE(catalog->close(), Status::ok());
    }
};

QTEST_GUILESS_MAIN(TestCatalogFaults)
#include "test_catalog_faults.moc"

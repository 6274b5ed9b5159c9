// RecordFileWriter and RecordFileReader: export then import gives identical records in both
// formats (binary keys, null keys and values, headers with null values, text with commas,
// quotes and line breaks, timestamps beyond what a JSON number holds exactly), the exact
// file layout, and errors naming the line of malformed input.

#ifndef Q_MOC_RUN
#include "browse/record_file.h"
#endif

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <limits>
#include <sstream>

using namespace es;

namespace {

Bytes bytesOf(std::string_view s) { return Bytes(s.begin(), s.end()); }

std::vector<FileRecord> sampleRecords()
{
    std::vector<FileRecord> out;
    FileRecord plain;
    plain.topic = "orders";
    plain.partition = 2;
    plain.offset = 41;
    plain.timestamp = 1'700'000'000'123;
    plain.key = bytesOf("user-7");
    plain.value = bytesOf(R"({"id":7,"note":"a, \"quoted\" note"})");
    plain.headers = {{"trace", bytesOf("abc")}, {"nullable", std::nullopt}, {"empty", Bytes{}}};
    out.push_back(plain);

    FileRecord binary;
    binary.topic = "orders";
    binary.partition = 0;
    binary.offset = 0;
    binary.timestamp = 0;
    binary.key = Bytes{0x00, 0xFF, 0xC3, 0x28, 0x0A};
    binary.value = std::nullopt; // a tombstone
    binary.headers = {{"bin", Bytes{0x80, 0x81}}, {std::string("k\xFF", 2), bytesOf("v")}};
    out.push_back(binary);

    FileRecord text;
    text.topic = "weird,topic\"name";
    text.partition = 1;
    text.offset = 9'007'199'254'740'000;
    text.timestamp = -1;
    text.key = std::nullopt;
    text.value = bytesOf("line one\nline two\r\nline, three \"quoted\"\ttab \xC3\xA9\xF0\x9F\x98\x80");
    text.headers = {{"h,1", bytesOf("x\ny")}};
    out.push_back(text);

    FileRecord empty;
    empty.key = Bytes{};
    empty.value = Bytes{};
    out.push_back(empty); // no topic, partition, offset or timestamp

    FileRecord control;
    control.topic = "t";
    control.partition = 0;
    control.offset = 1;
    control.timestamp = 5;
    control.value = Bytes{0x01, 0x02, 0x1F, '"', '\\'};
    out.push_back(control);

    // Producers may give any int64 timestamp; JSON numbers hold integers exactly only up
    // to 2^53.
    FileRecord extremes;
    extremes.topic = "t";
    extremes.partition = 0;
    extremes.offset = (std::int64_t{1} << 53) + 1;
    extremes.timestamp = std::numeric_limits<std::int64_t>::max();
    extremes.value = bytesOf("far future");
    out.push_back(extremes);
    extremes.offset = 2;
    extremes.timestamp = std::numeric_limits<std::int64_t>::min();
    out.push_back(extremes);
    return out;
}

std::string readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeAll(const std::string &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
}

} // namespace

class TestRecordFile : public QObject {
    Q_OBJECT

private slots:
    void roundTrips_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("json lines") << int(RecordFileFormat::JsonLines);
        QTest::newRow("csv") << int(RecordFileFormat::Csv);
    }
    void roundTrips()
    {
        QFETCH(int, format);
        const auto f = static_cast<RecordFileFormat>(format);
        QTemporaryDir dir;
        const std::string path = dir.filePath("out").toStdString();
        const auto records = sampleRecords();
        {
            auto writer = RecordFileWriter::create(path, f);
            QVERIFY2(writer.isOk(), writer.status().toString().c_str());
            for (const auto &r : records)
                QVERIFY((*writer)->write(r).isOk());
            QVERIFY((*writer)->close().isOk());
        }
        auto reader = RecordFileReader::open(path, f);
        QVERIFY2(reader.isOk(), reader.status().toString().c_str());
        std::vector<FileRecord> back;
        FileRecord r;
        while ((*reader)->next(r))
            back.push_back(r);
        QVERIFY2((*reader)->status().isOk(), (*reader)->status().toString().c_str());
        QCOMPARE(back.size(), records.size());
        for (std::size_t i = 0; i < records.size(); ++i)
            QVERIFY2(back[i] == records[i], ("record " + std::to_string(i) + " differs").c_str());
        QCOMPARE((*reader)->bytesRead(), (*reader)->totalBytes());
    }

    void writesReadRecords()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("out.jsonl").toStdString();
        FetchedRecord r;
        r.tp = {"orders", 3};
        r.offset = 12;
        r.timestamp = 99;
        r.key = bytesOf("k");
        r.value = Bytes{0xFF};
        r.headers = {{"h", std::nullopt}};
        QVERIFY(writeRecords(path, {r}));
        QCOMPARE(readAll(path), std::string(R"({"topic":"orders","partition":3,"offset":12,"timestamp":99,)"
                                            R"("key":"k","value":"/w==","valueEncoding":"base64",)"
                                            R"("headers":[{"key":"h","value":null}]})"
                                            "\n"));
    }

    void csvLayout()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("out.csv").toStdString();
        QCOMPARE(recordFileFormatForPath(path), RecordFileFormat::Csv);
        QCOMPARE(recordFileFormatForPath("x.JSONL"), RecordFileFormat::JsonLines);
        auto writer = RecordFileWriter::create(path, RecordFileFormat::Csv);
        QVERIFY(writer.isOk());
        FileRecord r;
        r.topic = "t";
        r.partition = 0;
        r.offset = 5;
        r.timestamp = 6;
        r.key = std::nullopt;
        r.value = bytesOf("a,\"b\"\nc");
        r.headers = {{"h", bytesOf("v")}};
        QVERIFY((*writer)->write(r).isOk());
        QVERIFY((*writer)->close().isOk());
        QCOMPARE(readAll(path),
                 std::string("topic,partition,offset,timestamp,key,key_encoding,value,value_encoding,"
                             "headers\r\n"
                             "t,0,5,6,,null,\"a,\"\"b\"\"\nc\",utf8,"
                             "\"[{\"\"key\"\":\"\"h\"\",\"\"value\"\":\"\"v\"\"}]\"\r\n"));
    }

    void readsHandWrittenFiles()
    {
        QTemporaryDir dir;
        const std::string csv = dir.filePath("in.csv").toStdString();
        // LF line ends, blank lines, no headers cell content, a null value.
        writeAll(csv, "topic,partition,offset,timestamp,key,key_encoding,value,value_encoding,headers\n"
                      "t,,,,k1,utf8,v1,utf8,\n"
                      "\n"
                      "t,1,2,3,AAE=,base64,,null,[]\n");
        auto reader = RecordFileReader::open(csv, RecordFileFormat::Csv);
        QVERIFY(reader.isOk());
        FileRecord r;
        QVERIFY((*reader)->next(r));
        QCOMPARE(r.key, std::optional<Bytes>(bytesOf("k1")));
        QVERIFY(!r.partition && !r.offset && !r.timestamp);
        QVERIFY((*reader)->next(r));
        QCOMPARE(r.key, std::optional<Bytes>(Bytes{0x00, 0x01}));
        QVERIFY(!r.value);
        QCOMPARE(*r.partition, 1);
        QVERIFY(!(*reader)->next(r));
        QVERIFY((*reader)->status().isOk());

        const std::string jsonl = dir.filePath("in.jsonl").toStdString();
        writeAll(jsonl,
                 "{\"key\": null, \"value\": \"v\"}\r\n\n  \n{\"key\":\"k\",\"value\":null,\"headers\":[]}");
        auto json = RecordFileReader::open(jsonl, RecordFileFormat::JsonLines);
        QVERIFY(json.isOk());
        QVERIFY((*json)->next(r));
        QVERIFY(!r.key);
        QCOMPARE(r.value, std::optional<Bytes>(bytesOf("v")));
        QVERIFY(r.topic.empty());
        QVERIFY((*json)->next(r));
        QCOMPARE(r.key, std::optional<Bytes>(bytesOf("k")));
        QVERIFY(!(*json)->next(r));
        QVERIFY((*json)->status().isOk());
    }

    void malformedLinesNameTheLine_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("good");
        QTest::addColumn<QString>("expected");
        const QByteArray header =
            "topic,partition,offset,timestamp,key,key_encoding,value,value_encoding,headers\r\n";
        const QByteArray good = "t,0,1,2,k,utf8,v,utf8,[]\r\n";
        const int json = int(RecordFileFormat::JsonLines);
        const int csv = int(RecordFileFormat::Csv);
        const QByteArray okLine = R"({"key":"k","value":"v"})"
                                  "\n";
        QTest::newRow("json syntax") << json << (okLine + "{\"key\":\"k\",\n") << 1 << "line 2: invalid JSON";
        QTest::newRow("json not object")
            << json << (okLine + okLine + "[1]\n") << 2 << "line 3: expected a JSON object";
        QTest::newRow("json bad base64")
            << json << QByteArray(R"({"key":"@@@@","keyEncoding":"base64","value":null})") << 0
            << "line 1: \"key\": invalid base64";
        QTest::newRow("json unknown encoding")
            << json << QByteArray(R"({"key":"a","keyEncoding":"hex","value":null})") << 0
            << "unknown encoding";
        QTest::newRow("json missing value")
            << json << QByteArray(R"({"key":"a"})") << 0 << "line 1: missing \"value\"";
        QTest::newRow("json bad offset")
            << json << QByteArray(R"({"offset":1.5,"key":null,"value":null})") << 0 << "line 1: \"offset\"";
        QTest::newRow("json bad header")
            << json << QByteArray(R"({"key":null,"value":null,"headers":[{"value":"x"}]})") << 0
            << "line 1: header 1: missing \"key\"";
        QTest::newRow("csv header row")
            << csv << QByteArray("a,b,c\r\n") << 0 << "line 1: expected the header row";
        QTest::newRow("csv empty") << csv << QByteArray() << 0 << "line 1: empty file";
        QTest::newRow("csv cell count")
            << csv << (header + good + "t,0,1\r\n") << 1 << "line 3: expected 9 cells";
        QTest::newRow("csv integer") << csv << (header + "t,x,1,2,k,utf8,v,utf8,[]\r\n") << 0
                                     << "line 2: partition \"x\" is not an integer";
        QTest::newRow("csv unterminated quote") << csv << (header + good + good + "t,0,1,2,\"k\nmore\n") << 2
                                                << "line 4: unterminated quoted cell";
        QTest::newRow("csv stray quote")
            << csv << (header + "t,0,1,2,k\"x\",utf8,v,utf8,[]\r\n") << 0 << "line 2: a quote or line break";
        QTest::newRow("csv bad headers json")
            << csv << (header + "t,0,1,2,k,utf8,v,utf8,[{]\r\n") << 0 << "line 2: headers: invalid JSON";
        QTest::newRow("csv null with text")
            << csv << (header + "t,0,1,2,k,null,v,utf8,[]\r\n") << 0 << "line 2: \"key\" has encoding null";
        // A record spanning lines 2-3 is fine; the bad one after it starts on line 4.
        QTest::newRow("csv line count after multi-line cell")
            << csv << (header + "t,0,1,2,\"a\nb\",utf8,v,utf8,[]\r\n" + "t,0,1,2,k,utf8,v,base64,[]\r\n") << 1
            << "line 4: \"value\": invalid base64";
    }
    void malformedLinesNameTheLine()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, text);
        QFETCH(int, good);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const std::string path = dir.filePath("bad").toStdString();
        writeAll(path, text.toStdString());
        auto reader = RecordFileReader::open(path, static_cast<RecordFileFormat>(format));
        QVERIFY(reader.isOk());
        FileRecord r;
        int n = 0;
        while ((*reader)->next(r))
            ++n;
        QCOMPARE(n, good);
        const Status &s = (*reader)->status();
        QVERIFY(!s.isOk());
        QVERIFY2(s.message().find(expected.toStdString()) != std::string::npos, s.message().c_str());
        QVERIFY2(s.message().find(path) != std::string::npos, s.message().c_str());
        QVERIFY(!(*reader)->next(r)); // stays failed
    }

    void reportsFileErrors()
    {
        auto reader = RecordFileReader::open("/nonexistent/dir/x.jsonl", RecordFileFormat::JsonLines);
        QVERIFY(!reader.isOk());
        QCOMPARE(reader.status().code(), StatusCode::IOError);
        auto writer = RecordFileWriter::create("/nonexistent/dir/x.csv", RecordFileFormat::Csv);
        QVERIFY(!writer.isOk());
        QVERIFY(writer.status().message().find("/nonexistent/dir/x.csv") != std::string::npos);
        QTemporaryDir dir;
        for (const auto format : {RecordFileFormat::JsonLines, RecordFileFormat::Csv}) {
            auto folder = RecordFileReader::open(dir.path().toStdString(), format);
            if (folder.isOk()) { // opening a folder works on Linux; reading it does not
                FileRecord rec;
                QVERIFY(!(*folder)->next(rec));
                QCOMPARE((*folder)->status().code(), StatusCode::IOError);
            }
        }
        // A full disk is reported by write() or close().
        if (QFile::exists("/dev/full")) {
            auto full = RecordFileWriter::create("/dev/full", RecordFileFormat::JsonLines);
            QVERIFY(full.isOk());
            FileRecord rec;
            rec.value = Bytes(1000, 'x');
            Status s;
            for (int i = 0; i < 3000 && s.isOk(); ++i)
                s = (*full)->write(rec);
            if (s.isOk())
                s = (*full)->close();
            QCOMPARE(s.code(), StatusCode::IOError);
        }
    }

private:
    static bool writeRecords(const std::string &path, const std::vector<FetchedRecord> &records)
    {
        auto writer = RecordFileWriter::create(path, recordFileFormatForPath(path));
        if (!writer)
            return false;
        for (const auto &r : records)
            if (!(*writer)->write(r).isOk())
                return false;
        return (*writer)->close().isOk();
    }
};

QTEST_GUILESS_MAIN(TestRecordFile)
#include "test_record_file.moc"

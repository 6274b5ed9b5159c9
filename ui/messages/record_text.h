#pragma once

#ifndef Q_MOC_RUN
#include "client/fetched_record.h"
#include "common/buffer.h"
#endif

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace es {

// How the detail pane shows a key, a value or a header's value.
enum class ContentFormat { Text, Json, Hex, Base64 };

// Turns record bytes into text for the table and the detail pane. Every result is plain
// text, meant for QPlainTextEdit or a Qt::PlainText label: nothing here is markup.
// Thread-safety: pure functions, any thread.
class RecordText {
    Q_DECLARE_TR_FUNCTIONS(es::RecordText)

public:
    // One line for a table cell: UTF-8 with control characters shown as spaces, cut at
    // `maxChars`; binary data (invalid UTF-8) as "0x" and leading hex bytes; "null" for a
    // null key or value.
    [[nodiscard]] static QString preview(const std::optional<Bytes> &bytes, int maxChars = 120);
    // The whole content in `format`. For Json, a pretty-printed document, or, when the bytes
    // are not JSON, an explanation in `*problem` (and an empty result).
    [[nodiscard]] static QString format(ByteView bytes, ContentFormat format, QString *problem = nullptr);
    // 16 bytes a line: offset, hex, and the printable ASCII characters.
    [[nodiscard]] static QString hexDump(ByteView bytes, std::size_t maxBytes = 1 << 20);
    [[nodiscard]] static bool isValidUtf8(ByteView bytes);
    // The bytes as a JSON document, when they are one (an object or an array).
    [[nodiscard]] static std::optional<QJsonDocument> json(ByteView bytes);
    // The best first format for the bytes: Json for JSON, Text for UTF-8, else Hex.
    [[nodiscard]] static ContentFormat guess(ByteView bytes);
    // A byte count as "512 B", "1.2 KiB"...
    [[nodiscard]] static QString size(std::uint64_t bytes);
    // One record as a JSON object, as the JSON Lines export writes it: UTF-8 keys, values
    // and header values as strings, others as base64 with an "...Encoding":"base64" marker.
    [[nodiscard]] static QByteArray toJson(const FetchedRecord &record);
    // A timestamp (ms since the epoch) as local ISO date and time with milliseconds.
    [[nodiscard]] static QString timestamp(std::int64_t ms);
};

} // namespace es

#include "ui/messages/record_text.h"

#include "ui/messages/json_indent.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QStringDecoder>

namespace es {

namespace {

QByteArray rawBytes(ByteView bytes)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(bytes.data()),
                                   static_cast<qsizetype>(bytes.size()));
}

} // namespace

bool RecordText::isValidUtf8(ByteView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(rawBytes(bytes));
    return !decoder.hasError();
}

QString RecordText::preview(const std::optional<Bytes> &bytes, int maxChars)
{
    if (!bytes)
        return tr("null");
    const ByteView view(*bytes);
    // Only the head matters for a cell: cut it at a character boundary, so that a cut is no
    // decoding error.
    std::size_t cut = std::min<std::size_t>(view.size(), static_cast<std::size_t>(maxChars) * 4);
    while (cut > 0 && cut < view.size() && (view[cut] & 0xc0) == 0x80)
        --cut;
    const ByteView head = view.first(cut);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(rawBytes(head));
    if (decoder.hasError()) {
        const std::size_t shown = std::min<std::size_t>(view.size(), 32);
        const QString hex = QStringLiteral("0x") + QString::fromLatin1(rawBytes(view.first(shown)).toHex());
        return shown < view.size() ? hex + QStringLiteral("…") : hex;
    }
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    if (text.size() > maxChars || head.size() < view.size())
        return text.left(maxChars) + QStringLiteral("…");
    return text;
}

QString RecordText::format(ByteView bytes, ContentFormat format, QString *problem)
{
    switch (format) {
    case ContentFormat::Text: {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(rawBytes(bytes));
        if (decoder.hasError() && problem)
            *problem = tr("Not valid UTF-8: invalid bytes are shown as \uFFFD. Try Hex.");
        return text;
    }
    case ContentFormat::Json: {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(rawBytes(bytes), &error);
        if (error.error != QJsonParseError::NoError || doc.isNull()) {
            if (problem)
                *problem = tr("Not JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset);
            return {};
        }
        return QString::fromUtf8(indentJson(rawBytes(bytes)));
    }
    case ContentFormat::Hex: return hexDump(bytes);
    case ContentFormat::Base64: return QString::fromLatin1(rawBytes(bytes).toBase64());
    }
    return {};
}

QString RecordText::hexDump(ByteView bytes, std::size_t maxBytes)
{
    const std::size_t n = std::min(bytes.size(), maxBytes);
    QString out;
    out.reserve(static_cast<qsizetype>(n / 16 + 1) * 80);
    static const char digits[] = "0123456789abcdef";
    for (std::size_t line = 0; line < n; line += 16) {
        out += QStringLiteral("%1  ").arg(static_cast<qulonglong>(line), 8, 16, QLatin1Char('0'));
        QString ascii;
        for (std::size_t i = line; i < line + 16; ++i) {
            if (i < n) {
                out += QLatin1Char(digits[bytes[i] >> 4]);
                out += QLatin1Char(digits[bytes[i] & 0xf]);
                out += QLatin1Char(' ');
                ascii += bytes[i] >= 0x20 && bytes[i] < 0x7f ? QLatin1Char(static_cast<char>(bytes[i]))
                                                             : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
            if (i == line + 7)
                out += QLatin1Char(' ');
        }
        out += QLatin1Char(' ') + ascii + QLatin1Char('\n');
    }
    if (n < bytes.size())
        out += tr("… %1 more bytes not shown").arg(static_cast<qulonglong>(bytes.size() - n));
    return out;
}

std::optional<QJsonDocument> RecordText::json(ByteView bytes)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(rawBytes(bytes), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return std::nullopt;
    return doc;
}

ContentFormat RecordText::guess(ByteView bytes)
{
    std::size_t i = 0;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t'))
        ++i;
    if (i < bytes.size() && (bytes[i] == '{' || bytes[i] == '[') && json(bytes))
        return ContentFormat::Json;
    return isValidUtf8(bytes) ? ContentFormat::Text : ContentFormat::Hex;
}

QString RecordText::size(std::uint64_t bytes)
{
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeIecFormat);
}

QByteArray RecordText::toJson(const FetchedRecord &record)
{
    // Sets `name` to the bytes, and `name`Encoding to base64 when they are not UTF-8.
    auto put = [](QJsonObject &o, const QString &name, const std::optional<Bytes> &bytes) {
        if (!bytes) {
            o.insert(name, QJsonValue::Null);
        } else if (isValidUtf8(*bytes)) {
            o.insert(name, QString::fromUtf8(rawBytes(*bytes)));
        } else {
            o.insert(name, QString::fromLatin1(rawBytes(*bytes).toBase64()));
            o.insert(name + QStringLiteral("Encoding"), QStringLiteral("base64"));
        }
    };
    QJsonObject o;
    o.insert(QStringLiteral("topic"), QString::fromStdString(record.tp.topic));
    o.insert(QStringLiteral("partition"), record.tp.partition);
    o.insert(QStringLiteral("offset"), static_cast<qint64>(record.offset));
    o.insert(QStringLiteral("timestamp"), static_cast<qint64>(record.timestamp));
    put(o, QStringLiteral("key"), record.key);
    put(o, QStringLiteral("value"), record.value);
    QJsonArray headers;
    for (const RecordHeader &h : record.headers) {
        QJsonObject ho;
        ho.insert(QStringLiteral("key"), QString::fromStdString(h.key));
        put(ho, QStringLiteral("value"), h.value);
        headers.append(ho);
    }
    o.insert(QStringLiteral("headers"), headers);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString RecordText::timestamp(std::int64_t ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

} // namespace es

#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace es {

// A valid JSON document laid out over lines, four spaces a level, as QJsonDocument's
// Indented format does, but from the text itself: members keep the order the producer
// wrote them in, and numbers keep their digits (QJsonDocument sorts keys and turns an
// integer beyond 64 bits, or 1.50, into a double). Whitespace outside strings is replaced;
// strings are copied as they are, escapes included. Empty objects and arrays stay on one
// line ({} and []). The input must be valid JSON (check it first).
[[nodiscard]] QByteArray indentJson(QByteArrayView json);

} // namespace es

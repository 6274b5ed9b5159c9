#pragma once

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace es {

// One member or item of a JSON document, for a tree view.
struct JsonNode {
    enum class Kind { Object, Array, String, Other }; // Other: a number, true, false or null
    QString name;                                     // the member's name, or "[index]"
    Kind kind = Kind::Other;
    QString text;                   // a scalar as written (numbers keep their digits), strings unescaped
    std::vector<JsonNode> children; // an object's members or an array's items, in written order
    int size = 0;                   // how many members or items there are, kept or not
};

// The top-level members (or items) of a valid JSON document in the order they are written,
// read from the text itself: QJsonDocument would sort members by name and turn numbers into
// doubles ("0.1" shown as 0.10000000000000001). At most `maxNodes` nodes in all are kept,
// the first in document order. The input must be valid JSON (check it first); a top-level
// scalar gives no nodes.
[[nodiscard]] std::vector<JsonNode> outlineJson(QByteArrayView json, int maxNodes);

} // namespace es

#include "cluster/topic_name.h"

#include <string>

namespace es {

Status validateTopicName(std::string_view name)
{
    if (name.empty())
        return Status::invalidArgument("a topic name cannot be empty");
    if (name == "." || name == "..")
        return Status::invalidArgument("a topic name cannot be \".\" or \"..\"");
    if (name.size() > kMaxTopicNameLength)
        return Status::invalidArgument("a topic name can have at most 249 characters; this one has " +
                                       std::to_string(name.size()));
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                        c == '_' || c == '-';
        if (!ok) {
            std::string shown = (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f)
                                    ? "a non-printable or non-ASCII character"
                                    : std::string("'") + c + "'";
            return Status::invalidArgument("a topic name may only contain letters, digits, '.', '_' and '-'; it has " +
                                           shown);
        }
    }
    return Status::ok();
}

bool isInternalTopic(std::string_view name) { return name == kConsumerOffsetsTopic; }

bool topicNamesCollide(std::string_view a, std::string_view b)
{
    if (a.size() != b.size() || a == b)
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char x = a[i] == '.' ? '_' : a[i];
        const char y = b[i] == '.' ? '_' : b[i];
        if (x != y)
            return false;
    }
    return true;
}

} // namespace es

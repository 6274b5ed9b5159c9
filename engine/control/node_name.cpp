#include "control/node_name.h"

#include <charconv>

namespace es::control {

std::string nodeName(NodeId node)
{
    if (node == kControllerNode)
        return "controller";
    if (node <= kClientsNode)
        return "clients";
    return std::to_string(node);
}

std::optional<NodeId> nodeFromName(std::string_view name)
{
    if (name == "controller")
        return kControllerNode;
    if (name == "clients")
        return kClientsNode;
    NodeId id = 0;
    const auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), id);
    if (error != std::errc() || end != name.data() + name.size() || id < 1)
        return std::nullopt;
    return id;
}

} // namespace es::control

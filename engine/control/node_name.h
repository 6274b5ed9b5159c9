#pragma once

// How the control API names the nodes of the in-process network: a broker by its id ("2"),
// the controller as "controller", every client (in-process ones and the listeners' callers)
// as "clients". Names, not the engine's node ids, so that no caller learns that the
// controller is 0 and the clients -1.

#include "cluster/network.h"

#include <optional>
#include <string>
#include <string_view>

namespace es::control {

[[nodiscard]] std::string nodeName(NodeId node);
// The node `name` names; nullopt for anything else (a broker id is 1 or more).
[[nodiscard]] std::optional<NodeId> nodeFromName(std::string_view name);

} // namespace es::control

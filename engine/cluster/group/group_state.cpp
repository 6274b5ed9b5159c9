#include "cluster/group/group_state.h"

#include <array>

namespace es {

std::string_view groupStateName(GroupState state)
{
    switch (state) {
    case GroupState::Empty: return "Empty";
    case GroupState::PreparingRebalance: return "PreparingRebalance";
    case GroupState::CompletingRebalance: return "CompletingRebalance";
    case GroupState::Stable: return "Stable";
    case GroupState::Dead: return "Dead";
    }
    return "Unknown";
}

std::optional<GroupState> parseGroupState(std::string_view name)
{
    static constexpr std::array kStates{GroupState::Empty, GroupState::PreparingRebalance,
                                        GroupState::CompletingRebalance, GroupState::Stable,
                                        GroupState::Dead};
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    for (GroupState s : kStates) {
        const std::string_view candidate = groupStateName(s);
        if (candidate.size() != name.size())
            continue;
        bool same = true;
        for (std::size_t i = 0; i < name.size() && same; ++i)
            same = lower(candidate[i]) == lower(name[i]);
        if (same)
            return s;
    }
    return std::nullopt;
}

} // namespace es

#pragma once

// The control API's secret and where a caller finds the server: <dataDir>/control-token
// (64 hex characters, 32 random bytes) and <dataDir>/control-url ("http://127.0.0.1:P\n"),
// both mode 0600, so that only the user who runs the cluster can drive it. The token is
// made on the first start and kept afterwards, so scripts keep working across restarts.

#include "common/status.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace es::control {

inline constexpr std::string_view kTokenFileName = "control-token";
inline constexpr std::string_view kUrlFileName = "control-url";

// The token in <dataDir>/control-token: the one there if it is valid (its mode tightened to
// 0600 if wider), otherwise a new one written there. Creates dataDir if missing.
Result<std::string> loadOrCreateToken(const std::filesystem::path &dataDir);

// Whether `presented` is `expected`, in a time that does not tell how much of it matched.
[[nodiscard]] bool tokenMatches(std::string_view expected, std::string_view presented);

// Writes `url` and a newline to <dataDir>/control-url, mode 0600, replacing what was there.
Status writeControlUrl(const std::filesystem::path &dataDir, const std::string &url);
// Removes <dataDir>/control-url if it still names `url` (another server may have taken the
// data dir since).
void removeControlUrl(const std::filesystem::path &dataDir, const std::string &url);

} // namespace es::control

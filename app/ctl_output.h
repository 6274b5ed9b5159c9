#pragma once

// How `eventscope ctl` shows the control API's answers to a person: compact tables for the
// cluster, its brokers and topics, one line for an action done. Scripts use --json instead.

#include "app/ctl_command.h"
#include "common/json.h"

#include <string>

namespace es::ctl {

// The text (ending in a newline) for the answer `json` to `request`; events excepted.
std::string formatAnswer(const Request &request, const JsonValue &json);

// One line of the timeline, "2026-12-07 13:02:11.042  broker_down  broker 2  Broker 2 crashed",
// time in UTC.
std::string formatEvent(const JsonValue &event);

} // namespace es::ctl

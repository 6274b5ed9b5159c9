#pragma once

// A refused admin call (Kafka's error code and message) as the control API answers it: the
// HTTP status that fits the error, and its words with Kafka's error name, which a Kafka
// user can look up.

#include "cluster/controller.h"
#include "control/api_response.h"

namespace es::control {

// The error answer for a failed `result` (not for a successful one).
ApiResponse adminError(const AdminResult &result);

} // namespace es::control

#pragma once

#include <QString>

#ifndef Q_MOC_RUN
#include "common/error_code.h"
#endif

#include <string>

namespace es {

// An engine admin error in words for a dialog or the view's problem line: the engine's
// own message (it names the topic and the reason) with the Kafka error name a user can
// search for, e.g. "Replication factor 4 is larger than the 3 live brokers
// (INVALID_REPLICATION_FACTOR)". Empty for success.
QString adminErrorText(ErrorCode error, const std::string &message);

} // namespace es

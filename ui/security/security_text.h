#pragma once

// Kafka's names for the security model's values, as the Security view shows them. They are
// Kafka's words (Topic, IdempotentWrite, SCRAM-SHA-512), which a user types in client
// configs and searches for, so they stay untranslated.

#ifndef Q_MOC_RUN
#include "connection/security_admin.h"
#endif

#include <QString>

#include <string_view>

namespace es {

QString kafkaText(std::string_view name);
// "Topic:orders", "Group:billing*" for a prefix.
QString resourceText(security::ResourceType type, const std::string &name);
// "SCRAM-SHA-256 (8192 iterations), SCRAM-SHA-512 (4096 iterations)"
QString credentialsText(const ScramUserDescription &user);
// What names an ACL across refreshes.
QString aclKey(const security::AclBinding &binding);

} // namespace es

#pragma once

// Kafka's ACL bindings and filters (security/acl.h) as librdkafka's rd_kafka_AclBinding_t and
// back. Both use Kafka's wire codes, so the mapping is a range check: librdkafka 2.0 accepts
// only the resource types up to Cluster (its "BROKER") and the operations up to
// IdempotentWrite, and refuses anything beyond them before sending.

#include "common/status.h"
#include "security/acl.h"

#include <librdkafka/rdkafka.h>

#include <memory>

namespace es {

struct AclBindingDeleter {
    void operator()(rd_kafka_AclBinding_t *p) const { rd_kafka_AclBinding_destroy(p); }
};
using RdAclBinding = std::unique_ptr<rd_kafka_AclBinding_t, AclBindingDeleter>;

// A binding for CreateAcls; InvalidArgument with librdkafka's words for one it refuses,
// Unsupported for a resource type or operation this librdkafka cannot send.
Result<RdAclBinding> toRdAclBinding(const security::AclBinding &binding);
// A filter for DescribeAcls and DeleteAcls (absent name, principal or host: any), refused
// as toRdAclBinding refuses.
Result<RdAclBinding> toRdAclFilter(const security::AclBindingFilter &filter);

// A binding the cluster described or deleted; a code librdkafka does not know is Unknown.
security::AclBinding fromRdAclBinding(const rd_kafka_AclBinding_t *binding);

} // namespace es

#pragma once

#include "common/buffer.h"

#include <cstdint>

namespace es {

// Kafka's murmur2 (the Java client's Utils.murmur2), seed 0x9747b28c.
std::int32_t murmur2(ByteView data);

// The default partition of a keyed record in the Java client and kafkajs:
// (murmur2(key) & 0x7fffffff) mod the number of partitions.
std::int32_t partitionForKey(ByteView key, std::int32_t partitions);

} // namespace es

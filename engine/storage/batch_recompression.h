#pragma once

// compression.type on the leader: batches a producer sent in another codec are rewritten
// in the topic's, as Kafka's LogValidator does. The records themselves stay byte for byte
// what the producer wrote; only the compressed block, the codec bits, Length and CRC change.

#include "common/buffer.h"
#include "common/status.h"
#include "storage/compression.h"

#include <optional>

namespace es {

// `batches` are validated RecordBatch v2 batches (one or more). Returns them rewritten so
// that every batch but control batches (which stay as the coordinator wrote them) is in
// `codec`, or nullopt when all already are, so the common case copies nothing. `scratch`
// holds decompressed records between calls. Corruption when a batch does not decompress.
Result<std::optional<Bytes>> recompressBatches(ByteView batches, Compression codec, Bytes &scratch);

} // namespace es

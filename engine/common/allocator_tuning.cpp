#include "common/allocator_tuning.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace es {

void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    // Buffers up to 32 MiB (glibc's ceiling for this setting) come from the heap, and a
    // heap keeps up to 128 MiB free at its top before it trims.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(kHeapTopKeptForReuse));
#endif
}

} // namespace es

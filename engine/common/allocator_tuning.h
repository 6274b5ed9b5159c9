#pragma once

#include <cstddef>

namespace es {

// How much free memory each heap may keep at its top for reuse (see below).
inline constexpr std::size_t kHeapTopKeptForReuse = 128 * 1024 * 1024;

// Makes the C library keep freed memory for reuse instead of handing it back to the kernel
// at once. Requests and fetch responses are buffers of a megabyte or more, allocated and
// freed thousands of times a second; by default glibc maps each anew or trims it away on
// free, so every new buffer is filled page fault by page fault (a third of a busy broker's
// time). Call once, first thing in main(), before any thread starts.
void keepFreedMemoryForReuse();

} // namespace es

#pragma once

// The on-disk layout of a partition replica's folder: the one definition of file names,
// index entry layouts and checkpoint files. See segment_format.md.

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace es::segfmt {

// <base offset, 20 digits zero-padded>.log / .index / .timeindex
inline constexpr std::string_view kLogSuffix = ".log";
inline constexpr std::string_view kOffsetIndexSuffix = ".index";
inline constexpr std::string_view kTimeIndexSuffix = ".timeindex";
// A compacted copy being written; removed on recovery if the swap never happened.
inline constexpr std::string_view kCleanedSuffix = ".cleaned";
inline constexpr int kBaseOffsetDigits = 20;

// Offset index entry: relative offset (batch base offset - segment base offset), then the
// byte position of that batch in the .log file. Both big-endian uint32.
inline constexpr std::size_t kOffsetIndexEntrySize = 8;
// Time index entry: largest timestamp seen so far in the segment (int64), then the
// relative offset of the batch that holds it (uint32). Timestamps never decrease.
inline constexpr std::size_t kTimeIndexEntrySize = 12;

// Checkpoint files in the partition folder, each one decimal int64 and a newline,
// replaced atomically.
inline constexpr std::string_view kLogStartOffsetFile = "log-start-offset";
inline constexpr std::string_view kRecoveryPointFile = "recovery-point";
// Present only while the log is closed after a clean shutdown.
inline constexpr std::string_view kCleanShutdownFile = "clean-shutdown";

} // namespace es::segfmt

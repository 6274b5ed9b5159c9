#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build/fuzz and runs each for a bounded time
# on its seed corpus. Skips (exit 0) with a message where clang or its libFuzzer runtime
# is missing. Usage: .ci/fuzz.sh [seconds per target, default 60]
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")/.."

seconds="${1:-60}"
build=build/fuzz

if ! command -v clang++ >/dev/null 2>&1 || ! command -v clang >/dev/null 2>&1; then
    echo "fuzz: skipped: clang++ not found (Debian: apt-get install clang libclang-rt-14-dev)"
    exit 0
fi

# The libFuzzer runtime ships separately from the compiler on Debian (libclang-rt-*-dev).
probe_dir="$(mktemp -d)"
trap 'rm -rf "$probe_dir"' EXIT
printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
    'extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *, std::size_t) { return 0; }' \
    >"$probe_dir/probe.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe_dir/probe.cpp" -o "$probe_dir/probe" 2>"$probe_dir/log"; then
    echo "fuzz: skipped: clang++ cannot link -fsanitize=fuzzer (Debian: apt-get install libclang-rt-14-dev):"
    cat "$probe_dir/log"
    exit 0
fi

generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
cmake -S . -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DES_BUILD_UI=OFF -DES_BUILD_TESTS=ON -DES_WARNINGS_AS_ERRORS=ON
cmake --build "$build" --target fuzz_request_decoder

run_target() {
    local name="$1" seeds="$2"
    # New inputs go to a scratch corpus under build/; the checked-in seeds are only read.
    local scratch="$build/corpus/$name"
    mkdir -p "$scratch" "$build/artifacts/$name"
    echo "fuzz: $name for ${seconds}s"
    "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/artifacts/$name/" "$scratch" "$seeds"
}

run_target request_decoder tests/fuzz/corpus/request_decoder
echo "fuzz: done"

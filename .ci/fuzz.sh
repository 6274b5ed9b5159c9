#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build/fuzz and runs each on its seed corpus
# (tests/fuzz/corpus/<target>) for its share of the time given. Skips (exit 0) with a message
# where clang or its libFuzzer runtime is missing. Exits 1 when a target finds a crash, a
# leak or a hang, after printing how to reproduce it; the other targets still run.
# Usage: .ci/fuzz.sh [seconds for all targets together, default 120: 20 s for each of six]
# ES_FUZZ_BUILD_DIR overrides the build folder.
set -euo pipefail
cd "$(dirname -- "${BASH_SOURCE[0]}")/.."

total_seconds="${1:-120}"
build="${ES_FUZZ_BUILD_DIR:-build/fuzz}"
targets=(request_decoder sasl record_batch segment_recovery importers template)

if ! [[ "$total_seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "fuzz: the fuzzing time must be a positive number of seconds, not '$total_seconds'" >&2
    exit 2
fi
seconds=$((total_seconds / ${#targets[@]}))
((seconds >= 1)) || seconds=1

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
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" "${generator[@]}" "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DES_BUILD_UI=OFF -DES_BUILD_TESTS=ON -DES_WARNINGS_AS_ERRORS=ON
cmake --build "$build" --target "${targets[@]/#/fuzz_}"

run_target() {
    local name="$1" seeds="$2"
    if [[ ! -d "$seeds" ]] || [[ -z "$(ls -A "$seeds")" ]]; then
        echo "fuzz: $name: the seed corpus $seeds is missing or empty" >&2
        return 1
    fi
    # New inputs go to a scratch corpus under build/; the checked-in seeds are only read.
    # Findings of an earlier run are cleared so that only this run's are reported.
    local scratch="$build/corpus/$name" artifacts="$build/artifacts/$name"
    rm -rf "$artifacts"
    mkdir -p "$scratch" "$artifacts"
    echo "fuzz: $name for ${seconds}s on $(ls "$seeds" | wc -l) seeds"
    local status=0
    # -timeout: one input running this long is a hang. The outer timeout only guards
    # against libFuzzer itself not stopping (it stops at max_total_time plus one input).
    timeout --kill-after=30 "$((seconds + 120))" \
        "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$scratch" "$seeds" || status=$?
    if ((status != 0)); then
        echo "fuzz: $name FAILED (exit $status). Inputs that failed:" >&2
        local input
        for input in "$artifacts"/*; do
            [[ -e "$input" ]] || continue
            echo "  $input: $(od -An -tx1 -v "$input" | tr -d '\n' | cut -c1-400)" >&2
            echo "  reproduce: $build/tests/fuzz/fuzz_$name $input" >&2
        done
        return 1
    fi
}

status=0
for target in "${targets[@]}"; do
    run_target "$target" "tests/fuzz/corpus/$target" || status=1
done
echo "fuzz: done"
exit "$status"

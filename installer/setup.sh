#!/usr/bin/env bash
# Sets up a Debian 12 machine for Eventscope, builds it, and runs it or its tests.
#
#   installer/setup.sh run [app args...]   build the release preset and start the app
#   installer/setup.sh test                build the ci preset and run the test suite, then
#                                          fuzz for 120 s in all (ES_FUZZ_SECONDS)
#
# Installs only the Debian packages that are missing, then builds incrementally, so
# running it again is cheap.
set -euo pipefail

# Debian packages. Extend these lists when the build or the tests need more.
BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libqcustomplot-dev qtkeychain-qt6-dev libspdlog-dev libfmt-dev libasio-dev libsqlite3-dev
    zlib1g-dev libsnappy-dev liblz4-dev libzstd-dev librdkafka-dev libssl-dev
    libcpp-httplib-dev libsimdjson-dev
)
# Needed at run time but not pulled in by the build packages: the SVG plugins that draw
# the application icon; Qt's own translations ("Strg+K" for Ctrl+K in German menus).
RUN_PACKAGES=(libqt6svg6 qt6-translations-l10n)
# Real clients and a virtual display for the tests; clang and its libFuzzer runtime for
# the fuzz runs (request decoder, SASL, record batches, segment recovery, importers,
# templates) that follow them; the packaging tools the package test runs (cpack's
# dependency scan needs dpkg-shlibdeps and file).
TEST_PACKAGES=(xvfb xauth kcat python3-kafka python3-confluent-kafka python3-prometheus-client python3-yaml
    clang libclang-rt-14-dev dpkg-dev file desktop-file-utils)
# Node and npm for the kafkajs tests. A Node installed some other way (NodeSource's
# package bundles npm and conflicts with Debian's) is used as it is.
if ! command -v npm >/dev/null 2>&1; then
    TEST_PACKAGES+=(nodejs npm)
fi

ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)"

usage() {
    cat >&2 <<USAGE
usage: installer/setup.sh run [eventscope arguments...]
       installer/setup.sh test
USAGE
    exit 2
}

# Installs the given packages that dpkg does not report as installed.
install_missing() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "setup: dpkg-query not found; this script installs packages on Debian only." >&2
        echo "setup: make sure these (or your system's equivalents) are installed: $*" >&2
        return 0
    fi

    local missing=() pkg
    for pkg in "$@"; do
        if [[ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" != "installed" ]]; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} == 0)); then
        echo "setup: all ${#} required Debian packages are installed."
        return 0
    fi

    local sudo=()
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "setup: not root and sudo is missing; as root, run:" >&2
            echo "  apt-get install --no-install-recommends ${missing[*]}" >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    echo "setup: installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# Configures (on the first run, or when CMakeLists changed) and builds one preset.
build() {
    local preset=$1
    shift
    cmake --preset "$preset"
    cmake --build --preset "$preset" "$@"
}

# Whether the application, given these arguments, opens a window.
needs_display() {
    local arg
    for arg in "$@"; do
        case "$arg" in
            --headless | -h | --help | -v | --version) return 1 ;;
        esac
    done
    return 0
}

cmd_run() {
    install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
    build release --target eventscope
    local app="$ROOT/build/release/app/eventscope"
    if needs_display "$@" && [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "setup: there is no display (DISPLAY and WAYLAND_DISPLAY are empty), so the window cannot open." >&2
        echo "setup: to run without a window: build/release/app/eventscope --headless" >&2
        echo "setup: or give it a virtual display: xvfb-run -a build/release/app/eventscope" >&2
        exit 1
    fi
    exec "$app" "$@"
}

cmd_test() {
    install_missing "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    build ci
    local status=0 tests=0
    local testing="$ROOT/build/ci/Testing" first="$ROOT/build/ci/Testing/first-run"
    rm -rf "$first"
    QT_QPA_PLATFORM=offscreen ctest --preset ci -j 2 || tests=$?
    if ((tests != 0)) && [[ -s "$testing/Temporary/LastTestsFailed.log" ]]; then
        # A test that fails under the parallel run and passes alone is flaky, not broken: it
        # does not fail the run, but it is named at the end with its first output, so that
        # it gets fixed rather than forgotten. One that fails again fails the run.
        mkdir -p "$first"
        cp "$testing/Temporary/LastTestsFailed.log" "$testing/Temporary/LastTest.log" "$first/"
        echo "setup: running the failed tests once more, one at a time"
        tests=0
        QT_QPA_PLATFORM=offscreen ctest --preset ci --rerun-failed || tests=$?
    fi
    status=$tests
    # The fuzz targets for a bounded time in all on their seed corpora, whatever the tests
    # said, so that one run reports both.
    .ci/fuzz.sh "${ES_FUZZ_SECONDS:-120}" || status=$?
    [[ ! -d "$first" ]] || report_failed_tests "$first" "$tests"
    return "$status"
}

# Names the tests that failed in the first run, and the end of their output, so that the
# last lines printed say what went wrong (the fuzz run's output comes in between): as
# failed, or as flaky when they all passed on their second run ($2 is that run's status).
report_failed_tests() {
    local first=$1 rerun=$2 name
    if ((rerun == 0)); then
        echo "setup: FLAKY: these tests failed in the parallel run and passed alone:"
    else
        echo "setup: these tests failed:"
    fi
    while IFS=: read -r _ name; do
        echo "---- $name (the end of its first output)"
        awk -v name="$name" '
            $0 ~ "Testing: " name "$" { inside = 1; next }
            inside && /^<end of output>/ { exit }
            inside { print }' "$first/LastTest.log" | tail -n 40
    done <"$first/LastTestsFailed.log"
}

cd "$ROOT"
(($# >= 1)) || usage
command=$1
shift
case "$command" in
    run) cmd_run "$@" ;;
    test)
        (($# == 0)) || usage
        cmd_test
        ;;
    *) usage ;;
esac

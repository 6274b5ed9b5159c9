#!/usr/bin/env bash
# Builds the .deb and .tar.gz from a configured and built tree, unpacks them without
# installing, and checks what a user gets: the binary runs (--version), the desktop
# entry is valid, the icons and the AppStream metadata are where desktops look.
#
#   tests/installer/check_package.sh BUILD_DIR
set -euo pipefail

build_dir=$(cd -- "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
    echo "check_package: $*" >&2
    exit 1
}

cd "$build_dir"
cpack -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    fail "cpack failed"
}
deb=$(ls "$work"/out/*.deb 2>/dev/null | head -n 1)
tgz=$(ls "$work"/out/*.tar.gz 2>/dev/null | head -n 1)
[[ -n "$deb" ]] || fail "no .deb was produced"
[[ -n "$tgz" ]] || fail "no .tar.gz was produced"

# Package metadata: name, and dependencies found from the binary's shared libraries.
[[ "$(dpkg-deb -f "$deb" Package)" == eventscope ]] || fail "the package is not named eventscope"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6svg6 libsqlite3-0; do
    [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done

root="$work/root"
dpkg-deb -x "$deb" "$root"
for path in usr/bin/eventscope \
    usr/share/applications/eventscope.desktop \
    usr/share/metainfo/dev.eventscope.Eventscope.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/eventscope.svg \
    usr/share/icons/hicolor/256x256/apps/eventscope.png; do
    [[ -f "$root/$path" ]] || fail "the .deb lacks /$path"
done

version=$("$root/usr/bin/eventscope" --version)
[[ "$version" =~ ^eventscope\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "unexpected --version output: $version"

desktop-file-validate "$root/usr/share/applications/eventscope.desktop" ||
    fail "the desktop entry is invalid"
/usr/bin/python3 -c 'import sys, xml.etree.ElementTree as t; r = t.parse(sys.argv[1]).getroot(); assert r.find("id").text == "dev.eventscope.Eventscope"' \
    "$root/usr/share/metainfo/dev.eventscope.Eventscope.metainfo.xml" || fail "the AppStream metadata is invalid"

# The tarball holds the same tree.
tar -tzf "$tgz" | grep -q '/bin/eventscope$' || fail "the .tar.gz lacks bin/eventscope"

echo "check_package: $(basename "$deb") and $(basename "$tgz") are complete; installed binary says: $version"

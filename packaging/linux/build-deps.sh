#!/bin/sh
# Debian/Ubuntu packages `make package` needs on the build machine:
# - libraries Qt's xcb plugin links to, so PyInstaller finds and bundles them (a bundle
#   without them starts only where the user happens to have them), and the Wayland client
#   libraries (left to the user's system by PyInstaller, but checked by the smoke test);
# - the validators (appstreamcli, desktop-file-validate) and Xvfb for the smoke test.
# Installs only what is missing; does nothing where there is no apt-get.
set -eu

PACKAGES="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libwayland-cursor0
libwayland-egl1 libfontconfig1 libdbus-1-3 appstream desktop-file-utils xvfb xauth"

missing=""
for package in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "build-deps: not a Debian-like system; please install:$missing" >&2
    exit 0
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
echo "build-deps: installing$missing"
$sudo apt-get update -qq
# shellcheck disable=SC2086  # the list is meant to split into words
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing

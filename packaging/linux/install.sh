#!/bin/sh
# Install Rapport from this unpacked folder.
#   ./install.sh                    for yourself, under ~/.local
#   sudo ./install.sh /usr/local    for everyone on this computer
# Puts the program in PREFIX/lib/rapport, a link in PREFIX/bin, and the menu entry,
# AppStream metadata and icons under PREFIX/share. Run it again to update.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${1:-$HOME/.local}
APP_ID=org.rapportjournal.Rapport

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share"
rm -rf "$PREFIX/lib/rapport"
cp -R "$HERE/rapport" "$PREFIX/lib/rapport"
ln -sf "$PREFIX/lib/rapport/rapport" "$PREFIX/bin/rapport"
cp -R "$HERE/share/." "$PREFIX/share/"

# The menu entry names the program by its full path: PREFIX/bin need not be on PATH.
sed -i "s|^Exec=rapport\$|Exec=\"$PREFIX/bin/rapport\"|" "$PREFIX/share/applications/$APP_ID.desktop"

if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$PREFIX/share/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
fi
echo "Rapport is installed in $PREFIX; start it from the menu or with $PREFIX/bin/rapport"

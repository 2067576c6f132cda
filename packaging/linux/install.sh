#!/usr/bin/env bash
# Install SellerDesk @VERSION@ for this user only (no root needed):
#
#   ./install.sh            # into ~/.local: the app in ~/.local/opt/sellerdesk, `sellerdesk` in
#                           # ~/.local/bin, the menu entry and icons in ~/.local/share
#
# Run it again to upgrade. ~/.local/opt/sellerdesk/uninstall.sh removes the app again and leaves
# your shop file (~/.local/share/SellerDesk) alone.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
app=$prefix/opt/sellerdesk
bin=$prefix/bin
share=$prefix/share

if [[ ! -x $here/sellerdesk/sellerdesk ]]; then
    echo "install.sh: run me from the unpacked sellerdesk-@VERSION@-linux-x86_64 folder" >&2
    exit 1
fi

# Qt's system libraries are not bundled (the system's own match its graphics drivers).
missing=$(ldd "$here/sellerdesk/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" 2>/dev/null |
    awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
if [[ -n $missing ]]; then
    echo "install.sh: warning: these system libraries are missing: $missing" >&2
    echo "  On Debian or Ubuntu install them with:" >&2
    echo "  sudo apt-get install $(cat "$here/share/system-packages.txt")" >&2
fi

mkdir -p "$prefix/opt" "$bin" "$share/applications" "$share/icons" "$share/metainfo"
rm -rf "$app.new"
cp -a "$here/sellerdesk" "$app.new"
install -m 0755 "$here/uninstall.sh" "$app.new/uninstall.sh"
rm -rf "$app"
mv "$app.new" "$app"
ln -sfn "$app/sellerdesk" "$bin/sellerdesk"

# The menu entry names the program by its full path: ~/.local/bin is not on every session's PATH.
sed "s|^Exec=sellerdesk|Exec=$app/sellerdesk|" "$here/share/applications/sellerdesk.desktop" \
    >"$share/applications/sellerdesk.desktop"
cp -r "$here/share/icons/hicolor" "$share/icons/"
cp "$here"/share/metainfo/*.metainfo.xml "$share/metainfo/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true

echo "SellerDesk @VERSION@ is installed in $app."
echo "Open it from your applications menu, or run: $bin/sellerdesk"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "($bin is not on your PATH; add it to run plain \`sellerdesk\`.)" ;;
esac

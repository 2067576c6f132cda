#!/usr/bin/env bash
# Remove SellerDesk installed by install.sh for this user. Your shop file and settings stay:
# ~/.local/share/SellerDesk and ~/.config/SellerDesk are yours to keep or delete.
set -euo pipefail

prefix=${PREFIX:-$HOME/.local}
app=$prefix/opt/sellerdesk
bin=$prefix/bin
share=$prefix/share

# Only what install.sh wrote, and only if it still points at this install.
if [[ -L $bin/sellerdesk && $(readlink "$bin/sellerdesk") == "$app/sellerdesk" ]]; then
    rm -f "$bin/sellerdesk"
fi
if [[ -f $share/applications/sellerdesk.desktop ]] &&
    grep -qF "Exec=$app/sellerdesk" "$share/applications/sellerdesk.desktop"; then
    rm -f "$share/applications/sellerdesk.desktop"
fi
rm -f "$share"/icons/hicolor/*/apps/sellerdesk.png "$share"/icons/hicolor/scalable/apps/sellerdesk.svg
rm -f "$share/metainfo/org.sellerdesk.SellerDesk.metainfo.xml"
rm -rf "$app"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true

echo "SellerDesk is uninstalled. Your shops and settings are still in ${XDG_DATA_HOME:-$HOME/.local/share}/SellerDesk"
echo "and ${XDG_CONFIG_HOME:-$HOME/.config}/SellerDesk; delete those folders to remove them too."

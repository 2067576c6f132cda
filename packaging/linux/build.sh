#!/usr/bin/env bash
# Linux installers from the frozen app. Run after `pyinstaller build.spec`:
#
#   packaging/linux/build.sh [DIST]     # DIST defaults to ./dist, which holds sellerdesk/
#
# writes DIST/sellerdesk_VERSION_amd64.deb (installs to /opt/sellerdesk, `sellerdesk` on PATH,
# desktop entry, hicolor icons, AppStream metainfo; Depends on Qt's system libraries) and
# DIST/sellerdesk-VERSION-linux-x86_64.tar.gz (the app with install.sh / uninstall.sh for one
# user, under ~/.local). Needs dpkg-deb and Python with PySide6 (to render the icons).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dist=$(cd "${1:-$root/dist}" && pwd)
bundle=$dist/sellerdesk
python=${PYTHON:-python3}

if [[ ! -x $bundle/sellerdesk ]]; then
    echo "build.sh: no frozen app at $bundle/sellerdesk; run \`pyinstaller build.spec\` first" >&2
    exit 1
fi
command -v dpkg-deb >/dev/null || { echo "build.sh: dpkg-deb is missing (apt-get install dpkg)" >&2; exit 1; }

# The version the bundle itself reports, so the package can never name another one.
version=$("$bundle/sellerdesk" --version | awk '{print $NF}')
[[ $version =~ ^[0-9][0-9A-Za-z.+~-]*$ ]] || { echo "build.sh: odd version '$version' from the bundle" >&2; exit 1; }
app_id=org.sellerdesk.SellerDesk
today=$(date -u +%Y-%m-%d)

work=$(mktemp -d "${TMPDIR:-/tmp}/sellerdesk-pkg.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== icons"
QT_QPA_PLATFORM=offscreen "$python" "$root/packaging/icons.py" png "$work/hicolor" >/dev/null
mkdir -p "$work/hicolor/scalable/apps"
cp "$root/resources/icons/sellerdesk.svg" "$work/hicolor/scalable/apps/sellerdesk.svg"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$today/" "$here/$app_id.metainfo.xml" >"$work/$app_id.metainfo.xml"

# ---------------------------------------------------------------- .deb
echo "== sellerdesk_${version}_amd64.deb"
pkg=$work/deb
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" "$pkg/usr/share/metainfo" \
    "$pkg/usr/share/icons" "$pkg/usr/share/doc/sellerdesk"
cp -a "$bundle" "$pkg/opt/sellerdesk"
ln -s /opt/sellerdesk/sellerdesk "$pkg/usr/bin/sellerdesk"
cp "$root/resources/sellerdesk.desktop" "$pkg/usr/share/applications/sellerdesk.desktop"
cp "$work/$app_id.metainfo.xml" "$pkg/usr/share/metainfo/"
cp -r "$work/hicolor" "$pkg/usr/share/icons/hicolor"
cat >"$pkg/usr/share/doc/sellerdesk/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: SellerDesk

Files: *
License: MIT
Comment: /opt/sellerdesk bundles Python, Qt (LGPL-3.0, PySide6), matplotlib, NumPy and Pillow
 under their own licenses; their license files are inside /opt/sellerdesk/_internal.
EOF
# Ordinary permissions whatever the build machine's umask; owner root:root via --root-owner-group.
find "$pkg" -type d -exec chmod 0755 {} +
find "$pkg" -type f -exec chmod u+rw,go+r,go-w {} +

depends=$("$python" "$here/system_packages.py" depends)
recommends=$("$python" "$here/system_packages.py" recommends)
installed_kb=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
# The newest glibc symbol version any bundled binary asks for: the build machine's, at most.
glibc=$(find "$bundle" -type f \( -name '*.so*' -o -name sellerdesk \) -print0 | xargs -0 objdump -T 2>/dev/null |
    grep -o 'GLIBC_[0-9][0-9.]*' | sort -Vu | tail -n 1 | cut -d_ -f2 || true)
[[ -n $glibc ]] || { echo "build.sh: could not read the glibc version the bundle needs (objdump)" >&2; exit 1; }
cat >"$pkg/DEBIAN/control" <<EOF
Package: sellerdesk
Version: $version
Architecture: amd64
Maintainer: SellerDesk developers <sellerdesk@localhost>
Installed-Size: $installed_kb
Depends: libc6 (>= $glibc), $depends
Recommends: $recommends
Section: misc
Priority: optional
Description: offline customer-service desk for small Etsy shops
 SellerDesk keeps an Etsy shop's orders, delivery dates, buyer messages, reviews
 and cases in one local file and shows live gauges of Etsy's customer-service
 standards (the order dissatisfaction rate against the 1% limit first), with
 saved replies, shipping profiles and printable labels. Nothing leaves the
 machine.
EOF
(cd "$pkg" && find opt usr -type f -print0 | sort -z | xargs -0 md5sum >DEBIAN/md5sums)
# No maintainer scripts: dpkg's triggers refresh the icon cache and the desktop database.
# xz level 1: within 10% of the default level's size at a third of its time (about 30 s of CPU).
deb=$dist/sellerdesk_${version}_amd64.deb
dpkg-deb --root-owner-group -Zxz -z1 --build "$pkg" "$deb" >/dev/null
echo "$deb"

# ---------------------------------------------------------------- .tar.gz
name=sellerdesk-$version-linux-x86_64
echo "== $name.tar.gz"
tree=$work/tar/$name
mkdir -p "$tree/share/applications" "$tree/share/metainfo" "$tree/share/icons"
cp -a "$bundle" "$tree/sellerdesk"
cp "$root/resources/sellerdesk.desktop" "$tree/share/applications/sellerdesk.desktop"
cp "$work/$app_id.metainfo.xml" "$tree/share/metainfo/"
cp -r "$work/hicolor" "$tree/share/icons/hicolor"
install -m 0755 "$here/install.sh" "$here/uninstall.sh" "$tree/"
sed -i "s/@VERSION@/$version/" "$tree/install.sh"
"$python" "$here/system_packages.py" apt >"$tree/share/system-packages.txt"
tarball=$dist/$name.tar.gz
tar -C "$work/tar" --owner=0 --group=0 --numeric-owner -czf "$tarball" "$name"
echo "$tarball"

ls -l "$deb" "$tarball" | awk '{printf "%s: %.1f MB\n", $NF, $5 / 1e6}'

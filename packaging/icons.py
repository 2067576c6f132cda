"""Render the app icon (resources/icons/sellerdesk.svg) for each platform, with Qt's SVG renderer.

    python packaging/icons.py png OUT_DIR        # hicolor tree: OUT_DIR/16x16/apps/sellerdesk.png ... 512x512
    python packaging/icons.py ico OUT.ico        # Windows: 16-256 px in one .ico
    python packaging/icons.py icns OUT.icns      # macOS: 16-1024 px in one .icns

Runs on Qt's offscreen platform, so it needs no display. The SVG stays the only source; the
platform files are build products (build.spec, packaging/linux/build.sh).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "sellerdesk.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: .icns element types holding PNG data, by pixel size (Apple's "icns" format).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The icon as a size x size PNG with a transparent background."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"icons: could not encode a {size} px PNG")
    return bytes(data.data())


def write_hicolor(out_dir: Path) -> list[Path]:
    written = []
    for size in HICOLOR_SIZES:
        path = out_dir / f"{size}x{size}" / "apps" / "sellerdesk.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render_png(size))
        written.append(path)
    return written


def write_ico(path: Path) -> Path:
    """An .ico whose images are PNG-compressed (Windows Vista and later read these)."""
    images = [render_png(size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, png in zip(ICO_SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + entries + b"".join(images))
    return path


def write_icns(path: Path) -> Path:
    body = b""
    rendered: dict[int, bytes] = {}
    for kind, size in ICNS_TYPES:
        png = rendered.setdefault(size, render_png(size))
        body += kind + struct.pack(">I", 8 + len(png)) + png
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    return path


def main(argv: list[str]) -> int:
    writers = {"png": write_hicolor, "ico": write_ico, "icns": write_icns}
    if len(argv) != 2 or argv[0] not in writers:
        print("usage: icons.py png OUT_DIR | ico OUT.ico | icns OUT.icns", file=sys.stderr)
        return 2
    result = writers[argv[0]](Path(argv[1]))
    for path in result if isinstance(result, list) else [result]:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

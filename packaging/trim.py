"""What build.spec leaves out of the bundle, and the two passes that follow from it.

PyInstaller collects every Qt plugin of the Qt modules an app imports, every library those
plugins link against, and binaries as the wheels ship them (some with full debug information).
SellerDesk loads far less. The rules here name what it never loads; the frozen smoke test and the
frozen chart render (tests/test_frozen_build.py) prove each rule harmless.

TOC entries are PyInstaller's (dest_name, src_name, typecode) tuples; dest names use "/".
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable
from fnmatch import fnmatchcase
from functools import cache
from pathlib import Path, PurePosixPath

Entry = tuple[str, str, str]

QT = "PySide6/Qt/"

#: Qt plugins SellerDesk never loads (dest-name patterns). Kept on purpose: platforms xcb,
#: wayland, offscreen and minimal; xcbglintegrations; the xdg-desktop-portal theme (file dialogs
#: in sandboxes); input contexts compose and ibus (dead keys, and the IBus engines Vietnamese is
#: typed with); cupsprintersupport (label printing); the svg image and icon engines; wayland
#: client plugins a desktop compositor uses.
QT_PLUGINS_LEFT_OUT = (
    # Embedded/kiosk platforms and their input and device plugins: no desktop uses them.
    QT + "plugins/platforms/libqeglfs.so",
    QT + "plugins/platforms/libqlinuxfb.so",
    QT + "plugins/platforms/libqminimalegl.so",
    QT + "plugins/platforms/libqvnc.so",
    QT + "plugins/platforms/libqvkkhrdisplay.so",
    QT + "plugins/egldeviceintegrations/*",
    QT + "plugins/generic/*",
    QT + "plugins/wayland-shell-integration/libfullscreen-shell-v1.so",
    QT + "plugins/wayland-shell-integration/libivi-shell.so",
    QT + "plugins/wayland-shell-integration/libwl-shell-plugin.so",
    # The GTK 3 theme loads the system's GTK into the process (and dragged in pango, cairo,
    # gdk-pixbuf and atk from the build machine); Qt's own Fusion style is used instead.
    QT + "plugins/platformthemes/libqgtk3.so",
    # Network status and TLS: SellerDesk is offline and opens no connection.
    QT + "plugins/networkinformation/*",
    QT + "plugins/tls/*",
    # Image formats the app never reads (its icon is SVG; PNG is built into QtGui).
    QT + "plugins/imageformats/libqgif.so",
    QT + "plugins/imageformats/libqicns.so",
    QT + "plugins/imageformats/libqjpeg.so",
    QT + "plugins/imageformats/libqtga.so",
    QT + "plugins/imageformats/libqtiff.so",
    QT + "plugins/imageformats/libqwbmp.so",
    QT + "plugins/imageformats/libqwebp.so",
)

#: Data files SellerDesk never reads.
DATA_LEFT_OUT = (
    # Demo data for matplotlib's examples; usetex and Sphinx helpers.
    "matplotlib/mpl-data/sample_data/*",
    "matplotlib/mpl-data/plot_directive/*",
    "matplotlib/mpl-data/kpsewhich.lua",
    # Adobe font metrics, read only by the PostScript and PDF backends, which are not bundled.
    "matplotlib/mpl-data/fonts/afm/*",
    "matplotlib/mpl-data/fonts/pdfcorefonts/*",
    # C headers, type stubs and Cython declarations of bundled packages: build-time only.
    "*.h",
    "*.pyi",
    "*.pxd",
    "*/include/*",
    "*/tests/*",
)


def qt_translations_left_out(dest_name: str, languages: Iterable[str]) -> bool:
    """Qt's own catalogues other than qtbase in a language SellerDesk is translated into.

    SellerDesk loads qtbase_<lang>.qm next to its own .qm (sellerdesk.ui.i18n); in a language
    SellerDesk does not speak the window is English, and so are Qt's dialogs and buttons.
    """
    prefix = QT + "translations/"
    if not dest_name.startswith(prefix):
        return False
    return dest_name[len(prefix) :] not in {f"qtbase_{lang}.qm" for lang in languages}


def leave_out(toc: Iterable[Entry], rule: Callable[[str], bool]) -> tuple[list[Entry], list[Entry]]:
    """Split a TOC into (kept, left out) by a rule over dest names (with "/" on every system)."""
    kept: list[Entry] = []
    dropped: list[Entry] = []
    for entry in toc:
        (dropped if rule(posix(entry[0])) else kept).append(entry)
    return kept, dropped


def posix(dest_name: str) -> str:
    """A dest name with "/" separators (PyInstaller uses the system's, "\\" on Windows)."""
    return dest_name.replace("\\", "/")


def matches(patterns: Iterable[str]) -> Callable[[str], bool]:
    patterns = tuple(patterns)
    return lambda dest: any(fnmatchcase(dest, pattern) for pattern in patterns)


@cache
def _elf_facts(path: str) -> tuple[list[str], bool]:
    """(DT_NEEDED sonames, has debug information) of an ELF file, from readelf (binutils, which
    PyInstaller itself needs on Linux). A non-ELF file gives ([], False)."""
    if shutil.which("readelf") is None:
        raise SystemExit("build.spec: readelf is missing; install binutils (PyInstaller needs it too)")
    run = subprocess.run(["readelf", "-d", "-S", "-W", path], capture_output=True, text=True)
    if run.returncode != 0:
        return [], False
    needed = [line.split("[", 1)[1].split("]", 1)[0] for line in run.stdout.splitlines() if "(NEEDED)" in line]
    return needed, " .debug_info " in run.stdout


def _is_plain_library(entry: Entry) -> bool:
    """A shared library that is loaded only because another binary links to it (DT_NEEDED).

    Qt plugins (dlopen'ed by Qt), Python extension modules (imported) and libpython (opened by
    PyInstaller's bootloader) are loaded by name and count as roots.
    """
    dest, _src, typecode = entry
    name = PurePosixPath(dest).name
    return (
        typecode == "BINARY"
        and name.startswith("lib")
        and ".so" in name
        and not name.startswith("libpython")
        and "/plugins/" not in dest
    )


def drop_unreferenced_libraries(binaries: list[Entry]) -> tuple[list[Entry], list[Entry]]:
    """Leave out the shared libraries no kept binary links to, directly or through another.

    After the rules above remove plugins, the libraries only they needed (libQt6Network for the
    TLS plugins, libQt6EglFSDeviceIntegration for eglfs ...) would otherwise stay. SYMLINK
    entries to a dropped library go with it.
    """
    files = [entry for entry in binaries if entry[2] != "SYMLINK"]
    needed_by = {entry[0]: _elf_facts(entry[1])[0] for entry in files}
    by_name: dict[str, list[str]] = {}
    for entry in files:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry[0])
    for entry in binaries:  # a symlink's name resolves to its target
        if entry[2] == "SYMLINK":
            by_name.setdefault(PurePosixPath(entry[0]).name, []).append(_link_target(entry))
    live = {entry[0] for entry in files if not _is_plain_library(entry)}
    todo = list(live)
    while todo:
        for soname in needed_by.get(todo.pop(), ()):
            for dest in by_name.get(soname, ()):
                if dest not in live:
                    live.add(dest)
                    todo.append(dest)
    kept: list[Entry] = []
    dropped: list[Entry] = []
    for entry in binaries:
        alive = (_link_target(entry) if entry[2] == "SYMLINK" else entry[0]) in live
        (kept if alive else dropped).append(entry)
    return kept, dropped


def drop_dangling_symlinks(toc: list[Entry], present: set[str]) -> tuple[list[Entry], list[Entry]]:
    """Leave out SYMLINK entries whose target is no longer collected (PyInstaller keeps the
    top-level aliases of Qt's libraries in the data TOC)."""
    kept: list[Entry] = []
    dropped: list[Entry] = []
    for entry in toc:
        dangling = entry[2] == "SYMLINK" and _link_target(entry) not in present
        (dropped if dangling else kept).append(entry)
    return kept, dropped


def _link_target(entry: Entry) -> str:
    """The dest name a SYMLINK entry points to (its src is relative to the link's folder)."""
    parts: list[str] = []
    for part in (PurePosixPath(entry[0]).parent / entry[1]).parts:
        if part == "..":
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def strip_debug_info(binaries: list[Entry], workdir: Path) -> tuple[list[Entry], int]:
    """Copies without debug information (strip --strip-debug) of the binaries that carry it.

    Wheels and pyenv's libpython ship DWARF sections nobody reads at run time (libpython: 23 MB
    -> 6 MB). Only debug sections go; symbol tables and the dynamic section stay as they were.
    Returns the new TOC and the bytes saved. Copies are cached in workdir by source mtime.
    """
    if sys.platform != "linux" or shutil.which("strip") is None:
        return binaries, 0
    saved = 0
    result: list[Entry] = []
    for dest, src, typecode in binaries:
        if typecode == "SYMLINK" or not _elf_facts(src)[1]:
            result.append((dest, src, typecode))
            continue
        copy = workdir / "stripped" / dest
        if not copy.exists() or copy.stat().st_mtime < Path(src).stat().st_mtime:
            copy.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(["strip", "--strip-debug", "-o", str(copy), src], check=True)
        saved += Path(src).stat().st_size - copy.stat().st_size
        result.append((dest, str(copy), typecode))
    return result, saved

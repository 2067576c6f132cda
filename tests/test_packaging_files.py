"""Fast checks of the packaging inputs that only the hosted workflow builds into installers
(Windows .ico, macOS .icns) and of the system-library list the Linux bundle relies on."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "packaging" / "icons.py"


def _icons(kind: str, target: Path) -> None:
    # A subprocess: the icons are rendered by a QGuiApplication, never by the tests' QApplication.
    run = subprocess.run([sys.executable, str(ICONS), kind, str(target)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr


def test_windows_icon_holds_every_size_from_16_to_256(tmp_path: Path) -> None:
    _icons("ico", tmp_path / "sellerdesk.ico")
    with Image.open(tmp_path / "sellerdesk.ico") as ico:
        assert ico.format == "ICO"
        assert ico.info["sizes"] == {(n, n) for n in (16, 24, 32, 48, 64, 128, 256)}
        ico.size = (256, 256)
        ico.load()
        corner, middle = ico.getpixel((0, 0)), ico.getpixel((128, 128))
    assert corner[3] == 0, "the icon's corners should be transparent"
    assert middle[3] == 255, "the icon should be drawn, not empty"


def test_macos_icon_holds_retina_sizes_up_to_1024(tmp_path: Path) -> None:
    _icons("icns", tmp_path / "sellerdesk.icns")
    with Image.open(tmp_path / "sellerdesk.icns") as icns:
        assert icns.format == "ICNS"
        assert (512, 512, 2) in icns.info["sizes"] and (16, 16, 1) in icns.info["sizes"]
        assert icns.size == (1024, 1024)


def test_linux_icons_cover_the_hicolor_sizes(tmp_path: Path) -> None:
    _icons("png", tmp_path)
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(tmp_path / f"{size}x{size}" / "apps" / "sellerdesk.png") as png:
            assert png.size == (size, size)


def _ci_qt_packages() -> set[str]:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    packages: set[str] = set()
    for name in ("qt_core", "qt_xcb"):
        match = re.search(rf"^{name}=\((.*?)\)", script, re.S | re.M)
        assert match, f".ci/run has no {name}=(...) list"
        packages |= set(match.group(1).split())
    return packages


@pytest.mark.skipif(sys.platform != "linux", reason="the Debian package lists")
def test_deb_depends_on_every_qt_library_ci_installs() -> None:
    """The bundle leaves these libraries to the system, so the .deb must depend on each of them."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("system_packages", ROOT / "packaging/linux/system_packages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    declared = {alternative.strip() for name in module.DEPENDS for alternative in name.split("|")}
    missing = _ci_qt_packages() - declared
    assert not missing, f"packaging/linux/system_packages.py DEPENDS lacks {sorted(missing)}"

"""The Linux installers (packaging/linux/build.sh) built from the session's frozen app, installed
the way a user would: the .tar.gz for one user under a temporary HOME, and the .deb with dpkg
(root only; CI runs as root). Slow: they share the one frozen build of the session."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from frozen import ROOT, fresh_user_env, output, run

from sellerdesk import __version__

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the Linux installers are built on Linux"),
]

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
DEB = f"sellerdesk_{__version__}_amd64.deb"
TARBALL = f"sellerdesk-{__version__}-linux-x86_64.tar.gz"
METAINFO = "org.sellerdesk.SellerDesk.metainfo.xml"


def _system_packages():
    import importlib.util

    spec = importlib.util.spec_from_file_location("system_packages", ROOT / "packaging/linux/system_packages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def linux_packages(frozen_dist: Path) -> Path:
    """The dist folder after build.sh: the .deb and the .tar.gz beside sellerdesk/."""
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed")
    build = subprocess.run(
        ["bash", str(ROOT / "packaging/linux/build.sh"), str(frozen_dist)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, f"packaging/linux/build.sh failed\n{output(build)}"
    return frozen_dist


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make_shop(app: Path, env: dict[str, str], cwd: Path) -> Path:
    """A demo shop at the user's default shop path, written by the installed app itself."""
    shop = Path(env["XDG_DATA_HOME"]) / "SellerDesk" / "shop.sellerdesk"
    demo = run([str(app), "demo", "--db", str(shop), "--orders", "200"], env, cwd)
    assert demo.returncode == 0 and shop.is_file(), output(demo)
    status = run([str(app), "status"], env, cwd)  # no --db: the default path
    assert status.returncode == 0 and "Order dissatisfaction rate" in status.stdout, output(status)
    return shop


def _validate_desktop_file(path: Path) -> None:
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert check.returncode == 0 and not check.stdout.strip(), f"{path}:\n{check.stdout}{check.stderr}"


def test_deb_declares_its_system_libraries_and_files(linux_packages: Path) -> None:
    deb = linux_packages / DEB
    assert deb.is_file(), f"build.sh wrote no {DEB}: {sorted(p.name for p in linux_packages.iterdir())}"
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Version", "Architecture", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"Version: {__version__}" in fields and "Architecture: amd64" in fields, fields
    for package in _system_packages().DEPENDS:
        assert package in fields, f"Depends lacks {package}:\n{fields}"
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in (
        "./opt/sellerdesk/sellerdesk",
        "./usr/bin/sellerdesk -> /opt/sellerdesk/sellerdesk",
        "./usr/share/applications/sellerdesk.desktop",
        f"./usr/share/metainfo/{METAINFO}",
        "./usr/share/icons/hicolor/scalable/apps/sellerdesk.svg",
        *(f"./usr/share/icons/hicolor/{n}x{n}/apps/sellerdesk.png" for n in ICON_SIZES),
    ):
        assert path in listing, f"{DEB} lacks {path}"
    assert " root/root " in listing and "/home/" not in listing, "files should be owned by root"


def test_tarball_installs_for_one_user_and_uninstalls_leaving_the_shop(linux_packages: Path, tmp_path: Path) -> None:
    with tarfile.open(linux_packages / TARBALL) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    folder = tmp_path / "unpacked" / TARBALL.removesuffix(".tar.gz")
    home = tmp_path / "home"
    env = fresh_user_env(home)

    install = run(["bash", str(folder / "install.sh")], env, tmp_path)
    assert install.returncode == 0, output(install)
    local = home / ".local"
    command = local / "bin" / "sellerdesk"
    version = run([str(command), "--version"], env, tmp_path)
    assert version.stdout.strip() == f"SellerDesk {__version__}", output(version)
    smoke = run([str(command), "--smoke-test"], env, tmp_path)
    assert smoke.returncode == 0 and "SMOKE OK" in smoke.stdout, output(smoke)

    desktop = local / "share" / "applications" / "sellerdesk.desktop"
    assert f"Exec={local}/opt/sellerdesk/sellerdesk" in desktop.read_text(encoding="utf-8")
    _validate_desktop_file(desktop)
    icons = [local / f"share/icons/hicolor/{n}x{n}/apps/sellerdesk.png" for n in ICON_SIZES]
    assert all(icon.is_file() for icon in icons), [str(i) for i in icons if not i.is_file()]

    shop = _make_shop(command, env, tmp_path)
    before = _sha256(shop)
    uninstall = run(["bash", str(local / "opt" / "sellerdesk" / "uninstall.sh")], env, tmp_path)
    assert uninstall.returncode == 0, output(uninstall)
    left = [p for p in (command, desktop, local / "opt" / "sellerdesk", *icons) if p.exists() or p.is_symlink()]
    assert not left, f"uninstall.sh left {left}"
    assert shop.is_file() and _sha256(shop) == before, "uninstall.sh touched the user's shop file"


def _dpkg_installed(package: str) -> bool:
    query = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True)
    return query.returncode == 0 and "installed" in query.stdout.split()


def test_deb_installs_runs_validates_and_removes_leaving_the_shop(linux_packages: Path, tmp_path: Path) -> None:
    if shutil.which("dpkg") is None:
        pytest.skip("dpkg is not installed")
    if os.geteuid() != 0:
        pytest.skip("installing a .deb needs root (CI runs as root)")
    if _dpkg_installed("sellerdesk"):
        pytest.skip("a sellerdesk package is already installed on this machine; not replacing it")

    env = fresh_user_env(tmp_path / "home")
    install = subprocess.run(["dpkg", "-i", str(linux_packages / DEB)], capture_output=True, text=True, timeout=300)
    try:
        assert install.returncode == 0, f"dpkg -i failed (unmet Depends?)\n{output(install)}"
        command = Path("/usr/bin/sellerdesk")
        version = run([str(command), "--version"], env, tmp_path)
        assert version.stdout.strip() == f"SellerDesk {__version__}", output(version)
        smoke = run([str(command), "--smoke-test"], env, tmp_path)
        assert smoke.returncode == 0 and "SMOKE OK" in smoke.stdout, output(smoke)

        _validate_desktop_file(Path("/usr/share/applications/sellerdesk.desktop"))
        if shutil.which("appstreamcli"):
            check = subprocess.run(
                ["appstreamcli", "validate", "--no-net", f"/usr/share/metainfo/{METAINFO}"],
                capture_output=True,
                text=True,
            )
            assert check.returncode == 0, f"appstreamcli validate:\n{check.stdout}{check.stderr}"
        for size in ICON_SIZES:
            assert Path(f"/usr/share/icons/hicolor/{size}x{size}/apps/sellerdesk.png").is_file()

        shop = _make_shop(command, env, tmp_path)
        before = _sha256(shop)
    finally:
        remove = subprocess.run(["dpkg", "--purge", "sellerdesk"], capture_output=True, text=True, timeout=300)
    assert remove.returncode == 0, output(remove)
    assert not _dpkg_installed("sellerdesk")
    for path in (
        Path("/opt/sellerdesk"),
        Path("/usr/bin/sellerdesk"),
        Path("/usr/share/applications/sellerdesk.desktop"),
    ):
        assert not (path.exists() or path.is_symlink()), f"{path} is still there after dpkg --purge"
    assert shop.is_file() and _sha256(shop) == before, "removing the package touched the user's shop file"

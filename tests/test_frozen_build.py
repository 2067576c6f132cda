"""Build the frozen app with PyInstaller (build.spec) and run its smoke test.

Slow (about a minute to build on two cores) but part of CI: it is the only test that catches a
module, Qt plugin, matplotlib backend or resource file missing from the bundle.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"

pytestmark = pytest.mark.slow


def _clean_env(home: Path) -> dict[str, str]:
    """The environment of a first launch by a fresh user: empty HOME and XDG folders, no overrides."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SELLERDESK_", "XDG_", "QT_"))}
    env.pop("MPLCONFIGDIR", None)
    env.pop("MPLBACKEND", None)
    runtime = home / "run"
    for sub in ("config", "data", "cache", "state"):
        (home / sub).mkdir(parents=True)
    runtime.mkdir(mode=0o700)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def test_frozen_app_passes_smoke_test(tmp_path: Path) -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip('PyInstaller is not installed (pip install -e ".[build]")')

    dist, work = tmp_path / "dist", tmp_path / "work"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(SPEC),
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, f"PyInstaller failed:\n{build.stdout[-4000:]}\n{build.stderr[-8000:]}"

    app = dist / "sellerdesk" / "sellerdesk"
    assert app.is_file() and os.access(app, os.X_OK), f"no executable at {app}"
    internal = dist / "sellerdesk" / "_internal"
    bundled = (internal if internal.is_dir() else dist / "sellerdesk") / "resources"
    source = ROOT / "resources"
    wanted = {p.relative_to(source) for p in source.rglob("*") if p.is_file() and not p.name.endswith(".pyc")}
    assert wanted, f"{source} has no files to bundle"
    shipped = {p.relative_to(bundled) for p in bundled.rglob("*") if p.is_file()}
    assert wanted <= shipped, f"resources missing from the bundle: {sorted(map(str, wanted - shipped))}"

    env = _clean_env(tmp_path / "home")
    smoke = subprocess.run(
        [str(app), "--smoke-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    output = f"stdout:\n{smoke.stdout[-4000:]}\nstderr:\n{smoke.stderr[-8000:]}"
    assert smoke.returncode == 0, f"frozen smoke test exited {smoke.returncode}\n{output}"
    assert "SMOKE OK" in smoke.stdout, output

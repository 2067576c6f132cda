"""The frozen app for the slow tests: built once per test session (the `frozen_dist` fixture in
tests/conftest.py), and the environment of a fresh user to run it in."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"


def build_frozen_app(parent: Path) -> Path:
    """Run PyInstaller on build.spec into `parent`; returns the dist folder (holding sellerdesk/)."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip('PyInstaller is not installed (pip install -e ".[build]")')
    dist, work = parent / "dist", parent / "work"
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
    return dist


def fresh_user_env(home: Path) -> dict[str, str]:
    """The environment of a first launch by a fresh user: empty HOME and XDG folders, no overrides."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SELLERDESK_", "XDG_", "QT_"))}
    env.pop("MPLCONFIGDIR", None)
    env.pop("MPLBACKEND", None)
    runtime = home / "run"
    for sub in ("config", "data", "cache", "state"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    runtime.mkdir(mode=0o700, exist_ok=True)
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


def run(command: list[str], env: dict[str, str], cwd: Path, timeout: int = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def output(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\nstdout:\n{result.stdout[-4000:]}\nstderr:\n{result.stderr[-8000:]}"


def tree_size(folder: Path) -> int:
    """Bytes in the files under `folder` (symbolic links count as links, not as their targets)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())

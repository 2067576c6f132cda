"""Shared fixtures: a fresh shop file per test, opened through the app's own `Store.open`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The record helpers (tests/unit/shopkit.py) are importable from every test module.
sys.path.insert(0, str(Path(__file__).parent / "unit"))

from sellerdesk.store.store import Store  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.sellerdesk"


@pytest.fixture
def store(db_path: Path):
    shop = Store.open(db_path)
    try:
        yield shop
    finally:
        shop.close()


@pytest.fixture(scope="session")
def frozen_dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app frozen with PyInstaller (build.spec), once per session for every slow test that needs
    it (tests/test_frozen_build.py, tests/test_packaging.py): the dist folder holding sellerdesk/."""
    from frozen import build_frozen_app

    return build_frozen_app(tmp_path_factory.mktemp("frozen"))

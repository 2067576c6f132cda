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

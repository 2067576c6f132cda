"""A shop file from an older SellerDesk opens through its migrations on a worker, the window's thread
free meanwhile, and comes out with every migration and its figures recomputed."""

from __future__ import annotations

import shutil
from pathlib import Path

from sellerdesk.store.migrations import STEP_NAMES
from sellerdesk.ui.upgrade import needs_upgrade, open_store

V6_SHOP = Path(__file__).resolve().parents[1] / "fixtures" / "shop_v6.sellerdesk"


def test_an_older_shop_is_upgraded_off_the_gui_thread(tmp_path, qapp):
    path = tmp_path / "shop.sellerdesk"
    shutil.copyfile(V6_SHOP, path)
    assert needs_upgrade(path)
    store = open_store(path)
    try:
        applied = [r[0] for r in store.db.execute("SELECT name FROM _sqlite_migrations")]
        assert applied == list(STEP_NAMES)
        assert store.db.execute("SELECT count(*) FROM orders").fetchone()[0] == 80
    finally:
        store.close()
    assert not needs_upgrade(path)


def test_a_current_or_new_shop_opens_directly(tmp_path, qapp):
    path = tmp_path / "new.sellerdesk"
    assert not needs_upgrade(path)
    open_store(path).close()
    assert not needs_upgrade(path)

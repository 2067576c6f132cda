"""Where the shop file lives: the platform's app-data folder, overridable for tests and power users."""

from __future__ import annotations

import os
from pathlib import Path

from sellerdesk import APP_NAME

DB_ENV = "SELLERDESK_DB"
DB_FILENAME = "shop.sellerdesk"


def default_db_path() -> Path:
    """`$SELLERDESK_DB`, else e.g. ~/.local/share/SellerDesk/shop.sellerdesk on Linux."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir  # here: a command given --db never needs it

    return Path(user_data_dir(APP_NAME, appauthor=False)) / DB_FILENAME


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))

"""PyInstaller run-time hook (build.spec): matplotlib's config folder, seeded with the font cache.

PyInstaller's own hook (pyi_rth_mplconfig, which build.spec drops) points MPLCONFIGDIR at a new
temporary folder on every launch, so matplotlib would scan the fonts each time (about a
second). A onedir bundle has a stable path: SellerDesk uses a persistent per-user folder, and
copies into it the font cache built with the bundle (packaging/fontcache.py), so not even the
first launch scans fonts. A newer bundle (an upgrade) brings a newer cache and replaces the
copy; a cache matplotlib rebuilt itself is newer than the bundle's and stays.
"""

import os
import shutil
import sys
from pathlib import Path


def _seed_matplotlib_cache() -> None:
    if "MPLCONFIGDIR" in os.environ:
        return  # the user's own choice: leave it and its cache alone
    from sellerdesk.paths import config_dir

    folder = config_dir() / "matplotlib"
    os.environ["MPLCONFIGDIR"] = str(folder)
    for cache in (Path(sys._MEIPASS) / "mpl-cache").glob("fontlist-v*.json"):
        target = folder / cache.name
        try:
            if target.exists() and target.stat().st_mtime >= cache.stat().st_mtime:
                continue
            folder.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{cache.name}.{os.getpid()}")
            shutil.copy2(cache, partial)  # keeps the bundle's mtime: the comparison above
            os.replace(partial, target)
        except OSError:
            pass  # an unwritable folder: matplotlib builds (or skips) its cache by itself


_seed_matplotlib_cache()

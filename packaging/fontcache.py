"""Build matplotlib's font cache for the frozen app, at build time.

    python packaging/fontcache.py OUT_DIR FONT...

FONT is a font file path relative to matplotlib's data folder (mpl-data), as the bundle ships it
(fonts/ttf/DejaVuSans.ttf ...). Writes OUT_DIR/fontlist-vNNN.json listing those fonts only: the
build machine's system fonts would be missing on the user's machine, and matplotlib rebuilds its
whole cache (about a second) when a cached font file is missing. matplotlib stores fonts inside
its data folder as relative paths, so the cache holds wherever the bundle is installed.
packaging/pyi_rth_sellerdesk.py copies it into the user's matplotlib folder on launch.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def build(out_dir: Path, shipped: set[str]) -> Path:
    with tempfile.TemporaryDirectory(prefix="sellerdesk-mplconfig-") as scratch:
        os.environ["MPLCONFIGDIR"] = scratch  # leave the builder's own cache alone
        import matplotlib
        from matplotlib import font_manager

        data = Path(matplotlib.get_data_path())
        manager = font_manager.FontManager()

        def ships(entry: font_manager.FontEntry) -> bool:
            path = Path(entry.fname)
            return path.is_relative_to(data) and path.relative_to(data).as_posix() in shipped

        manager.ttflist = [entry for entry in manager.ttflist if ships(entry)]
        manager.afmlist = [entry for entry in manager.afmlist if ships(entry)]
        if not manager.ttflist:
            raise SystemExit(f"fontcache: none of the {len(shipped)} shipped fonts is in {data}")
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"fontlist-v{font_manager.FontManager.__version__}.json"
        font_manager.json_dump(manager, target)
        return target


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: fontcache.py OUT_DIR FONT...", file=sys.stderr)
        return 2
    target = build(Path(argv[0]), set(argv[1:]))
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

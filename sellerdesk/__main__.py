"""`python -m sellerdesk` and the `sellerdesk` command."""

from __future__ import annotations

import sys


def import_sqlite_utils_without_numpy() -> None:
    """Import sqlite-utils with numpy and pandas hidden.

    sqlite-utils imports them, if installed, only to map their scalar types to column types;
    SellerDesk never stores numpy or pandas values. numpy alone costs ~0.1 s of every start of
    the window and of every `sellerdesk status`. matplotlib imports numpy later, as usual.
    """
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # `import name` now raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            del sys.modules[name]


def main() -> int:
    import_sqlite_utils_without_numpy()
    from sellerdesk.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())

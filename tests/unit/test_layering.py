"""`core` and `store` never import Qt (DESIGN.md): the headless commands and tests stay light."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import sellerdesk.core
import sellerdesk.store


def modules(package) -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + "."))


def test_core_and_store_import_no_qt():
    names = modules(sellerdesk.core) + modules(sellerdesk.store)
    assert {"sellerdesk.core.odr", "sellerdesk.store.standards", "sellerdesk.store.store"} <= set(names)
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert not qt, qt\n"
        "print('ok', len(" + repr(names) + "))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok")

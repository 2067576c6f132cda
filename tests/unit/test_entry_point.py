"""The `sellerdesk` entry point: headless commands start without numpy or sqlite-utils, and sqlite-utils,
when it loads, brings no numpy."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

STATUS_THEN_MODULES = """
import sys
from sellerdesk.__main__ import main
sys.argv = ["sellerdesk", "status", "--db", sys.argv[1], "--as-of", "2026-06-30"]
code = main()
print("exit", code, "numpy" in sys.modules, "sqlite_utils" in sys.modules)
"""


def test_status_runs_without_importing_numpy_or_sqlite_utils(store):
    from shopkit import add_orders, add_review

    ids = add_orders(store, "o", 200, date(2026, 4, 10))
    add_review(store, ids[0], "2026-04-20", 1)
    store.close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))}
    done = subprocess.run(
        [sys.executable, "-c", STATUS_THEN_MODULES, str(store.path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.strip().splitlines()
    assert lines[-1] == "exit 0 False False"
    assert "0.50%  (1 of 200)" in done.stdout  # the status itself, as usual


def test_numpy_imports_normally_afterwards():
    code = (
        "import sys\n"
        "from sellerdesk.store.connection import load_sqlite_utils\n"
        "load_sqlite_utils()\n"
        "assert 'sqlite_utils' in sys.modules and 'numpy' not in sys.modules\n"
        "import sqlite_utils, numpy\n"
        "print(numpy.zeros(2).tolist(), 'numpy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "[0.0, 0.0] True"

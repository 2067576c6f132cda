"""Start-up time as a new user feels it (issue 10): process start to the main window's first paint.

    python bench/startup.py [--db SHOP] [--frozen DIST] [--runs 5]

Side by side in one run, offscreen, the kinds taking turns (so a busy machine slows them alike):
a bare PySide6 QMainWindow, `python -m sellerdesk --db SHOP` from source, and with --frozen the
frozen app (DIST/sellerdesk/sellerdesk after `pyinstaller build.spec --distpath DIST`); then
`sellerdesk status` on the same shop as a whole process. Without --db a 1,500-order demo shop is
made in a temporary folder. Every process gets an empty, temporary settings folder.

The windows report their first paint through SELLERDESK_REPORT_FIRST_PAINT (ui/startup_report.py)
and quit; the time counted is from just before the process is started to that paint.

Figures (medians of --runs):
  bare_window_s             a bare PySide6 QMainWindow
  source_start_to_window_s  sellerdesk from source
  source_start_ratio        the two above, divided (target <= 2.5)
  frozen_start_to_window_s  the frozen app (target < 1.0)
  status_process_s          `python -m sellerdesk status --db SHOP`, the whole process (target < 0.4)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, figure, note  # noqa: E402

REPORT_ENV = "SELLERDESK_REPORT_FIRST_PAINT"
TIMEOUT_S = 120

# The same report as sellerdesk/ui/startup_report.py, without importing SellerDesk.
BARE_WINDOW = """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Report(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "done"):
            self.done = True
            with open(os.environ["SELLERDESK_REPORT_FIRST_PAINT"], "w") as f:
                json.dump({"first_paint": time.time(), "matplotlib_loaded": False}, f)
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1100, 800)
report = Report(window)
window.installEventFilter(report)
window.show()
sys.exit(app.exec())
"""


def frozen_executable(dist: Path) -> Path:
    for candidate in (dist, dist / "sellerdesk", dist / "sellerdesk" / "sellerdesk"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise SystemExit(f"no frozen sellerdesk executable in {dist}; build it with `pyinstaller build.spec`")


def isolated_env(home: Path) -> dict[str, str]:
    """Offscreen, with settings and caches in `home` (a frozen build's matplotlib cache lives there too).

    Bytecode caches are written (into `home`) and used, as in any installed Python package: with
    PYTHONDONTWRITEBYTECODE every start would compile SellerDesk's modules again (~0.2 s)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SELLERDESK_", "XDG_", "QT_", "MPL"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for sub in ("config", "data", "cache", "state"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    env.update(
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
    )
    return env


def time_to_first_paint(command: list[str], env: dict[str, str], report: Path) -> float:
    report.unlink(missing_ok=True)
    start = time.time()
    try:
        done = subprocess.run(
            command, env={**env, REPORT_ENV: str(report)}, capture_output=True, text=True, timeout=TIMEOUT_S
        )
    except subprocess.TimeoutExpired:
        raise SystemExit(
            f"{command[0]} did not paint within {TIMEOUT_S} s: waiting in a dialog? (a frozen build older than "
            "the source refuses a shop the source made: build it again)"
        ) from None
    if done.returncode != 0 or not report.exists():
        raise SystemExit(f"{' '.join(command)} exited {done.returncode} without a first paint:\n{done.stderr[-3000:]}")
    result = json.loads(report.read_text())
    if result["matplotlib_loaded"]:
        note(f"{command[-1]}: matplotlib was already imported at the first paint")
    if result.get("sqlite_utils_loaded"):
        note(f"{command[-1]}: sqlite-utils was already imported at the first paint")
    return result["first_paint"] - start


def time_process(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}:\n{done.stderr[-3000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="shop file (default: a new 1,500-order demo shop)")
    parser.add_argument("--frozen", type=Path, metavar="DIST", help="PyInstaller dist folder (or the executable)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="sd-startup-") as tmp:
        folder = Path(tmp)
        env = isolated_env(folder / "home")
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
        shop = args.db
        if shop is None:
            shop = folder / "demo.sellerdesk"
            time_process([sys.executable, "-m", "sellerdesk", "demo", "--db", str(shop)], env)
        elif not shop.exists():
            print(f"{shop} does not exist; make one with `sellerdesk demo --db {shop}`", file=sys.stderr)
            return 2
        report = folder / "first-paint.json"
        kinds: dict[str, list[str]] = {
            "bare_window_s": [sys.executable, "-c", BARE_WINDOW],
            "source_start_to_window_s": [sys.executable, "-m", "sellerdesk", "--db", str(shop)],
        }
        if args.frozen:
            kinds["frozen_start_to_window_s"] = [str(frozen_executable(args.frozen)), "--db", str(shop)]
        status = [sys.executable, "-m", "sellerdesk", "status", "--db", str(shop)]

        for command in kinds.values():  # once untimed: bytecode caches, the disk cache, a frozen font cache
            time_to_first_paint(command, env, report)
        time_process(status, env)
        times: dict[str, list[float]] = {name: [] for name in [*kinds, "status_process_s"]}
        for _ in range(args.runs):
            for name, command in kinds.items():
                times[name].append(time_to_first_paint(command, env, report))
            times["status_process_s"].append(time_process(status, env))

    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        note(f"{name}: " + " ".join(f"{v:.3f}" for v in values))
    figure("source_start_to_window_s", medians["source_start_to_window_s"], "s")
    figure("bare_window_s", medians["bare_window_s"], "s")
    figure("source_start_ratio", medians["source_start_to_window_s"] / medians["bare_window_s"])
    if "frozen_start_to_window_s" in medians:
        figure("frozen_start_to_window_s", medians["frozen_start_to_window_s"], "s")
    figure("status_process_s", medians["status_process_s"], "s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

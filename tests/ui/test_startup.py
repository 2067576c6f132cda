"""Starting the window: the first paint comes before matplotlib and sqlite-utils load, and no display gives one
clear line.

Each start runs in its own process: other tests have long imported matplotlib in this one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The main window on a shop: at its first paint, is matplotlib loaded and what do the ODR gauge and
# the sidebar show; then scroll to the dashboard's charts, wait for them (30 s at most), report again.
FIRST_PAINT_THEN_CHARTS = textwrap.dedent(
    """
    import gc, json, sys
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QScrollArea
    from sellerdesk.store.store import Store
    from sellerdesk.ui.main_window import MainWindow
    from sellerdesk.ui.session import ShopSession

    app = QApplication(sys.argv[:1])
    window = MainWindow(ShopSession(Store.open(Path(sys.argv[1]))))
    window.resize(1200, 900)
    dashboard = window.pages[0]
    report = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and "first_paint" not in report:
                report["first_paint"] = {
                    "matplotlib": "matplotlib" in sys.modules,
                    "sqlite_utils": "sqlite_utils" in sys.modules,
                    "qt_network": "PySide6.QtNetwork" in sys.modules,
                    "gauge": dashboard.odr_gauge.state().value_text,
                    "sidebar": window.sidebar.count(),
                }
            return False

    def check():
        if "first_paint" in report:  # then scroll down to the charts
            dashboard.findChild(QScrollArea).ensureWidgetVisible(dashboard.charts["odr_trend"])
        drawn = [c for c in dashboard.charts.values() if not c.visibleRegion().isEmpty()]
        if drawn and all(c.is_drawn() for c in drawn):
            report["charts"] = {
                "drawn": len(drawn), "matplotlib": "matplotlib" in sys.modules, "frozen": gc.get_freeze_count()
            }
            app.quit()

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    poll = QTimer(interval=20, timeout=check)
    poll.start()
    QTimer.singleShot(30000, app.quit)
    app.exec()
    print(json.dumps(report))
    window.session.close()
    """
)


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SELLERDESK_", "XDG_", "QT_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])),
    )
    env.update(extra)
    return env


@pytest.fixture
def shop(tmp_path, demo_template) -> Path:
    target = tmp_path / "shop.sellerdesk"
    shutil.copyfile(demo_template, target)
    return target


def test_the_window_paints_its_gauges_and_sidebar_before_matplotlib_and_sqlite_utils_then_draws_charts(tmp_path, shop):
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_THEN_CHARTS, str(shop)],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    first = report["first_paint"]
    assert first["matplotlib"] is False
    assert first["sqlite_utils"] is False  # loaded when first needed (store/connection.py), not to paint
    assert first["qt_network"] is False  # the window listens for a second launch once it has painted
    assert first["gauge"].endswith("%")  # the ODR gauge already shows the shop's figure
    assert first["sidebar"] == 8
    assert report["charts"]["drawn"] >= 1, report  # and the charts come afterwards
    assert report["charts"]["matplotlib"] is True
    assert report["charts"]["frozen"] == 0  # what the quick import froze is the collector's again


def test_sellerdesk_reports_its_first_paint_and_quits(tmp_path, shop):
    report = tmp_path / "first-paint.json"
    done = subprocess.run(
        [sys.executable, "-m", "sellerdesk", "--db", str(shop)],
        env=_env(tmp_path, SELLERDESK_REPORT_FIRST_PAINT=str(report)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(report.read_text())
    assert figures["matplotlib_loaded"] is False
    assert figures["sqlite_utils_loaded"] is False
    assert figures["first_paint"] > 0


# `sellerdesk --db SHOP`, watching its first paint instead of quitting at it (startup_report's filter).
GC_AROUND_FIRST_PAINT = textwrap.dedent(
    """
    import gc, sys
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QApplication
    import sellerdesk.ui.startup_report as report

    def first_paint(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print("at the first paint", gc.isenabled())
            QTimer.singleShot(0, lambda: after_it(50))
        return False

    def after_it(tries_left):
        # The chart worker pauses the collector while it imports matplotlib (ui/widgets/chart_import.py):
        # give it up to 5 s to be on again.
        if gc.isenabled() or not tries_left:
            print("after it", gc.isenabled())
            QApplication.quit()
        else:
            QTimer.singleShot(100, lambda: after_it(tries_left - 1))

    report.FirstPaintReport.eventFilter = first_paint
    sys.argv = ["sellerdesk", "--db", sys.argv[1]]
    from sellerdesk.__main__ import main
    code = main()
    print("after the window", gc.isenabled())
    sys.exit(code)
    """
)


def test_the_garbage_collector_waits_for_the_first_paint_then_runs_again(tmp_path, shop):
    done = subprocess.run(
        [sys.executable, "-c", GC_AROUND_FIRST_PAINT, str(shop)],
        env=_env(tmp_path, SELLERDESK_REPORT_FIRST_PAINT=str(tmp_path / "unused.json")),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.splitlines() == ["at the first paint False", "after it True", "after the window True"]


@pytest.mark.parametrize("args", [[], ["--smoke-test"]])
def test_without_a_display_one_line_says_so(tmp_path, shop, args):
    env = _env(tmp_path)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "sellerdesk", "--db", str(shop), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        "sellerdesk: no graphical display; set DISPLAY (or WAYLAND_DISPLAY) or use `sellerdesk status`"
    ]


@pytest.mark.parametrize(
    ("environ", "missing"),
    [
        ({}, True),
        ({"DISPLAY": ":0"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "minimal"}, False),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),  # xcb asked for, no X server
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, False),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, True),
    ],
)
def test_missing_display_on_linux(environ, missing):
    from sellerdesk.ui.app import missing_display

    assert missing_display(environ, "linux") is missing


def test_other_systems_always_have_a_display():
    from sellerdesk.ui.app import missing_display

    assert missing_display({}, "win32") is False
    assert missing_display({}, "darwin") is False


def test_the_smoke_test_draws_the_charts_and_fails_without_matplotlib(tmp_path, shop):
    done = subprocess.run(
        [sys.executable, "-m", "sellerdesk", "--smoke-test", "--db", str(shop)],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().endswith(", 4 charts drawn")

    broken = tmp_path / "broken"
    (broken / "matplotlib").mkdir(parents=True)
    (broken / "matplotlib" / "__init__.py").write_text("raise ImportError('matplotlib left out of the bundle')\n")
    env = _env(tmp_path)
    env["PYTHONPATH"] = os.pathsep.join([str(broken), env["PYTHONPATH"]])
    done = subprocess.run(
        [sys.executable, "-m", "sellerdesk", "--smoke-test", "--db", str(shop)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 1
    assert done.stdout.startswith("SMOKE FAILED: Could not save ")
    assert "matplotlib left out of the bundle" in done.stdout

"""Application bootstrap: QApplication, translations, the shop session, the main window, smoke test."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

from sellerdesk import APP_NAME
from sellerdesk.paths import config_dir


def _prepare_environment() -> None:
    # A frozen build would otherwise rebuild matplotlib's font cache on every launch (~1 s).
    if getattr(sys, "frozen", False) and "MPLCONFIGDIR" not in os.environ:
        folder = config_dir() / "matplotlib"
        folder.mkdir(parents=True, exist_ok=True)
        os.environ["MPLCONFIGDIR"] = str(folder)


#: Qt platforms that need a display server, and the variable that names it.
DISPLAY_VARIABLES = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY", "wayland-egl": "WAYLAND_DISPLAY"}
NO_DISPLAY = "sellerdesk: no graphical display; set DISPLAY (or WAYLAND_DISPLAY) or use `sellerdesk status`"


def missing_display(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """True when Qt would find no screen and abort with its own (xcb) message: on Linux and the BSDs,
    no DISPLAY or WAYLAND_DISPLAY for the platforms Qt would try. offscreen, minimal and other
    display-free platforms (QT_QPA_PLATFORM) need none."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    asked = [part.split(":")[0].strip() for part in environ.get("QT_QPA_PLATFORM", "").split(";") if part.strip()]
    platforms = asked or ["xcb", "wayland"]  # Qt's own choice on these systems
    if any(name not in DISPLAY_VARIABLES for name in platforms):
        return False  # offscreen, minimal, eglfs, vnc...: no display server involved
    return not any(environ.get(DISPLAY_VARIABLES[name]) for name in platforms)


def run_gui(db_path: Path | None, demo: bool = False, smoke_test: bool = False) -> int:
    if missing_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    _prepare_environment()
    # Starting allocates some 35,000 objects that live as long as the window (modules, classes, Qt's enums);
    # looking for garbage cycles among them as they come costs ~10 ms before the first paint. The collector
    # is back on after that paint (see _run_window), before the welcome's questions, or on leaving.
    gc.disable()
    try:
        return _run_window(db_path, demo, smoke_test)
    finally:
        gc.enable()


def _run_window(db_path: Path | None, demo: bool, smoke_test: bool) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from sellerdesk.store.database import StoreError
    from sellerdesk.store.store import Store
    from sellerdesk.ui import theme
    from sellerdesk.ui.i18n import install_translations, preferred_locale, resources_dir
    from sellerdesk.ui.main_window import MainWindow
    from sellerdesk.ui.session import ShopSession
    from sellerdesk.ui.shop_problem import open_shop_or_ask
    from sellerdesk.ui.single_instance import bring_forward
    from sellerdesk.ui.startup_report import REPORT_ENV, FirstPaintReport

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    install_translations(app, preferred_locale())
    theme.apply(app)  # light, dark, or the system's (Settings > Appearance)
    theme.follow_system(app)
    icon = resources_dir() / "icons" / "sellerdesk.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    temp = None
    first_start = None  # the welcome's choice on a first start
    if demo or (smoke_test and db_path is None):
        from sellerdesk.io.demo import make_demo_shop

        temp = tempfile.TemporaryDirectory(prefix="sellerdesk-demo-")
        db_path = Path(temp.name) / "demo.sellerdesk"
        store = Store.open(db_path)
        make_demo_shop(store)
    else:
        assert db_path is not None
        if smoke_test:  # --smoke-test --db SHOP: that shop, and no dialog to wait on
            try:
                store = Store.open(db_path)
            except StoreError as exc:
                print(f"SMOKE FAILED: {exc}", flush=True)
                return 1
        else:
            if bring_forward(db_path):
                return 0  # the shop is open in another SellerDesk window: that window came forward
            if not db_path.exists():  # first start: import, the demo (its own file) or an empty shop
                from sellerdesk.ui.welcome import run_welcome

                gc.enable()  # the welcome waits for the seller's choice
                first_start = run_welcome(db_path)
                if first_start is None:
                    return 0
            # A damaged, busy or newer file: say why, offer another shop, a backup or a new shop.
            opened = first_start.store if first_start else open_shop_or_ask(db_path)
            if opened is None:
                return 1
            store = opened
    session = ShopSession(store)
    window = MainWindow(session)
    if temp is None and not smoke_test and not (first_start and first_start.demo):
        # Not for a demo shop, which goes away at exit; checked (and started) once the window has painted.
        window.after_first_paint(window.backups.enable_daily)
    window.after_first_paint(gc.enable)
    report = os.environ.get(REPORT_ENV)
    if report:
        FirstPaintReport(window, Path(report))
    window.show()
    if first_start is not None:
        first_start.finish(window)  # the chosen Etsy downloads: preview, then import
    if smoke_test:
        return _smoke(app, window, QTimer, demo_shop=temp is not None)
    code = app.exec()
    _finish_charts()
    window.session.close()
    if temp is not None:
        temp.cleanup()
    return code


def _smoke(app, window, timer_cls, demo_shop: bool = True) -> int:  # noqa: ANN001 - Qt types imported lazily
    """Open every page, compute the figures, draw the dashboard's charts (matplotlib on the chart worker,
    written as PNG files), and report. The demo shop must show every gauge; a shop given with --db only
    has to open, compute and draw (it may hold no orders yet)."""
    result = {"code": 1}
    folder = tempfile.TemporaryDirectory(prefix="sellerdesk-smoke-")
    written: list[Path] = []
    problems: list[str] = []
    dashboard = next(page for page in window.pages if page.key == "dashboard")
    charts = [chart for key, chart in dashboard.charts.items() if key != "projection"]

    def finish(line: str, code: int) -> None:
        print(line, flush=True)
        result["code"] = code
        window.close()
        app.quit()

    def check() -> None:
        status = window.session.status()
        odr = status["odr"]
        for row in range(len(window.pages)):
            window.sidebar.setCurrentRow(row)
        computed = (
            odr["orders"] > 0 and odr["rate"] is not None and status["standards"]["on_time_shipping"]["total"] > 0
        )
        if not computed and demo_shop:
            finish("SMOKE FAILED: the demo shop's figures did not compute", 1)
            return
        result["figures"] = f"{len(window.pages)} pages, ODR {odr['problem_orders']}/{odr['orders']}"
        wait_for_charts()

    def wait_for_charts(waited_ms: int = 0) -> None:
        if problems:
            finish(f"SMOKE FAILED: {problems[0]}", 1)
        elif len(written) == len(charts):
            drawn = sum(path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for path in written)
            code = 0 if drawn == len(charts) else 1
            finish(f"SMOKE {'OK' if code == 0 else 'FAILED'}: {result['figures']}, {drawn} charts drawn", code)
        elif waited_ms > 120_000:
            finish(f"SMOKE FAILED: {len(written)} of {len(charts)} charts drawn in two minutes", 1)
        else:
            if "saving" not in result and all(chart.has_data() for chart in charts) and not dashboard.model.loading:
                result["saving"] = "yes"
                for number, chart in enumerate(charts):
                    chart.saved.connect(lambda path: written.append(Path(path)))
                    chart.save_png(Path(folder.name) / f"chart-{number}.png", on_failed=problems.append)
            timer_cls.singleShot(50, lambda: wait_for_charts(waited_ms + 50))

    timer_cls.singleShot(0, check)
    app.exec()
    _finish_charts()
    window.session.close()
    folder.cleanup()
    return result["code"]


def _finish_charts() -> None:
    """Let the chart worker finish its drawing (a second at most) before Python shuts down under it."""
    from sellerdesk.ui.widgets.charts import chart_pool

    chart_pool().waitForDone()

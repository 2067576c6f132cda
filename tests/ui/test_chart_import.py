"""matplotlib's quick import for the charts leaves the interpreter as it found it, and the charts draw.

It runs in its own process: other tests have long imported matplotlib in this one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import gc, json, sys
import PySide6.QtCore  # PySide6 first, as in the window: its import hook is then in place
feature = sys.modules.get("shibokensupport.feature")
hook = getattr(feature, "_mod_uses_pyside", None)
sys.setswitchinterval(0.004)
from sellerdesk.ui.widgets.chart_import import import_matplotlib, thaw
import_matplotlib()
frozen = gc.get_freeze_count()
thaw()
import matplotlib.artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
figure = Figure(figsize=(2, 1), dpi=50)
FigureCanvasAgg(figure)
figure.add_subplot().plot([0, 1], [0, 1])
figure.canvas.draw()
print(json.dumps({
    "switch": sys.getswitchinterval(),
    "collector": gc.isenabled(),
    "frozen_then_thawed": [frozen > 10000, gc.get_freeze_count()],
    "kwdoc": matplotlib.artist.kwdoc.__module__ + "." + matplotlib.artist.kwdoc.__name__,
    "hook_kept": getattr(feature, "_mod_uses_pyside", None) is hook,
    # PySide6's own answer (its source names PySide6: 0, else -1) for every module the import brought in
    "hook_checked": 0 if feature is None else sum(n.startswith("matplotlib") for n in feature.pyside_feature_dict),
    "hook_differs": [] if feature is None else [
        name for name, module in list(sys.modules.items())
        if name.startswith(("matplotlib", "PIL", "pyparsing", "cycler", "fontTools", "kiwisolver", "dateutil"))
        and name in feature.pyside_feature_dict
        and feature.pyside_feature_dict[name] != (0 if hook(module) else -1)
    ],
    "modules": sorted(n for n in ("mpl_toolkits.mplot3d", "matplotlib.pyplot") if n in sys.modules),
    "drawn": figure.canvas.buffer_rgba().shape[:2],
}))
"""


def test_the_quick_import_restores_what_it_changes_and_the_charts_draw():
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["switch"] == 0.004
    assert report["collector"] is True
    assert report["frozen_then_thawed"] == [True, 0]  # frozen for the first charts, then the collector's again
    assert report["kwdoc"] == "matplotlib.artist.kwdoc"
    assert report["hook_kept"] is True and report["hook_differs"] == []
    assert report["modules"] == []  # no 3-D toolkit, no pyplot
    assert report["drawn"] == [50, 100]

"""matplotlib's import for the charts, on the chart worker, in about half the time it takes plainly.

Only what the charts use: `matplotlib.figure` and the Agg canvas, never pyplot or the Qt backends. The import
is pure Python (~0.3 s) and runs while the dashboard reads its data and the window paints, so it is made
cheaper and easier to share:

- `mpl_toolkits.mplot3d` is left out (~30 ms): while `matplotlib.projections` loads, its
  `from mpl_toolkits.mplot3d import Axes3D` finds a stand-in whose Axes3D is None, and matplotlib then leaves
  the "3d" projection out without a warning. No chart here is 3-D.
- matplotlib writes every artist's property list into docstrings as its classes are made (`artist.kwdoc`,
  a quarter of the import); help() is never read here, so those lists are left empty.
- PySide6 reads the source of every module imported after it, through `inspect`, to see whether it names
  PySide6 (its `__feature__` switch); the same question is answered from the file's bytes.
- The cyclic garbage collector is paused: the import makes ~100k objects that live until exit, and walking
  them over and over took a fifth of it. Then every object alive is frozen (`gc.freeze`) until the charts
  waiting to be drawn are drawn (`thaw`): otherwise the walk the pause saved lands in those renders. Thawed,
  they are the collector's again (a window object that turns into cyclic garbage later is reclaimed as
  before); its next full pass walks them once, in no chart's way.
- Other threads get the interpreter back within half a millisecond instead of 5 ms (`sys.setswitchinterval`):
  the window and the reads ask for it after every Qt call or SQLite step.
"""

from __future__ import annotations

import gc
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

#: seconds another thread waits at most for the interpreter while matplotlib is being imported
SWITCH_INTERVAL = 0.0005
#: matplotlib.projections imports its 3-D toolkit to register the "3d" projection
_NO_3D = "mpl_toolkits.mplot3d"
#: objects are frozen since the import (thaw gives them back to the collector)
_frozen = False


def import_matplotlib() -> None:
    """Import matplotlib.figure and the Agg canvas, once (later calls return at once)."""
    if "matplotlib.figure" in sys.modules:
        return
    with _sharing_the_interpreter(), _collector_paused(), _pyside_reads_bytes(), _without_3d():
        import matplotlib.artist

        kwdoc = getattr(matplotlib.artist, "kwdoc", None)  # a later matplotlib without it: imported as it is
        if kwdoc is not None:
            matplotlib.artist.kwdoc = _no_property_list
        try:
            import matplotlib.backends.backend_agg
            import matplotlib.figure  # noqa: F401
        finally:
            if kwdoc is not None:
                matplotlib.artist.kwdoc = kwdoc


def _no_property_list(artist: Any) -> str:
    return ""


@contextmanager
def _sharing_the_interpreter() -> Iterator[None]:
    switch = sys.getswitchinterval()
    sys.setswitchinterval(min(switch, SWITCH_INTERVAL))
    try:
        yield
    finally:
        sys.setswitchinterval(switch)


@contextmanager
def _collector_paused() -> Iterator[None]:
    if not gc.isenabled():
        yield
        return
    global _frozen
    gc.disable()
    try:
        yield
        gc.freeze()
        _frozen = True
    finally:
        gc.enable()


def thaw() -> None:
    """Give the objects frozen after the import back to the collector (the chart worker, once idle)."""
    global _frozen
    if _frozen:
        _frozen = False
        gc.unfreeze()


@contextmanager
def _pyside_reads_bytes() -> Iterator[None]:
    feature = sys.modules.get("shibokensupport.feature")
    uses_pyside = getattr(feature, "_mod_uses_pyside", None)
    if uses_pyside is None:
        yield
        return
    feature._mod_uses_pyside = _names_pyside(uses_pyside)
    try:
        yield
    finally:
        feature._mod_uses_pyside = uses_pyside


def _names_pyside(slow: Callable[[types.ModuleType], bool]) -> Callable[[types.ModuleType], bool]:
    """PySide6's test ("PySide6" in the module's source) on the file's bytes; `slow` where there is no file."""

    def uses_pyside(module: types.ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return slow(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return slow(module)

    return uses_pyside


@contextmanager
def _without_3d() -> Iterator[None]:
    if _NO_3D in sys.modules:
        yield
        return
    stand_in = types.ModuleType(_NO_3D)
    stand_in.Axes3D = None  # type: ignore[attr-defined]
    sys.modules[_NO_3D] = stand_in
    try:
        yield
    finally:
        del sys.modules[_NO_3D]

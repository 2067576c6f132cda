"""What long io work (imports, exports, backups, restores, reports) takes from its caller: a progress
report (a fraction and a text) and a Cancel check; by default, none of either."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]


def quiet(fraction: float, text: str) -> None:
    """The default progress report: none."""


def never() -> bool:
    """The default Cancel check: never."""
    return False

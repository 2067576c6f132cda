"""Helpers shared by the benchmarks: figures printed one per line, timers, argument types."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

# Run as `python bench/x.py` from a checkout without installing: make `sellerdesk` importable.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def figure(name: str, value: float | int | str, unit: str = "") -> None:
    """Print one measured figure as `name: value unit` (floats with 1 decimal, or 2 below 10)."""
    text = str(value)
    if isinstance(value, float):
        text = f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}"
    print(f"{name}: {text} {unit}".rstrip(), flush=True)


def note(text: str) -> None:
    """A remark that is not a figure (kept on stderr so stdout stays parseable)."""
    print(f"# {text}", file=sys.stderr, flush=True)


def iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; expected YYYY-MM-DD") from None


@contextmanager
def timer() -> Iterator[list[float]]:
    """`with timer() as t: ...` then `t[0]` is the elapsed seconds, `t[1]` this process's CPU seconds."""
    box = [0.0, 0.0]
    start, cpu = time.perf_counter(), time.process_time()
    try:
        yield box
    finally:
        box[0] = time.perf_counter() - start
        box[1] = time.process_time() - cpu


def median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000.0


def file_size_mb(path: Path) -> float:
    total = 0
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            total += p.stat().st_size
    return total / 1_000_000

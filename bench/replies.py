"""Saved-reply checking as the editor runs it on every keystroke (issue 9 item 8): templates full of
mistakes, pasted in. Quadratic before (80,000 bad placeholders: ~10 s); one pass now.

    python bench/replies.py [--count 80000] [--runs 3]

Figures (best of --runs, milliseconds):
  reply_check_80k_unknown_ms     80,000 `{bad}` placeholders on one line
  reply_check_80k_lines_ms       80,000 lines, each with an unknown placeholder
  reply_check_80k_unclosed_ms    80,000 `{` that never close
  reply_render_good_ms           the same length of ordinary text with 20,000 good placeholders
  reply_scaling_ratio            unknown placeholders: time for 2N / time for N (2.0 = linear, 4.0 = quadratic)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import figure, note  # noqa: E402

from sellerdesk.core.replies import check, render  # noqa: E402


def best_ms(work, runs: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=80_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    n = args.count
    note(f"{n:,} mistakes per template; best of {args.runs}")
    unknown = "{bad}" * n
    assert len(check(unknown)) == n
    figure(f"reply_check_{n // 1000}k_unknown_ms", best_ms(lambda: check(unknown), args.runs), "ms")
    lines = "Hi {bad}\n" * n
    figure(f"reply_check_{n // 1000}k_lines_ms", best_ms(lambda: check(lines), args.runs), "ms")
    unclosed = "{x" * n
    assert len(check(unclosed)) == n
    figure(f"reply_check_{n // 1000}k_unclosed_ms", best_ms(lambda: check(unclosed), args.runs), "ms")
    good = "Hello {buyer}, your order {order_id} ships soon! " * (n // 4)
    values = {"buyer": "Ann", "order_id": "1234"}
    figure("reply_render_good_ms", best_ms(lambda: render(good, values), args.runs), "ms")
    half = "{bad}" * (n // 2)
    ratio = best_ms(lambda: check(unknown), args.runs) / best_ms(lambda: check(half), args.runs)
    figure("reply_scaling_ratio", ratio)


if __name__ == "__main__":
    main()

"""The readable `sellerdesk status` summary, from the status dict of the standards engine.

Every row has a verdict; date ranges are written as their first and last day, both included (the
engine's windows end the day before their `end`)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sellerdesk.core.standards import format_percent

VERDICTS = {True: "meets", False: "BELOW STANDARD", None: "nothing to judge yet"}


def count(n: int, noun: str) -> str:
    """'1 order', '2 orders' (the command line speaks English; the window has Qt's plural forms)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def day_range(span: dict[str, str]) -> str:
    """{'start': '2026-09-01', 'end': '2026-10-31'} -> '2026-09-01 – 2026-10-30' (the last day included)."""
    last = date.fromisoformat(span["end"]) - timedelta(days=1)
    return f"{span['start']} – {last.isoformat()}"


def _row(name: str, figure: str, detail: str, verdict: str, target: str) -> str:
    return f"  {name:<24} {figure:>7}  {detail:<16} {verdict}  [{target}]"


def _metric(name: str, m: dict[str, Any]) -> str:
    return _row(name, format_percent(m["count"], m["total"]), f"({m['count']} of {m['total']})",
                VERDICTS[m["meets"]], m["target"])  # fmt: skip


def _rate_row(name: str, problems: int, orders: int) -> str:
    verdict = "AT OR OVER THE LIMIT" if problems * 100 >= orders else "below the limit"
    return _row(name, format_percent(problems, orders, 2), f"({problems} of {orders})", verdict, "below 1.00%")


def _rating_row(rating: dict[str, Any]) -> str:
    average = rating["average"]
    shown = "—" if average is None else f"{int(average * 100) / 100:.2f}"  # Etsy truncates, never rounds up
    reviews = f"({count(rating['count'], 'review')})"
    return _row("average rating", shown, reviews, VERDICTS[rating["meets"]], rating.get("target", ">= 4.8"))


def _odr(odr: dict[str, Any]) -> list[str]:
    lines = [f"Order dissatisfaction rate — orders placed {day_range(odr['window'])}:"]
    n, k = odr["orders"], odr["problem_orders"]
    if n == 0:
        return [*lines, "  no orders in the window: no rate to judge yet"]
    lines += [_rate_row("with exclusions", k, n), _rate_row("strict (no exclusions)", odr["strict_problem_orders"], n)]
    if k * 100 >= n:
        more = count(odr["clean_orders_needed"], "more clean order")
        lines.append(f"  {more} in the window would bring the rate below 1%.")
    elif odr["headroom"]:
        more = odr["headroom"]
        lines.append(f"  {count(more, 'more problem order')} in the window would keep the rate below 1%.")
    else:
        lines.append("  No headroom: one more problem order in the window would put the rate at or over 1%.")
    c = odr["criteria"]
    mark = {True: "yes", False: "no"}
    lines += [
        "  Etsy warns only when all three hold:",
        f"    the rate is at or over 1%:                 {mark[c['rate_at_or_over_limit']]}",
        f"    3 or more problem orders since first sale:  {mark[c['three_since_first_sale']]} "
        f"({odr['problem_orders_all_time']})",
        f"    2 or more problem orders in the window:     {mark[c['two_in_window']]} ({k})",
        "  => " + ("a warning WOULD be sent." if odr["warning"] else "no warning would be sent."),
    ]
    for p in odr["pipeline"]:
        entry = p["on_entry"]
        rate = format_percent(entry["problem_orders"], entry["orders"], 2)
        lines.append(
            f"  Problem order {p['order_id']}, placed {p['order_date']}, enters the window on {p['enters']}: "
            f"the rate would then be {rate}."
        )
    return lines


def status_summary(status: dict[str, Any]) -> str:
    lines = [f"{status['shop']['name']} — as of {status['as_of']}", "", *_odr(status["odr"])]
    s = status["standards"]
    lines += [
        "",
        f"Customer Service Standards — {day_range(s['window'])}:",
        _metric("message response", s["message_response"]),
        _metric("on-time shipping", s["on_time_shipping"]),
        _metric("reviews <= 3 stars", s["reviews"]),
        _metric("case rate", s["case_rate"]),
    ]
    for title, key in (
        ("Star Seller, last evaluation", "last_evaluation"),
        ("Star Seller, running period", "running_period"),
    ):
        star = status["star_seller"][key]
        lines += [
            "",
            f"{title} — {day_range(star['period'])}: " + ("STAR SELLER" if star["star_seller"] else "not Star Seller"),
            _metric("messages within 24 h", star["message_response"]),
            _metric("on time with tracking", star["shipping"]),
            _rating_row(star["rating"]),
            _metric("case rate", star["case_rate"]),
        ]
    non_default = status.get("settings", {}).get("non_default") or []
    if non_default:
        lines += ["", f"Rule settings changed from their defaults: {', '.join(non_default)} (Settings > Rules)."]
    lines += _capacity(status.get("capacity"))
    return "\n".join(lines)


def _capacity(c: dict[str, Any] | None) -> list[str]:
    """RULES.md 7 in sentences."""
    if not c:
        return []
    span = c["pace_span"]
    lines = [
        "",
        "Can the shop ship what is coming?",
        f"  Pace: {c['pace_per_business_day']:.2f} orders a business day "
        f"({span['shipped']} shipped {span['start']} – {span['end']}).",
    ]
    if c["backlog"] == 0:
        lines.append("  Backlog: no open orders.")
    elif c["days_of_work"] is None:
        lines.append(f"  Backlog: {c['backlog']} open orders, and nothing shipped lately to clear them.")
    else:
        lines.append(f"  Backlog: {c['backlog']} open orders, {c['days_of_work']:.1f} business days of work.")
    late = c["projected_late"]
    if late:
        shown = ", ".join(late[:10]) + (f" and {len(late) - 10} more" if len(late) > 10 else "")
        lines.append(f"  At this pace {count(len(late), 'open order')} would miss their ship-by date: {shown}.")
    else:
        lines.append("  At this pace every open order ships by its ship-by date.")
    verdict = "A SURGE" if c["surge"] else "No surge"
    lines.append(
        f"  {verdict}: {count(c['orders_last_7_days'], 'order')} in the last 7 days against a weekly average of "
        f"{c['weekly_average_before']:.1f} over the 8 weeks before (a surge is more than 1.5 times)."
    )
    return lines

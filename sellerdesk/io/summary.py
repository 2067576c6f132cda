"""The readable `sellerdesk status` summary, from the status dict of the standards engine."""

from __future__ import annotations

from typing import Any

from sellerdesk.core.standards import format_percent


def _metric(name: str, m: dict[str, Any]) -> str:
    verdict = {True: "meets", False: "BELOW STANDARD", None: "nothing to judge yet"}[m["meets"]]
    figure = format_percent(m["count"], m["total"])
    return f"  {name:<22} {figure:>7}  ({m['count']} of {m['total']})  {verdict}  [{m['target']}]"


def status_summary(status: dict[str, Any]) -> str:
    odr = status["odr"]
    w = odr["window"]
    lines = [
        f"{status['shop']['name']} — as of {status['as_of']}",
        "",
        f"Order dissatisfaction rate (orders placed {w['start']} to before {w['end']}):",
    ]
    if odr["orders"] == 0:
        lines.append("  no orders in the window")
    else:
        lines.append(
            f"  {format_percent(odr['problem_orders'], odr['orders'], 2)} "
            f"({odr['problem_orders']} problem orders of {odr['orders']}); limit: below 1.00%"
        )
        lines.append(
            f"  strict (no exclusions): {format_percent(odr['strict_problem_orders'], odr['orders'], 2)} "
            f"({odr['strict_problem_orders']})"
        )
        if odr["problem_orders"] * 100 >= odr["orders"]:
            lines.append(f"  {odr['clean_orders_needed']} more clean orders would bring you back under 1%")
        elif odr["headroom"]:
            lines.append(f"  headroom: {odr['headroom']} more problem order(s) keep you under 1%")
        else:
            lines.append("  headroom: none; one more problem order would put you at or over 1%")
    c = odr["criteria"]
    mark = {True: "yes", False: "no"}
    lines += [
        "  warning criteria:",
        f"    ODR at or over 1%:                   {mark[c['rate_at_or_over_limit']]}",
        f"    3+ problem orders since first sale:  {mark[c['three_since_first_sale']]} "
        f"({odr['problem_orders_all_time']})",
        f"    2+ problem orders in the window:     {mark[c['two_in_window']]} ({odr['problem_orders']})",
        "  => " + ("a warning WOULD be sent" if odr["warning"] else "no warning would be sent"),
    ]
    for p in odr["pipeline"]:
        entry = p["on_entry"]
        rate = format_percent(entry["problem_orders"], entry["orders"], 2)
        lines.append(f"  coming: order {p['order_id']} ({p['order_date']}) enters {p['enters']} -> ODR {rate}")
    s = status["standards"]
    lines += ["", f"Customer Service Standards ({s['window']['start']} to before {s['window']['end']}):"]
    lines += [
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
        period = star["period"]
        rating = star["rating"]
        avg = "—" if rating["average"] is None else f"{int(rating['average'] * 100) / 100:.2f}"
        lines += [
            "",
            f"{title} ({period['start']} to before {period['end']}): "
            + ("STAR SELLER" if star["star_seller"] else "not Star Seller"),
            _metric("messages within 24 h", star["message_response"]),
            _metric("on time with tracking", star["shipping"]),
            f"  {'average rating':<22} {avg:>7}  ({rating['count']} reviews)  [>= 4.8]",
            _metric("case rate", star["case_rate"]),
        ]
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
        f"  pace: {c['pace_per_business_day']:.2f} orders a business day "
        f"({span['shipped']} shipped {span['start']} to {span['end']})",
    ]
    if c["backlog"] == 0:
        lines.append("  backlog: no open orders")
    elif c["days_of_work"] is None:
        lines.append(f"  backlog: {c['backlog']} open orders, and nothing shipped lately to clear them")
    else:
        lines.append(f"  backlog: {c['backlog']} open orders, {c['days_of_work']:.1f} business days of work")
    late = c["projected_late"]
    if late:
        shown = ", ".join(late[:10]) + (f" and {len(late) - 10} more" if len(late) > 10 else "")
        lines.append(f"  projected to miss their ship-by date at this pace: {len(late)} ({shown})")
    else:
        lines.append("  no open order is projected to miss its ship-by date")
    verdict = "a SURGE" if c["surge"] else "no surge"
    lines.append(
        f"  {verdict}: {c['orders_last_7_days']} orders in the last 7 days against a weekly average of "
        f"{c['weekly_average_before']:.1f} over the 8 weeks before (a surge is over 1.5 times)"
    )
    return lines

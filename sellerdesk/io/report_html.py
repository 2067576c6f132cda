"""The monthly report's text, in the user's language: a MonthlyReport worded as HTML for QTextDocument.

Texts go through Qt's translators (`Report.tr`, context "Report"; stored codes through the
"Values" context the window already translates), so the report reads in the window's language;
the CLI installs the same translators (SELLERDESK_LANG or the language setting). Figures are
written as `sellerdesk status` writes them: integers without separators, rates truncated, ISO days.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale

from sellerdesk.core.standards import format_percent
from sellerdesk.io.report_data import MonthlyReport
from sellerdesk.io.summary import day_range
from sellerdesk.io.words import Context, value_word
from sellerdesk.store.problem_list import ProblemOrderRow

CHART_URL = "sellerdesk-report-trend.png"


Report = Context("Report")

CAUSE_WORDS = {
    "low_review": QT_TRANSLATE_NOOP("Report", "review of 2 stars or fewer"),
    "not_received": QT_TRANSLATE_NOOP("Report", "case: not received"),
    "not_as_described": QT_TRANSLATE_NOOP("Report", "case: not as described"),
    "damaged": QT_TRANSLATE_NOOP("Report", "case: damaged"),
    "late": QT_TRANSLATE_NOOP("Report", "case: late"),
    "other": QT_TRANSLATE_NOOP("Report", "case: other reason"),
}
STYLE = """
body { font-family: sans-serif; font-size: 9pt; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 12px; }
td, th { padding: 2px 6px; } th { background: #eeeeee; text-align: left; }
.bad { color: #c0392b; font-weight: bold; } .good { color: #2e7d4f; } .muted { color: #666666; }
"""


def money(minor: int, currency: str) -> str:
    sign = "-" if minor < 0 else ""
    return f"{sign}{abs(minor) // 100}.{abs(minor) % 100:02d} {escape(currency)}"


def yes_no(value: bool) -> str:
    return Report.tr("yes") if value else Report.tr("no")


def verdict(meets: bool | None) -> str:
    if meets is None:
        return f"<span class='muted'>{Report.tr('nothing to judge yet')}</span>"
    return (
        f"<span class='good'>{Report.tr('meets')}</span>" if meets else f"<span class='bad'>{Report.tr('below')}</span>"
    )


def table(header: list[str], rows: list[list[str]], widths: list[int] | None = None) -> str:
    head = "".join(f"<th width='{widths[i]}%'>{h}</th>" if widths else f"<th>{h}</th>" for i, h in enumerate(header))
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table width='99%' cellspacing='0' border='1' style='border-color:#bbbbbb'><tr>{head}</tr>{body}</table>"


def month_title(month: date, language: str) -> str:
    locale = QLocale(language) if language else QLocale()
    name = locale.standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
    return f"{name} {month.year}"


# -- sections ---------------------------------------------------------------------------------------
def header_html(report: MonthlyReport, language: str) -> str:
    shop = report.status["shop"]
    title = Report.tr("{shop} — monthly report, {month}").format(
        shop=escape(shop["name"]), month=month_title(report.month, language)
    )
    if report.complete:
        when = Report.tr(
            "Figures as of {day}, the first day after the month: every window below ends with the month. "
            "`sellerdesk status --as-of {day}` gives the same figures."
        )
    else:
        when = Report.tr("The month is not over: figures as of today, {day}.")
    month = Report.tr("Orders placed in the month: <b>{orders}</b> · sales: <b>{sales}</b>").format(
        orders=report.month_orders, sales=money(report.month_sales_minor, shop["currency"])
    )
    note = Report.tr("(canceled orders left out; sales of the orders in the shop's currency)")
    return (
        f"<h1>{title}</h1><p>{when.format(day=report.as_of.isoformat())}</p>"
        f"<p>{month} <span class='muted'>{note}</span></p>"
    )


def odr_html(odr: dict[str, Any]) -> str:
    n = odr["orders"]

    def rate(k: int) -> str:
        return format_percent(k, n, 2) if n else Report.tr("no orders")

    c, s = odr["criteria"], odr["strict_criteria"]
    rows = [
        [Report.tr("ODR"), f"<b>{rate(odr['problem_orders'])}</b>", rate(odr["strict_problem_orders"])],
        [Report.tr("Problem orders in the window"), str(odr["problem_orders"]), str(odr["strict_problem_orders"])],
        [Report.tr("Orders in the window"), str(n), str(n)],
        [
            Report.tr("Problem orders since the first sale"),
            str(odr["problem_orders_all_time"]),
            str(odr["strict_problem_orders_all_time"]),
        ],
        [Report.tr("1. ODR at or over 1%"), yes_no(c["rate_at_or_over_limit"]), yes_no(s["rate_at_or_over_limit"])],
        [
            Report.tr("2. At least 3 problem orders since the first sale"),
            yes_no(c["three_since_first_sale"]),
            yes_no(s["three_since_first_sale"]),
        ],
        [
            Report.tr("3. At least 2 problem orders in the window"),
            yes_no(c["two_in_window"]),
            yes_no(s["two_in_window"]),
        ],
        [Report.tr("Customer-service warning"), warning_text(odr["warning"]), warning_text(odr["strict_warning"])],
    ]
    intro = Report.tr(
        "Orders placed {span}. The limit: below 1%. Etsy sends a warning only when all three criteria hold."
    ).format(span=day_range(odr["window"]))
    if n == 0:
        advice = Report.tr("No orders in the window: the rate is not defined.")
    elif odr["problem_orders"] * 100 >= n:
        advice = Report.tr(
            "%n more order(s) without a problem would bring the ODR back below 1%.", "", odr["clean_orders_needed"]
        )
    elif odr["headroom"]:
        advice = Report.tr(
            "Headroom: %n more problem order(s) in the window keep the ODR below 1%.", "", odr["headroom"]
        )
    else:
        advice = Report.tr("No headroom: one more problem order in the window would put the ODR at or over 1%.")
    header = ["", Report.tr("With exclusions"), Report.tr("Strict (no exclusions)")]
    return (
        f"<h2>{Report.tr('Order dissatisfaction rate (ODR)')}</h2><p>{intro}</p>"
        + table(header, rows, [50, 25, 25])
        + f"<p>{advice}</p>"
    )


def warning_text(warning: bool) -> str:
    if warning:
        return f"<span class='bad'>{Report.tr('would be sent')}</span>"
    return f"<span class='good'>{Report.tr('not sent')}</span>"


def metric_row(name: str, m: dict[str, Any], standard: str, decimals: int = 1) -> list[str]:
    return [
        name,
        format_percent(m["count"], m["total"], decimals),
        f"<span style='white-space: nowrap'>{m['count']} / {m['total']}</span>",
        standard,
        verdict(m["meets"]),
    ]


def standards_html(s: dict[str, Any]) -> str:
    rows = [
        metric_row(Report.tr("Messages answered within 48 h"), s["message_response"], Report.tr("at least 80%")),
        metric_row(Report.tr("Orders shipped on time"), s["on_time_shipping"], Report.tr("at least 80%")),
        metric_row(
            Report.tr("Reviews of 3 stars or fewer"),
            s["reviews"],
            Report.tr("under 40 reviews: at most 4; else under 10%"),
        ),
        metric_row(
            Report.tr("Cases refunded by the seller"),
            s["case_rate"],
            Report.tr("under 300 orders: at most 3; else under 1%"),
        ),
    ]
    header = [Report.tr("Standard"), Report.tr("Rate"), Report.tr("Count"), Report.tr("Target"), Report.tr("Verdict")]
    title = Report.tr("Customer service standards, {span}").format(span=day_range(s["window"]))
    return f"<h2>{title}</h2>" + table(header, rows, [34, 9, 19, 26, 12])


def star_html(star: dict[str, Any]) -> str:
    rating, mins = star["rating"], star["minimums"]
    average = "—" if rating["average"] is None else f"{int(rating['average'] * 100) / 100:.2f}"
    sales = Report.tr("{sales} of {needed}").format(
        sales=money(mins["sales_minor"], mins["currency"]), needed=money(mins["sales_needed_minor"], mins["currency"])
    )
    since = mins["days_since_first_sale"]
    days = "—" if since is None else Report.tr("%n day(s)", "", since)
    rows = [
        metric_row(Report.tr("Messages answered within 24 h"), star["message_response"], Report.tr("at least 95%")),
        metric_row(Report.tr("Shipped on time with tracking"), star["shipping"], Report.tr("at least 95%")),
        [
            Report.tr("Average rating"),
            average,
            Report.tr("%n review(s)", "", rating["count"]),
            Report.tr("at least 4.8"),
            verdict(rating["meets"]),
        ],
        metric_row(
            Report.tr("Cases refunded by the seller"),
            star["case_rate"],
            Report.tr("under 300 orders: at most 3; else under 1%"),
        ),
        [
            Report.tr("Minimums"),
            "",
            Report.tr("{orders}, {sales}, {days} since the first sale").format(
                orders=Report.tr("%n order(s)", "", mins["orders"]), sales=sales, days=days
            ),
            Report.tr("5 orders, 90 days"),
            verdict(mins["meets"]),
        ],
    ]
    result = Report.tr("Star Seller") if star["star_seller"] else Report.tr("not Star Seller")
    title = Report.tr("Star Seller, evaluated on {day} over {span}: {result}").format(
        day=star["evaluated_on"], span=day_range(star["period"]), result=result
    )
    header = [Report.tr("Criterion"), Report.tr("Rate"), Report.tr("Count"), Report.tr("Needed"), Report.tr("Verdict")]
    return f"<h2>{title}</h2>" + table(header, rows, [32, 9, 25, 22, 12])


def trend_html(width_px: float) -> str:
    title = Report.tr("ODR over the last 12 months")
    note = Report.tr("Each day's ODR over its own evaluation window; a dot marks a day a warning would have been sent.")
    return f"<h2>{title}</h2><p><img src='{CHART_URL}' width='{int(width_px)}'></p><p class='muted'>{note}</p>"


def reasons(row: ProblemOrderRow) -> str:
    parts = []
    for e in row.events:
        if e.kind == "review":
            text = Report.tr("review {stars}★ on {day}").format(stars=e.detail, day=e.day)
        else:
            text = Report.tr("case ({reason}) opened {day}").format(reason=value_word(str(e.detail)), day=e.day)
        if e.excluded_reason:
            text += " — " + Report.tr("excluded: {reason}").format(reason=value_word(e.excluded_reason))
        parts.append(escape(text))
    for _, reason in row.suggestions():
        parts.append(
            "<i>" + escape(Report.tr("could be excluded: {reason}").format(reason=value_word(reason))) + "</i>"
        )
    return "; ".join(parts)


def counts_text(row: ProblemOrderRow) -> str:
    return Report.tr("excluded") if row.excluded else Report.tr("counts")


def listing(header: list[str], rows: list[tuple[list[str], str, bool]]) -> str:
    """Lines of aligned monospace columns then free text (`rows`: cells, the text's HTML, greyed).

    Paragraphs rather than a table: QTextDocument lays a table out cell by cell, and a big shop's
    thousand problem orders took 0.4 s of CPU as a table against 0.08 s as lines.
    """
    widths = [max(len(cells[i]) for cells, _, _ in [(header[:-1], "", False), *rows]) for i in range(len(header) - 1)]

    def line(cells: list[str], text: str, style: str) -> str:
        mono = "".join(escape(c.ljust(w + 2)) for c, w in zip(cells, widths, strict=True)).replace(" ", "&nbsp;")
        return f"<p style='margin: 0;{style}'><span style='font-family: monospace'>{mono}</span>{text}</p>"

    out = [line(header[:-1], f"<b>{escape(header[-1])}</b>", " font-weight: bold;")]
    out += [line(cells, text, " color: #666666;" if grey else "") for cells, text, grey in rows]
    return "".join(out)


def problems_html(report: MonthlyReport) -> str:
    odr = report.status["odr"]
    out = [f"<h2>{Report.tr('Problem orders in the evaluation window')}</h2>"]
    cause_rows = [
        [Report.tr(CAUSE_WORDS[c]), str(counted), str(excluded)]
        for c, (counted, excluded) in report.causes.items()
        if counted or excluded
    ]
    if not report.window_problems:
        out.append(f"<p>{Report.tr('No problem orders in the window.')}</p>")
    else:
        out.append(
            table(
                [Report.tr("Reason"), Report.tr("Orders counted"), Report.tr("Orders excluded")],
                cause_rows,
                [60, 20, 20],
            )
        )
        out.append("<p></p>")
        rows = [([r.order_id, r.order_date, counts_text(r)], reasons(r), r.excluded) for r in report.window_problems]
        header = [Report.tr("Order"), Report.tr("Ordered"), Report.tr("ODR"), Report.tr("Reasons")]
        out.append(listing(header, rows))
    coming = {p["order_id"]: p for p in odr["pipeline"]}
    if report.coming_problems:
        out.append(f"<h2>{Report.tr('Problem orders that enter the window later')}</h2>")
        rows = []
        for r in report.coming_problems:
            entry = coming.get(r.order_id)
            if entry is None:
                cells = [r.order_id, r.order_date, "", counts_text(r)]
            else:
                e = entry["on_entry"]
                cells = [r.order_id, r.order_date, entry["enters"], format_percent(e["problem_orders"], e["orders"], 2)]
            rows.append((cells, reasons(r), r.excluded))
        header = [
            Report.tr("Order"),
            Report.tr("Ordered"),
            Report.tr("Enters"),
            Report.tr("ODR then"),
            Report.tr("Reasons"),
        ]
        out.append(listing(header, rows))
    return "".join(out)


def report_html(report: MonthlyReport, language: str, chart_width_px: float) -> str:
    status = report.status
    body = (
        header_html(report, language)
        + odr_html(status["odr"])
        + trend_html(chart_width_px)
        + standards_html(status["standards"])
        + star_html(status["star_seller"]["last_evaluation"])
        + problems_html(report)
    )
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"

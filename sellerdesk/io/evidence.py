"""Evidence for a case (issue 12): one order's recorded facts as a PDF the seller attaches to Etsy's case.

The order's timeline (ordered, ship-by and any extension, shipped with carrier and tracking, estimated
delivery, delivered), every message with its time, the reviews and cases, and whether the order meets
seller protection (shipped on time with tracking, RULES.md 1). Facts only: no argument, nothing the
records do not hold. Texts go through Qt's translators (context "Evidence"; stored codes through the
window's "Values"), so the PDF reads in the window's language; the CLI installs the same translators.

Laid out like the monthly report (report_pdf.py): QTextDocument printed on a QPdfWriter, io's one Qt
use as DESIGN.md allows; written private (0600) under a temporary name and renamed into place once
complete. Needs a QGuiApplication.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from sellerdesk.io.pdf import new_writer, page_document, write_aside
from sellerdesk.io.words import Context, value_word
from sellerdesk.store.evidence import evidence_detail
from sellerdesk.store.store import Store


class EvidenceError(ValueError):
    """A choice the user can fix (no such order, no case on it): one line saying what to do."""


Evidence = Context("Evidence")

STYLE = """
body { font-family: sans-serif; font-size: 9pt; }
h1 { font-size: 15pt; } h2 { font-size: 11pt; margin-top: 10px; }
td, th { padding: 2px 6px; vertical-align: top; } th { background: #eeeeee; text-align: left; }
.yes { color: #2e7d4f; font-weight: bold; } .no { color: #c0392b; font-weight: bold; } .muted { color: #666666; }
"""


@dataclass(frozen=True)
class Protection:
    """Seller protection's shipping test (RULES.md 1): shipped on or before the (possibly extended)
    ship-by date, with a tracking number."""

    shipped: str | None
    due_by: str | None
    tracking: str | None

    @property
    def on_time(self) -> bool:
        return bool(self.shipped and self.due_by and self.shipped <= self.due_by)

    @property
    def tracked(self) -> bool:
        return bool(self.tracking and self.tracking.strip())

    @property
    def meets(self) -> bool:
        return self.on_time and self.tracked

    @classmethod
    def of(cls, order: dict[str, Any]) -> Protection:
        return cls(
            order.get("shipped_date"),
            order.get("ship_by_extended") or order.get("ship_by"),
            order.get("tracking_number"),
        )


def evidence_order(store: Store, order_id: str, today: date) -> dict[str, Any]:
    """The order with its items, messages, reviews and cases; refuses an unknown order or one without a case."""
    order = evidence_detail(store.db, order_id, today)
    if order is None:
        raise EvidenceError(
            f"there is no order {order_id} in this shop; check the order id (Orders page, first column)"
        )
    if not order["cases"]:
        raise EvidenceError(
            f"order {order_id} has no case; evidence is for an order with a case (record the case first)"
        )
    return order


# -- HTML -----------------------------------------------------------------------------------------
def _table(header: list[str], rows: list[list[str]], widths: list[int]) -> str:
    head = "".join(f"<th width='{w}%'>{h}</th>" for h, w in zip(header, widths, strict=True))
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table width='97%' cellspacing='0' border='1' style='border-color:#bbbbbb'><tr>{head}</tr>{body}</table>"


def _yes_no(value: bool) -> str:
    return f"<span class='yes'>{Evidence.tr('yes')}</span>" if value else f"<span class='no'>{Evidence.tr('no')}</span>"


def _money(minor: int, currency: str) -> str:
    sign = "-" if minor < 0 else ""
    return f"{sign}{abs(minor) // 100}.{abs(minor) % 100:02d} {escape(currency)}"


def _instant(iso: str) -> str:
    """Stored UTC instants ("2026-11-20T14:03:00Z") as "2026-11-20 14:03" under a "(UTC)" heading."""
    day, _, clock = iso.partition("T")
    return f"{day} {clock[:5]}" if clock else day


def header_html(order: dict[str, Any], shop: dict[str, Any], today: date) -> str:
    title = Evidence.tr("Order {order}: the shop's records for Etsy's case").format(order=escape(order["order_id"]))
    where = ", ".join(
        escape(p) for p in (order.get("ship_city"), order.get("ship_state"), order.get("ship_country")) if p
    )
    items = "; ".join(f"{i['quantity']} × {escape(i['title'])}" for i in order["items"]) or "—"
    facts = [
        (Evidence.tr("Shop"), escape(shop["name"])),
        (Evidence.tr("Buyer"), escape(order.get("buyer") or "—")),
        (Evidence.tr("Ship to"), where or "—"),
        (Evidence.tr("Items"), items),
        (Evidence.tr("Order total"), _money(order["total_minor"], order["currency"])),
        (Evidence.tr("Order status"), escape(value_word(order["status"]))),
    ]
    rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in facts)
    written = Evidence.tr("Written on {day} from the records kept in SellerDesk.").format(day=today.isoformat())
    return f"<h1>{title}</h1><p class='muted'>{written}</p><table cellspacing='0'>{rows}</table>"


def cases_html(order: dict[str, Any]) -> str:
    rows = []
    for c in order["cases"]:
        if c["resolution"]:
            state = Evidence.tr("closed on {day}: {resolution}").format(
                day=escape(c["closed_date"] or "—"), resolution=escape(value_word(c["resolution"]))
            )
        else:
            state = Evidence.tr("open")
        if c["excluded_reason"]:
            state += Evidence.tr("; excluded from the rate: {reason}").format(
                reason=escape(value_word(c["excluded_reason"]))
            )
        rows.append([escape(c["opened_date"]), escape(value_word(c["reason"])), state])
    header = [Evidence.tr("Opened"), Evidence.tr("Reason"), Evidence.tr("State")]
    return f"<h2>{Evidence.tr('Case')}</h2>" + _table(header, rows, [18, 30, 52])


def protection_html(order: dict[str, Any]) -> str:
    p = Protection.of(order)
    if p.meets:
        verdict = Evidence.tr("Meets seller protection: shipped on time with tracking.")
    elif not p.shipped:
        verdict = Evidence.tr("Does not meet seller protection: no ship date is recorded.")
    elif not p.due_by:
        verdict = Evidence.tr("Does not meet seller protection: the order has no ship-by date to compare with.")
    elif not p.on_time:
        verdict = Evidence.tr("Does not meet seller protection: shipped after the ship-by date.")
    else:
        verdict = Evidence.tr("Does not meet seller protection: no tracking number is recorded.")
    rows = [
        [
            Evidence.tr("Shipped on or before the ship-by date"),
            Evidence.tr("shipped {shipped}, ship by {due}").format(
                shipped=escape(p.shipped or "—"), due=escape(p.due_by or "—")
            ),
            _yes_no(p.on_time),
        ],
        [Evidence.tr("Tracking number"), escape(p.tracking or "—"), _yes_no(p.tracked)],
    ]
    header = [Evidence.tr("Condition (Etsy seller protection)"), Evidence.tr("Recorded"), Evidence.tr("Met")]
    css = "yes" if p.meets else "no"
    return f"<h2>{Evidence.tr('Seller protection')}</h2><p class='{css}'>{verdict}</p>" + _table(
        header, rows, [40, 48, 12]
    )


def timeline_html(order: dict[str, Any]) -> str:
    e = escape
    rows: list[list[str]] = [[e(order["order_date"]), Evidence.tr("Ordered"), ""]]
    if order.get("ship_by"):
        low, high = order.get("processing_min"), order.get("processing_max")
        if low and high and low != high:
            detail = Evidence.tr("processing time {days} business days").format(days=f"{low}–{high}")
        elif high or low:
            detail = Evidence.tr("processing time %n business day(s)", "", int(high or low))
        else:
            detail = ""
        rows.append([e(order["ship_by"]), Evidence.tr("Ship-by date"), detail])
    if order.get("ship_by_extended"):
        detail = Evidence.tr("extended from {before}").format(before=e(order.get("ship_by") or "—"))
        if order.get("extended_on"):
            detail += Evidence.tr(" on {day}").format(day=e(order["extended_on"]))
        rows.append([e(order["ship_by_extended"]), Evidence.tr("Ship-by date, extended"), detail])
    if order.get("shipped_date"):
        carrier = e(order.get("carrier") or Evidence.tr("carrier not recorded"))
        tracking = order.get("tracking_number")
        detail = (
            Evidence.tr("{carrier}, tracking {tracking}").format(carrier=carrier, tracking=e(tracking))
            if tracking
            else Evidence.tr("{carrier}, no tracking number recorded").format(carrier=carrier)
        )
        rows.append([e(order["shipped_date"]), Evidence.tr("Shipped"), detail])
    else:
        rows.append(["—", Evidence.tr("Shipped"), Evidence.tr("no ship date recorded")])
    if order.get("edd"):
        rows.append([e(order["edd"]), Evidence.tr("Estimated delivery date"), ""])
    if order.get("delivered_date"):
        rows.append([e(order["delivered_date"]), Evidence.tr("Delivered"), ""])
    else:
        rows.append(["—", Evidence.tr("Delivered"), Evidence.tr("no delivery date recorded")])
    # In date order (the ship-by date among the events it is compared with); days not recorded last.
    rows.sort(key=lambda row: (row[0] == "—", row[0]))
    header = [Evidence.tr("Day"), Evidence.tr("Event"), Evidence.tr("Details")]
    return f"<h2>{Evidence.tr('Timeline')}</h2>" + _table(header, rows, [16, 30, 54])


def messages_html(order: dict[str, Any]) -> str:
    title = Evidence.tr("Messages ({n})").format(n=len(order["messages"]))
    if not order["messages"]:
        return f"<h2>{title}</h2><p>{Evidence.tr('No messages are recorded for this order.')}</p>"
    rows = []
    for m in order["messages"]:
        sender = escape(value_word(m["sender"]))
        if m["spam"]:
            sender += " " + Evidence.tr("(marked spam)")
        text = escape(m["text"] or "").replace("\n", "<br>")
        rows.append([_instant(m["sent_at"]), sender, text])
    header = [Evidence.tr("Sent (UTC)"), Evidence.tr("From"), Evidence.tr("Message")]
    return f"<h2>{title}</h2>" + _table(header, rows, [19, 13, 68])


def reviews_html(order: dict[str, Any]) -> str:
    title = Evidence.tr("Reviews ({n})").format(n=len(order["reviews"]))
    if not order["reviews"]:
        return f"<h2>{title}</h2><p>{Evidence.tr('No review is recorded for this order.')}</p>"
    rows = [
        [
            escape(r["review_date"]),
            Evidence.tr("{stars} of 5 stars").format(stars=r["rating"]),
            escape(r["text"] or "").replace("\n", "<br>"),
        ]
        for r in order["reviews"]
    ]
    header = [Evidence.tr("Day"), Evidence.tr("Rating"), Evidence.tr("Text")]
    return f"<h2>{title}</h2>" + _table(header, rows, [16, 14, 70])


def evidence_html(order: dict[str, Any], shop: dict[str, Any], today: date) -> str:
    parts = [
        header_html(order, shop, today),
        cases_html(order),
        protection_html(order),
        timeline_html(order),
        messages_html(order),
        reviews_html(order),
    ]
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"


# -- PDF ------------------------------------------------------------------------------------------
def write_evidence(store: Store, order_id: str, path: str | Path, today: date | None = None) -> dict[str, Any]:
    """Write the evidence PDF of `order_id` to `path` (0600); returns the order it shows."""
    day = today or store.today()
    order = evidence_order(store, order_id, day)
    shop = store.shop()
    write_aside(
        Path(path), "evidence", lambda partial: _print(evidence_html(order, shop, day), order_id, shop, partial)
    )
    return order


def _print(html: str, order_id: str, shop: dict[str, Any], path: Path) -> None:
    title = Evidence.tr("Order {order} — records for Etsy's case").format(order=order_id)
    writer = new_writer(path, title, shop.get("country"))
    doc = page_document(writer)
    doc.setHtml(html)
    doc.print_(writer)

"""Address labels and packing slips, printed or saved as PDF (Qt's text document; io's one Qt use
besides the PDF report, as DESIGN.md allows). One page per order: the address label in a
cut-out box at the top, the packing slip below it. Texts go through Qt's translators (context
"PackingSlip"), like the report and evidence PDFs, so the slip reads in the window's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from sellerdesk.io.pdf import new_writer
from sellerdesk.io.words import Context
from sellerdesk.store.store import Row, Store
from sellerdesk.store.today import label_orders

PackingSlip = Context("PackingSlip")

#: the default note to the buyer, translated when the slip is written
THANK_YOU = QT_TRANSLATE_NOOP(
    "PackingSlip",
    "Thank you for your order! I hope you love it. If anything isn't right, message me and I'll make it right.",
)


def address_lines(order: Row) -> list[str]:
    city = " ".join(p for p in (order.get("ship_city"), order.get("ship_state"), order.get("ship_zip")) if p)
    lines = [
        order.get("ship_name") or order.get("buyer") or "",
        order.get("ship_street1") or "",
        order.get("ship_street2") or "",
        city,
        order.get("ship_country") or "",
    ]
    return [line for line in lines if line]


def _money(minor: int, currency: str) -> str:
    return f"{minor / 100:,.2f} {currency}"


def order_html(order: Row, thank_you: str | None = None) -> str:
    thank_you = PackingSlip.tr(THANK_YOU) if thank_you is None else thank_you
    no_address = PackingSlip.tr("No shipping address recorded")
    address = "<br>".join(escape(line) for line in address_lines(order)) or f"<i>{escape(no_address)}</i>"
    rows = []
    for item in order["items"]:
        personal = ""
        if item.get("variations"):
            personal += f"<br><span style='color:#555'>{escape(item['variations'])}</span>"
        if item.get("personalization"):
            text = escape(item["personalization"]).replace("\n", "<br>")
            label = escape(PackingSlip.tr("Personalization:"))
            personal += f"<br><span style='color:#555'>{label} {text}</span>"
        rows.append(
            f"<tr><td>{escape(item['title'])}{personal}</td><td align='right'>{item['quantity']}</td>"
            f"<td align='right'>{_money(item['price_minor'], order['currency'])}</td></tr>"
        )
    if not rows:
        none = PackingSlip.tr("No items recorded for this order")
        rows.append(f"<tr><td colspan='3'><i>{escape(none)}</i></td></tr>")
    custom = escape(PackingSlip.tr("CUSTOM ORDER"))
    kind = f" — <b>{custom}</b>" if order.get("custom") else ""
    due = order.get("ship_by_extended") or order.get("ship_by")
    order_id = escape(order["order_id"])
    facts = [
        PackingSlip.tr("Order <b>{order}</b>").format(order=order_id) + kind,
        PackingSlip.tr("Ordered {day}").format(day=escape(order["order_date"])),
    ]
    if due:
        facts.append(PackingSlip.tr("Ship by {day}").format(day=escape(due)))
    if order.get("edd"):
        facts.append(PackingSlip.tr("Estimated delivery {day}").format(day=escape(order["edd"])))
    words = {
        "from": PackingSlip.tr("From: {address}").format(address=escape(order["return_address"])),
        "order": PackingSlip.tr("Order {order}").format(order=order_id),
        "cut": PackingSlip.tr("cut along the dashed line"),
        "heading": PackingSlip.tr("{shop} — Packing slip").format(shop=escape(order["shop_name"])),
        "ship_to": PackingSlip.tr("Ship to"),
        "item": PackingSlip.tr("Item"),
        "qty": PackingSlip.tr("Qty"),
        "price": PackingSlip.tr("Price"),
        "total": PackingSlip.tr("Order total"),
    }
    return f"""
<table width="66%" cellpadding="14" border="1" style="border-style:dashed; border-color:#888">
<tr><td>
<p style="font-size:9pt; color:#555">{words["from"]}</p>
<p style="font-size:20pt"><b>{address}</b></p>
<p style="font-size:9pt">{words["order"]}</p>
</td></tr></table>
<p style="font-size:8pt; color:#888">✂ {words["cut"]}</p>
<h2>{words["heading"]}</h2>
<p>{" · ".join(facts)}</p>
<p><b>{words["ship_to"]}</b><br>{address}</p>
<table width="100%" cellpadding="5" cellspacing="0" border="1" style="border-color:#bbb">
<tr style="background:#eee"><th align="left">{words["item"]}</th><th align="right">{words["qty"]}</th>
<th align="right">{words["price"]}</th></tr>
{"".join(rows)}
<tr><td colspan="2" align="right"><b>{words["total"]}</b></td>
<td align="right"><b>{_money(order["total_minor"], order["currency"])}</b></td></tr>
</table>
<p style="font-size:12pt; margin-top:18px"><i>{escape(thank_you)}</i></p>
<p>— {escape(order["shop_name"])}</p>
"""


def document_html(orders: Sequence[Row], thank_you: str | None = None) -> str:
    pages = []
    for n, order in enumerate(orders):
        style = ' style="page-break-before: always"' if n else ""
        pages.append(f"<div{style}>{order_html(order, thank_you)}</div>")
    return "<html><body style='font-family: sans-serif; font-size: 11pt'>" + "".join(pages) + "</body></html>"


def print_document(device: QPagedPaintDevice, html: str) -> None:
    """Lay the document out on the device's page (a printer or a PDF writer) and print it."""
    doc = QTextDocument()
    doc.setHtml(html)
    layout: Any = device.pageLayout()
    rect = layout.paintRectPoints()
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(device)


def write_pdf(store: Store, order_ids: Sequence[str], path: str | Path, thank_you: str | None = None) -> int:
    """Labels and packing slips of `order_ids` to a PDF; returns how many orders were written."""
    orders = label_orders(store, order_ids)
    if not orders:
        raise ValueError("none of the chosen orders exists")
    shop = store.shop()
    title = PackingSlip.tr("Labels and packing slips — {shop}").format(shop=shop["name"])
    writer = new_writer(path, title, shop.get("country"))
    print_document(writer, document_html(orders, thank_you))
    return len(orders)

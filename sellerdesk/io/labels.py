"""Address labels and packing slips, printed or saved as PDF (Qt's text document; io's one Qt use
besides the PDF report, as DESIGN.md allows). One page per order: the address label in a
cut-out box at the top, the packing slip below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from sellerdesk.store.store import Row, Store
from sellerdesk.store.today import label_orders

THANK_YOU = "Thank you for your order! I hope you love it. If anything isn't right, message me and I'll make it right."
LETTER_COUNTRIES = {"US", "CA"}


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


def order_html(order: Row, thank_you: str = THANK_YOU) -> str:
    address = "<br>".join(escape(line) for line in address_lines(order)) or "<i>No shipping address recorded</i>"
    rows = []
    for item in order["items"]:
        personal = ""
        if item.get("variations"):
            personal += f"<br><span style='color:#555'>{escape(item['variations'])}</span>"
        if item.get("personalization"):
            text = escape(item["personalization"]).replace("\n", "<br>")
            personal += f"<br><span style='color:#555'>Personalization: {text}</span>"
        rows.append(
            f"<tr><td>{escape(item['title'])}{personal}</td><td align='right'>{item['quantity']}</td>"
            f"<td align='right'>{_money(item['price_minor'], order['currency'])}</td></tr>"
        )
    if not rows:
        rows.append("<tr><td colspan='3'><i>No items recorded for this order</i></td></tr>")
    kind = " — <b>CUSTOM ORDER</b>" if order.get("custom") else ""
    due = order.get("ship_by_extended") or order.get("ship_by")
    facts = [f"Order <b>{escape(order['order_id'])}</b>{kind}", f"Ordered {escape(order['order_date'])}"]
    if due:
        facts.append(f"Ship by {escape(due)}")
    if order.get("edd"):
        facts.append(f"Estimated delivery {escape(order['edd'])}")
    return f"""
<table width="66%" cellpadding="14" border="1" style="border-style:dashed; border-color:#888">
<tr><td>
<p style="font-size:9pt; color:#555">From: {escape(order["return_address"])}</p>
<p style="font-size:20pt"><b>{address}</b></p>
<p style="font-size:9pt">Order {escape(order["order_id"])}</p>
</td></tr></table>
<p style="font-size:8pt; color:#888">✂ cut along the dashed line</p>
<h2>{escape(order["shop_name"])} — Packing slip</h2>
<p>{" · ".join(facts)}</p>
<p><b>Ship to</b><br>{address}</p>
<table width="100%" cellpadding="5" cellspacing="0" border="1" style="border-color:#bbb">
<tr style="background:#eee"><th align="left">Item</th><th align="right">Qty</th><th align="right">Price</th></tr>
{"".join(rows)}
<tr><td colspan="2" align="right"><b>Order total</b></td>
<td align="right"><b>{_money(order["total_minor"], order["currency"])}</b></td></tr>
</table>
<p style="font-size:12pt; margin-top:18px"><i>{escape(thank_you)}</i></p>
<p>— {escape(order["shop_name"])}</p>
"""


def document_html(orders: Sequence[Row], thank_you: str = THANK_YOU) -> str:
    pages = []
    for n, order in enumerate(orders):
        style = ' style="page-break-before: always"' if n else ""
        pages.append(f"<div{style}>{order_html(order, thank_you)}</div>")
    return "<html><body style='font-family: sans-serif; font-size: 11pt'>" + "".join(pages) + "</body></html>"


def page_size(store: Store) -> QPageSize:
    country = str(store.shop().get("country") or "US")
    return QPageSize(QPageSize.PageSizeId.Letter if country in LETTER_COUNTRIES else QPageSize.PageSizeId.A4)


def print_document(device: QPagedPaintDevice, html: str) -> None:
    """Lay the document out on the device's page (a printer or a PDF writer) and print it."""
    doc = QTextDocument()
    doc.setHtml(html)
    layout: Any = device.pageLayout()
    rect = layout.paintRectPoints()
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(device)


def write_pdf(store: Store, order_ids: Sequence[str], path: str | Path, thank_you: str = THANK_YOU) -> int:
    """Labels and packing slips of `order_ids` to a PDF; returns how many orders were written."""
    orders = label_orders(store, order_ids)
    if not orders:
        raise ValueError("none of the chosen orders exists")
    writer = QPdfWriter(str(path))
    writer.setTitle(f"Labels and packing slips — {store.shop()['name']}")
    writer.setCreator("SellerDesk")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            page_size(store), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter
        )
    )
    print_document(writer, document_html(orders, thank_you))
    return len(orders)

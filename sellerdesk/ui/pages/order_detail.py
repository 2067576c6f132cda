"""The selected order: its dates, items, messages, reviews and cases, with the action buttons."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from sellerdesk.ui import locale_format
from sellerdesk.ui.vocabulary import Values

#: flag letter -> (label, colour); the labels are translated as Values (sellerdesk/ui/vocabulary.py)
FLAG_WORDS = {
    "L": ("late", "#d64541"),
    "T": ("due today", "#b07f00"),
    "C": ("custom", "#2e6da4"),
    "P": ("problem order", "#d64541"),
    "V": ("vacation", "#7a5ea8"),
}


def money(minor: int | None, currency: str | None) -> str:
    return locale_format.money(minor, currency)


class OrderDetail(QWidget):
    #: an action button was pressed: its name ("edit", "ship", "extend", "custom", "message", "reply", "review",
    #: "case", "labels", "evidence", "delete")
    action = Signal(str)

    #: two rows of buttons: the order itself, then what hangs off it
    ACTIONS = (
        ("edit", "ship", "extend", "custom", "delete"),
        ("message", "reply", "review", "case", "labels", "evidence"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("order_heading")
        layout.addWidget(self.heading)
        self.buttons: dict[str, QPushButton] = {}
        labels = {
            "edit": self.tr("Edit…"),
            "ship": self.tr("Mark shipped…"),
            "extend": self.tr("Extend ship-by…"),
            "custom": self.tr("Mark as custom…"),
            "message": self.tr("Log message…"),
            "reply": self.tr("Use saved reply…"),
            "review": self.tr("Add review…"),
            "case": self.tr("Open case…"),
            "labels": self.tr("Labels…"),
            "evidence": self.tr("Evidence for case…"),
            "delete": self.tr("Delete"),
        }
        tips = {
            "custom": self.tr("Made to order: its own processing time, ship-by recomputed"),
            "reply": self.tr("Fill a saved reply for this order, copy it and log it as your reply"),
            "labels": self.tr("Address label and packing slip for the selected order(s)"),
            "evidence": self.tr(
                "A PDF to attach to Etsy's case: the order's timeline, messages, reviews and seller protection"
            ),
        }
        for names in self.ACTIONS:
            buttons = QHBoxLayout()
            for name in names:
                button = QPushButton(labels[name])
                button.setObjectName(f"order_{name}")
                button.setToolTip(tips.get(name, ""))
                button.clicked.connect(lambda _=False, n=name: self.action.emit(n))
                buttons.addWidget(button)
                self.buttons[name] = button
            buttons.addStretch(1)
            layout.addLayout(buttons)
        self.body = QTextBrowser()
        self.body.setObjectName("order_body")
        self.body.setOpenLinks(False)
        layout.addWidget(self.body, 1)
        self.show_order(None)

    def show_order(self, order: dict[str, Any] | None) -> None:
        for button in self.buttons.values():
            button.setEnabled(order is not None)
        if order is None:
            self.heading.setText(self.tr("<i>Select an order to see its items, messages, reviews and cases.</i>"))
            self.body.setHtml("")
            return
        self.buttons["ship"].setEnabled(order["status"] in ("open", "shipped"))
        self.buttons["extend"].setEnabled(order["status"] == "open" and not order.get("ship_by_extended"))
        self.buttons["evidence"].setEnabled(bool(order["cases"]))
        flags = " ".join(
            f"<span style='color:{c}'><b>{Values.tr(w)}</b></span>"
            for letter, (w, c) in FLAG_WORDS.items()
            if letter in (order.get("flags") or "")
        )
        self.heading.setText(
            f"<b>{self.tr('Order')} {html.escape(order['order_id'])}</b> — {html.escape(order['buyer'] or '')}"
            f" — {money(order['total_minor'], order['currency'])} — {html.escape(order['status'])} {flags}"
        )
        self.body.setHtml(self._html(order))

    def _html(self, o: dict[str, Any]) -> str:
        e = html.escape
        day = locale_format.day
        ship_by = e(day(o.get("ship_by")) or "—")
        if o.get("ship_by_extended"):
            ship_by += self.tr(" → extended to {day}").format(day=e(day(o["ship_by_extended"])))
        dates = [
            (self.tr("Ordered"), day(o["order_date"])),
            (self.tr("Ship by"), ship_by),
            (self.tr("Shipped"), day(o.get("shipped_date"))),
            (self.tr("Carrier / tracking"), " ".join(x for x in (o.get("carrier"), o.get("tracking_number")) if x)),
            (self.tr("Estimated delivery"), day(o.get("edd"))),
            (self.tr("Delivered"), day(o.get("delivered_date"))),
        ]
        parts = ["<table cellspacing='0' cellpadding='2'>"]
        parts += [f"<tr><td><b>{k}</b></td><td>{v or '—'}</td></tr>" for k, v in dates]
        parts.append("</table>")
        parts.append(f"<h4>{self.tr('Items')} ({len(o['items'])})</h4><ul>")
        for item in o["items"]:
            extra = ""
            if item.get("variations"):
                extra += f"<br>{e(item['variations'])}"
            if item.get("sku"):
                extra += f"<br>{self.tr('SKU')}: {e(item['sku'])}"
            if item.get("personalization"):
                text = e(item["personalization"]).replace("\n", "<br>")
                extra += f"<br><b>{self.tr('Personalization')}:</b> <i>{text}</i>"
            parts.append(
                f"<li>{item['quantity']} × {e(item['title'])} ({money(item['price_minor'], o['currency'])}){extra}</li>"
            )
        parts.append("</ul>")
        parts.append(f"<h4>{self.tr('Messages')} ({len(o['messages'])})</h4>")
        for m in o["messages"]:
            spam = self.tr(" [spam]") if m["spam"] else ""
            text = e(m["text"] or "").replace("\n", "<br>")
            parts.append(f"<p><b>{e(m['sender'])}</b> {e(m['sent_at'])}{spam}: {text}</p>")
        parts.append(f"<h4>{self.tr('Reviews')} ({len(o['reviews'])})</h4>")
        for r in o["reviews"]:
            excluded = self.tr(" — excluded: {r}").format(r=e(r["excluded_reason"])) if r["excluded_reason"] else ""
            stars = "★" * r["rating"] + "☆" * (5 - r["rating"])
            parts.append(f"<p>{stars} {e(day(r['review_date']))}{excluded}<br>{e(r['text'])}</p>")
        parts.append(f"<h4>{self.tr('Cases')} ({len(o['cases'])})</h4>")
        for c in o["cases"]:
            state = (
                self.tr("closed {day}: {res}").format(day=e(day(c["closed_date"])), res=e(c["resolution"]))
                if c["resolution"]
                else self.tr("open")
            )
            excluded = self.tr(" — excluded: {r}").format(r=e(c["excluded_reason"])) if c["excluded_reason"] else ""
            parts.append(f"<p>{e(day(c['opened_date']))} {e(c['reason'].replace('_', ' '))} — {state}{excluded}</p>")
        if o.get("note"):
            parts.append(f"<h4>{self.tr('Note')}</h4><p>{e(o['note'])}</p>")
        return "".join(parts)

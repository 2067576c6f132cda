"""The dashboard's "Can the shop ship what is coming?" panel (RULES.md 7) and its notes: how few problem
orders a new shop can afford (RULES.md 1, what a warning leads to), and which rule settings differ
from their defaults."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sellerdesk.ui import capacity_actions, locale_format
from sellerdesk.ui.i18n import Context
from sellerdesk.ui.pages.settings_rules import choice_texts
from sellerdesk.ui.session import ShopSession

#: Below this many orders in the window a shop is new to Etsy's figures: each order weighs a lot.
NEW_SHOP_ORDERS = 100


class CapacityPanel(QGroupBox):
    def __init__(self, session: ShopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.late: list[str] = []
        self.setTitle(self.tr("Can the shop ship what is coming?"))
        layout = QVBoxLayout(self)
        self.figures = QLabel()
        self.figures.setObjectName("capacity_figures")
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.figures)
        self.actions = QWidget()
        row = QHBoxLayout(self.actions)
        row.setContentsMargins(0, 0, 0, 0)
        for text, slot in (
            (self.tr("Longer processing time…"), lambda: capacity_actions.longer_processing(self.window(), session)),
            (self.tr("Vacation mode…"), lambda: capacity_actions.vacation_mode(self.window())),
            (
                self.tr("Message the buyers…"),
                lambda: capacity_actions.message_buyers(self.window(), session, self.late),
            ),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=slot: s())
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(self.actions)

    def show_capacity(self, c: dict[str, Any]) -> None:
        self.late = list(c["projected_late"])
        pace = c["pace_per_business_day"]
        span = c["pace_span"]
        work = (
            self.tr("nothing shipped lately to clear them")
            if c["days_of_work"] is None
            else self.tr("{days} business days of work").format(days=locale_format.decimal(c["days_of_work"], 1))
        )
        surge = self.tr("<b>Surge</b>") if c["surge"] else self.tr("No surge")
        lines = [
            self.tr("Pace: <b>{pace}</b> orders a business day ({shipped} {range}).").format(
                pace=locale_format.decimal(pace, 2),
                shipped=self.tr("%Ln shipped", "", span["shipped"]),
                range=locale_format.day_range(span["start"], span["end"]),
            ),
            self.tr("Backlog: <b>%Ln</b> open order(s), {work}.", "", c["backlog"]).format(work=work),
            self.tr("Projected to miss their ship-by date at this pace: <b>{n}</b>.").format(n=len(self.late))
            if self.late
            else self.tr("Every open order ships by its ship-by date at this pace."),
            self.tr(
                "{surge}: %Ln order(s) in the last 7 days; the weekly average of the 8 weeks before was {avg} "
                "(a surge is more than 1.5 times).",
                "",
                c["orders_last_7_days"],
            ).format(surge=surge, avg=locale_format.decimal(c["weekly_average_before"], 1)),
        ]
        self.figures.setText("<br>".join(lines))
        self.actions.setVisible(bool(self.late) or c["surge"])
        self.setAccessibleDescription(self.figures.text())


#: the dashboard's notes on a new shop and changed settings (pyside6-lupdate reads plurals from X.tr(text, "", n))
NewShop = Context("NewShop")


def new_shop_text(odr: dict[str, Any]) -> str:
    """How few problem orders trigger each warning criterion while the window holds fewer than 100 orders
    ("" for an established shop). In orders, not percent: with 40 orders, one is 2.5%."""
    n = odr["orders"]
    if n >= NEW_SHOP_ORDERS:
        return ""
    at_limit = max(1, -(-n // 100))  # the fewest problem orders with k / n >= 1%
    return NewShop.tr(
        "A new shop's every order counts: with {orders} in the window, %n problem order(s) put the rate at or "
        "over 1% (you have {have}). A warning also needs 3 problem orders since your first sale (you have {all}) "
        "and 2 in the window. Etsy can suspend a new shop with many cases at once.",
        "",
        at_limit,
    ).format(
        orders=NewShop.tr("%n order(s)", "", n),
        have=odr["problem_orders"],
        all=odr["problem_orders_all_time"],
    )


def settings_text(settings: dict[str, Any]) -> str:
    """Which rule settings differ from their defaults ("" when none)."""
    changed = settings.get("non_default") or []
    if not changed:
        return ""
    labels = choice_texts()
    window = QCoreApplication.translate("NewShop", "the ODR window")
    names = dict.fromkeys(labels[key][0] if key in labels else window for key in changed)
    return QCoreApplication.translate(
        "NewShop", "Figures follow rule settings you changed: {names} (Settings)."
    ).format(names="; ".join(names))

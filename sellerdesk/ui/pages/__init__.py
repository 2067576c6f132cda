"""The pages of the main window, in sidebar order (Ctrl+1..8)."""

from __future__ import annotations

from collections.abc import Callable

from sellerdesk.ui.pages.base import NotYetPage, Page
from sellerdesk.ui.pages.dashboard import DashboardPage
from sellerdesk.ui.session import ShopSession


def _not_yet(title: str, key: str, issue: str) -> Callable[[ShopSession], Page]:
    return lambda session: NotYetPage(session, title, key, issue)


PAGE_FACTORIES: list[Callable[[ShopSession], Page]] = [
    DashboardPage,
    _not_yet("Orders", "orders", "the record-keeping issue (#3)"),
    _not_yet("Messages", "messages", "the record-keeping issue (#3)"),
    _not_yet("Reviews", "reviews", "the record-keeping issue (#3)"),
    _not_yet("Cases", "cases", "the record-keeping issue (#3)"),
    _not_yet("Saved replies", "saved_replies", "the seller-tools issue (#5)"),
    _not_yet("Shipping profiles", "shipping_profiles", "the seller-tools issue (#5)"),
    _not_yet("Settings", "settings", "the seller-tools issue (#5)"),
]

"""The pages of the main window, in sidebar order (Ctrl+1..8).

Each page is named here by its module and class, so the window lists every page in its sidebar and View
menu without importing them: it builds the page it shows first before its first paint, and the others
right after it (ui/main_window.py).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from sellerdesk.ui.pages.base import Page
    from sellerdesk.ui.session import ShopSession


@dataclass(frozen=True)
class PageEntry:
    """One page: its key (Page.key), where its class lives, and its title as the class translates it."""

    key: str
    module: str
    cls: str
    title_text: str  # the class's self.tr() text, translated in the class's context

    @property
    def title(self) -> str:
        return QCoreApplication.translate(self.cls, self.title_text)

    def make(self, session: ShopSession) -> Page:
        page_class = getattr(importlib.import_module(self.module), self.cls)
        return page_class(session)


PAGES: tuple[PageEntry, ...] = (
    PageEntry(
        "dashboard", "sellerdesk.ui.pages.dashboard", "DashboardPage", QT_TRANSLATE_NOOP("DashboardPage", "Dashboard")
    ),
    PageEntry("orders", "sellerdesk.ui.pages.orders", "OrdersPage", QT_TRANSLATE_NOOP("OrdersPage", "Orders")),
    PageEntry(
        "messages", "sellerdesk.ui.pages.messages", "MessagesPage", QT_TRANSLATE_NOOP("MessagesPage", "Messages")
    ),
    PageEntry("reviews", "sellerdesk.ui.pages.reviews", "ReviewsPage", QT_TRANSLATE_NOOP("ReviewsPage", "Reviews")),
    PageEntry("cases", "sellerdesk.ui.pages.cases", "CasesPage", QT_TRANSLATE_NOOP("CasesPage", "Cases")),
    PageEntry(
        "saved_replies",
        "sellerdesk.ui.pages.saved_replies",
        "SavedRepliesPage",
        QT_TRANSLATE_NOOP("SavedRepliesPage", "Saved replies"),
    ),
    PageEntry(
        "shipping_profiles",
        "sellerdesk.ui.pages.shipping_profiles",
        "ShippingProfilesPage",
        QT_TRANSLATE_NOOP("ShippingProfilesPage", "Shipping profiles"),
    ),
    PageEntry(
        "settings", "sellerdesk.ui.pages.settings", "SettingsPage", QT_TRANSLATE_NOOP("SettingsPage", "Settings")
    ),
)

"""The pages of the main window, in sidebar order (Ctrl+1..8)."""

from __future__ import annotations

from collections.abc import Callable

from sellerdesk.ui.pages.base import Page
from sellerdesk.ui.pages.cases import CasesPage
from sellerdesk.ui.pages.dashboard import DashboardPage
from sellerdesk.ui.pages.messages import MessagesPage
from sellerdesk.ui.pages.orders import OrdersPage
from sellerdesk.ui.pages.reviews import ReviewsPage
from sellerdesk.ui.pages.saved_replies import SavedRepliesPage
from sellerdesk.ui.pages.settings import SettingsPage
from sellerdesk.ui.pages.shipping_profiles import ShippingProfilesPage
from sellerdesk.ui.session import ShopSession

PAGE_FACTORIES: list[Callable[[ShopSession], Page]] = [
    DashboardPage,
    OrdersPage,
    MessagesPage,
    ReviewsPage,
    CasesPage,
    SavedRepliesPage,
    ShippingProfilesPage,
    SettingsPage,
]

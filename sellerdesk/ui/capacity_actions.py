"""What a seller can do when orders come in faster than the shop ships (RULES.md 7): a longer processing
time for new orders, vacation mode, or a message to the affected buyers. The Today panel and the
dashboard's capacity panel both offer them."""

from __future__ import annotations

from typing import Any

from sellerdesk.store import tools
from sellerdesk.ui.session import ShopSession


def longer_processing(window: Any, session: ShopSession) -> None:
    """The default shipping profile's editor: its processing time applies to new orders, and it lists the
    open orders whose dates would change before saving."""
    page = window.show_page("shipping_profiles")
    default = tools.default_profile(session.store)
    if default is not None:
        page.select(default["id"])
        page.edit_selected()


def vacation_mode(window: Any) -> None:
    window.open_record("settings", "vacations")


def message_buyers(window: Any, session: ShopSession, order_ids: list[str]) -> None:
    if order_ids:
        from sellerdesk.ui.dialogs.bulk_reply import BulkReplyDialog  # here: the window's start need not load it

        BulkReplyDialog(session, order_ids, window).exec()

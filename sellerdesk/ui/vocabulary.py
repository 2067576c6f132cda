"""Words that come from below the UI (store column titles, stored codes), marked for pyside6-lupdate.

`store` and `core` never import Qt, so their column titles and codes ("not_as_described") are
listed here with QT_TRANSLATE_NOOP and translated where they are shown: `Columns.tr(title)`,
`words(code)`. tests/unit/test_translations.py checks that every TableSpec title is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sellerdesk.ui.i18n import Context

Columns = Context("Columns")
Values = Context("Values")

#: the titles of the store's TableSpec columns (orders, threads, reviews, cases) and other tables
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("Columns", "Order"),
    QT_TRANSLATE_NOOP("Columns", "Date"),
    QT_TRANSLATE_NOOP("Columns", "Buyer"),
    QT_TRANSLATE_NOOP("Columns", "Total"),
    QT_TRANSLATE_NOOP("Columns", "Ship by"),
    QT_TRANSLATE_NOOP("Columns", "Shipped"),
    QT_TRANSLATE_NOOP("Columns", "Tracking"),
    QT_TRANSLATE_NOOP("Columns", "EDD"),
    QT_TRANSLATE_NOOP("Columns", "Delivered"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "Flags"),
    QT_TRANSLATE_NOOP("Columns", "Thread"),
    QT_TRANSLATE_NOOP("Columns", "First message"),
    QT_TRANSLATE_NOOP("Columns", "First reply"),
    QT_TRANSLATE_NOOP("Columns", "Response time"),
    QT_TRANSLATE_NOOP("Columns", "Reply by"),
    QT_TRANSLATE_NOOP("Columns", "Last message"),
    QT_TRANSLATE_NOOP("Columns", "Spam"),
    QT_TRANSLATE_NOOP("Columns", "Rating"),
    QT_TRANSLATE_NOOP("Columns", "Excluded"),
    QT_TRANSLATE_NOOP("Columns", "Order date"),
    QT_TRANSLATE_NOOP("Columns", "Review"),
    QT_TRANSLATE_NOOP("Columns", "Opened"),
    QT_TRANSLATE_NOOP("Columns", "Reason"),
    QT_TRANSLATE_NOOP("Columns", "Resolution"),
    QT_TRANSLATE_NOOP("Columns", "Closed"),
)

#: stored codes (order status, case reason and resolution, exclusion reason, sender, order flag) -> words
VALUE_WORDS = {
    "open": QT_TRANSLATE_NOOP("Values", "open"),
    "shipped": QT_TRANSLATE_NOOP("Values", "shipped"),
    "delivered": QT_TRANSLATE_NOOP("Values", "delivered"),
    "canceled": QT_TRANSLATE_NOOP("Values", "canceled"),
    "not_received": QT_TRANSLATE_NOOP("Values", "not received"),
    "not_as_described": QT_TRANSLATE_NOOP("Values", "not as described"),
    "damaged": QT_TRANSLATE_NOOP("Values", "damaged"),
    "late": QT_TRANSLATE_NOOP("Values", "late"),
    "other": QT_TRANSLATE_NOOP("Values", "other"),
    "refunded_by_seller": QT_TRANSLATE_NOOP("Values", "refunded by seller"),
    "refunded_by_etsy": QT_TRANSLATE_NOOP("Values", "refunded by Etsy"),
    "closed_for_seller": QT_TRANSLATE_NOOP("Values", "closed for seller"),
    "closed_by_buyer": QT_TRANSLATE_NOOP("Values", "closed by buyer"),
    "carrier_delay": QT_TRANSLATE_NOOP("Values", "carrier delay"),
    "lost_in_transit_shipped_on_time": QT_TRANSLATE_NOOP("Values", "lost in transit, shipped on time"),
    "natural_disaster": QT_TRANSLATE_NOOP("Values", "natural disaster"),
    "abusive_review": QT_TRANSLATE_NOOP("Values", "abusive review"),
    "accidental_case": QT_TRANSLATE_NOOP("Values", "accidental case"),
    "buyer": QT_TRANSLATE_NOOP("Values", "buyer"),
    "seller": QT_TRANSLATE_NOOP("Values", "seller"),
    "auto": QT_TRANSLATE_NOOP("Values", "auto"),
    "etsy": QT_TRANSLATE_NOOP("Values", "etsy"),
}

#: order flag words (orders table and order detail)
FLAG_NAMES = (
    QT_TRANSLATE_NOOP("Values", "late"),
    QT_TRANSLATE_NOOP("Values", "due today"),
    QT_TRANSLATE_NOOP("Values", "custom"),
    QT_TRANSLATE_NOOP("Values", "problem order"),
    QT_TRANSLATE_NOOP("Values", "vacation"),
)


def words(value: str | None) -> str:
    """A stored code as words in the user's language ("not_as_described" -> "not as described")."""
    if not value:
        return ""
    return Values.tr(VALUE_WORDS.get(value, value.replace("_", " ")))

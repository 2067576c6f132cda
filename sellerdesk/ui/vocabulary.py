"""Words that come from below the UI (store column titles, stored codes), marked for pyside6-lupdate.

`store` and `core` never import Qt, so their column titles and codes ("not_as_described") are
listed here with QT_TRANSLATE_NOOP and translated where they are shown: `Columns.tr(title)`,
`words(code)`. tests/unit/test_translations.py checks that every TableSpec title is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sellerdesk.io.words import VALUE_WORDS as VALUE_WORDS  # the codes the window shows (tests list them)
from sellerdesk.io.words import Context, value_word

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
    return value_word(value)

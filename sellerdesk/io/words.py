"""Words the PDFs share with the window: translation outside a QObject, and the stored codes' words.

`io` draws PDFs with Qt, and `ui` builds on `io`, so both take these from here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class Context:
    """Translation outside a QObject: `Labels = Context("Labels")`, then `Labels.tr("…")`.

    pyside6-lupdate takes the name before `.tr(` as the context, so keep the variable named
    like the context.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)


Values = Context("Values")

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


def value_word(code: str | None) -> str:
    """A stored code as words in the user's language ("not_as_described" -> "not as described")."""
    return Values.tr(VALUE_WORDS.get(code, code.replace("_", " "))) if code else ""

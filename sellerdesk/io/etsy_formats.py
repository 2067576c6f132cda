"""Etsy's download files (RULES.md 6): which columns each kind has, in US and UK wording, and how a
row becomes the values SellerDesk stores.

Columns are matched by name, case-insensitively, never by position; unknown columns are ignored
(and reported). Dates are always month first. Money is a plain decimal in the file's currency.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sellerdesk.core.records import MAX_MINOR, FieldError, check_year

# field -> accepted header names (lower case): US wording first, then UK wording.
ORDER_COLUMNS: dict[str, tuple[str, ...]] = {
    "sale_date": ("sale date",),
    "order_id": ("order id",),
    "buyer_user_id": ("buyer user id",),
    "full_name": ("full name",),
    "buyer": ("buyer",),
    "date_shipped": ("date shipped", "date posted"),
    "street1": ("street 1",),
    "street2": ("street 2",),
    "city": ("ship city", "delivery city"),
    "state": ("ship state", "delivery state"),
    "zip": ("ship zipcode", "delivery zipcode"),
    "country": ("ship country", "delivery country"),
    "currency": ("currency",),
    "order_total": ("order total",),
    "status": ("status",),
    "adjusted_total": ("adjusted order total",),
    "adjusted_fees": ("adjusted card processing fees",),
    "adjusted_net": ("adjusted net order amount",),
    "sku": ("sku",),
}
ORDER_NEEDED = ("sale_date", "order_id", "currency", "order_total")
ITEM_COLUMNS: dict[str, tuple[str, ...]] = {
    "sale_date": ("sale date",),
    "item_name": ("item name",),
    "buyer": ("buyer",),
    "quantity": ("quantity",),
    "price": ("price",),
    "item_total": ("item total",),
    "currency": ("currency",),
    "transaction_id": ("transaction id",),
    "listing_id": ("listing id",),
    "date_shipped": ("date shipped", "date posted"),
    "ship_name": ("ship name", "delivery name"),
    "address1": ("ship address1", "delivery address1"),
    "address2": ("ship address2", "delivery address2"),
    "city": ("ship city", "delivery city"),
    "state": ("ship state", "delivery state"),
    "zip": ("ship zipcode", "delivery zipcode"),
    "country": ("ship country", "delivery country"),
    "order_id": ("order id",),
    "variations": ("variations",),
    "sku": ("sku",),
    "order_shipping": ("order shipping", "order delivery"),
    "order_tax": ("order sales tax",),
}
ITEM_NEEDED = ("sale_date", "item_name", "quantity", "price", "currency", "transaction_id", "listing_id", "order_id")
#: Header names that only Etsy's UK wording uses.
UK_WORDS = frozenset({"date posted", "delivery city", "delivery name", "order delivery", "delivery zipcode"})
#: Names only each kind has: two of them tell the kind even when a needed column is missing
#: (which is then reported by name instead of the whole file going unrecognised).
ORDER_MARKERS = frozenset(
    {"number of items", "order total", "order value", "buyer user id", "full name", "order net", "street 1"}
)
ITEM_MARKERS = frozenset({"transaction id", "listing id", "item name", "date paid", "item total", "listings type"})
REVIEW_KEYS = ("date_reviewed", "star_rating", "order_id")


@dataclass(frozen=True)
class Layout:
    """Where each field sits in one file's header, and what the header told us."""

    kind: str  # "etsy_orders" | "etsy_items"
    positions: dict[str, int]
    width: int
    uk: bool
    unknown: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def variant(self) -> str:
        wording = "UK wording" if self.uk else "US wording"
        sku = "with SKU" if "sku" in self.positions else "without SKU"
        return f"{wording}, {sku}, {self.width} columns"


def _names(header: Sequence[str]) -> list[str]:
    return [h.strip().lstrip("\ufeff").strip().lower() for h in header]


def etsy_kind(header: Sequence[str]) -> str | None:
    names = set(_names(header))
    if len(names & ITEM_MARKERS) >= 2:
        return "etsy_items"
    if len(names & ORDER_MARKERS) >= 2:
        return "etsy_orders"
    return None


def layout(kind: str, header: Sequence[str]) -> Layout:
    columns, needed = (ORDER_COLUMNS, ORDER_NEEDED) if kind == "etsy_orders" else (ITEM_COLUMNS, ITEM_NEEDED)
    names = _names(header)
    accepted = {name: field for field, options in columns.items() for name in options}
    positions: dict[str, int] = {}
    for index, name in enumerate(names):
        field = accepted.get(name)
        if field is not None and field not in positions:
            positions[field] = index
    if kind == "etsy_orders" and "full_name" not in positions and "buyer" not in positions:
        missing_names = ["Full Name"]
    else:
        missing_names = []
    missing = tuple(columns[f][0].title() for f in needed if f not in positions) + tuple(missing_names)
    known = set(accepted) | _IGNORED[kind]
    unknown = tuple(h.strip() for h, n in zip(header, names, strict=True) if n and n not in known)
    return Layout(kind, positions, len([n for n in names if n]), bool(UK_WORDS & set(names)), unknown, missing)


# Columns Etsy writes that SellerDesk reads nothing from (so they are not reported as unknown).
_IGNORED = {
    "etsy_orders": {
        "first name", "last name", "number of items", "payment method", "order value", "coupon code",
        "coupon details", "discount amount", "shipping discount", "delivery discount", "shipping", "delivery",
        "sales tax", "card processing fees", "order net", "order type", "payment type", "inperson discount",
        "inperson location",
    },
    "etsy_items": {
        "coupon code", "coupon details", "discount amount", "shipping discount", "delivery discount", "date paid",
        "order type", "listings type", "payment type", "inperson discount", "inperson location", "vat paid by buyer",
    },
}  # fmt: skip


# -- cell parsers (fast: a 100,000-order download has millions of cells) ----------------------------
_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})|(\d{4})-(\d{2})-(\d{2})")
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def month_first_day(text: str) -> str | None:
    """'03/04/21', '3/4/2021' or '2021-03-04' -> '2021-03-04' (never day first); '' -> None."""
    value = text.strip()
    if not value:
        return None
    match = _DATE.fullmatch(value)
    if match is None:
        raise FieldError(f"'{value}' is not a date; Etsy writes dates month first, as MM/DD/YY or MM/DD/YYYY")
    if match.group(4):
        year, month, day = int(match.group(4)), int(match.group(5)), int(match.group(6))
    else:
        month, day, year_text = int(match.group(1)), int(match.group(2)), match.group(3)
        year = 2000 + int(year_text) if len(year_text) == 2 else int(year_text)
    if not 1 <= month <= 12 or not 1 <= day <= _DAYS[month - 1] or (month == 2 and day == 29 and not _leap(year)):
        raise FieldError(f"'{value}' is not a date (month/day out of range); Etsy writes dates month first")
    check_year(year, value)
    return f"{year:04d}-{month:02d}-{day:02d}"


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_MONEY = re.compile(r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]{1,2})?|-?\.[0-9]{1,2}")


def money(text: str) -> int:
    """'40' -> 4000, '3.3' -> 330, '1,234.50' -> 123450; blank -> 0. What a buyer paid is never negative."""
    value = text.strip()
    if value.startswith("-"):
        raise FieldError(f"'{value}' is not an amount; expected a plain decimal of 0 or more such as 24.90")
    return signed_money(value)


def signed_money(text: str) -> int:
    """An amount that may be negative (Etsy's adjusted columns)."""
    value = text.strip()
    if not value:
        return 0
    if not _MONEY.fullmatch(value):
        raise FieldError(f"'{value}' is not an amount; expected a plain decimal such as 24.90")
    negative = value.startswith("-")
    whole, _, cents = value.lstrip("-").replace(",", "").partition(".")
    minor = int(whole or "0") * 100 + int((cents + "00")[:2])
    if minor >= MAX_MINOR:
        raise FieldError(f"'{value}' is too large for an amount")
    return -minor if negative else minor


def quantity(text: str) -> int:
    value = text.strip()
    if not value.isdigit() or not 1 <= int(value) <= 1_000_000:
        raise FieldError(f"'{value}' is not a quantity; expected a whole number from 1 to 1,000,000")
    return int(value)


def identifier(text: str) -> str:
    """An Etsy id (order, transaction, listing): digits, kept as text; spreadsheets may add '.0'."""
    value = text.strip()
    if value.endswith(".0") and value[:-2].isdigit():
        value = value[:-2]
    if not value:
        raise FieldError("a value is required")
    if len(value) > 64:
        raise FieldError(f"'{value[:20]}…' is too long for an id")
    return value


def split_variations(text: str) -> tuple[str, str]:
    """'Color:Blue,Personalization:Anna, 2020' -> ('Color:Blue', 'Anna, 2020').

    Personalization is free text that may hold commas and line breaks: it runs to the end of the
    cell (Etsy writes it after the listing's variations). store/staging.py does the same in SQL."""
    low = text.lower()
    at = low.find("personalization:")
    if at < 0:
        at = low.find("personalisation:")
    if at < 0:
        return text.strip(), ""
    return text[:at].strip().rstrip(",").strip(), text[at + 16 :].strip()


def is_canceled(status: str) -> bool:
    return "cancel" in status.lower()

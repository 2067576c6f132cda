"""The record kinds and their field rules, shared by the CSV importer and the edit dialogs.

Each parser takes the text a user typed (or a CSV cell) and returns the stored value, or raises
FieldError with what was expected. `validate_*` check the rules that span fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal

from sellerdesk.core.odr import EXCLUSION_REASONS

ORDER_STATUSES = ("open", "shipped", "delivered", "canceled")
CASE_REASONS = ("not_received", "not_as_described", "damaged", "late", "other")
CASE_RESOLUTIONS = ("refunded_by_seller", "refunded_by_etsy", "closed_for_seller", "closed_by_buyer")
SENDERS = ("buyer", "seller", "auto", "etsy")


class FieldError(ValueError):
    """A value that does not fit its field; the message says what was expected."""


#: Dates outside these years are typing or export mistakes (0001-01-01, 9999-12-31), and the
#: business-day arithmetic after them would run off the calendar.
MIN_YEAR, MAX_YEAR = 1990, 2100
#: Amounts at or beyond this many minor units are mistakes, and would overflow SQLite's integers.
MAX_MINOR = 10**14


def check_year(year: int, shown: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise FieldError(f"'{shown}' is outside the years SellerDesk accepts ({MIN_YEAR} to {MAX_YEAR})")


def required(text: str | None) -> str:
    value = (text or "").strip()
    if not value:
        raise FieldError("a value is required")
    return value


def optional_text(text: str | None) -> str:
    return (text or "").strip()


def parse_day(text: str | None) -> str:
    value = required(text)
    try:
        day = date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        day = None
    if day is None:
        return _bad_day(value)
    check_year(day.year, value)
    return day.isoformat()


def _bad_day(value: str) -> str:
    raise FieldError(f"'{value}' is not a date; expected YYYY-MM-DD, e.g. 2026-03-31")


def optional_day(text: str | None) -> str | None:
    return parse_day(text) if (text or "").strip() else None


def parse_instant(text: str | None) -> str:
    """ISO 8601 with an offset or Z -> UTC 'YYYY-MM-DDTHH:MM:SSZ'."""
    value = required(text)
    if len(value) == 20 and value[19] == "Z" and value[10] == "T":
        # Already UTC to the second, as SellerDesk writes it (its export, its demo): kept as it is.
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
        if moment is not None and value[4] == value[7] == "-" and value[13] == value[16] == ":":
            check_year(moment.year, value)
            return value
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise FieldError(
            f"'{value}' is not a date and time with an offset; "
            "expected ISO 8601 such as 2026-03-31T14:05:00Z or 2026-03-31T16:05:00+02:00"
        )
    check_year(moment.year, value)
    return utc_text(moment)


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime:
    """A stored instant (utc_text's 2026-03-09T14:05:00Z) back as a datetime in UTC."""
    if len(text) == 20 and text[19] == "Z" and text[10] == "T" and text[4] == text[7] == "-" and text[13] == ":":
        # fromisoformat reads this shape ~20 times faster than strptime (thread refreshes read thousands).
        return datetime.fromisoformat(text)
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def parse_int(text: str | None, low: int | None = None, high: int | None = None) -> int:
    value = required(text)
    try:
        number = int(value) if len(value) <= 18 else None
    except ValueError:
        number = None
    if number is None:
        raise FieldError(f"'{value}' is not a whole number (or is too large)")
    if (low is not None and number < low) or (high is not None and number > high):
        span = f"{low} to {high}" if high is not None else f"{low} or more"
        raise FieldError(f"{number} is out of range; expected {span}")
    return number


def optional_int(text: str | None, low: int | None = 0, high: int | None = None) -> int | None:
    return parse_int(text, low, high) if (text or "").strip() else None


def parse_rating(text: str | None) -> int:
    return parse_int(text, 1, 5)


#: A plain decimal with at most two decimals; commas only as thousands separators (1,234.50).
#: '24,90' is refused rather than read as 2490.
_MONEY = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?")


def parse_money(text: str | None) -> int:
    """'12.50' -> 1250 minor units (two decimals; a plain decimal, no currency sign)."""
    value = (text or "").strip() or "0"
    if not _MONEY.fullmatch(value):
        raise FieldError(f"'{value}' is not an amount; expected a plain decimal such as 24.90")
    minor = int(Decimal(value.replace(",", "")) * 100)
    if minor >= MAX_MINOR:
        raise FieldError(f"'{value}' is too large for an amount")
    return minor


def parse_flag(text: str | None) -> int:
    value = (text or "").strip()
    if value in ("", "0"):
        return 0
    if value == "1":
        return 1
    raise FieldError(f"'{value}' is not 0 or 1")


def one_of(choices: tuple[str, ...], allow_blank: bool = False) -> Callable[[str | None], str | None]:
    def parse(text: str | None) -> str | None:
        value = (text or "").strip()
        if not value and allow_blank:
            return None
        if value not in choices:
            shown = f"'{value}'" if value else "a blank"
            raise FieldError(f"{shown} is not allowed; expected one of: {', '.join(choices)}")
        return value

    return parse


parse_status = one_of(ORDER_STATUSES)
parse_exclusion = one_of(EXCLUSION_REASONS, allow_blank=True)
parse_reason = one_of(CASE_REASONS)
parse_resolution = one_of(CASE_RESOLUTIONS, allow_blank=True)
parse_sender = one_of(SENDERS)


def validate_order(order: dict) -> dict[str, str]:
    """Rules across an order's fields; returns {field: message}."""
    errors: dict[str, str] = {}
    day = order.get("order_date")
    lo, hi = order.get("processing_min"), order.get("processing_max")
    if lo is not None and hi is not None and lo > hi:
        errors["processing_max"] = "the longest processing time must not be shorter than the shortest"
    for field in ("shipped_date", "delivered_date", "ship_by"):
        value = order.get(field)
        if day and value and value < day:
            errors[field] = f"{value} is before the order date {day}"
    shipped, delivered = order.get("shipped_date"), order.get("delivered_date")
    if shipped and delivered and delivered < shipped:
        errors["delivered_date"] = f"{delivered} is before the shipped date {shipped}"
    status = order.get("status")
    if status in ("shipped", "delivered") and not shipped:
        errors["shipped_date"] = f"an order with status '{status}' needs a shipped date"
    if status == "delivered" and not delivered:
        errors["delivered_date"] = "a delivered order needs a delivered date"
    return errors


def validate_dated_after_order(field: str, value: str | None, order_date: str | None) -> dict[str, str]:
    if value and order_date and value < order_date:
        return {field: f"{value} is before the order date {order_date}"}
    return {}


def validate_case(case: dict, order_date: str | None) -> dict[str, str]:
    errors = validate_dated_after_order("opened_date", case.get("opened_date"), order_date)
    closed, resolution = case.get("closed_date"), case.get("resolution")
    if closed and case.get("opened_date") and closed < case["opened_date"]:
        errors["closed_date"] = f"{closed} is before the opened date {case['opened_date']}"
    if resolution and not closed:
        errors["closed_date"] = "a resolved case needs its closed date"
    if closed and not resolution:
        errors["resolution"] = "a closed case needs its resolution"
    return errors

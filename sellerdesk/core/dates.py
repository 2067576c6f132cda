"""Business days, ship-by dates, the one-time extension and estimated delivery (RULES.md 4)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

#: RULES.md 4 fallbacks when a figure is unknown.
FALLBACK_PROCESSING_DAYS = 5
FALLBACK_DOMESTIC_TRANSIT = (1, 4)
FALLBACK_INTERNATIONAL_TRANSIT = (3, 10)
MAX_EXTENSION_DAYS = 21


def parse_date(text: str) -> date:
    return date.fromisoformat(text)


@dataclass(frozen=True)
class BusinessCalendar:
    """Weekends never count; holidays count unless the seller lists them (Etsy's rule)."""

    holidays: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def of(cls, holidays: Iterable[date | str] = ()) -> BusinessCalendar:
        return cls(frozenset(parse_date(h) if isinstance(h, str) else h for h in holidays))

    def is_business_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def add_business_days(self, start: date, days: int) -> date:
        """The `days`-th business day after `start`; counting starts on the next business day."""
        current = start
        remaining = days
        while remaining > 0:
            current += timedelta(days=1)
            if self.is_business_day(current):
                remaining -= 1
        return current


def ship_by_date(order_date: date, processing_max: int | None, calendar: BusinessCalendar) -> date | None:
    """Order date + the longest processing time in business days; None when it is unknown."""
    if processing_max is None:
        return None
    return calendar.add_business_days(order_date, processing_max)


def estimated_delivery(
    order_date: date,
    ship_by: date | None,
    transit_max: int | None,
    calendar: BusinessCalendar,
    *,
    international: bool = False,
) -> date:
    """EDD = ship-by + transit (business days), with RULES.md's fallbacks for unknown figures."""
    if ship_by is None:
        ship_by = calendar.add_business_days(order_date, FALLBACK_PROCESSING_DAYS)
    if transit_max is None:
        fallback = FALLBACK_INTERNATIONAL_TRANSIT if international else FALLBACK_DOMESTIC_TRANSIT
        transit_max = fallback[1]
    return calendar.add_business_days(ship_by, transit_max)


class ExtensionError(ValueError):
    """A ship-by extension that Etsy's rule does not allow."""


def check_extension(
    original_ship_by: date | None,
    already_extended: bool,
    new_ship_by: date,
    today: date,
) -> None:
    """Raise ExtensionError unless this is the one allowed extension (RULES.md 4)."""
    if original_ship_by is None:
        raise ExtensionError("This order has no ship-by date to extend.")
    if already_extended:
        raise ExtensionError("The ship-by date has already been extended once; Etsy allows one.")
    if today > original_ship_by:
        raise ExtensionError(
            f"The ship-by date {original_ship_by.isoformat()} has passed; it can only be extended before it passes."
        )
    if new_ship_by <= original_ship_by:
        raise ExtensionError("The new ship-by date must be later than the current one.")
    limit = original_ship_by + timedelta(days=MAX_EXTENSION_DAYS)
    if new_ship_by > limit:
        raise ExtensionError(
            f"An extension can add at most {MAX_EXTENSION_DAYS} days (latest allowed: {limit.isoformat()})."
        )


def days_between(start: date, end: date) -> int:
    return (end - start).days
